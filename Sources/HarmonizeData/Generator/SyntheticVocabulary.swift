/// Names, sectors and skills the synthetic data set draws from.
enum SyntheticVocabulary {
  /// Donor ids and names, common development partners first.
  static let donors: [(id: String, name: String)] = [
    ("SE", "Sweden"), ("DK", "Denmark"), ("NL", "Netherlands"), ("UK", "United Kingdom"),
    ("DE", "Germany"), ("FR", "France"), ("EU", "European Union"), ("US", "United States"),
    ("CA", "Canada"), ("JP", "Japan"), ("IE", "Ireland"), ("FI", "Finland"), ("NO", "Norway"),
    ("CH", "Switzerland"), ("IT", "Italy"), ("ES", "Spain"), ("PT", "Portugal"),
    ("BE", "Belgium"), ("AT", "Austria"), ("WB", "World Bank"),
    ("AFDB", "African Development Bank"), ("UNDP", "UNDP"), ("UNICEF", "UNICEF"),
    ("KR", "Korea"), ("AU", "Australia"),
  ]

  /// Sectors with the skills their groups need; main groups and stand-alone sectors use them.
  static let sectors: [(id: String, name: String, skills: [String])] = [
    ("health", "Health", ["health", "epidemiology", "hiv", "health-financing"]),
    ("education", "Education", ["education", "curriculum", "teacher-training"]),
    ("water", "Water and Sanitation", ["water", "sanitation", "engineering"]),
    ("agriculture", "Agriculture", ["agriculture", "land", "value-chains"]),
    ("energy", "Energy", ["energy", "engineering", "regulation"]),
    ("roads", "Roads", ["roads", "engineering", "procurement"]),
    ("pfm", "Public Finance Management", ["pfm", "audit", "tax"]),
    ("governance", "Governance, Justice and Decentralisation", ["law", "decentralisation"]),
    ("social", "Social Protection", ["social-protection", "cash-transfers"]),
    ("environment", "Environment", ["environment", "climate", "forestry"]),
    ("private", "Private Sector", ["private-sector", "finance", "trade"]),
    ("statistics", "Statistics", ["statistics", "m-and-e"]),
    ("fisheries", "Fisheries", ["fisheries", "value-chains"]),
    ("nutrition", "Nutrition", ["nutrition", "health"]),
  ]

  /// Cross-cutting themes (Mozambique note: gender, HIV/AIDS, environment).
  static let themes: [(id: String, name: String)] = [
    ("gender", "Gender"), ("hiv-aids", "HIV/AIDS, cross-cutting"),
    ("climate", "Environment and Climate Change"), ("disaster", "Disaster Risk Reduction"),
    ("youth", "Youth"),
  ]

  /// Skills every sector can use.
  static let genericSkills = ["m-and-e", "gender", "economics", "policy-dialogue", "procurement"]

  static let pillars = ["Pillar I", "Pillar II", "Pillar III"]

  /// First and family names in several scripts, so names exercise Unicode.
  static let firstNames = [
    "Ana", "João", "Maria", "Sofia", "Tomás", "Inês", "Erik", "Astrid", "Lars", "Kirsten",
    "Pieter", "Anouk", "James", "Grace", "Amina", "Chanthy", "សុខា", "ដារ៉ា", "Kenji", "Yuki",
    "Carlos", "Lucía", "Moïse", "Zé", "Fátima", "Sérgio",
  ]
  static let familyNames = [
    "Silva", "Machava", "Cossa", "Andersson", "Jensen", "de Vries", "Smith", "Müller",
    "Dubois", "Tanaka", "Sok", "Chan", "ចាន់", "Nhantumbo", "Mondlane", "Gonçalves",
  ]
}

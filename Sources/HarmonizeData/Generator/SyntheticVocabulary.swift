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

  /// The skills staff hold and groups need: about as many as in the bundled data sets.
  static let skills = [
    "pfm", "audit", "tax", "procurement", "economics", "health", "hiv", "education", "water",
    "agriculture", "energy", "engineering", "law", "decentralisation", "social-protection",
    "environment", "private-sector", "statistics", "gender", "m-and-e",
  ]

  /// Sectors with their field: the skills their groups draw their needs from.
  ///
  /// Main groups and stand-alone sectors use them; sub-groups and task forces their parent's.
  static let sectors: [(id: String, name: String, skills: [String])] = [
    ("health", "Health", ["health", "hiv"]),
    ("education", "Education", ["education"]),
    ("water", "Water and Sanitation", ["water", "engineering"]),
    ("agriculture", "Agriculture", ["agriculture", "economics"]),
    ("energy", "Energy", ["energy", "engineering"]),
    ("roads", "Roads", ["engineering", "procurement"]),
    ("pfm", "Public Finance Management", ["pfm", "audit", "tax", "procurement"]),
    ("governance", "Governance, Justice and Decentralisation", ["law", "decentralisation"]),
    ("social", "Social Protection", ["social-protection"]),
    ("environment", "Environment", ["environment"]),
    ("private", "Private Sector", ["private-sector", "economics"]),
    ("statistics", "Statistics", ["statistics", "m-and-e"]),
    ("fisheries", "Fisheries", ["agriculture", "environment"]),
    ("nutrition", "Nutrition", ["health", "agriculture"]),
  ]

  /// Cross-cutting themes (Mozambique note: gender, HIV/AIDS, environment) with their field.
  static let themes: [(id: String, name: String, skills: [String])] = [
    ("gender", "Gender", ["gender"]),
    ("hiv-aids", "HIV/AIDS, cross-cutting", ["hiv", "health"]),
    ("climate", "Environment and Climate Change", ["environment"]),
    ("disaster", "Disaster Risk Reduction", ["environment", "engineering"]),
    ("youth", "Youth", ["education", "social-protection"]),
  ]

  /// Skills any group may need besides its field's.
  static let genericSkills = ["m-and-e", "gender", "economics"]

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

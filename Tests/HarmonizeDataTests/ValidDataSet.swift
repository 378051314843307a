import HarmonizeData

/// A small data set that validates clean; tests break one file at a time.
enum ValidDataSet {
  static let files: [String: String] = [
    "donors.csv": """
    donor,name,g19,chair_capacity,other_duties,max_groups
    SE,Sweden,yes,2,1.5,4
    DK,Denmark,no,,,
    NL,Netherlands,,,,

    """,
    "staff.csv": """
    staff,donor,name,days,max_groups,skills,senior,ta
    s1,SE,Ana Silva,4,3,pfm:3;health,yes,no
    s2,DK,Erik Jensen,6,,health:1,yes,no
    s3,SE,João Cossa,,,,no,no
    s4,NL,Pieter de Vries,2.5,,,yes,
    ta1,DK,Grace Smith,8,,pfm,yes,yes

    """,
    "groups.csv": """
    group,name,parent,kind,min_donors,max_donors,chair,term,min_term,links,ends
    health,Health,,main,2,5,,2,1,,
    hiv,HIV,health,sector,,,,,,,
    gender,Gender,,cross-cutting,,,focal,,,health;hiv,
    tf,Task force,health,task-force,,,focal,,,,2027

    """,
    "needs.csv": """
    group,skill,level,count
    health,health,2,1
    hiv,pfm,,
    gender,gender,1,1
    tf,health,1,1

    """,
    "participation.csv": """
    staff,group,level,role,since
    s1,health,active,focal,2025
    s2,health,active,troika,
    s4,health,active,troika,2024
    s3,hiv,attending,,
    ta1,hiv,active,,
    s2,hiv,active,focal,2026
    s1,gender,active,,

    """,
    "interests.csv": """
    donor,group,preference,from,to
    SE,health,1,2027,2029
    DK,hiv,2,,

    """,
  ]

  /// The valid files with `replacements` applied; a `nil` value removes the file.
  static func with(_ replacements: [String: String?]) -> [String: String] {
    var result = files
    for (name, contents) in replacements { result[name] = contents }
    return result
  }
}

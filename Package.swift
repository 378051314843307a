// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Harmonize",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "harmonize", targets: ["harmonize"]),
    .library(name: "LinearProgramming", targets: ["LinearProgramming"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // GLPK's C API; only LinearProgramming/GLPKSolver.swift imports it.
    .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
    // CBC's and Clp's C APIs; only LinearProgramming/CBCSolver.swift imports it.
    .systemLibrary(name: "CCBC", providers: [.apt(["coinor-libcbc-dev"])]),
    // HiGHS's C API; only LinearProgramming/HiGHSSolver.swift imports it. Installed by
    // scripts/ensure-solvers from PyPI's highsbox, with the pkg-config file named here.
    .systemLibrary(name: "CHiGHS", pkgConfig: "highs"),
    // Solver-independent modelling layer with GLPK, CBC and HiGHS backends.
    .target(name: "LinearProgramming", dependencies: ["CGLPK", "CCBC", "CHiGHS"]),
    // Domain types, the CSV contract, validation, synthetic data sets.
    .target(
      name: "HarmonizeData",
      dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
    // Gaps, duplications and burden of a roster (today's or a plan's).
    .target(name: "HarmonizeAnalysis", dependencies: ["HarmonizeData"]),
    // The planning model: domain to MIP, solved in lexicographic stages.
    .target(
      name: "HarmonizePlanning",
      dependencies: ["HarmonizeData", "LinearProgramming"]),
    // CSV, text and JSON reports, written atomically.
    .target(
      name: "HarmonizeReports",
      dependencies: ["HarmonizeData", "HarmonizeAnalysis", "HarmonizePlanning"]),
    .executableTarget(
      name: "harmonize",
      dependencies: [
        "LinearProgramming", "HarmonizeData", "HarmonizeAnalysis", "HarmonizePlanning",
        "HarmonizeReports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "harmonize-bench",
      dependencies: [
        "LinearProgramming", "HarmonizeData", "HarmonizeAnalysis", "HarmonizePlanning",
        "HarmonizeReports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(
      name: "LinearProgrammingTests", dependencies: ["LinearProgramming"],
      exclude: ["Fixtures"]),
    .testTarget(name: "HarmonizeDataTests", dependencies: ["HarmonizeData"]),
    .testTarget(
      name: "HarmonizeAnalysisTests", dependencies: ["HarmonizeAnalysis"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "HarmonizePlanningTests",
      dependencies: ["HarmonizePlanning", "HarmonizeAnalysis", "LinearProgramming"]),
    .testTarget(
      name: "HarmonizeCLITests", dependencies: ["HarmonizeReports", "LinearProgramming"]),
  ]
)

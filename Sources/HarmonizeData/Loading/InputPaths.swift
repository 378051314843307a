/// Every file and folder a load reads (the data set folder and its files, `--decisions`,
/// `--previous` and the files read from it), so that a run can keep its outputs apart from
/// them before it writes anything.
public struct InputPaths: Sendable {
  /// One input: its path as given (or as built from the folder given) and what it is.
  public struct Input: Sendable, Hashable {
    public var path: String
    /// What it is, as messages name it: `data set folder`, `decisions file`, ….
    public var role: String
    public var isFolder: Bool

    public init(path: String, role: String, isFolder: Bool) {
      self.path = path
      self.role = role
      self.isFolder = isFolder
    }
  }

  public var inputs: [Input]

  public init(_ inputs: [Input]) { self.inputs = inputs }

  /// What `DataSetLoader.load(folder:options:)` reads for `folder` and `options`.
  ///
  /// The folder, each file of the contract in it, the decisions file and the previous plan's
  /// folder with the files read from it. Paths that do not exist are listed too (they are
  /// skipped when compared).
  public init(dataSet folder: String, options: LoadOptions = LoadOptions()) {
    var inputs = [Input(path: folder, role: "data set folder", isFolder: true)]
    for spec in FileSpec.all {
      inputs.append(Input(path: folder + "/" + spec.name, role: "data set file", isFolder: false))
    }
    if let file = options.decisionsFile {
      inputs.append(Input(path: file, role: "decisions file", isFolder: false))
    }
    if let previous = options.previousFolder {
      inputs.append(Input(path: previous, role: "previous plan folder", isFolder: true))
      for name in PreviousPlanFile.files {
        inputs.append(
          Input(path: previous + "/" + name, role: "previous plan file", isFolder: false))
      }
    }
    self.inputs = inputs
  }
}

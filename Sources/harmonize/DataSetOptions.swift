import ArgumentParser
import Foundation
import HarmonizeData
import HarmonizeReports

/// The DATASET argument shared by `validate`, `analyze` and `plan` (use with `@OptionGroup`).
struct DataSetOptions: ParsableArguments {
  @Argument(help: "Data set folder: donors.csv, staff.csv, groups.csv and optional files.")
  var dataset: String = "Data/mozambique"

  /// Whether the DATASET folder exists.
  var folderExists: Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: dataset, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// Loads and validates the data set, printing every problem to standard error; exits
  /// `.noInput` for a missing folder and `.dataError` on errors.
  func load(_ options: LoadOptions = LoadOptions()) throws -> DataSet {
    let result = try loadResult(options)
    for problem in result.problems { printError(problem.description) }
    guard let dataSet = result.dataSet else {
      printError("\(result.summary(name: name)); no reports written")
      throw ExitCode(.dataError)
    }
    return dataSet
  }

  /// Loads without printing; exits `.noInput` after a message when the folder is missing.
  func loadResult(_ options: LoadOptions = LoadOptions()) throws -> LoadResult {
    guard folderExists else {
      printError("error: data set folder not found: \(MessageText.singleLine(dataset))")
      throw ExitCode(.noInput)
    }
    return DataSetLoader.load(folder: dataset, options: options)
  }

  /// What a run with `options` reads: the data set folder, its files, `--decisions`,
  /// `--previous` and its files (outputs are kept apart from them).
  func inputs(_ options: LoadOptions = LoadOptions()) -> InputPaths {
    InputPaths(dataSet: dataset, options: options)
  }

  /// Checks the report folder before any work (`ReportFolder.check`); exits `.cannotWrite`
  /// when it cannot take the reports, is not harmonize's, or is, holds or lies inside an
  /// input of the run.
  func checkReportFolder(_ folder: String, inputs: InputPaths) throws {
    do {
      _ = try ReportFolder.check(folder, inputs: inputs)
    } catch {
      printError("error: \(error)")
      throw ExitCode(.cannotWrite)
    }
  }

  /// Writes the reports (`ReportFolder.write`); exits `.cannotWrite` when they cannot be.
  func write(_ reports: ReportFolder, to folder: String, inputs: InputPaths) throws {
    do {
      if let kept = try reports.write(to: folder, inputs: inputs) {
        printError(
          "warning: files added to the old report folder during the run were kept in "
            + MessageText.singleLine(kept))
      }
    } catch {
      printError("error: \(error)")
      throw ExitCode(.cannotWrite)
    }
  }

  /// Checks an output file such as `--export-model` before any work (`OutputPath.checkFile`);
  /// exits `.cannotWrite` when its folder is missing or not writable, or it is or lies in an
  /// input of the run or in the report folder `reports`.
  func checkOutputFile(_ path: String, inputs: InputPaths, reports: String) throws {
    do {
      _ = try OutputPath.checkFile(path, inputs: inputs, reportFolder: reports)
    } catch {
      printError("error: \(error)")
      throw ExitCode(.cannotWrite)
    }
  }

  /// The data set's name: the folder's last path component.
  var name: String {
    URL(fileURLWithPath: dataset, isDirectory: true).standardizedFileURL.lastPathComponent
  }
}

/// Writes one line to standard error.
func printError(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}

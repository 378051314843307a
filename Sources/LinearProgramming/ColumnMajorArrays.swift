/// The model as the 0-based column-major arrays that `Cbc_loadProblem`, `Clp_loadProblem` and
/// `Highs_passMip` take.
///
/// The only place where they are made. Infinite bounds become `±DBL_MAX` (`COIN_DBL_MAX`;
/// HiGHS takes anything from 1e20 on as infinite).
struct ColumnMajorArrays: Sendable {
  let columns: Int
  let rows: Int
  var starts: [Int32]
  var indices: [Int32]
  var values: [Double]
  var columnLower: [Double]
  var columnUpper: [Double]
  var objective: [Double]
  var rowLower: [Double]
  var rowUpper: [Double]

  init(_ model: Model) throws {
    columns = model.variables.count
    rows = model.constraints.count
    let count = model.nonZeros
    guard count < Int(Int32.max), rows < Int(Int32.max), columns < Int(Int32.max) else {
      throw SolverError.tooLarge("\(rows) rows, \(columns) columns, \(count) non-zeros")
    }
    var perColumn = [Int](repeating: 0, count: columns)
    for c in model.constraints { for v in c.expression.variables { perColumn[v.index] += 1 } }
    starts = [Int32](repeating: 0, count: columns + 1)
    for j in 0..<columns { starts[j + 1] = starts[j] + Int32(perColumn[j]) }
    var next = starts.dropLast().map { Int($0) }
    indices = [Int32](repeating: 0, count: count)
    values = [Double](repeating: 0, count: count)
    for (i, c) in model.constraints.enumerated() {
      for (v, a) in zip(c.expression.variables, c.expression.coefficients) {
        indices[next[v.index]] = Int32(i)
        values[next[v.index]] = a
        next[v.index] += 1
      }
    }
    let bounds = (0..<columns).map { model.solverBounds(of: $0) }
    columnLower = bounds.map { Self.finite($0.lower) }
    columnUpper = bounds.map { Self.finite($0.upper) }
    objective = [Double](repeating: 0, count: columns)
    for (v, c) in zip(model.objective.variables, model.objective.coefficients) {
      objective[v.index] += c
    }
    rowLower = model.constraints.map { Self.finite($0.lower) }
    rowUpper = model.constraints.map { Self.finite($0.upper) }
  }

  private static func finite(_ x: Double) -> Double {
    x.isFinite ? x : (x > 0 ? .greatestFiniteMagnitude : -.greatestFiniteMagnitude)
  }

  /// Calls `body` with the arguments of `Cbc_loadProblem` / `Clp_loadProblem`, model excluded.
  func load(
    _ body: (
      Int32, Int32, UnsafePointer<Int32>?, UnsafePointer<Int32>?, UnsafePointer<Double>?,
      UnsafePointer<Double>?, UnsafePointer<Double>?, UnsafePointer<Double>?,
      UnsafePointer<Double>?, UnsafePointer<Double>?
    ) -> Void
  ) {
    starts.withUnsafeBufferPointer { s in
      indices.withUnsafeBufferPointer { i in
        values.withUnsafeBufferPointer { v in
          columnLower.withUnsafeBufferPointer { cl in
            columnUpper.withUnsafeBufferPointer { cu in
              objective.withUnsafeBufferPointer { o in
                rowLower.withUnsafeBufferPointer { rl in
                  rowUpper.withUnsafeBufferPointer { ru in
                    body(
                      Int32(columns), Int32(rows), s.baseAddress, i.baseAddress, v.baseAddress,
                      cl.baseAddress, cu.baseAddress, o.baseAddress, rl.baseAddress,
                      ru.baseAddress)
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

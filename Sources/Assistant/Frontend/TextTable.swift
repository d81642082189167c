/// A table for people: a header row, then rows, in aligned columns two spaces apart.
///
/// Widths are counted in characters, which suits NFC Vietnamese; cells are made safe for a
/// terminal, since they may come from gold files or the report.
struct TextTable {
  /// Where a column's cells sit: text on the left, figures on the right.
  enum Alignment {
    case left, right
  }

  /// The column headers and their alignments.
  var columns: [(title: String, alignment: Alignment)]
  /// The rows, each with one cell a column.
  var rows: [[String]] = []

  /// Creates a table with these columns and no rows.
  init(_ columns: [(title: String, alignment: Alignment)]) {
    self.columns = columns
  }

  /// Adds a row; missing cells are empty.
  mutating func append(_ row: [String]) {
    rows.append(row.map { $0.terminalSafe(keepingNewlines: false) })
  }

  /// The table, each line prefixed by `indent` and ending with a newline.
  func rendered(indent: String = "") -> String {
    let all = [columns.map(\.title)] + rows
    let widths = columns.indices.map { column in
      all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    var text = ""
    for row in all {
      var cells: [String] = []
      for (column, width) in widths.enumerated() {
        let cell = row.indices.contains(column) ? row[column] : ""
        let padding = String(repeating: " ", count: width - cell.count)
        cells.append(columns[column].alignment == .left ? cell + padding : padding + cell)
      }
      var line = indent + cells.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      text += line + "\n"
    }
    return text
  }
}

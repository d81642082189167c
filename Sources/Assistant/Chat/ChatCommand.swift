/// A command typed in the chat instead of a question: `/help` or `:help`.
enum ChatCommand: String, CaseIterable, Sendable {
  case help, topics, examples, why, sources, reset, quit, exit

  /// What a line that starts with `/` or `:` followed by a letter asks for.
  enum Parsed: Equatable {
    /// A known command.
    case command(ChatCommand)
    /// An unknown command: the name as typed (with its `/` or `:`), and the nearest known one
    /// written with the same prefix, if any is near enough to be a likely typo.
    case unknown(typed: String, nearest: String?)
  }

  /// The characters a command may start with.
  static let prefixes: Set<Character> = ["/", ":"]

  /// The command's name as it is typed, with the usual prefix.
  var typed: String { "/" + rawValue }

  /// One line for `/help`.
  var summary: String {
    switch self {
    case .help: return "các lệnh và phím tắt"
    case .topics: return "những gì tôi trả lời được, theo nhóm"
    case .examples: return "câu hỏi ví dụ"
    case .why: return "giải thích câu trả lời vừa rồi: câu hỏi đã chuẩn hoá, ý định, quy tắc, nguồn"
    case .sources: return "toàn văn đoạn báo cáo mà câu trả lời vừa rồi trích dẫn"
    case .reset: return "quên câu hỏi, câu trả lời và ngữ cảnh vừa rồi, bắt đầu lại"
    case .quit: return "thoát (cũng như Ctrl-D trên dòng trống)"
    case .exit: return "thoát"
    }
  }

  /// The command `line` asks for, or nil when the line is a question.
  ///
  /// A command is a prefix directly followed by a letter, so `:)` or `/ 5` stay questions.
  /// Words after the command's name are ignored. A prefix alone asks for `/help`: it is how
  /// one starts a command, and is no question.
  static func parse(_ line: String) -> Parsed? {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    if let prefix = trimmed.first, prefixes.contains(prefix),
      trimmed.dropFirst().allSatisfy(\.isWhitespace)
    {
      return .command(.help)
    }
    guard let prefix = trimmed.first, prefixes.contains(prefix),
      trimmed.dropFirst().first?.isLetter == true
    else { return nil }
    let name = trimmed.dropFirst().prefix { !$0.isWhitespace }
    if let command = ChatCommand(rawValue: name.lowercased()) { return .command(command) }
    let nearest = nearest(to: String(name)).map { String(prefix) + $0.rawValue }
    return .unknown(typed: String(prefix) + name, nearest: nearest)
  }

  /// The command whose name is fewest edits away from `name`, if it is near enough to be a typo:
  /// at most two edits, or half the command's letters (`hlep` → `help`, `sorces` → `sources`;
  /// nothing for `weather`).
  static func nearest(to name: String) -> ChatCommand? {
    let typed = Array(name.lowercased())
    let scored = allCases.map { (command: $0, distance: editDistance(typed, Array($0.rawValue))) }
    guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
    return best.distance <= max(2, best.command.rawValue.count / 2) ? best.command : nil
  }

  /// The commands whose name starts with `typed` (which has its prefix), written with it.
  static func completions(of typed: String) -> [String] {
    guard let prefix = typed.first, prefixes.contains(prefix) else { return [] }
    let name = typed.dropFirst().lowercased()
    return allCases.filter { $0.rawValue.hasPrefix(name) }.map { String(prefix) + $0.rawValue }
  }

  /// Edit distance counting an insertion, a deletion, a substitution or a swap of two
  /// neighbouring letters as one edit (optimal string alignment).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var distance = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { distance[i][0] = i }
    for j in 0...b.count { distance[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        distance[i][j] = min(
          distance[i - 1][j] + 1, distance[i][j - 1] + 1, distance[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          distance[i][j] = min(distance[i][j], distance[i - 2][j - 2] + 1)
        }
      }
    }
    return distance[a.count][b.count]
  }
}

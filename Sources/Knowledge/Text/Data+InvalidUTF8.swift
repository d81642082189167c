import Foundation

extension Data {
  /// The 1-based line of the first byte that is not UTF-8, or nil when all of it is: where to
  /// look in a rule file or document that cannot be read as text.
  var lineOfFirstInvalidUTF8: Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var bytes = makeIterator()
    var line = 1
    while true {
      switch parser.parseScalar(from: &bytes) {
      case .valid(let encoded): if encoded.first == UInt8(ascii: "\n") { line += 1 }
      case .error: return line
      case .emptyInput: return nil
      }
    }
  }
}

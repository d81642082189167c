/// A compact, positional binary form of built values, made at build time and read at start-up.
///
/// Values are written in a fixed order with no keys or types: reader and writer must agree, which
/// the round-trip tests check. Every byte outside strings is below 0x80, so a snapshot is valid
/// UTF-8 and can be embedded as a Swift string literal and read in place, without decoding.
/// Integers are variable-length, six bits a byte, with 0x40 marking that more bytes follow;
/// strings are written once each, in a table ahead of the values that refer to them by number.
enum Snapshot {
  /// The version of the format, checked when reading.
  static let version = 1
}

/// A value that can be written to a snapshot and read back.
protocol SnapshotCodable {
  /// Reads the value at the reader's position.
  init(from reader: inout SnapshotReader) throws(KnowledgeError)
  /// Appends the value.
  func write(to writer: inout SnapshotWriter)
}

/// Builds a snapshot: the values, then the string table in front of them.
struct SnapshotWriter {
  private var body: [UInt8] = []
  private var strings: [String] = []
  private var stringNumbers: [String: Int] = [:]

  /// Appends a non-negative integer.
  mutating func write(unsigned value: UInt64) {
    var rest = value
    while rest >= 0x40 {
      body.append(UInt8(rest & 0x3F) | 0x40)
      rest >>= 6
    }
    body.append(UInt8(rest))
  }

  /// Appends any value.
  mutating func write(_ value: some SnapshotCodable) {
    value.write(to: &self)
  }

  /// Appends an enumeration's case number and its associated values.
  mutating func write(tag: UInt64, _ values: any SnapshotCodable...) {
    write(unsigned: tag)
    for value in values { value.write(to: &self) }
  }

  /// Appends a string by its number in the table.
  mutating func write(string: String) {
    if let number = stringNumbers[string] { return write(unsigned: UInt64(number)) }
    stringNumbers[string] = strings.count
    write(unsigned: UInt64(strings.count))
    strings.append(string)
  }

  /// The snapshot: version, string table, values.
  func finished() -> [UInt8] {
    var head = SnapshotWriter()
    head.write(unsigned: UInt64(Snapshot.version))
    head.write(unsigned: UInt64(strings.count))
    for string in strings {
      head.write(unsigned: UInt64(string.utf8.count))
      head.body += string.utf8
    }
    return head.body + body
  }
}

/// Reads a snapshot from bytes that stay valid while it is used.
struct SnapshotReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var strings: [String] = []

  /// Starts reading `bytes`: checks the version and reads the string table.
  init(_ bytes: UnsafeBufferPointer<UInt8>) throws(KnowledgeError) {
    self.bytes = bytes
    guard try readUnsigned() == UInt64(Snapshot.version) else {
      throw Self.corrupt("unknown version")
    }
    let count = try readCount()
    strings.reserveCapacity(count)
    for _ in 0..<count {
      let length = try readCount()
      guard length <= bytes.count - position else { throw Self.corrupt("string past the end") }
      let start = bytes.baseAddress! + position
      strings.append(
        String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self))
      position += length
    }
  }

  /// Whether every byte has been read.
  var isAtEnd: Bool { position == bytes.count }

  /// Reads a non-negative integer.
  mutating func readUnsigned() throws(KnowledgeError) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < bytes.count, shift < 64 else { throw Self.corrupt("number past the end") }
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x3F) << shift
      if byte & 0x40 == 0 { return value }
      shift += 6
    }
  }

  /// Reads a count: a non-negative integer no larger than what is left to read.
  mutating func readCount() throws(KnowledgeError) -> Int {
    let count = try readUnsigned()
    guard count <= UInt64(bytes.count) else { throw Self.corrupt("count too large") }
    return Int(count)
  }

  /// Reads any value.
  mutating func read<Value: SnapshotCodable>(_: Value.Type = Value.self) throws(KnowledgeError)
    -> Value
  {
    try Value(from: &self)
  }

  /// Reads a string by its number in the table.
  mutating func readString() throws(KnowledgeError) -> String {
    let number = try readUnsigned()
    guard number < UInt64(strings.count) else { throw Self.corrupt("unknown string") }
    return strings[Int(number)]
  }

  /// The error for a snapshot that does not read as written.
  static func corrupt(_ reason: String) -> KnowledgeError {
    .malformedRules(path: "built-in knowledge snapshot", line: nil, message: reason)
  }
}

extension String: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) { self = try reader.readString() }
  func write(to writer: inout SnapshotWriter) { writer.write(string: self) }
}

extension Int: SnapshotCodable {
  /// Zig-zag coded, so that small negative numbers stay short.
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    let coded = try reader.readUnsigned()
    self = Int(truncatingIfNeeded: Int64(bitPattern: (coded >> 1) ^ (0 &- (coded & 1))))
  }
  func write(to writer: inout SnapshotWriter) {
    let value = Int64(self)
    writer.write(unsigned: UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }
}

extension Bool: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    self = try reader.readUnsigned() != 0
  }
  func write(to writer: inout SnapshotWriter) { writer.write(unsigned: self ? 1 : 0) }
}

extension Double: SnapshotCodable {
  /// The bit pattern, byte-reversed so that the zero low bits of round numbers come last and
  /// the variable-length integer stays short.
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    self = Double(bitPattern: try reader.readUnsigned().byteSwapped)
  }
  func write(to writer: inout SnapshotWriter) { writer.write(unsigned: bitPattern.byteSwapped) }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    let count = try reader.readCount()
    self.init()
    reserveCapacity(count)
    for _ in 0..<count { append(try Element(from: &reader)) }
  }
  func write(to writer: inout SnapshotWriter) {
    writer.write(unsigned: UInt64(count))
    for element in self { element.write(to: &writer) }
  }
}

extension Optional: SnapshotCodable where Wrapped: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    self = try reader.readUnsigned() == 0 ? nil : Wrapped(from: &reader)
  }
  func write(to writer: inout SnapshotWriter) {
    guard let self else { return writer.write(unsigned: 0) }
    writer.write(unsigned: 1)
    self.write(to: &writer)
  }
}

extension Set: SnapshotCodable where Element: SnapshotCodable & Comparable {
  /// Written sorted, so that the same set always gives the same bytes.
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    self.init(try [Element](from: &reader))
  }
  func write(to writer: inout SnapshotWriter) { sorted().write(to: &writer) }
}

extension Dictionary: SnapshotCodable
where Key: SnapshotCodable & Comparable, Value: SnapshotCodable {
  /// Written as keys and values in key order, so that the same dictionary always gives the same bytes.
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    let count = try reader.readCount()
    self.init(minimumCapacity: count)
    for _ in 0..<count {
      let key = try Key(from: &reader)
      self[key] = try Value(from: &reader)
    }
  }
  func write(to writer: inout SnapshotWriter) {
    writer.write(unsigned: UInt64(count))
    for key in keys.sorted() {
      key.write(to: &writer)
      self[key]!.write(to: &writer)
    }
  }
}

import Foundation
import Knowledge

/// What the benchmarks feed the assistant: the dev questions and many reports made from the test
/// documents, read from the checkout the benchmark was built from.
enum Workload {
  /// The root of the assistant's package: four folders up from this file
  /// (`Benchmarks/Benchmarks/Assistant/Workload.swift`).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The assistant as it is installed: built by `scripts/bench` with
  /// `swift build -c release --static-swift-stdlib --scratch-path .build-static` at the root.
  static let releaseExecutable = root.appendingPathComponent(".build-static/release/assistant").path

  /// The questions of the dev set, in file order.
  static func devCases() throws -> [GoldCase] {
    let path = "corpus/eval/dev.jsonl"
    let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    return try GoldCase.read(text, path: path)
  }

  /// The questions of the gold files of the reports no rule was written for
  /// (`Tests/Fixtures/reports`), in file order.
  static func reportCases() throws -> [GoldCase] {
    let folder = root.appendingPathComponent(reports)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".gold.jsonl") }.sorted()
    return try names.flatMap { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      return try GoldCase.read(text, path: name)
    }
  }

  /// The test documents the rules were written beside.
  static let fixtures = "Tests/Fixtures/documents"
  /// The reports no rule was written for.
  static let reports = "Tests/Fixtures/reports"

  /// `count` reports made from the test documents in turn, each copy made different from the
  /// others: its numbers shifted by its copy index, its own file name, title and date line.
  ///
  /// Identical copies would share words and facts, and would measure a knowledge base of five
  /// reports repeated rather than one of `count` reports.
  static func documents(count: Int, from source: String = fixtures) throws -> [Document] {
    try documentTexts(count: count, from: source).map {
      try DocumentReader.read($0.text, path: $0.name)
    }
  }

  /// The reports of ``documents(count:from:)`` as files: `count` `.txt` files in a new temporary folder,
  /// which a knowledge base loads as `--documents FOLDER` does.
  static func documentFolder(count: Int, from source: String = fixtures) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "assistant-benchmark-\(count)-\(source.split(separator: "/").last ?? "")-"
        + "\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for document in try documentTexts(count: count, from: source) {
      try document.text.write(
        to: folder.appendingPathComponent(document.name), atomically: false, encoding: .utf8)
    }
    return folder
  }

  /// The file names and texts of ``documents(count:from:)``, made from the `.txt` files of the
  /// folder `source`.
  static func documentTexts(count: Int, from source: String = fixtures) throws -> [(
    name: String, text: String
  )] {
    let folder = root.appendingPathComponent(source)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let originals = try names.map { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      return (name: name, text: text, document: try DocumentReader.read(text, path: name))
    }
    guard !originals.isEmpty else {
      throw WorkloadError(description: "no test documents in \(folder.path)")
    }
    return (0..<count).map { copy in
      let original = originals[copy % originals.count]
      var lines = original.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        .map { shiftingNumbers(in: String($0), by: copy) }
      lines[0] = "\(lines[0]) (bản \(copy + 1))"
      // A document without a date line gets one, so that every copy has its own date.
      if original.document.publishedText.isEmpty {
        lines.insert(dateLine(copy), at: 1)
      } else {
        lines[1] = dateLine(copy)
      }
      let name = String(format: "%04d_", copy + 1) + original.name
      return (name, lines.joined(separator: "\n"))
    }
  }

  /// Day `copy` after 1 January 2020, as a date line (`2020-01-01`).
  private static func dateLine(_ copy: Int) -> String {
    let day = Date(timeIntervalSince1970: 1_577_836_800 + Double(copy) * 86_400)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: day)
    return String(format: "%04d-%02d-%02d", parts.year ?? 2020, parts.month ?? 1, parts.day ?? 1)
  }

  /// `line` with each figure raised by `offset`, leaving alone what would stop being a date or a
  /// period if it changed: years, days and months (`ngày 8`, `tháng 6`, `quý 2`, `24.9`,
  /// `8/7/2025`), and the parts after the first of fractions and thousands (`2.690/3.085`).
  static func shiftingNumbers(in line: String, by offset: Int) -> String {
    let characters = Array(line)
    var result = ""
    var index = 0
    func isDigit(_ position: Int) -> Bool {
      characters.indices.contains(position) && characters[position].isASCII
        && characters[position].isNumber
    }
    while index < characters.count {
      guard isDigit(index) else {
        result.append(characters[index])
        index += 1
        continue
      }
      var end = index
      while isDigit(end) { end += 1 }
      let digits = String(characters[index..<end])
      let joinsBefore = index >= 2 && ",./-:".contains(characters[index - 1]) && isDigit(index - 2)
      let joinsAfter =
        end + 1 < characters.count && "./-:".contains(characters[end]) && isDigit(end + 1)
      let before = String(characters[..<index]).lowercased()
      let namesPeriod = ["ngày ", "tháng ", "quý ", "năm "].contains { before.hasSuffix($0) }
      if let value = Int(digits), !joinsBefore, !joinsAfter, !namesPeriod,
        !(digits.count == 4 && (1900...2099).contains(value))
      {
        result += String(value + offset)
      } else {
        result += digits
      }
      index = end
    }
    return result
  }
}

/// Why the workload could not be made, naming what is missing.
struct WorkloadError: Error, CustomStringConvertible {
  var description: String
}

import ArgumentParser

extension ExitCode {
  /// The assistant declined the question, or only asked back (`ask`).
  static let declined = ExitCode(1)
  /// Malformed rule data, or malformed lines in a batch input (`EX_DATAERR`).
  static let dataError = ExitCode(65)
  /// An input file that does not exist or cannot be read (`EX_NOINPUT`).
  static let noInput = ExitCode(66)
}

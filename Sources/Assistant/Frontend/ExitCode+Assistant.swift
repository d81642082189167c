import ArgumentParser

extension ExitCode {
  /// The assistant declined the question, or only asked back (`ask`).
  static let declined = ExitCode(1)
  /// An evaluation's accuracy is below `--min-accuracy` (`eval`).
  static let belowThreshold = ExitCode(2)
  /// Malformed rule data, gold files or batch lines, or rule data `check` finds errors in
  /// (`EX_DATAERR`).
  static let dataError = ExitCode(65)
  /// An input file that does not exist or cannot be read (`EX_NOINPUT`).
  static let noInput = ExitCode(66)
}

import CReadline

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What readline's completion callbacks work from: the source of completions, and the matches of
/// the completion under way.
private struct CompletionState {
  var source: CompletionSource?
  /// The bytes at the start of every match that the user typed and that stay as they are.
  var keptBytes = 0
  /// Whole-line replacements, in the order they are offered.
  var matches: [String] = []
}

/// The one completion state of the process.
///
/// Readline calls its completion functions through plain C function pointers, which carry no
/// context, so the state they need must be global. It is only touched on the thread that runs
/// `readline()`: by `LineEditor` before and after reading, and by the callbacks below, which
/// readline calls synchronously from inside `readline()`. Nothing else runs at the same time.
nonisolated(unsafe) private var completionState = CompletionState()

extension LineEditor {
  /// Makes Tab complete from `source`, or turns completion off when it is nil.
  static func installCompletion(_ source: CompletionSource?) {
    completionState = CompletionState(source: source)
    if source == nil {
      creadline_set_completion(nil, nil)
    } else {
      creadline_set_completion(attemptCompletion, displayMatches)
    }
  }
}

/// Readline's `rl_attempted_completion_function`: the matches for the line up to the cursor.
///
/// Readline is told (in `CReadline`) that the whole line is one word, so `text` is everything
/// before the cursor and every match is a whole replacement for it.
private func attemptCompletion(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  creadline_set_attempted_completion_over(1)
  guard let text, let source = completionState.source else { return nil }
  let typed = String(cString: text)
  let (kept, candidates) = source.complete(typed)
  guard !candidates.isEmpty else { return nil }
  completionState.keptBytes = kept.utf8.count
  completionState.matches = candidates.map { kept + $0 }
  guard let matches = rl_completion_matches(text, nextMatch) else { return nil }
  // With several matches readline puts their common beginning in place of the line. Matches
  // differ from what was typed in marks and case, so that beginning can be shorter than the
  // typed text (`chu` offers `Chủ tịch` and `chữ ký số`): then the line stays as typed.
  // It also stops short of a space it ends with, so that the next Tab still has a word to
  // complete.
  if candidates.count > 1, let common = matches[0] {
    var replacement = String(cString: common)
    while replacement.last?.isWhitespace == true { replacement.removeLast() }
    if replacement.count < typed.count { replacement = typed }
    free(common)
    matches[0] = strdup(replacement)
  }
  return matches
}

/// Readline's generator: the match after the `index` already returned, copied with `malloc`
/// for readline to free, or nil after the last.
private func nextMatch(
  _ text: UnsafePointer<CChar>?, _ index: Int32
) -> UnsafeMutablePointer<CChar>? {
  let index = Int(index)
  guard index < completionState.matches.count else { return nil }
  return strdup(completionState.matches[index])
}

/// Lists the candidates when there are several: only the terms, not the whole lines they
/// would make.
private func displayMatches(
  _ matches: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ count: Int32, _ longest: Int32
) {
  guard let matches, count > 0 else { return }
  let kept = completionState.keptBytes
  var shown: [String] = []
  for index in 1...Int(count) {
    guard let match = matches[index] else { continue }
    let bytes = UnsafeBufferPointer(start: match, count: strlen(match))
    shown.append(
      String(
        decoding: bytes.dropFirst(min(kept, bytes.count)).map(UInt8.init(bitPattern:)),
        as: UTF8.self))
  }
  var list: [UnsafeMutablePointer<CChar>?] = [nil] + shown.map { strdup($0) } + [nil]
  rl_crlf()
  rl_display_match_list(&list, Int32(shown.count), Int32(shown.map(\.columns).max() ?? 0))
  for pointer in list { free(pointer) }
  rl_forced_update_display()
}

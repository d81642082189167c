import Foundation

/// Reading and writing numbers the Vietnamese way: `.` groups thousands, `,` is the decimal mark.
public enum VietnameseNumber {
  /// Reads a number as written in Vietnamese text (`17.175.876`, `50,4`, `14,540`, `2025`).
  ///
  /// A `.` followed by groups of exactly three digits groups thousands; otherwise (`50.4`, typed
  /// the English way) it is the decimal mark. A single `,` is always the decimal mark, so
  /// `14,540` is fourteen and a half-odd, as the report means it.
  public static func parse(_ text: String) -> Double? {
    let digits = text.filter { $0 != " " }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
      digits.first!.isNumber, digits.last!.isNumber
    else { return nil }
    let commas = digits.filter { $0 == "," }.count
    let dots = digits.filter { $0 == "." }.count
    var plain: String
    if commas > 0 && dots > 0 {
      // Whichever comes last is the decimal mark.
      let lastComma = digits.lastIndex(of: ",")!
      let lastDot = digits.lastIndex(of: ".")!
      if lastComma > lastDot {
        plain = digits.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
      } else {
        plain = digits.replacingOccurrences(of: ",", with: "")
      }
    } else if commas > 1 {
      plain = digits.replacingOccurrences(of: ",", with: "")
    } else if commas == 1 {
      plain = digits.replacingOccurrences(of: ",", with: ".")
    } else if dots >= 1 {
      let groups = digits.split(separator: ".")
      let grouped = groups.dropFirst().allSatisfy { $0.count == 3 } && groups.first!.count <= 3
      plain = grouped ? groups.joined() : (dots == 1 ? digits : groups.joined())
    } else {
      plain = digits
    }
    return Double(plain)
  }

  /// Writes a number the Vietnamese way with at most `maximumDecimals` decimals, trailing zeros dropped
  /// (`101400` → `101.400`, `50.4` → `50,4`).
  public static func format(_ value: Double, maximumDecimals: Int = 2) -> String {
    let scale = pow(10, Double(maximumDecimals))
    let rounded = (abs(value) * scale).rounded() / scale
    var integer = UInt64(rounded.rounded(.towardZero))
    var fraction = rounded - Double(integer)
    var decimals = ""
    for _ in 0..<maximumDecimals {
      fraction *= 10
      let digit = Int((fraction + 1e-9).rounded(.towardZero))
      decimals.append(Character(String(min(digit, 9))))
      fraction -= Double(digit)
    }
    while decimals.hasSuffix("0") { decimals.removeLast() }
    var groups: [String] = []
    repeat {
      let group = integer % 1000
      integer /= 1000
      groups.insert(integer > 0 ? String(format: "%03d", group) : String(group), at: 0)
    } while integer > 0
    let sign = value < 0 && rounded > 0 ? "-" : ""
    return sign + groups.joined(separator: ".") + (decimals.isEmpty ? "" : "," + decimals)
  }
}

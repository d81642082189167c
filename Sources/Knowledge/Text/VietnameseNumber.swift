import Foundation

/// Reading and writing numbers the Vietnamese way: `.` groups thousands, `,` is the decimal mark.
public enum VietnameseNumber {
  /// Reads a number as written in Vietnamese text (`17.175.876`, `50,4`, `14,540`, `2025`).
  ///
  /// A `.` followed by groups of exactly three digits groups thousands; otherwise (`50.4`, typed
  /// the English way) it is the decimal mark. A single `,` is always the decimal mark, so
  /// `14,540` is fourteen and a half-odd, as the report means it.
  public static func parse(_ text: String) -> Double? {
    // Read on the UTF-8 bytes: a number is ASCII, and a text is told not to be one at its first
    // other byte, without iterating characters.
    var digits: [UInt8] = []
    digits.reserveCapacity(text.utf8.count)
    var commas = 0
    var dots = 0
    for byte in text.utf8 where byte != UInt8(ascii: " ") {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): break
      case UInt8(ascii: ","): commas += 1
      case UInt8(ascii: "."): dots += 1
      default: return nil
      }
      digits.append(byte)
    }
    guard let first = digits.first, let last = digits.last, isDigit(first), isDigit(last) else {
      return nil
    }
    let comma = UInt8(ascii: ",")
    let dot = UInt8(ascii: ".")
    var plain: [UInt8]
    if commas > 0 && dots > 0 {
      // Whichever comes last is the decimal mark.
      if digits.lastIndex(of: comma)! > digits.lastIndex(of: dot)! {
        plain = digits.filter { $0 != dot }.map { $0 == comma ? dot : $0 }
      } else {
        plain = digits.filter { $0 != comma }
      }
    } else if commas > 1 {
      plain = digits.filter { $0 != comma }
    } else if commas == 1 {
      plain = digits.map { $0 == comma ? dot : $0 }
    } else if dots >= 1 {
      let groups = digits.split(separator: dot)
      let grouped = groups.dropFirst().allSatisfy { $0.count == 3 } && groups.first!.count <= 3
      plain = grouped || dots > 1 ? Array(groups.joined()) : digits
    } else {
      plain = digits
    }
    return Double(String(decoding: plain, as: UTF8.self))
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
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

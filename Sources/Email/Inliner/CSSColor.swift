import Foundation

/// Colour values as the `bgcolor` attribute accepts them.
enum CSSColor {
    /// The basic named colours every client knows.
    private static let namedColors: Set<String> = [
        "black", "silver", "gray", "grey", "white", "maroon", "red", "purple", "fuchsia", "green", "lime", "olive",
        "yellow", "navy", "blue", "teal", "aqua", "orange",
    ]

    /// `#abc`, `#aabbcc`, a named colour, or `rgb(r, g, b)` converted to `#rrggbb`; `nil` otherwise.
    static func hex(_ value: String) -> String? {
        let text = value.trimmingCharacters(in: .whitespaces).lowercased()
        if text.hasPrefix("#") {
            let digits = text.dropFirst()
            guard digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
            return text
        }
        if namedColors.contains(text) { return text }
        if text.hasPrefix("rgb("), text.hasSuffix(")") {
            let channels = text.dropFirst(4).dropLast().split(separator: ",").compactMap {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            guard channels.count == 3, channels.allSatisfy({ (0...255).contains($0) }) else { return nil }
            return "#" + channels.map { channel in
                let digits = String(channel, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
        }
        return nil
    }

    /// The first colour among the space-separated parts of a `background` shorthand.
    static func firstColor(_ shorthand: String) -> String? {
        var depth = 0
        var parts: [String] = []
        var current = ""
        for character in shorthand {
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if character.isWhitespace && depth == 0 {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.lazy.compactMap(hex).first
    }
}

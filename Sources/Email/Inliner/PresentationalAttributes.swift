import Foundation

/// The elements that may get presentational attributes, and all others as one: the only distinction between
/// element names that `PresentationalAttributes.derive` makes.
enum PresentationalElement: Int8, Hashable, CaseIterable {
    case other, img, table, td, th, body

    /// The element name to derive the attributes with (any other name gives none).
    var name: String {
        switch self {
        case .other: ""
        case .img: "img"
        case .table: "table"
        case .td: "td"
        case .th: "th"
        case .body: "body"
        }
    }

    /// The kind of each atom of `atoms`, indexed by atom.
    static func kinds(in atoms: AtomTable) -> [PresentationalElement] {
        var kinds = [PresentationalElement](repeating: .other, count: atoms.count)
        for kind in allCases where kind != .other {
            let atom = atoms.atom(kind.name)
            if atom >= 0 { kinds[Int(atom)] = kind }
        }
        return kinds
    }
}

/// The HTML attributes that Outlook (Word rendering) and old clients still read instead of CSS, derived from
/// an element's inlined declarations.
enum PresentationalAttributes {
    private static let sizedElements: Set<String> = ["img", "table", "td", "th"]
    private static let alignedElements: Set<String> = ["table", "td", "th"]
    private static let cellElements: Set<String> = ["td", "th"]
    private static let coloredElements: Set<String> = ["table", "td", "th", "body"]

    /// The attributes to add, in a fixed order; the caller skips those the element already has.
    static func derive(elementName: String, declarations: [CSSDeclaration]) -> [(String, String)] {
        var values: [String: String] = [:]
        for declaration in declarations { values[declaration.property] = declaration.value }
        var attributes: [(String, String)] = []
        if sizedElements.contains(elementName) {
            let allowsPercent = elementName != "img"
            if let width = values["width"].flatMap({ length($0, allowsPercent: allowsPercent) }) {
                attributes.append(("width", width))
            }
            if let height = values["height"].flatMap({ length($0, allowsPercent: allowsPercent) }) {
                attributes.append(("height", height))
            }
        }
        if alignedElements.contains(elementName) {
            if let align = values["text-align"].flatMap(horizontalAlignment) {
                attributes.append(("align", align))
            } else if elementName == "table", isCenteredByMargins(values) {
                attributes.append(("align", "center"))
            }
        }
        if cellElements.contains(elementName), let valign = values["vertical-align"].flatMap(verticalAlignment) {
            attributes.append(("valign", valign))
        }
        if coloredElements.contains(elementName),
            let color = values["background-color"].flatMap(CSSColor.hex) ?? values["background"].flatMap(
                CSSColor.firstColor)
        {
            attributes.append(("bgcolor", color))
        }
        return attributes
    }

    /// `600px` → `600`, `600` → `600`, `100%` → `100%` (tables and cells only); other units are not
    /// expressible as attributes.
    static func length(_ value: String, allowsPercent: Bool) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces).lowercased()
        if allowsPercent, trimmed.hasSuffix("%"), let number = Double(trimmed.dropLast()), number >= 0 {
            return "\(formatted(number))%"
        }
        let digits = trimmed.hasSuffix("px") ? String(trimmed.dropLast(2)) : trimmed
        guard let number = Double(digits), number >= 0, number.isFinite, number < 100_000 else { return nil }
        return String(Int(number.rounded()))
    }

    private static func formatted(_ number: Double) -> String {
        number == number.rounded() && number < 1_000_000 ? String(Int(number)) : String(number)
    }

    private static func horizontalAlignment(_ value: String) -> String? {
        let keyword = value.trimmingCharacters(in: .whitespaces).lowercased()
        return ["left", "center", "right"].contains(keyword) ? keyword : nil
    }

    private static func verticalAlignment(_ value: String) -> String? {
        let keyword = value.trimmingCharacters(in: .whitespaces).lowercased()
        return ["top", "middle", "bottom"].contains(keyword) ? keyword : nil
    }

    /// `margin: 0 auto`, `margin: auto`, `margin: 10px auto 0` or auto left and right margins.
    private static func isCenteredByMargins(_ values: [String: String]) -> Bool {
        if values["margin-left"]?.lowercased() == "auto" && values["margin-right"]?.lowercased() == "auto" {
            return true
        }
        guard let margin = values["margin"] else { return false }
        let parts = margin.lowercased().split(whereSeparator: \.isWhitespace)
        switch parts.count {
        case 1, 2, 3: return parts[parts.count == 1 ? 0 : 1] == "auto"
        case 4: return parts[1] == "auto" && parts[3] == "auto"
        default: return false
        }
    }
}

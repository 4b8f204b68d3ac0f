import Foundation

/// Google Analytics campaign parameters appended to the outgoing web links of an issue.
public struct UTMParameters: Sendable, Hashable {
    public var source: String
    public var medium: String
    public var campaign: String

    public init(source: String, medium: String = "email", campaign: String) {
        self.source = source
        self.medium = medium
        self.campaign = campaign
    }

    /// `url` with the `utm_*` parameters it does not already have, inserted before any fragment.
    public func applied(to url: String) -> String {
        let (beforeFragment, fragment) = url.split(at: "#")
        let (_, query) = beforeFragment.split(at: "?")
        let existingNames = Set((query ?? "").split(separator: "&").map { $0.split(separator: "=").first.map(String.init) ?? "" })
        let additions = [("utm_source", source), ("utm_medium", medium), ("utm_campaign", campaign)]
            .filter { !existingNames.contains($0.0) }
            .map { "\($0.0)=\(Self.encoded($0.1))" }
        guard !additions.isEmpty else { return url }
        var separator = "?"
        if let query { separator = query.isEmpty || query.hasSuffix("&") ? "" : "&" }
        return beforeFragment + separator + additions.joined(separator: "&") + (fragment.map { "#" + $0 } ?? "")
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~")
        return set
    }()

    private static func encoded(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

extension String {
    /// The text before the first `separator` and the text after it (`nil` when there is none).
    func split(at separator: Character) -> (String, String?) {
        guard let index = firstIndex(of: separator) else { return (self, nil) }
        return (String(self[..<index]), String(self[self.index(after: index)...]))
    }
}

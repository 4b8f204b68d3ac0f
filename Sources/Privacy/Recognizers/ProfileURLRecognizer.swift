/// Finds links to people: social network profiles (`facebook.com/…`, `linkedin.com/in/…`, `instagram.com/…`,
/// `x.com/…`, `twitter.com/…`, `tiktok.com/@…`, `doctolib.fr/infirmier/<ville>/<nom>`…), the network's own
/// member pages given as prefixes (`https://cercle.example/u/`), and any URL with a `/u/`, `/user/`,
/// `/users/`, `/members/`, `/profil/`, `/profile/` segment or an `/@name` segment. With or without scheme.
///
/// Links to posts, groups, events or searches (`facebook.com/groups/…`, `instagram.com/p/…`) are not profiles.
public struct ProfileURLRecognizer: Recognizer {
    /// Member profile URL prefixes, lowercased, without scheme or `www.`.
    private let memberProfilePrefixes: [String]

    private static let profileSegments: Set<String> = [
        "u", "user", "users", "member", "members", "membre", "membres", "profil", "profils", "profile",
        "profiles", "people", "utilisateur", "utilisateurs",
    ]
    /// First path segments that are not people, per social network host.
    private static let nonProfileSegments: [String: Set<String>] = [
        "facebook.com": [
            "groups", "events", "pages", "watch", "share", "sharer", "sharer.php", "hashtag", "photo", "photos",
            "permalink.php", "story.php", "marketplace", "help", "policies", "login", "gaming",
        ],
        "instagram.com": ["p", "reel", "reels", "explore", "tv", "accounts", "about"],
        "x.com": [
            "i", "search", "hashtag", "home", "intent", "share", "explore", "settings", "messages", "notifications",
        ],
    ]
    private static let hostAliases = ["fb.com": "facebook.com", "fb.me": "facebook.com", "twitter.com": "x.com"]
    private static let hostPrefixes = ["www.", "m.", "mobile.", "fr.", "web."]
    /// Bytes that end a URL token: white space, brackets and quotes, and 0xC2, the lead byte of the no-break
    /// space and of `«` `»`.
    private static let tokenEnds: [Bool] = (0...255).map { byte in
        RecognizerBytes.isWhitespace(UInt8(byte)) || byte == 0xC2 || "<>\"'`()[]{}|\\^".utf8.contains(UInt8(byte))
    }
    private static let trailingPunctuation: Set<UInt8> = Set(".,;:!?".utf8)

    /// `memberProfilePrefixes` are the network's profile URL prefixes (`https://cercle.example/u/`); scheme
    /// and `www.` are ignored when matching.
    public init(memberProfilePrefixes: [String] = []) {
        self.memberProfilePrefixes = memberProfilePrefixes.map { Self.normalized(Substring($0.lowercased())) }
            .filter { !$0.isEmpty }
    }

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let text = RecognizerText(bytes)
        var findings: [Finding] = []
        var tokenStart = 0
        var tokenHasSlash = false
        for position in 0...text.count {
            let byte = position < text.count ? text[position] : RecognizerBytes.space
            if byte == RecognizerBytes.slash {
                tokenHasSlash = true
            } else if Self.tokenEnds[Int(byte)] {
                if tokenHasSlash, let url = profileURL(in: text, from: tokenStart, to: position) {
                    findings.append(Finding(range: url, category: .profileURL))
                }
                tokenStart = position + 1
                tokenHasSlash = false
            }
        }
        return findings
    }

    /// The URL that the token `start..<end` holds, when it points to a person.
    private func profileURL(in text: RecognizerText, from tokenStart: Int, to end: Int) -> Range<Int>? {
        var start = tokenStart
        while start < end, !text.isWordCharacter(at: start) { start += 1 }  // `«`'s second byte, `*`…
        var urlEnd = end
        while urlEnd > start, Self.trailingPunctuation.contains(text[urlEnd - 1]) { urlEnd -= 1 }
        guard urlEnd > start, text.isWordCharacter(at: start) else { return nil }
        let url = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[start..<urlEnd]), as: UTF8.self)
        return isProfile(url.lowercased()) ? start..<urlEnd : nil
    }

    private func isProfile(_ url: String) -> Bool {
        let address = Self.normalized(Substring(url))
        if memberProfilePrefixes.contains(where: { address.hasPrefix($0) && address.count > $0.count }) {
            return true
        }
        let pathStart = address.firstIndex(of: "/") ?? address.endIndex
        let rawHost = address[..<pathStart]
        guard rawHost.contains("."), rawHost.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
        else { return false }
        let host = Self.hostAliases[String(rawHost)] ?? String(rawHost)
        let path = address[pathStart...].prefix { $0 != "?" && $0 != "#" }
        let segments = path.split(separator: "/").map(String.init)
        guard let first = segments.first else { return false }
        if segments.dropLast().contains(where: Self.profileSegments.contains) { return true }
        if segments.contains(where: { $0.count > 1 && $0.hasPrefix("@") }) { return true }
        switch host {
        case "facebook.com", "instagram.com", "x.com":
            return !(Self.nonProfileSegments[host]?.contains(first) ?? false)
        case "linkedin.com":
            return segments.count >= 2 && (first == "in" || first == "pub")
        case "doctolib.fr":
            return segments.count >= 3
        case "bsky.app", "snapchat.com":
            return segments.count >= 2 && (first == "profile" || first == "add")
        default:
            return false
        }
    }

    /// `https://www.exemple.fr/u/x` → `exemple.fr/u/x`.
    private static func normalized(_ url: Substring) -> String {
        var address = url
        if let colon = address.firstIndex(of: ":"), address[colon...].hasPrefix("://"),
            address[..<colon].allSatisfy(\.isLetter)
        {
            address = address[colon...].dropFirst(3)
        }
        for prefix in hostPrefixes where address.hasPrefix(prefix) {
            address = address.dropFirst(prefix.count)
            break
        }
        return String(address)
    }
}

import Diagnostics
import Foundation
import YAML

/// Reads and validates `infolettre.yml`.
public enum ConfigLoader {
    /// The configuration file's name at the project root.
    public static let fileName = "infolettre.yml"

    static let topLevelKeys: Set<String> = [
        "title", "description", "base_url", "language", "sender", "reply_to", "to", "unsubscribe", "theme",
        "discussions", "privacy", "charter", "email", "site", "segments",
    ]

    /// Loads the configuration at `url`; `displayPath` is how diagnostics name the file.
    /// Returns the config and its warnings, or throws every error found.
    public static func load(from url: URL, displayPath: String) throws(DiagnosticsError) -> (SiteConfig, [Diagnostic]) {
        let text = try SourceFile.read(url, displayPath: displayPath)
        return try parse(text, displayPath: displayPath)
    }

    /// Parses configuration text; `displayPath` names the file in diagnostics.
    public static func parse(_ text: String, displayPath: String) throws(DiagnosticsError) -> (SiteConfig, [Diagnostic]) {
        let root: YAMLNode
        do { root = try YAMLParser.parse(text) } catch {
            throw DiagnosticsError([error.diagnostic(file: displayPath)])
        }
        var reader = FieldReader(file: displayPath)
        guard let fields = reader.rootMapping(root, what: "the configuration") else {
            throw DiagnosticsError(reader.diagnostics)
        }
        let decoded = decode(fields, at: root.location, reader: &reader)
        guard var config = decoded, !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        config.fingerprint = Fingerprint(text)
        return (config, reader.diagnostics)
    }

    private static func decode(_ fields: YAMLMapping, at location: SourceLocation, reader: inout FieldReader) -> SiteConfig? {
        reader.checkKeys(fields, allowed: topLevelKeys, context: "the configuration")
        let title = reader.nonEmptyString(fields, "title", required: true, at: location)
        let baseURL = reader.nonEmptyString(fields, "base_url", required: true, at: location).flatMap {
            validatedURL($0, key: "base_url", schemes: ["https", "http"], in: fields, reader: &reader)
        }
        let language = languageValue(fields, reader: &reader) ?? .fr
        let sender = mailbox(fields, reader: &reader, at: location)
        let replyTo = reader.string(fields, "reply_to").flatMap { validatedEmail($0, key: "reply_to", in: fields, reader: &reader) }
        let unsubscribe = unsubscribeValue(fields, reader: &reader, at: location)
        let theme = reader.nonEmptyString(fields, "theme") ?? "default"
        guard let title, let baseURL, let sender, let unsubscribe else { return nil }
        return SiteConfig(
            title: title,
            description: reader.string(fields, "description") ?? "",
            baseURL: baseURL.trimmingTrailingSlashes(),
            language: language,
            sender: sender,
            replyTo: replyTo,
            recipient: reader.nonEmptyString(fields, "to") ?? sender.email,
            unsubscribe: unsubscribe,
            theme: theme,
            discussions: discussionOptions(fields, reader: &reader),
            privacy: privacyOptions(fields, reader: &reader),
            charter: charterOptions(fields, reader: &reader),
            email: emailOptions(fields, reader: &reader),
            site: siteOptions(fields, reader: &reader),
            segments: segments(fields, reader: &reader)
        )
    }

    private static func languageValue(_ fields: YAMLMapping, reader: inout FieldReader) -> ContentLanguage? {
        guard let raw = reader.string(fields, "language") else { return nil }
        guard let language = ContentLanguage(rawValue: raw.lowercased()) else {
            reader.error("unsupported language '\(raw)'", at: fields["language"]?.location, hint: "use 'fr' or 'en'")
            return nil
        }
        return language
    }

    private static func mailbox(_ fields: YAMLMapping, reader: inout FieldReader, at location: SourceLocation) -> SiteConfig.Mailbox? {
        guard let node = fields["sender"] else {
            reader.error("missing required key 'sender'", at: location, hint: "sender: {name: \"La Lettre\", email: \"lettre@example.org\"}")
            return nil
        }
        guard let sender = reader.mapping(node, what: "'sender'") else { return nil }
        reader.checkKeys(sender, allowed: ["name", "email"], context: "'sender'")
        let name = reader.nonEmptyString(sender, "name", required: true, at: node.location)
        let email = reader.nonEmptyString(sender, "email", required: true, at: node.location).flatMap {
            validatedEmail($0, key: "email", in: sender, reader: &reader)
        }
        guard let name, let email else { return nil }
        return SiteConfig.Mailbox(name: name, email: email)
    }

    private static func unsubscribeValue(_ fields: YAMLMapping, reader: inout FieldReader, at location: SourceLocation) -> SiteConfig.Unsubscribe? {
        guard let node = fields["unsubscribe"] else {
            reader.error("missing required key 'unsubscribe'", at: location,
                         hint: "unsubscribe: {url: \"https://…/desabonnement\", mailto: \"desabonnement@…\"}")
            return nil
        }
        guard let unsubscribe = reader.mapping(node, what: "'unsubscribe'") else { return nil }
        reader.checkKeys(unsubscribe, allowed: ["url", "mailto"], context: "'unsubscribe'")
        let url = reader.nonEmptyString(unsubscribe, "url", required: true, at: node.location).flatMap {
            validatedURL($0, key: "url", schemes: ["https"], in: unsubscribe, reader: &reader)
        }
        let mailto = reader.nonEmptyString(unsubscribe, "mailto", required: true, at: node.location).flatMap {
            validatedEmail($0.hasPrefix("mailto:") ? String($0.dropFirst(7)) : $0, key: "mailto", in: unsubscribe, reader: &reader)
        }
        guard let url, let mailto else { return nil }
        return SiteConfig.Unsubscribe(url: url, mailto: mailto)
    }

    private static func discussionOptions(_ fields: YAMLMapping, reader: inout FieldReader) -> SiteConfig.DiscussionOptions {
        var options = SiteConfig.DiscussionOptions()
        guard let section = reader.submapping(fields, "discussions") else { return options }
        reader.checkKeys(section, allowed: ["top", "excerpt_length", "weights"], context: "'discussions'")
        options.top = reader.int(section, "top", in: 0...50) ?? options.top
        options.excerptLength = reader.int(section, "excerpt_length", in: 80...10_000) ?? options.excerptLength
        if let weights = reader.submapping(section, "weights") {
            reader.checkKeys(weights, allowed: ["likes", "replies", "participants", "views", "gravity"], context: "'discussions.weights'")
            options.weights = SiteConfig.RankingWeightsConfig(
                likes: reader.double(weights, "likes"), replies: reader.double(weights, "replies"),
                participants: reader.double(weights, "participants"), views: reader.double(weights, "views"),
                gravity: reader.double(weights, "gravity"))
        }
        return options
    }

    private static func privacyOptions(_ fields: YAMLMapping, reader: inout FieldReader) -> SiteConfig.PrivacyOptions {
        var options = SiteConfig.PrivacyOptions()
        guard let section = reader.submapping(fields, "privacy") else { return options }
        reader.checkKeys(section, allowed: ["k", "profile_url_prefixes"], context: "'privacy'")
        options.k = reader.int(section, "k", in: 2...1000) ?? options.k
        options.profileURLPrefixes = reader.strings(section, "profile_url_prefixes") ?? []
        return options
    }

    private static func charterOptions(_ fields: YAMLMapping, reader: inout FieldReader) -> SiteConfig.CharterOptions {
        var options = SiteConfig.CharterOptions()
        guard let section = reader.submapping(fields, "charter") else { return options }
        reader.checkKeys(section, allowed: ["medicines", "extra_medicines", "bdpm", "insults", "advertising"], context: "'charter'")
        options.maskMedicines = reader.bool(section, "medicines") ?? true
        options.extraMedicines = reader.strings(section, "extra_medicines") ?? []
        options.bdpmPath = reader.string(section, "bdpm")
        options.excludeInsults = reader.bool(section, "insults") ?? true
        options.removeAdvertising = reader.bool(section, "advertising") ?? true
        return options
    }

    private static func emailOptions(_ fields: YAMLMapping, reader: inout FieldReader) -> SiteConfig.EmailOptions {
        var options = SiteConfig.EmailOptions()
        guard let section = reader.submapping(fields, "email") else { return options }
        reader.checkKeys(section, allowed: ["size_budget_kb", "text_width", "utm"], context: "'email'")
        options.sizeBudgetKB = reader.int(section, "size_budget_kb", in: 10...10_000) ?? options.sizeBudgetKB
        options.textWidth = reader.int(section, "text_width", in: 40...200) ?? options.textWidth
        if let utm = reader.submapping(section, "utm") {
            reader.checkKeys(utm, allowed: ["source", "medium", "campaign"], context: "'email.utm'")
            options.utm = SiteConfig.UTM(
                source: reader.string(utm, "source") ?? "infolettre",
                medium: reader.string(utm, "medium") ?? "email",
                campaign: reader.string(utm, "campaign") ?? "{issue}")
        }
        return options
    }

    private static func siteOptions(_ fields: YAMLMapping, reader: inout FieldReader) -> SiteConfig.SiteOptions {
        var options = SiteConfig.SiteOptions()
        guard let section = reader.submapping(fields, "site") else { return options }
        reader.checkKeys(section, allowed: ["show_discussions", "per_page", "feed_limit"], context: "'site'")
        options.showDiscussions = reader.bool(section, "show_discussions") ?? false
        options.perPage = reader.int(section, "per_page", in: 1...500) ?? options.perPage
        options.feedLimit = reader.int(section, "feed_limit", in: 1...10_000) ?? options.feedLimit
        return options
    }

    private static func segments(_ fields: YAMLMapping, reader: inout FieldReader) -> [SiteConfig.Segment] {
        guard let node = fields["segments"], !node.isNull else { return [] }
        guard case .sequence(let items) = node.value else {
            reader.error("'segments' must be a list", at: node.location,
                         hint: "segments:\n  - {id: liberal, name: \"Libéraux\", professions: [infirmier libéral]}")
            return []
        }
        var seen: Set<String> = []
        return items.compactMap { item -> SiteConfig.Segment? in
            guard let segment = reader.mapping(item, what: "a segment") else { return nil }
            reader.checkKeys(segment, allowed: ["id", "name", "professions"], context: "a segment")
            guard let id = reader.nonEmptyString(segment, "id", required: true, at: item.location) else { return nil }
            guard Slug.isValid(id) else {
                reader.error("segment id '\(id)' must be lowercase letters, digits and hyphens", at: segment["id"]?.location)
                return nil
            }
            guard seen.insert(id).inserted else {
                reader.error("duplicate segment id '\(id)'", at: segment["id"]?.location)
                return nil
            }
            return SiteConfig.Segment(
                id: id, name: reader.string(segment, "name") ?? id,
                professions: reader.strings(segment, "professions") ?? [])
        }
    }

    private static func validatedURL(
        _ value: String, key: String, schemes: Set<String>, in fields: YAMLMapping, reader: inout FieldReader
    ) -> String? {
        guard let url = URL(string: value), let scheme = url.scheme?.lowercased(), schemes.contains(scheme),
              let host = url.host, !host.isEmpty
        else {
            let expected = schemes.sorted().map { "\($0)://" }.joined(separator: " or ")
            reader.error("'\(key)' must be an absolute \(expected) address, not '\(value)'", at: fields[key]?.location)
            return nil
        }
        return value
    }

    private static func validatedEmail(_ value: String, key: String, in fields: YAMLMapping, reader: inout FieldReader) -> String? {
        guard AddressCheck.isPlausible(value) else {
            reader.error("'\(key)' is not an email address: '\(value)'", at: fields[key]?.location)
            return nil
        }
        return value
    }
}

extension String {
    func trimmingTrailingSlashes() -> String {
        var result = self
        while result.hasSuffix("/") { result.removeLast() }
        return result
    }
}

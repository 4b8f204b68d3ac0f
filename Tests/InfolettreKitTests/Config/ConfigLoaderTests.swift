import Diagnostics
import Testing
@testable import InfolettreKit

@Suite struct ConfigLoaderTests {
    private func parse(_ text: String) throws(DiagnosticsError) -> (SiteConfig, [Diagnostic]) {
        try ConfigLoader.parse(text, displayPath: "infolettre.yml")
    }

    private func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    @Test func minimalConfigGetsDefaults() throws {
        let (config, warnings) = try parse(Samples.config)
        #expect(warnings.isEmpty)
        #expect(config.title == "La Lettre du Test")
        #expect(config.baseURL == "https://lettre.example.org")
        #expect(config.language == .fr)
        #expect(config.theme == "default")
        #expect(config.recipient == "lettre@example.org")
        #expect(config.discussions.top == 5)
        #expect(config.privacy.k == 5)
        #expect(config.email.sizeBudgetKB == 90)
        #expect(config.email.textWidth == 72)
        #expect(config.site.showDiscussions == false)
    }

    @Test func everyOptionIsRead() throws {
        let text = Samples.config + """
        language: en
        theme: sobre
        reply_to: "redaction@example.org"
        to: "Abonnés <abonnes@example.org>"
        discussions: {top: 3, excerpt_length: 400, weights: {likes: 2, gravity: 1.5}}
        privacy: {k: 7, profile_url_prefixes: ["https://reseau.example/u/"]}
        charter: {medicines: false, extra_medicines: [Bidule], insults: true, advertising: false}
        email: {size_budget_kb: 80, text_width: 60, utm: {source: lettre, campaign: "n-{issue}"}}
        site: {show_discussions: true, per_page: 20, feed_limit: 5}
        segments:
          - {id: liberal, name: "Libéraux", professions: [infirmier libéral]}

        """
        let (config, warnings) = try parse(text)
        #expect(warnings.isEmpty)
        #expect(config.language == .en)
        #expect(config.theme == "sobre")
        #expect(config.replyTo == "redaction@example.org")
        #expect(config.recipient == "Abonnés <abonnes@example.org>")
        #expect(config.discussions.top == 3)
        #expect(config.discussions.excerptLength == 400)
        #expect(config.discussions.weights.likes == 2)
        #expect(config.discussions.weights.gravity == 1.5)
        #expect(config.privacy.k == 7)
        #expect(config.privacy.profileURLPrefixes == ["https://reseau.example/u/"])
        #expect(config.charter.maskMedicines == false)
        #expect(config.charter.extraMedicines == ["Bidule"])
        #expect(config.charter.removeAdvertising == false)
        #expect(config.email.sizeBudgetKB == 80)
        #expect(config.email.utm == SiteConfig.UTM(source: "lettre", medium: "email", campaign: "n-{issue}"))
        #expect(config.site.showDiscussions)
        #expect(config.site.perPage == 20)
        #expect(config.site.feedLimit == 5)
        #expect(config.segments == [SiteConfig.Segment(id: "liberal", name: "Libéraux", professions: ["infirmier libéral"])])
    }

    @Test func unknownKeyIsAWarningWithTheClosestKey() throws {
        let (_, warnings) = try parse(Samples.config + "titel: x\n")
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "unknown key 'titel' in the configuration")
        #expect(warning.hint == "did you mean 'title'?")
        #expect(warning.location?.line == 9)
        #expect(warning.description.hasPrefix("infolettre.yml:9:1: warning:"))
    }

    @Test func missingRequiredKeys() {
        let found = errors("title: \"x\"\n")
        #expect(found.map(\.message).contains("missing required key 'base_url'"))
        #expect(found.map(\.message).contains("missing required key 'sender'"))
        #expect(found.map(\.message).contains("missing required key 'unsubscribe'"))
    }

    @Test func wrongTypeNamesTheKeyAndLocation() throws {
        let found = errors(Samples.config + "discussions:\n  top: beaucoup\n")
        let error = try #require(found.first)
        #expect(error.message.hasPrefix("'top':"))
        #expect(error.location == SourceLocation(line: 10, column: 8))
    }

    @Test func invalidAddressesAreRejected() {
        #expect(errors(Samples.config.replacingOccurrences(of: "https://lettre.example.org\"", with: "lettre.example.org\""))
            .contains { $0.message.contains("'base_url' must be an absolute") })
        #expect(errors(Samples.config.replacingOccurrences(of: "email: \"lettre@example.org\"", with: "email: \"lettre.example.org\""))
            .contains { $0.message == "'email' is not an email address: 'lettre.example.org'" })
        #expect(errors(Samples.config.replacingOccurrences(of: "https://lettre.example.org/desabonnement", with: "http://x.org/d"))
            .contains { $0.message.contains("'url' must be an absolute https://") })
    }

    @Test func unsupportedLanguageHasAHint() throws {
        let error = try #require(errors(Samples.config + "language: de\n").first)
        #expect(error.message == "unsupported language 'de'")
        #expect(error.hint == "use 'fr' or 'en'")
    }

    @Test func outOfRangeNumbers() {
        #expect(errors(Samples.config + "privacy: {k: 1}\n").contains { $0.message.contains("'k' must be between 2 and 1000") })
    }

    @Test func segmentsMustHaveValidUniqueIDs() {
        let text = Samples.config + "segments:\n  - {id: Libéral}\n  - {id: a}\n  - {id: a}\n"
        let messages = errors(text).map(\.message)
        #expect(messages.contains("segment id 'Libéral' must be lowercase letters, digits and hyphens"))
        #expect(messages.contains("duplicate segment id 'a'"))
    }

    @Test func yamlSyntaxErrorsAreLocated() throws {
        let error = try #require(errors("title: [unclosed\n").first)
        #expect(error.file == "infolettre.yml")
        #expect(error.location != nil)
    }

    @Test func unsupportedYAMLIsRejected() throws {
        let error = try #require(errors(Samples.config + "anchor: &a x\n").first)
        #expect(error.location?.line == 9)
    }
}

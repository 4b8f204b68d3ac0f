import Foundation

/// The project's configuration, read from `infolettre.yml` (see docs/content.md for every key).
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var description: String
    /// The archive site's public address, without a trailing slash (`https://lettre.example.org`).
    public var baseURL: String
    public var language: ContentLanguage
    public var sender: Mailbox
    public var replyTo: String?
    /// The `To` header of `message.eml` (default: the sender's address, as for a list); the mailing service
    /// replaces it per recipient.
    public var recipient: String
    public var unsubscribe: Unsubscribe
    public var theme: String
    public var discussions: DiscussionOptions
    public var privacy: PrivacyOptions
    public var charter: CharterOptions
    public var email: EmailOptions
    public var site: SiteOptions
    public var segments: [Segment]
    /// The digest of `infolettre.yml`'s text: every output depends on it.
    var fingerprint = Fingerprint()

    /// A display name and an address.
    public struct Mailbox: Sendable, Hashable {
        public var name: String
        public var email: String
    }

    /// How readers leave the list: both are required by RFC 8058 one-click unsubscription.
    public struct Unsubscribe: Sendable, Hashable {
        public var url: String
        public var mailto: String
    }

    /// Selection of the week's top threads.
    public struct DiscussionOptions: Sendable, Hashable {
        public var top = 5
        public var excerptLength = 600
        public var weights = RankingWeightsConfig()
    }

    /// Weights of the thread score (see docs/discussions.md).
    public struct RankingWeightsConfig: Sendable, Hashable {
        public var likes: Double?
        public var replies: Double?
        public var participants: Double?
        public var views: Double?
        public var gravity: Double?
    }

    public struct PrivacyOptions: Sendable, Hashable {
        /// Minimum group size for showing a profession or region next to an excerpt (k-anonymity).
        public var k = 5
        /// Address prefixes of the network's member profiles, removed from excerpts.
        public var profileURLPrefixes: [String] = []
    }

    public struct CharterOptions: Sendable, Hashable {
        public var maskMedicines = true
        public var extraMedicines: [String] = []
        /// Path (relative to the project) of the ANSM `CIS_bdpm.txt` file, if any.
        public var bdpmPath: String?
        public var excludeInsults = true
        public var removeAdvertising = true
    }

    public struct EmailOptions: Sendable, Hashable {
        /// Size budget of `email.html`, in KiB; a larger email is a warning.
        public var sizeBudgetKB = 90
        /// Width of the plain-text part, in columns.
        public var textWidth = 72
        public var utm: UTM?
    }

    /// Campaign parameters added to outgoing links of the email.
    public struct UTM: Sendable, Hashable {
        public var source: String
        public var medium: String
        /// May contain `{issue}`, replaced by the issue id.
        public var campaign: String
    }

    public struct SiteOptions: Sendable, Hashable {
        /// Whether the public site shows the anonymized discussion excerpts.
        public var showDiscussions = false
        /// Issues per archive page.
        public var perPage = 10
        /// The newest issues the Atom and JSON feeds carry: feed readers fetch the whole file on every poll,
        /// and the archive pages list the rest.
        public var feedLimit = 20
    }

    /// An audience that receives its own email bundle with only the articles meant for it.
    public struct Segment: Sendable, Hashable {
        public var id: String
        public var name: String
        /// Articles whose `professions` intersect these (or that have none) go to this segment.
        public var professions: [String]
    }
}

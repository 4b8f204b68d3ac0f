import Foundation

/// What the privacy stage removed from an issue, for the build output and the audit trail: per category the
/// number of removals and the threads and posts they were in, and the threads the charter excluded with the
/// reason. It never holds a removed value. Encodes to deterministic JSON (sorted keys, sorted ids).
public struct PrivacyReport: Codable, Hashable, Sendable {
    /// The removals of one category.
    public struct Tally: Codable, Hashable, Sendable {
        public var count: Int = 0
        public var threadIDs: Set<String> = []
        public var postIDs: Set<String> = []

        public init() {}

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(count, forKey: .count)
            try container.encode(threadIDs.sorted(), forKey: .threadIDs)
            try container.encode(postIDs.sorted(), forKey: .postIDs)
        }

        private enum CodingKeys: String, CodingKey {
            case count
            case threadIDs = "thread_ids"
            case postIDs = "post_ids"
        }
    }

    /// A thread left out of the issue by the charter.
    public struct ExcludedThread: Codable, Hashable, Sendable {
        public var threadID: String
        public var reasons: [CharterViolation]

        public init(threadID: String, reasons: [CharterViolation]) {
            self.threadID = threadID
            self.reasons = reasons
        }

        private enum CodingKeys: String, CodingKey {
            case threadID = "thread_id"
            case reasons
        }
    }

    /// Removals by category (only categories with at least one removal).
    public private(set) var categories: [PrivacyCategory: Tally] = [:]
    public private(set) var excludedThreads: [ExcludedThread] = []

    /// Whether the thread and post ids of each removal are kept. A report over a whole export (the
    /// `anonymize` command) keeps counts only, so its memory does not grow with the export's size.
    public private(set) var tracksIdentifiers = true

    public init(tracksIdentifiers: Bool = true) {
        self.tracksIdentifiers = tracksIdentifiers
    }

    /// The number of removals of every category.
    public var totalRemovals: Int { categories.values.reduce(0) { $0 + $1.count } }

    /// Counts one removal of `category` in `threadID` (and `postID` when it was in a post).
    public mutating func record(_ category: PrivacyCategory, threadID: String, postID: String?) {
        categories[category, default: Tally()].count += 1
        guard tracksIdentifiers else { return }
        categories[category]?.threadIDs.insert(threadID)
        if let postID { categories[category]?.postIDs.insert(postID) }
    }

    public mutating func exclude(threadID: String, reasons: Set<CharterViolation>) {
        excludedThreads.append(ExcludedThread(threadID: threadID, reasons: reasons.sorted()))
        excludedThreads.sort { $0.threadID < $1.threadID }
    }

    /// Pretty-printed JSON with sorted keys: the same report always gives the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// One line for the build output, e.g. `Confidentialité : 23 retraits (nom 9, téléphone 4), 1 fil exclu`.
    public func summary(language: PrivacyLanguage = .french) -> String {
        let details = categories.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
            .map { "\($0.key.label(in: language)) \($0.value.count)" }
        let total = totalRemovals
        let excluded = excludedThreads.count
        switch language {
        case .french:
            var line = "Confidentialité : \(total) \(total > 1 ? "retraits" : "retrait")"
            if !details.isEmpty { line += " (\(details.joined(separator: ", ")))" }
            return line + ", \(excluded) \(excluded > 1 ? "fils exclus" : "fil exclu")"
        case .english:
            var line = "Privacy: \(total) \(total == 1 ? "removal" : "removals")"
            if !details.isEmpty { line += " (\(details.joined(separator: ", ")))" }
            return line + ", \(excluded) \(excluded == 1 ? "thread" : "threads") excluded"
        }
    }

    private enum CodingKeys: String, CodingKey {
        case categories
        case excludedThreads = "excluded_threads"
        case totalRemovals = "total_removals"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let byName = try container.decode([String: Tally].self, forKey: .categories)
        for (name, tally) in byName {
            guard let category = PrivacyCategory(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .categories, in: container, debugDescription: "unknown privacy category '\(name)'")
            }
            categories[category] = tally
        }
        excludedThreads = try container.decode([ExcludedThread].self, forKey: .excludedThreads)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let byName = Dictionary(uniqueKeysWithValues: categories.map { ($0.key.rawValue, $0.value) })
        try container.encode(byName, forKey: .categories)
        try container.encode(excludedThreads, forKey: .excludedThreads)
        try container.encode(totalRemovals, forKey: .totalRemovals)
    }
}

extension PrivacyReport.Tally {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        count = try container.decode(Int.self, forKey: .count)
        threadIDs = Set(try container.decode([String].self, forKey: .threadIDs))
        postIDs = Set(try container.decode([String].self, forKey: .postIDs))
    }
}

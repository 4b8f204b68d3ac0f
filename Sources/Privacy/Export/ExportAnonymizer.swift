import Discussions
import Foundation

/// Rewrites a whole export anonymized, in the same format (`infolettre anonymize EXPORT -o OUT`), as a stream:
/// members become `Membre A`… with their profession and region only (no name, username, email, city or
/// RPPS, ids replaced by `m1`, `m2`…); titles, tags and post bodies are anonymized; authors point to the new
/// ids; thread addresses are dropped (their slugs can hold names). Memory holds the members' lexicon, never
/// the threads. The members are read first in a pass of their own unless the format puts them first.
///
/// ```swift
/// let report = try ExportAnonymizer().anonymize(contentsOf: input, to: output)
/// print(report.summary())
/// ```
public struct ExportAnonymizer: Sendable {
    public let options: AnonymizerOptions

    /// Charter exclusions do not apply: the anonymized export keeps every thread.
    public init(options: AnonymizerOptions = AnonymizerOptions()) {
        self.options = options
    }

    /// Anonymizes the export at `input` into `output`, in the input's format (Discourse input is written as
    /// JSON Lines). Returns what was removed.
    @discardableResult
    public func anonymize(contentsOf input: URL, to output: URL, format: ExportFormat? = nil) throws -> PrivacyReport {
        let format = try format ?? ExportFormat.detect(at: input)
        var members: [Member] = []
        var reader = try ExportReader(contentsOf: input, format: format)
        if format != .json {
            // JSON Lines and Discourse may list members anywhere: collect them in a first pass.
            while let record = try reader.next() {
                if case .member(let member) = record { members.append(member) }
            }
            reader = try ExportReader(contentsOf: input, format: format)
        }
        var writer = try ExportWriter(format: format == .json ? .json : .jsonLines, to: output)
        let report = try anonymize(reader: &reader, members: format == .json ? nil : members, into: &writer)
        try writer.finish()
        return report
    }

    /// Anonymizes the records of `reader` into `writer`. With `members` nil, members are taken from the
    /// records, which must then all come before the first thread (the native JSON document's order).
    public func anonymize(
        reader: inout some ExportRecordReading, members: [Member]?, into writer: inout ExportWriter
    ) throws -> PrivacyReport {
        var session = members.map { Session(members: $0, options: options) }
        var pendingMembers: [Member] = []
        var report = PrivacyReport(tracksIdentifiers: false)
        /// Starts the session from the members read so far, at the first thread or post.
        func startSession() throws {
            guard session == nil else { return }
            session = Session(members: pendingMembers, options: options)
            try session?.writeMembers(into: &writer)
        }
        while let record = try reader.next() {
            switch record {
            case .header:
                try writer.write(record)
                try session?.writeMembers(into: &writer)
            case .member(let member):
                if session == nil { pendingMembers.append(member) }
            case .thread(let thread):
                try startSession()
                if let anonymized = session?.anonymize(thread, report: &report) { try writer.write(.thread(anonymized)) }
            case .post(let threadID, let post):
                try startSession()
                if let anonymized = session?.anonymize(post, threadID: threadID, report: &report) {
                    try writer.write(.post(threadID: threadID, anonymized))
                }
            }
        }
        try startSession()
        return report
    }

    /// The state of one anonymization: the members' lexicon and the new identities.
    private struct Session {
        let text: TextAnonymizer
        let members: [Member]
        var identities: [String: (id: String, pseudonym: String)] = [:]
        var pseudonyms: PseudonymTable

        init(members: [Member], options: AnonymizerOptions) {
            self.members = members
            text = TextAnonymizer(lexicon: MemberLexicon(members: members), options: options)
            pseudonyms = PseudonymTable(language: options.language)
            for member in members { _ = identity(of: member.id) }
        }

        /// The new id and pseudonym of `memberID`, assigned in order of first appearance.
        mutating func identity(of memberID: String) -> (id: String, pseudonym: String) {
            if let known = identities[memberID] { return known }
            let pseudonym = pseudonyms.pseudonym(for: memberID)
            let identity = (id: "m\(pseudonyms.count)", pseudonym: pseudonym)
            identities[memberID] = identity
            return identity
        }

        func writeMembers(into writer: inout ExportWriter) throws {
            for member in members {
                guard let identity = identities[member.id] else { continue }
                let reduced = Member(
                    id: identity.id, name: identity.pseudonym, username: "", email: "",
                    profession: member.profession, region: member.region, city: "")
                try writer.write(.member(reduced))
            }
        }

        mutating func anonymize(_ thread: DiscussionThread, report: inout PrivacyReport) -> DiscussionThread {
            var result = thread
            result.title = redact(thread.title, threadID: thread.id, postID: nil, report: &report)
            result.tags = thread.tags.map { redact($0, threadID: thread.id, postID: nil, report: &report) }
            result.url = nil
            result.posts = thread.posts.map { anonymize($0, threadID: thread.id, report: &report) }
            return result
        }

        mutating func anonymize(_ post: Post, threadID: String, report: inout PrivacyReport) -> Post {
            var result = post
            result.author = identity(of: post.author).id
            result.body = redact(post.body, threadID: threadID, postID: post.id, report: &report)
            return result
        }

        private func redact(_ value: String, threadID: String, postID: String?, report: inout PrivacyReport) -> String {
            let redaction = text.anonymize(value)
            for removal in redaction.removals { report.record(removal.category, threadID: threadID, postID: postID) }
            return redaction.text
        }
    }
}

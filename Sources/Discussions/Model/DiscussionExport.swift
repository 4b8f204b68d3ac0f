import Foundation

/// A whole weekly export of the network's discussions (format `infolettre-discussions/1`), in memory.
/// Large exports are read as a stream of `ExportRecord`s instead; see the importers.
public struct DiscussionExport: Hashable, Sendable {
    /// The format identifier every native export carries.
    public static let formatIdentifier = "infolettre-discussions/1"

    public var network: String
    public var exportedAt: Date
    public var members: [Member]
    public var threads: [DiscussionThread]

    public init(network: String, exportedAt: Date, members: [Member] = [], threads: [DiscussionThread] = []) {
        self.network = network
        self.exportedAt = exportedAt
        self.members = members
        self.threads = threads
    }
}

/// One item of an export read as a stream: the JSON Lines variant is exactly a sequence of these,
/// and the streaming readers of the other formats produce the same sequence.
public enum ExportRecord: Hashable, Sendable {
    /// The export's header: network name and export time.
    case header(network: String, exportedAt: Date)
    case member(Member)
    /// A thread without its posts (`posts` is empty); its posts follow as `.post` records.
    case thread(DiscussionThread)
    /// A post of the thread whose id is `threadID`.
    case post(threadID: String, Post)
}

import Foundation

/// What a Discourse folder does not say about itself.
public struct DiscourseOptions: Hashable, Sendable {
    /// The network's name, for the export header.
    public var network: String
    /// The forum's address (e.g. `https://cercle.example`): thread urls become `<base>/t/<slug>/<id>`.
    public var baseURL: String?
    /// The export time for the header; when nil, the folder's modification date.
    public var exportedAt: Date?

    /// Options for a forum named `network`.
    public init(network: String = "Discourse", baseURL: String? = nil, exportedAt: Date? = nil) {
        self.network = network
        self.baseURL = baseURL
        self.exportedAt = exportedAt
    }
}

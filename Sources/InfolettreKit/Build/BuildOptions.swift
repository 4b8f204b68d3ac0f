import Foundation

/// What `infolettre build` was asked to do.
public struct BuildOptions: Sendable {
    public var root: URL
    /// Defaults to `<root>/output`.
    public var output: URL?
    /// Build only this issue's email bundle (the site always has every issue).
    public var issueID: String?
    public var includeDrafts: Bool
    /// `public` (default) or `members`: which site variant to build.
    public var audience: Audience
    /// What to make: both by default; `--only site` or `--only email` leaves the other part out of the output.
    public var parts: Set<Part> = Set(Part.allCases)
    /// False for `check`: every stage runs, nothing is written.
    public var writesOutput = true
    /// For a process that exits after the build (the CLI): what the build loaded and rendered is left to the
    /// exit to free, which takes it back at once, instead of being freed value by value.
    public var leavesMemoryToExit = false

    public enum Part: String, Sendable, CaseIterable {
        /// The archive site, `output/site/`.
        case site
        /// The email bundles, `output/email/`.
        case email
    }

    public enum Audience: String, Sendable, CaseIterable {
        case `public`
        case members
    }

    public init(root: URL, output: URL? = nil, issueID: String? = nil, includeDrafts: Bool = false,
                audience: Audience = .public) {
        self.root = root
        self.output = output
        self.issueID = issueID
        self.includeDrafts = includeDrafts
        self.audience = audience
    }
}

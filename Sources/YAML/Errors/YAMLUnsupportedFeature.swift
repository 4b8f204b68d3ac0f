/// YAML features outside the documented subset (docs/yaml-subset.md), rejected rather than misread.
public enum YAMLUnsupportedFeature: String, Sendable, Hashable {
    /// `&name`
    case anchor
    /// `*name`
    case alias
    /// `!tag`, `!!str`
    case tag
    /// `? key`, or a flow collection used as a key
    case complexKey
    /// `%YAML`, `%TAG`
    case directive
    /// A second `---`, or content after `...`
    case multipleDocuments
    /// `[key: value]`
    case flowPairInSequence
    /// `+++` front matter (Hugo's TOML)
    case tomlFrontMatter

    /// How the feature is named in messages.
    public var description: String {
        switch self {
        case .anchor: "anchors ('&name')"
        case .alias: "aliases ('*name')"
        case .tag: "tags ('!tag', '!!str')"
        case .complexKey: "complex keys ('? ', or a '[...]' / '{...}' key)"
        case .directive: "directives ('%YAML', '%TAG')"
        case .multipleDocuments: "several documents in one file"
        case .flowPairInSequence: "'key: value' pairs inside '[...]'"
        case .tomlFrontMatter: "TOML front matter ('+++')"
        }
    }

    /// What to write instead.
    public var hint: String {
        switch self {
        case .anchor, .alias: "repeat the value instead of sharing it"
        case .tag: "remove the tag; quote the value to make it a string"
        case .complexKey: "keys must be plain or quoted strings"
        case .directive: "remove the directive line"
        case .multipleDocuments: "keep a single document; remove the second '---' (or '...') and what follows"
        case .flowPairInSequence: "write '[{key: value}]' or use a block mapping"
        case .tomlFrontMatter: "convert the front matter to YAML between '---' lines"
        }
    }
}

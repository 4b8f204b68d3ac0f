import Foundation

/// The Markdown body of a content file: read with the file, or, for a file unchanged since the last build
/// (`SourceSnapshot`), read again only when a stage needs it: its rendering is usually stored already.
public struct MarkdownSource: Sendable, Hashable, ExpressibleByStringLiteral {
    private enum Storage: Sendable {
        case text(String)
        /// The last `length` bytes of the file at `path` (a body always ends its file).
        case deferred(path: String, length: Int)
    }

    private let storage: Storage

    public init(_ text: String) { storage = .text(text) }

    public init(stringLiteral text: String) { self.init(text) }

    /// The body ending the file at `path`, `length` UTF-8 bytes long, read when first asked for.
    init(deferredFrom path: String, length: Int) { storage = .deferred(path: path, length: length) }

    /// The Markdown text. A deferred body whose file can no longer be read is empty: the file went away
    /// during the build, which the next build reports.
    public var text: String {
        switch storage {
        case .text(let text):
            return text
        case .deferred(let path, let length):
            guard let data = try? SourceFile.readData(atPath: path, displayPath: path), data.count >= length else { return "" }
            return String(decoding: data.suffix(length), as: UTF8.self)
        }
    }

    public static func == (lhs: MarkdownSource, rhs: MarkdownSource) -> Bool { lhs.text == rhs.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

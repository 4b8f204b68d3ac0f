/// Finds personal identifiers of one kind in text. Recognizers are pure and stateless: they read UTF-8 bytes and
/// return findings; the anonymizer merges overlapping findings and replaces them by markers.
public protocol Recognizer: Sendable {
    /// The findings in `text`, in any order; ranges are UTF-8 byte offsets into `text`.
    func findings(in text: UnsafeBufferPointer<UInt8>) -> [Finding]
}

extension Recognizer {
    /// Convenience for tests and callers holding a `String`.
    public func findings(in text: String) -> [Finding] {
        var copy = text
        return copy.withUTF8 { findings(in: $0) }
    }
}

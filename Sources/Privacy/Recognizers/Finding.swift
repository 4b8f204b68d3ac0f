/// A span of text a recognizer flagged. Offsets are UTF-8 byte offsets into the scanned text, half-open.
public struct Finding: Hashable, Sendable {
    public var range: Range<Int>
    public var category: PrivacyCategory

    public init(range: Range<Int>, category: PrivacyCategory) {
        self.range = range
        self.category = category
    }
}

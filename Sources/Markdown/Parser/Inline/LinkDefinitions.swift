/// A link reference definition: `[label]: destination "title"`.
struct LinkDefinition {
    var destination: String
    var title: String?
}

/// The document's link reference definitions, by normalized label; the first definition wins.
struct LinkDefinitions {
    private(set) var byLabel: [String: LinkDefinition] = [:]

    var isEmpty: Bool { byLabel.isEmpty }

    subscript(label: String) -> LinkDefinition? { byLabel[label] }

    /// Parses one definition at `start` of `content[..<end]`; records it and returns the index after it.
    mutating func parse(_ content: [UInt8], from start: Int, to end: Int) -> Int? {
        guard let labelEnd = LinkScanner.scanLabel(content, from: start, to: end),
              labelEnd < end, content[labelEnd] == UInt8(ascii: ":") else { return nil }
        let label = LinkScanner.normalizeLabel(content, start + 1..<labelEnd - 1)
        guard !label.isEmpty else { return nil }
        let destinationStart = LinkScanner.skipSpacesAndNewline(content, from: labelEnd + 1, to: end)
        guard let destination = LinkScanner.scanDestination(content, from: destinationStart, to: end) else { return nil }
        if destination.next == destinationStart && !(content[destinationStart] == UInt8(ascii: "<")) { return nil }
        let beforeTitle = destination.next
        let titleStart = LinkScanner.skipSpacesAndNewline(content, from: beforeTitle, to: end)
        var next = beforeTitle
        var title: String?
        if titleStart > beforeTitle, let scanned = LinkScanner.scanTitle(content, from: titleStart, to: end),
           let lineEnd = Self.lineEnd(content, from: scanned.next, to: end) {
            title = Unescaper.unescape(content, scanned.raw)
            next = lineEnd
        } else if let lineEnd = Self.lineEnd(content, from: beforeTitle, to: end) {
            next = lineEnd
        } else {
            return nil
        }
        if byLabel[label] == nil {
            let raw = Unescaper.unescape(content, destination.raw)
            byLabel[label] = LinkDefinition(destination: URLEncoder.normalize(raw), title: title)
        }
        return next
    }

    /// The index after the line ending if only spaces or tabs remain on the line.
    private static func lineEnd(_ content: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end && ByteClass.isSpaceOrTab(content[index]) { index += 1 }
        if index == end { return index }
        return content[index] == ByteClass.newline ? index + 1 : nil
    }
}

/// Phase two of parsing: turns a leaf block's content into inline nodes (spec section 6 and appendix),
/// with the delimiter-run algorithm for emphasis and the bracket stack for links and images.
struct InlineParser {
    /// An entry of the delimiter stack: a run of `*`, `_` or `~`.
    struct Delimiter {
        var character: UInt8
        var count: Int
        var originalCount: Int
        var node: Int
        var previous: Int
        var next: Int
        var canOpen: Bool
        var canClose: Bool
    }

    /// An entry of the bracket stack: a `[` or `![`.
    struct Bracket {
        var node: Int
        var previousDelimiter: Int
        /// Offset of the `[`.
        var index: Int
        var isImage: Bool
        var isActive = true
        var bracketAfter = false
    }

    let definitions: LinkDefinitions
    let footnoteLabels: Set<String>
    let extensions: Bool
    private let specialBelow64 = InlineParser.specialBytesBelow64
    private let specialFrom64: UInt64

    var subject: [UInt8] = []
    /// The subject's range being parsed: `[start, end)`.
    var start = 0
    var position = 0
    var end = 0
    var tree = InlineWorkTree()
    var delimiters: [Delimiter] = []
    var lastDelimiter = -1
    var brackets: [Bracket] = []
    var htmlScanner = InlineHTMLScanner()
    /// For each backtick run length, the offset of the last such run seen by a failed full scan.
    var backtickRuns: [Int: Int] = [:]
    var scannedAllBackticks = false
    private var openersBottom = [Int](repeating: -1, count: 18)

    init(definitions: LinkDefinitions, footnoteLabels: Set<String>, extensions: Bool) {
        self.definitions = definitions
        self.footnoteLabels = footnoteLabels
        self.extensions = extensions
        specialFrom64 = Self.specialBytesFrom64(extensions: extensions)
    }

    /// Parses `content[range]` into the work tree (root is node 0).
    mutating func parse(_ content: [UInt8], _ range: Range<Int>) {
        subject = content
        start = range.lowerBound
        position = range.lowerBound
        end = range.upperBound
        tree.removeAll()
        delimiters.removeAll(keepingCapacity: true)
        lastDelimiter = -1
        brackets.removeAll(keepingCapacity: true)
        htmlScanner = InlineHTMLScanner()
        backtickRuns.removeAll()
        scannedAllBackticks = false
        while position < end { parseInline() }
        processEmphasis(stackBottom: -1)
    }

    // MARK: - Dispatch

    private mutating func parseInline() {
        let byte = subject[position]
        switch byte {
        case ByteClass.newline: parseNewline()
        case UInt8(ascii: "\\"): parseBackslash()
        case UInt8(ascii: "`"): parseBackticks()
        case UInt8(ascii: "*"), UInt8(ascii: "_"): handleDelimiter(byte)
        case UInt8(ascii: "~") where extensions: handleDelimiter(byte)
        case UInt8(ascii: "["): parseOpenBracket()
        case UInt8(ascii: "!"): parseBang()
        case UInt8(ascii: "]"): parseCloseBracket()
        case UInt8(ascii: "<"): if !parseAutolink() && !parseHTML() { appendText(position, position + 1) }
        case UInt8(ascii: "&"): parseEntity()
        default: parseString()
        }
    }

    /// The bytes that may start an inline construct, as bit sets over bytes 0–63 and 64–127
    /// (`~` only with extensions): one shift and test per byte in ``parseString()``.
    private static let specialBytesBelow64: UInt64 = {
        var mask: UInt64 = 0
        for byte in [ByteClass.newline, UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: "&")] {
            mask |= 1 << UInt64(byte)
        }
        return mask
    }()

    private static func specialBytesFrom64(extensions: Bool) -> UInt64 {
        var mask: UInt64 = 0
        for byte in [UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]")] {
            mask |= 1 << UInt64(byte - 64)
        }
        if extensions { mask |= 1 << UInt64(UInt8(ascii: "~") - 64) }
        return mask
    }

    // MARK: - Node helpers

    /// Appends a text node for `subject[start..<stop]`, consuming it.
    @discardableResult
    private mutating func appendText(_ start: Int, _ stop: Int) -> Int {
        position = stop
        return tree.append(InlineWorkNode(kind: .text, start: start, end: stop, literal: start..<stop), to: 0)
    }

    @discardableResult
    private mutating func appendDecodedText(_ bytes: some Sequence<UInt8>, from start: Int, to stop: Int) -> Int {
        position = stop
        let literal = tree.storeDecoded(bytes)
        var node = InlineWorkNode(kind: .text, start: start, end: stop, literal: literal)
        node.decoded = true
        return tree.append(node, to: 0)
    }

    private mutating func appendNode(_ kind: InlineKind, from start: Int, to stop: Int, literal: Range<Int> = 0..<0) {
        position = stop
        tree.append(InlineWorkNode(kind: kind, start: start, end: stop, literal: literal), to: 0)
    }

    // MARK: - Simple constructs

    private mutating func parseString() {
        let start = position
        let (end, below64, from64) = (self.end, specialBelow64, specialFrom64)
        let stop = subject.withUnsafeBufferPointer { bytes in
            var index = start + 1
            while index < end {
                let byte = bytes[index]
                let isSpecial = byte < 64 ? (below64 >> UInt64(byte)) & 1 != 0
                    : byte < 128 && (from64 >> UInt64(byte - 64)) & 1 != 0
                if isSpecial { break }
                index += 1
            }
            return index
        }
        appendText(start, stop)
    }

    private mutating func parseNewline() {
        let start = position
        // Two spaces before the line ending make a hard break; trailing spaces and tabs are dropped (as cmark does).
        let last = tree.nodes[0].last
        var isHard = false
        if last >= 0 && tree.nodes[last].kind == .text && !tree.nodes[last].decoded {
            var literal = tree.nodes[last].literal
            isHard = literal.count >= 2 && subject[literal.upperBound - 1] == ByteClass.space
                && subject[literal.upperBound - 2] == ByteClass.space
            while literal.upperBound > literal.lowerBound && ByteClass.isSpaceOrTab(subject[literal.upperBound - 1]) {
                literal = literal.lowerBound..<literal.upperBound - 1
            }
            tree.nodes[last].literal = literal
            tree.nodes[last].end = max(tree.nodes[last].start, literal.upperBound)
        }
        var stop = position + 1
        while stop < end && ByteClass.isSpaceOrTab(subject[stop]) { stop += 1 }
        appendNode(isHard ? .lineBreak : .softBreak, from: start, to: start + 1)
        position = stop
    }

    private mutating func parseBackslash() {
        let start = position
        let next = position + 1
        if next < end && subject[next] == ByteClass.newline {
            appendNode(.lineBreak, from: start, to: next + 1)
            while position < end && ByteClass.isSpaceOrTab(subject[position]) { position += 1 }
        } else if next < end && ByteClass.isASCIIPunctuation(subject[next]) {
            let node = appendText(next, next + 1)
            tree.nodes[node].start = start
        } else {
            appendText(start, next)
        }
    }

    private mutating func parseBackticks() {
        let start = position
        var afterOpening = position
        while afterOpening < end && subject[afterOpening] == UInt8(ascii: "`") { afterOpening += 1 }
        let length = afterOpening - start
        if scannedAllBackticks && (backtickRuns[length] ?? -1) < afterOpening {
            appendText(start, afterOpening)
            return
        }
        var index = afterOpening
        while index < end {
            guard subject[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let runStart = index
            while index < end && subject[index] == UInt8(ascii: "`") { index += 1 }
            let runLength = index - runStart
            if runLength == length {
                appendCodeSpan(from: start, contents: afterOpening..<runStart, to: index)
                return
            }
            backtickRuns[runLength] = runStart
        }
        scannedAllBackticks = true
        appendText(start, afterOpening)
    }

    private mutating func appendCodeSpan(from start: Int, contents: Range<Int>, to stop: Int) {
        var bytes = subject[contents].map { $0 == ByteClass.newline ? ByteClass.space : $0 }
        if bytes.count >= 2 && bytes.first == ByteClass.space && bytes.last == ByteClass.space
            && bytes.contains(where: { $0 != ByteClass.space }) {
            bytes.removeFirst()
            bytes.removeLast()
        }
        let literal = tree.storeDecoded(bytes)
        var node = InlineWorkNode(kind: .code, start: start, end: stop, literal: literal)
        node.decoded = true
        position = stop
        tree.append(node, to: 0)
    }

    private mutating func parseEntity() {
        let start = position
        if let entity = EntityDecoder.decode(subject, at: start, end: end) {
            appendDecodedText(entity.bytes, from: start, to: entity.next)
        } else {
            appendText(start, start + 1)
        }
    }

    private mutating func parseAutolink() -> Bool {
        let start = position
        guard let autolink = AutolinkScanner.scanAngleAutolink(subject, from: start, to: end) else { return false }
        var node = InlineWorkNode(kind: .autolink, start: start, end: autolink.next, literal: start + 1..<autolink.next - 1)
        node.target = tree.storeTarget(autolink.destination)
        let link = tree.append(node, to: 0)
        tree.append(InlineWorkNode(kind: .text, start: start + 1, end: autolink.next - 1,
                                   literal: start + 1..<autolink.next - 1), to: link)
        position = autolink.next
        return true
    }

    private mutating func parseHTML() -> Bool {
        guard let stop = htmlScanner.scan(subject, from: position, to: end) else { return false }
        appendNode(.html, from: position, to: stop, literal: position..<stop)
        return true
    }

    // MARK: - Delimiter runs

    private mutating func handleDelimiter(_ character: UInt8) {
        let start = position
        var stop = start
        while stop < end && subject[stop] == character { stop += 1 }
        let count = stop - start
        let before: Unicode.Scalar = start == self.start ? "\n" : subject.scalar(before: start)
        let after: Unicode.Scalar = stop >= end ? "\n" : subject.scalar(at: stop)
        let afterIsWhitespace = ByteClass.isUnicodeWhitespace(after)
        let afterIsPunctuation = ByteClass.isUnicodePunctuation(after)
        let beforeIsWhitespace = ByteClass.isUnicodeWhitespace(before)
        let beforeIsPunctuation = ByteClass.isUnicodePunctuation(before)
        let leftFlanking = !afterIsWhitespace && (!afterIsPunctuation || beforeIsWhitespace || beforeIsPunctuation)
        let rightFlanking = !beforeIsWhitespace && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation)
        var canOpen = leftFlanking
        var canClose = rightFlanking
        if character == UInt8(ascii: "_") {
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        } else if character == UInt8(ascii: "~") && count > 2 {
            canOpen = false
            canClose = false
        }
        let node = appendText(start, stop)
        guard canOpen || canClose else { return }
        let index = delimiters.count
        delimiters.append(Delimiter(character: character, count: count, originalCount: count, node: node,
                                    previous: lastDelimiter, next: -1, canOpen: canOpen, canClose: canClose))
        if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
        lastDelimiter = index
    }

    private mutating func removeDelimiter(_ index: Int) {
        let delimiter = delimiters[index]
        if delimiter.previous >= 0 { delimiters[delimiter.previous].next = delimiter.next }
        if delimiter.next >= 0 {
            delimiters[delimiter.next].previous = delimiter.previous
        } else {
            lastDelimiter = delimiter.previous
        }
    }

    /// The emphasis algorithm ("process emphasis" in the spec's appendix), above `stackBottom`.
    mutating func processEmphasis(stackBottom: Int) {
        guard lastDelimiter != stackBottom else { return }
        // Lower bounds for opener searches, per closer character, can-open flag and length modulo 3
        // (a reused buffer: this runs for every paragraph and every link).
        for index in openersBottom.indices { openersBottom[index] = stackBottom }
        var closer = lastDelimiter
        while closer >= 0 && delimiters[closer].previous != stackBottom { closer = delimiters[closer].previous }
        while closer >= 0 {
            let closerDelimiter = delimiters[closer]
            guard closerDelimiter.canClose else {
                closer = closerDelimiter.next
                continue
            }
            let bottomIndex = Self.bottomIndex(closerDelimiter)
            var opener = closerDelimiter.previous
            var openerFound = false
            while opener >= 0 && opener != stackBottom && opener != openersBottom[bottomIndex] {
                let candidate = delimiters[opener]
                if candidate.character == closerDelimiter.character && candidate.canOpen {
                    if closerDelimiter.character == UInt8(ascii: "~") {
                        if candidate.count == closerDelimiter.count {
                            openerFound = true
                            break
                        }
                    } else {
                        let oddMatch = (closerDelimiter.canOpen || candidate.canClose)
                            && closerDelimiter.originalCount % 3 != 0
                            && (candidate.originalCount + closerDelimiter.originalCount) % 3 == 0
                        if !oddMatch {
                            openerFound = true
                            break
                        }
                    }
                }
                opener = candidate.previous
            }
            let oldCloser = closer
            if openerFound {
                closer = wrapEmphasis(opener: opener, closer: closer)
            } else {
                closer = closerDelimiter.next
                openersBottom[bottomIndex] = closerDelimiter.previous
                if !closerDelimiter.canOpen { removeDelimiter(oldCloser) }
            }
        }
        while lastDelimiter >= 0 && lastDelimiter != stackBottom { removeDelimiter(lastDelimiter) }
    }

    private static func bottomIndex(_ closer: Delimiter) -> Int {
        let characterIndex: Int
        switch closer.character {
        case UInt8(ascii: "*"): characterIndex = 0
        case UInt8(ascii: "_"): characterIndex = 1
        default: characterIndex = 2
        }
        return characterIndex * 6 + (closer.canOpen ? 3 : 0) + closer.originalCount % 3
    }

    /// Wraps the nodes between a matched opener and closer; returns the next closer to consider.
    private mutating func wrapEmphasis(opener: Int, closer: Int) -> Int {
        let character = delimiters[closer].character
        let used: Int
        let kind: InlineKind
        if character == UInt8(ascii: "~") {
            used = delimiters[closer].count
            kind = .strikethrough
        } else {
            used = delimiters[closer].count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
            kind = used == 1 ? .emphasis : .strong
        }
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        delimiters[opener].count -= used
        delimiters[closer].count -= used
        let openerLiteral = tree.nodes[openerNode].literal
        tree.nodes[openerNode].literal = openerLiteral.lowerBound..<openerLiteral.upperBound - used
        tree.nodes[openerNode].end -= used
        let closerLiteral = tree.nodes[closerNode].literal
        tree.nodes[closerNode].literal = closerLiteral.lowerBound + used..<closerLiteral.upperBound
        let wrapperStart = tree.nodes[openerNode].end
        let wrapperEnd = tree.nodes[closerNode].start + used
        tree.nodes[closerNode].start += used

        let wrapper = tree.nodes.count
        tree.nodes.append(InlineWorkNode(kind: kind, start: wrapperStart, end: wrapperEnd, literal: 0..<0))
        tree.moveSiblings(after: openerNode, before: closerNode, into: wrapper)
        tree.insert(wrapper, after: openerNode)

        // Delimiters between opener and closer can no longer match anything.
        delimiters[opener].next = closer
        delimiters[closer].previous = opener

        if delimiters[opener].count == 0 {
            tree.unlink(openerNode)
            removeDelimiter(opener)
        }
        if delimiters[closer].count == 0 {
            tree.unlink(closerNode)
            let next = delimiters[closer].next
            removeDelimiter(closer)
            return next
        }
        return closer
    }

    // MARK: - Links and images

    private mutating func pushBracket(node: Int, index: Int, isImage: Bool) {
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        brackets.append(Bracket(node: node, previousDelimiter: lastDelimiter, index: index, isImage: isImage))
    }

    private mutating func parseOpenBracket() {
        let start = position
        let node = appendText(start, start + 1)
        pushBracket(node: node, index: start, isImage: false)
    }

    private mutating func parseBang() {
        let start = position
        if start + 1 < end && subject[start + 1] == UInt8(ascii: "[") {
            let node = appendText(start, start + 2)
            pushBracket(node: node, index: start + 1, isImage: true)
        } else {
            appendText(start, start + 1)
        }
    }

    private mutating func parseCloseBracket() {
        let closeStart = position
        let afterClose = position + 1
        guard let opener = brackets.last else {
            appendText(closeStart, afterClose)
            return
        }
        guard opener.isActive else {
            brackets.removeLast()
            appendText(closeStart, afterClose)
            return
        }
        var target: (destination: String, title: String?, end: Int)?
        if afterClose < end && subject[afterClose] == UInt8(ascii: "(") {
            target = inlineLinkTarget(from: afterClose + 1)
        }
        if target == nil {
            target = referenceLinkTarget(opener: opener, afterClose: afterClose)
        }
        if target == nil, extensions, !opener.isImage, let footnote = footnoteReference(opener: opener, closeStart: closeStart) {
            // The label's nodes and delimiters are replaced by the reference.
            brackets.removeLast()
            while lastDelimiter >= 0 && lastDelimiter != opener.previousDelimiter { removeDelimiter(lastDelimiter) }
            while tree.nodes[opener.node].next >= 0 { tree.unlink(tree.nodes[opener.node].next) }
            tree.unlink(opener.node)
            tree.attach(footnote, to: 0)
            position = afterClose
            return
        }
        guard let target else {
            brackets.removeLast()
            appendText(closeStart, afterClose)
            return
        }
        let openerStart = opener.isImage ? opener.index - 1 : opener.index
        var node = InlineWorkNode(kind: opener.isImage ? .image : .link, start: openerStart, end: target.end, literal: 0..<0)
        node.target = tree.storeTarget(target.destination, title: target.title)
        let link = tree.nodes.count
        tree.nodes.append(node)
        tree.moveSiblings(after: opener.node, before: -1, into: link)
        tree.attach(link, to: 0)
        position = target.end
        processEmphasis(stackBottom: opener.previousDelimiter)
        brackets.removeLast()
        tree.unlink(opener.node)
        if !opener.isImage {
            // No links in links: deactivate earlier link openers. Stopping at the first inactive one keeps
            // this linear, as everything below it was deactivated already.
            var index = brackets.count - 1
            while index >= 0 {
                if !brackets[index].isImage {
                    if !brackets[index].isActive { break }
                    brackets[index].isActive = false
                }
                index -= 1
            }
        }
    }

    /// `(destination "title")` after `]`, starting after the `(`.
    private func inlineLinkTarget(from start: Int) -> (destination: String, title: String?, end: Int)? {
        var index = LinkScanner.skipSpacesAndNewline(subject, from: start, to: end)
        var destination = ""
        if let scanned = LinkScanner.scanDestination(subject, from: index, to: end) {
            destination = URLEncoder.normalize(Unescaper.unescape(subject, scanned.raw))
            index = scanned.next
        } else if !(index < end && subject[index] == UInt8(ascii: ")")) {
            return nil
        }
        let beforeTitle = index
        index = LinkScanner.skipSpacesAndNewline(subject, from: index, to: end)
        var title: String?
        if index > beforeTitle, let scanned = LinkScanner.scanTitle(subject, from: index, to: end) {
            title = Unescaper.unescape(subject, scanned.raw)
            index = LinkScanner.skipSpacesAndNewline(subject, from: scanned.next, to: end)
        }
        guard index < end, subject[index] == UInt8(ascii: ")") else { return nil }
        return (destination, title, index + 1)
    }

    /// `[label]`, `[]` or nothing after `]`, resolved against the link reference definitions.
    private func referenceLinkTarget(opener: Bracket, afterClose: Int) -> (destination: String, title: String?, end: Int)? {
        guard !definitions.isEmpty else { return nil }
        var labelRange: Range<Int>?
        var stop = afterClose
        if let labelEnd = LinkScanner.scanLabel(subject, from: afterClose, to: end),
           !subject[afterClose + 1..<labelEnd - 1].allSatisfy(ByteClass.isASCIIWhitespace) || labelEnd - afterClose == 2 {
            // A label of whitespace only is no label: `[foo][ ]` is a shortcut reference followed by text.
            if labelEnd - afterClose > 2 {
                labelRange = afterClose + 1..<labelEnd - 1
            } else if !opener.bracketAfter {
                labelRange = opener.index + 1..<afterClose - 1
            }
            stop = labelEnd
        } else if !opener.bracketAfter {
            labelRange = opener.index + 1..<afterClose - 1
        }
        guard let labelRange, labelRange.count <= LinkScanner.maximumLabelLength,
              let definition = definitions[LinkScanner.normalizeLabel(subject, labelRange)] else { return nil }
        return (definition.destination, definition.title, stop)
    }

    /// A `[^label]` footnote reference to a defined footnote; returns the new (detached) node.
    private mutating func footnoteReference(opener: Bracket, closeStart: Int) -> Int? {
        let labelStart = opener.index + 1
        guard labelStart < closeStart, subject[labelStart] == UInt8(ascii: "^"), closeStart - labelStart > 1 else { return nil }
        let label = LinkScanner.normalizeLabel(subject, labelStart + 1..<closeStart)
        guard footnoteLabels.contains(label) else { return nil }
        var node = InlineWorkNode(kind: .footnoteReference, start: opener.index, end: closeStart + 1, literal: 0..<0)
        node.target = tree.storeTarget(String(decoding: subject[labelStart + 1..<closeStart], as: UTF8.self))
        let index = tree.nodes.count
        tree.nodes.append(node)
        return index
    }
}

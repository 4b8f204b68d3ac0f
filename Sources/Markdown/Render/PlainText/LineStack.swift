/// The open containers of a plain-text rendering, and the lines written so far.
///
/// Each line is written once, with the prefixes of all the containers it is in (`> ` for quotes, a marker or
/// a hanging indent for list items), instead of being prefixed again at every level on the way out of a
/// recursion, which would copy a deep line once per level.
struct LineStack {
    /// What a container adds in front of its lines.
    enum Decoration {
        case none
        /// `> `, or `>` alone on an empty line.
        case quote
        /// The marker on the item's first line, an indent of `indent` spaces on the others (nothing on empty ones).
        case item(marker: [UInt8], indent: Int)

        var isNone: Bool {
            if case .none = self { true } else { false }
        }
    }

    /// A container whose blocks are being written, or a list whose items are.
    struct Frame {
        var blocks: [Block]
        var next = 0
        let width: Int
        var tight = false
        let decoration: Decoration
        /// Whether the container has lines yet.
        var hasLines = false
        /// The list whose items are written by the frames above this one.
        var list: List?
        var item = 0
    }

    /// The lines written, after those the stack was given.
    var lines: TextLines
    var frames: [Frame]
    /// The frame owing a blank line before the next line, once a block turns out to have lines.
    private var pendingSeparator: Int?

    init(_ blocks: [Block], width: Int, tight: Bool, after lines: consuming TextLines) {
        frames = [Frame(blocks: blocks, width: width, tight: tight, decoration: .none)]
        self.lines = lines
    }

    /// Notes the start of the top frame's next block: a blank line separates it from what precedes, if it has lines.
    mutating func startBlock() {
        let top = frames.count - 1
        if frames[top].hasLines && !frames[top].tight { pendingSeparator = top }
    }

    /// Opens a list (with items) and its first item.
    mutating func startList(_ list: List) {
        frames.append(Frame(blocks: [], width: frames[frames.count - 1].width, decoration: .none, list: list))
        startItem()
    }

    /// Opens the item of the top frame's list that it points to.
    private mutating func startItem() {
        let top = frames.count - 1
        guard let list = frames[top].list else { return }
        let index = frames[top].item
        let item = list.items[index]
        var marker: String
        switch list.kind {
        case .bullet: marker = "- "
        case .ordered(let start, let delimiter): marker = "\(start + index)\(delimiter) "
        }
        switch item.checkbox {
        case .checked?: marker += "[x] "
        case .unchecked?: marker += "[ ] "
        case nil: break
        }
        let indent = DisplayWidth.of(marker)
        if frames[top].hasLines && !list.isTight { write([], depth: top) }
        frames.append(Frame(blocks: item.children, width: max(1, frames[top].width - indent), tight: list.isTight,
                            decoration: .item(marker: Array(marker.utf8), indent: indent)))
    }

    /// Closes the top frame; after a list's item, opens the next item or closes the list.
    mutating func endFrame() {
        let frame = frames.removeLast()
        if pendingSeparator == frames.count { pendingSeparator = nil }
        guard case .item(let marker, _) = frame.decoration else { return }
        let list = frames.count - 1
        // An item without lines still shows its marker.
        if !frame.hasLines { write(marker.dropLast(), depth: list) }
        frames[list].item += 1
        if frames[list].item < frames[list].list?.items.count ?? 0 {
            startItem()
        } else {
            frames.removeLast()
        }
    }

    /// Writes a line of the frame at `depth`, with the prefixes of that frame and the ones it is in.
    mutating func write(_ content: ArraySlice<UInt8>, depth: Int) {
        if let separator = pendingSeparator {
            pendingSeparator = nil
            write([], depth: separator)
        }
        if !content.isEmpty && depth == 0 && frames[0].decoration.isNone {
            frames[0].hasLines = true
            lines.append(content)
            lines.endLine()
            return
        }
        // An empty line takes no prefix from the items it ends up empty in; the innermost quote gives `>`, and the
        // innermost item on its first line gives its marker. Outer containers then add their usual prefixes.
        var last = depth
        var innermost = -1
        if content.isEmpty {
            while last >= 0 {
                if case .quote = frames[last].decoration {
                    innermost = last
                    break
                }
                if case .item = frames[last].decoration, !frames[last].hasLines {
                    innermost = last
                    break
                }
                last -= 1
            }
            last -= 1
        }
        for index in 0...depth {
            if index <= last {
                switch frames[index].decoration {
                case .none: break
                case .quote: lines.append("> " as StaticString)
                case .item(let marker, let indent):
                    if frames[index].hasLines { lines.append(repeating: ByteClass.space, count: indent) } else { lines.append(marker) }
                }
            }
            frames[index].hasLines = true
        }
        if innermost >= 0 {
            switch frames[innermost].decoration {
            case .item(let marker, _): lines.append(marker)
            default: lines.append(UInt8(ascii: ">"))
            }
        }
        lines.append(content)
        lines.endLine()
    }
}

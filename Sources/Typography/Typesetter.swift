/// One pass over the UTF-8 of all runs, read as one stream so rules see context across run boundaries.
///
/// Most bytes are letters and spaces no rule changes: they are not looked at one scalar at a time but
/// copied to the output in spans, and not at all when no rule fires (the input strings are then returned).
/// Only the bytes a rule may concern stop the scan (see ``ByteScan``).
struct Typesetter {
    let input: UnsafeBufferPointer<UInt8>
    /// The runs, in order; only their output starts change.
    let runs: UnsafeMutableBufferPointer<RunBounds>
    let language: TypographyLanguage
    var output: TypesetOutput
    /// The offset in `input` of the scalar being handled.
    var offset = 0
    /// The run being written.
    var run = 0
    /// Open double quotes, to pair them and to nest `« “ ” »`.
    var quoteDepth = 0
    /// After an opening guillemet, the spaces the input had there are replaced by the narrow one.
    var isSkippingSpaces = false
    /// The input from here up to `offset` is output as it is, but not copied yet: spans are copied in one
    /// go when a rule needs to read or write the output.
    private var pending = 0
    /// Where the last opaque run ends in the output: spaces before it are never taken back.
    private var opaqueEnd = 0

    init(input: UnsafeBufferPointer<UInt8>, runs: UnsafeMutableBufferPointer<RunBounds>, language: TypographyLanguage) {
        self.input = input
        self.runs = runs
        self.language = language
        output = TypesetOutput(inputCount: input.count)
    }

    var current: Unicode.Scalar { input.scalar(at: offset)! }

    /// The scalar after the current one, in whichever run it is.
    var next: Unicode.Scalar? { input.scalar(at: offset + UnsafeBufferPointer<UInt8>.scalarLength(lead: input[offset])) }

    mutating func emit(_ scalar: Unicode.Scalar) {
        output.append(scalar)
    }

    mutating func typesetAll() {
        var start = 0
        for run in runs.indices {
            self.run = run
            let end = runs[run].inputEnd
            // Not written yet: the output lags the input by the pending bytes.
            runs[run].outputStart = output.count + start - pending
            if runs[run].isOpaque {
                if end > start {
                    isSkippingSpaces = false
                    opaqueEnd = output.count + end - pending
                }
            } else {
                typesetText(from: start, to: end)
            }
            start = end
        }
        if output.isWritten {
            offset = input.count
            flush()
        }
    }

    /// The typeset text of run `run`: `original` itself when the rules left it as it was.
    func text(ofRun run: Int, original: String) -> String {
        guard output.isWritten, !runs[run].isOpaque else { return original }
        let source = input[(run == 0 ? 0 : runs[run - 1].inputEnd)..<runs[run].inputEnd]
        let outputEnd = run + 1 < runs.count ? runs[run + 1].outputStart : output.count
        let typeset = output.bytes[runs[run].outputStart..<outputEnd]
        if typeset.elementsEqual(source) { return original }
        return typeset.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// Removes the inline spaces that end the output, back into the previous text runs but never into an
    /// opaque one; runs left empty now start at the end.
    mutating func removeTrailingSpaces() {
        output.removeTrailingSpaces(downTo: opaqueEnd)
        var emptied = run
        while runs[emptied].outputStart > output.count {
            runs[emptied].outputStart = output.count
            emptied -= 1
        }
    }

    /// Writes the input not copied yet; rules call it before they read or write the output.
    private mutating func flush() {
        guard pending < offset else { return }
        output.append(UnsafeBufferPointer(rebasing: input[pending..<offset]))
        pending = offset
    }

    private mutating func typesetText(from start: Int, to end: Int) {
        offset = start
        if isSkippingSpaces { skipSpaces(to: end) }
        // The scan below finds spaces through the digit before them, which here ends the previous run.
        if offset < end, let previous = previousByte, ByteScan.isDigit(previous), isSpace(at: offset) {
            typesetAtOffset(runEnd: end)
        }
        var position = offset
        while true {
            position = ByteScan.firstCandidate(in: input, from: position, to: end)
            guard position < end else { break }
            let byte = input[position]
            offset = position
            if ByteScan.isDigit(byte) {
                // A space after a digit may become a no-break space.
                guard position + 1 < end, isSpace(at: position + 1) else {
                    position += 1
                    continue
                }
                offset = position + 1
            } else if !mayChange(byte, runEnd: end) {
                position += 1
                continue
            }
            typesetAtOffset(runEnd: end)
            position = offset
        }
    }

    /// Applies the rule for the scalar at `offset` and moves past what it consumed.
    private mutating func typesetAtOffset(runEnd: Int) {
        flush()
        offset += typesetCurrent(runEnd: runEnd)
        pending = offset
        if isSkippingSpaces { skipSpaces(to: runEnd) }
    }

    /// Drops the inline spaces from `offset` on, up to the end of the run.
    private mutating func skipSpaces(to end: Int) {
        flush()
        while offset < end, let scalar = input.scalar(at: offset), scalar.isInlineSpace {
            offset += UnsafeBufferPointer<UInt8>.scalarLength(lead: input[offset])
        }
        pending = offset
        if offset < end { isSkippingSpaces = false }
    }

    /// A space or a no-break space at `position`.
    private func isSpace(at position: Int) -> Bool {
        input[position] == UInt8(ascii: " ")
            || (input[position] == 0xC2 && position + 1 < input.count && input[position + 1] == 0xA0)
    }

    /// Whether a rule may change the candidate byte at `offset`: a cheap test on the neighbouring bytes, so
    /// that the output is only written where something may change. Never `false` where a rule would.
    private func mayChange(_ byte: UInt8, runEnd: Int) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case UInt8(ascii: "."): offset + 1 < runEnd && input[offset + 1] == UInt8(ascii: ".")
        case UInt8(ascii: "-"): mayBeDash(runEnd: runEnd)
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"): language == .fr
        // `«` and `»`; the no-break space is found through the digit before it.
        case 0xC2: language == .fr && (input[offset + 1] == 0xAB || input[offset + 1] == 0xBB)
        default: false
        }
    }

    /// A hyphen stays unless it starts `--`, or has a space or no-break space on both sides (the no-break
    /// space ends in 0xA0; other scalars that do merely take the slow path).
    private func mayBeDash(runEnd: Int) -> Bool {
        if offset + 1 < runEnd && input[offset + 1] == UInt8(ascii: "-") { return true }
        guard let previous = previousByte, previous == UInt8(ascii: " ") || previous == 0xA0 else { return false }
        return offset + 1 < input.count && isSpace(at: offset + 1)
    }

    /// The last byte of the output, written or not.
    private var previousByte: UInt8? {
        offset > pending ? input[offset - 1] : output.bytes.last
    }

    /// Applies the rule for the scalar at `offset` and returns how many input bytes it consumed.
    private mutating func typesetCurrent(runEnd: Int) -> Int {
        switch input[offset] {
        case UInt8(ascii: "\""): return typesetDoubleQuote()
        case UInt8(ascii: "'"): return typesetSingleQuote()
        case UInt8(ascii: "."): return typesetDots(runEnd: runEnd)
        case UInt8(ascii: "-"): return typesetHyphens(runEnd: runEnd)
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"): return typesetHighPunctuation()
        case UInt8(ascii: " "): return typesetSpace()
        default:
            switch current {
            case Scalars.leftGuillemet where language == .fr: typesetOpeningGuillemet()
            case Scalars.rightGuillemet where language == .fr: typesetClosingGuillemet()
            case Scalars.noBreakSpace: return typesetSpace()
            default: emit(current)
            }
            return UnsafeBufferPointer<UInt8>.scalarLength(lead: input[offset])
        }
    }
}

/// The scalars of all runs, read as one stream so rules see context across run boundaries.
struct ScalarStream {
    private(set) var scalars: [Unicode.Scalar] = []
    /// The run each scalar comes from.
    private(set) var runIndices: [Int] = []
    let isOpaque: [Bool]

    init(_ runs: [TextRun]) {
        var opaque: [Bool] = []
        for (index, run) in runs.enumerated() {
            let text: String
            switch run {
            case .text(let value):
                text = value
                opaque.append(false)
            case .opaque(let value):
                text = value
                opaque.append(true)
            }
            for scalar in text.unicodeScalars {
                scalars.append(scalar)
                runIndices.append(index)
            }
        }
        isOpaque = opaque
    }

    subscript(offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    func isOpaque(at offset: Int) -> Bool { isOpaque[runIndices[offset]] }

    /// How many times `scalar` repeats from `offset` on, within the run at `offset`.
    func repetitions(of scalar: Unicode.Scalar, from offset: Int) -> Int {
        var end = offset
        while end < scalars.count && scalars[end] == scalar && runIndices[end] == runIndices[offset] { end += 1 }
        return end - offset
    }

    /// Whether the scalars from `offset` spell `word`, followed by something other than a letter or digit.
    func hasWord(_ word: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset + word.count <= scalars.count else { return false }
        for (index, scalar) in word.enumerated() where scalars[offset + index] != scalar { return false }
        guard let next = self[offset + word.count] else { return true }
        return !next.isLetterOrDigit
    }
}

/// The scalars written so far, each remembering its run, so that a rule may take back spaces written at
/// the end of the previous text run (the space before `!` when `!` starts the next run).
struct TypesetOutput {
    private(set) var scalars: [Unicode.Scalar] = []
    private var runIndices: [Int] = []
    private let isOpaque: [Bool]

    init(isOpaque: [Bool], capacity: Int) {
        self.isOpaque = isOpaque
        scalars.reserveCapacity(capacity)
        runIndices.reserveCapacity(capacity)
    }

    var last: Unicode.Scalar? { scalars.last }

    mutating func append(_ scalar: Unicode.Scalar, run: Int) {
        scalars.append(scalar)
        runIndices.append(run)
    }

    /// Removes the inline spaces that end the output, but never those of an opaque run.
    mutating func removeTrailingSpaces() {
        while let last = scalars.last, last.isInlineSpace, let run = runIndices.last, !isOpaque[run] {
            scalars.removeLast()
            runIndices.removeLast()
        }
    }

    /// The last scalar before the trailing inline spaces.
    var lastBeforeSpaces: Unicode.Scalar? {
        scalars.last(where: { !$0.isInlineSpace })
    }

    /// How many ASCII digits end the output.
    var trailingDigitCount: Int {
        var count = 0
        for scalar in scalars.reversed() {
            guard scalar.isASCIIDigit else { break }
            count += 1
        }
        return count
    }

    /// The scalar `distance` places before the end (`0` is the last one).
    func scalar(fromEnd distance: Int) -> Unicode.Scalar? {
        distance < scalars.count ? scalars[scalars.count - 1 - distance] : nil
    }

    /// One string per run, in run order. Scalars are stored in run order, so each run's UTF-8 is built
    /// in one buffer.
    func strings(runCount: Int) -> [String] {
        var strings = Array(repeating: "", count: runCount)
        var bytes: [UInt8] = []
        var run = 0
        for (scalar, scalarRun) in zip(scalars, runIndices) {
            if scalarRun != run {
                strings[run] = String(decoding: bytes, as: UTF8.self)
                bytes.removeAll(keepingCapacity: true)
                run = scalarRun
            }
            UTF8.encode(scalar) { bytes.append($0) }
        }
        if run < runCount { strings[run] = String(decoding: bytes, as: UTF8.self) }
        return strings
    }
}

/// Where one run lies in the input and in the output.
struct RunBounds {
    /// Where the run ends in the input: it starts where the previous one ends.
    let inputEnd: Int
    let isOpaque: Bool
    /// Where the run starts in the output, once begun. It moves back when the rules take back spaces the
    /// previous runs ended with.
    var outputStart = 0
}

/// The `an+b` argument of `:nth-child()`: matches the 1-based positions `a·n + b` for some `n ≥ 0`.
public struct CSSNthExpression: Sendable, Hashable {
    public var step: Int
    public var offset: Int

    /// Values beyond this bound are rejected so position arithmetic can never overflow.
    static let bound: UInt = 1_000_000

    public init(step: Int, offset: Int) {
        self.step = step
        self.offset = offset
    }

    /// Parses `odd`, `even`, `5`, `-n+3`, `2n + 1`, …; `nil` when malformed.
    public init?(parsing text: String) {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        switch compact {
        case "odd": self.init(step: 2, offset: 1)
        case "even": self.init(step: 2, offset: 0)
        default:
            guard let (step, offset) = Self.parseLinear(compact),
                step.magnitude <= Self.bound, offset.magnitude <= Self.bound
            else { return nil }
            self.init(step: step, offset: offset)
        }
    }

    private static func parseLinear(_ text: String) -> (Int, Int)? {
        guard let nIndex = text.firstIndex(of: "n") else {
            guard let offset = Int(text) else { return nil }
            return (0, offset)
        }
        let stepText = text[..<nIndex]
        let offsetText = text[text.index(after: nIndex)...]
        let step: Int
        switch stepText {
        case "", "+": step = 1
        case "-": step = -1
        default:
            guard let value = Int(stepText) else { return nil }
            step = value
        }
        if offsetText.isEmpty { return (step, 0) }
        guard offsetText.first == "+" || offsetText.first == "-", let offset = Int(offsetText) else { return nil }
        return (step, offset)
    }

    /// Whether the 1-based `position` is one of `a·n + b`.
    public func matches(position: Int) -> Bool {
        let distance = position - offset
        if step == 0 { return distance == 0 }
        return distance % step == 0 && distance / step >= 0
    }
}

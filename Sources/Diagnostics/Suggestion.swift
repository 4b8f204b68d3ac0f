/// "Did you mean …?": the candidate a user probably meant — Damerau-Levenshtein distance at most 2, or a
/// prefix of at least 3 characters (`titel` → `title`, `biuld` → `build`), ties going to the first in sorted
/// order so suggestions never depend on a set's iteration order.
public enum Suggestion {
    public static func closest(to key: String, among candidates: some Sequence<String>) -> String? {
        let typed = Array(key.lowercased().unicodeScalars)
        var best: (distance: Int, candidate: String)?
        for candidate in candidates.sorted() {
            let known = Array(candidate.lowercased().unicodeScalars)
            var distance = damerauLevenshtein(typed, known, limit: 2)
            if distance == nil, isPrefix(typed, of: known) || isPrefix(known, of: typed) { distance = 2 }
            if let distance, distance < (best?.distance ?? .max) { best = (distance, candidate) }
        }
        return best?.candidate
    }

    private static func isPrefix(_ short: [Unicode.Scalar], of long: [Unicode.Scalar]) -> Bool {
        short.count >= 3 && long.starts(with: short)
    }

    /// The optimal-string-alignment distance, or nil when it exceeds `limit`.
    static func damerauLevenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}

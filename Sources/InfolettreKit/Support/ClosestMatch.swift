/// "Did you mean …?" suggestions: the candidate at the smallest edit distance, when it is close enough.
enum ClosestMatch {
    static func find(_ word: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let threshold = max(2, target.count / 3)
        var best: (distance: Int, candidate: String)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance <= threshold, best.map({ (distance, candidate) < ($0.distance, $0.candidate) }) ?? true {
                best = (distance, candidate)
            }
        }
        return best?.candidate
    }

    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, scalarA) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, scalarB) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (scalarA == scalarB ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

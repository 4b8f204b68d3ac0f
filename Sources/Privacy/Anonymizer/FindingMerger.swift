/// Resolves overlapping findings: the longest wins; between equally long ones, the earliest in the input
/// order wins (stable), so recognizers listed first take precedence. Sorting plus one sweep over clusters
/// of overlapping findings: O(n log n).
enum FindingMerger {
    static func merge(_ findings: [Finding]) -> [Finding] {
        let ordered = findings.enumerated().sorted { lhs, rhs in
            (lhs.element.range.lowerBound, lhs.offset) < (rhs.element.range.lowerBound, rhs.offset)
        }
        var merged: [Finding] = []
        var cluster: [(offset: Int, element: Finding)] = []
        var clusterEnd = Int.min
        for entry in ordered where !entry.element.range.isEmpty {
            if entry.element.range.lowerBound >= clusterEnd, !cluster.isEmpty {
                resolve(cluster, into: &merged)
                cluster.removeAll(keepingCapacity: true)
            }
            cluster.append(entry)
            clusterEnd = max(cluster.count == 1 ? Int.min : clusterEnd, entry.element.range.upperBound)
        }
        resolve(cluster, into: &merged)
        return merged.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Greedy longest-first choice among findings that overlap, keeping those that fit beside the winners.
    private static func resolve(_ cluster: [(offset: Int, element: Finding)], into merged: inout [Finding]) {
        guard cluster.count > 1 else {
            merged.append(contentsOf: cluster.map(\.element))
            return
        }
        let byLength = cluster.sorted { lhs, rhs in
            (-lhs.element.range.count, lhs.offset) < (-rhs.element.range.count, rhs.offset)
        }
        var chosen: [Range<Int>] = []
        for entry in byLength where !chosen.contains(where: { $0.overlaps(entry.element.range) }) {
            chosen.append(entry.element.range)
            merged.append(entry.element)
        }
    }
}

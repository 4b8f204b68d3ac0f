/// Resolves overlapping findings: the longest wins; between equally long ones, the earliest in the input
/// order wins (stable), so recognizers listed first take precedence. Sorting plus one sweep over clusters
/// of overlapping findings: O(n log n) apart from inserting into each cluster's sorted winners.
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
        // The chosen ranges are disjoint and kept sorted, so one binary search finds any overlap.
        var chosen: [Range<Int>] = []
        for entry in byLength {
            let range = entry.element.range
            let position = insertionIndex(of: range, in: chosen)
            let overlapsBefore = position > 0 && chosen[position - 1].overlaps(range)
            let overlapsAfter = position < chosen.count && chosen[position].overlaps(range)
            guard !overlapsBefore, !overlapsAfter else { continue }
            chosen.insert(range, at: position)
            merged.append(entry.element)
        }
    }

    /// The index of the first chosen range starting at or after `range`.
    private static func insertionIndex(of range: Range<Int>, in chosen: [Range<Int>]) -> Int {
        var low = 0
        var high = chosen.count
        while low < high {
            let middle = (low + high) / 2
            if chosen[middle].lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

import Foundation

/// The part of an issue's `reports/<id>/privacy.json` the dashboard shows: removals per category and the
/// threads the charter excluded.
struct PrivacySummary: Sendable, Hashable {
    struct Row: Sendable, Hashable {
        var category: String
        var count: Int
    }

    /// Categories with their counts, largest first, then by name.
    var rows: [Row]
    var totalRemovals: Int
    var excludedThreadCount: Int

    /// Reads the report written by the privacy stage; nil when the file is missing or not in that shape.
    init?(reportData data: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let categories = object["categories"] as? [String: Any]
        else { return nil }
        var rows: [Row] = []
        for (name, value) in categories {
            guard let tally = value as? [String: Any], let count = (tally["count"] as? NSNumber)?.intValue else {
                return nil
            }
            rows.append(Row(category: name, count: count))
        }
        self.rows = rows.sorted { ($1.count, $0.category) < ($0.count, $1.category) }
        totalRemovals = (object["total_removals"] as? NSNumber)?.intValue ?? rows.reduce(0) { $0 + $1.count }
        excludedThreadCount = (object["excluded_threads"] as? [Any])?.count ?? 0
    }
}

/// Splitting a list into pages of the archive.
public struct Pagination: Sendable, Hashable {
    /// 1-based.
    public var current: Int
    public var total: Int

    public init(current: Int, total: Int) {
        self.current = current
        self.total = total
    }

    /// The pages of `items`, `perPage` each (at least one page, possibly empty).
    public static func pages<T>(_ items: [T], perPage: Int) -> [(Pagination, ArraySlice<T>)] {
        let size = max(1, perPage)
        let total = max(1, (items.count + size - 1) / size)
        return (1...total).map { page in
            let start = (page - 1) * size
            let end = min(items.count, start + size)
            return (Pagination(current: page, total: total), items[start..<end])
        }
    }
}

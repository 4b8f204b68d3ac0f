/// A value made only when a template reads it, labelled with what it is made from.
///
/// A page listing two hundred articles need not make their bodies when its template never shows them, and a
/// build that caches pages learns which inputs a page read: rendering reports the `dependency` of every deferred
/// value it read (`TemplateEngine.render(_:_:dependencies:)`). The value is made again at each read; it must
/// depend only on what `dependency` identifies.
public final class DeferredValue: Sendable {
    /// What the value is made from, as the caller identifies it (e.g. a fingerprint of the source).
    public let dependency: UInt64
    private let make: @Sendable () -> TemplateValue

    public init(dependency: UInt64, _ make: @escaping @Sendable () -> TemplateValue) {
        self.dependency = dependency
        self.make = make
    }

    /// The value, made now.
    public var value: TemplateValue { make() }
}

extension DeferredValue: Hashable {
    /// Deferred values are equal only to themselves: comparing their values would make them.
    public static func == (lhs: DeferredValue, rhs: DeferredValue) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

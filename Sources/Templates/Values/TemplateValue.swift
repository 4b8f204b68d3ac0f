/// The data a template is rendered against: the JSON data model, as Mustache sees it.
///
/// Build it with literals (`["title": "Numéro 12", "articles": [...]]`) or from
/// `JSONSerialization` output with ``init(json:)``.
public enum TemplateValue: Sendable, Hashable {
    /// JSON `null`: falsey, interpolates as nothing.
    case null
    /// `false` hides a section and shows an inverted one.
    case bool(Bool)
    /// Interpolates without a fractional part.
    case int(Int)
    /// Interpolates in its shortest form, integral values without `.0`.
    case double(Double)
    /// Interpolates as is (escaped by `{{name}}`); falsey when empty.
    case string(String)
    /// A section repeats for each element; the empty list is falsey.
    case array([TemplateValue])
    /// A section pushes it on the context stack so its members resolve by name.
    case object([String: TemplateValue])
    /// A value made when a template reads it, which rendering reports (see ``DeferredValue``).
    case deferred(DeferredValue)
}

extension TemplateValue {
    /// Whether a section renders its content: `null`, `false`, the empty list and the empty string are
    /// falsey; everything else (zero included) is truthy. The spec leaves empty strings open; treating
    /// them as falsey, as mustache.js does, lets themes write `{{#summary}}…{{/summary}}` for optional text.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .array(let items): !items.isEmpty
        case .string(let text): !text.isEmpty
        case .int, .double, .object: true
        case .deferred(let deferred): deferred.value.isTruthy
        }
    }

    /// The value of `key` when this value is an object (a deferred one is made), `nil` otherwise or when the key
    /// is absent.
    public subscript(key: String) -> TemplateValue? {
        switch self {
        case .object(let members): members[key]
        case .deferred(let deferred): deferred.value[key]
        default: nil
        }
    }
}

extension TemplateValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension TemplateValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// Later duplicates of a key win, as in JSON parsers.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

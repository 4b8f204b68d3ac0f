extension TemplateValue {
    /// The text an interpolation tag writes for this value (before escaping): strings as they are,
    /// integers and integral doubles without a fractional part (`2`, not `2.0`), other doubles in their
    /// shortest round-trip form (`1.21`), booleans as `true`/`false`; `null`, lists and objects write nothing.
    var interpolatedText: String {
        switch self {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number): Self.text(of: number)
        case .bool(let value): value ? "true" : "false"
        case .null, .array, .object: ""
        case .deferred(let deferred): deferred.value.interpolatedText
        }
    }

    private static func text(of number: Double) -> String {
        if number.rounded() == number, let integer = Int(exactly: number) {
            return String(integer)
        }
        return String(number)
    }
}

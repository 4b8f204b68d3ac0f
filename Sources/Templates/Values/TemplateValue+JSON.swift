import Foundation

extension TemplateValue {
    /// Converts the output of `JSONSerialization.jsonObject(with:)` (or any tree of `String`, `NSNumber`,
    /// `Bool`, `Int`, `Double`, arrays, string-keyed dictionaries and `NSNull`). Values of any other type
    /// become `.null`.
    public init(json: Any) {
        switch json {
        case let string as String:
            self = .string(string)
        case let number as NSNumber:
            self = TemplateValue(number: number)
        case let array as [Any]:
            self = .array(array.map(TemplateValue.init(json:)))
        case let object as [String: Any]:
            self = .object(object.mapValues(TemplateValue.init(json:)))
        default:
            self = .null
        }
    }

    /// `NSNumber` hides whether JSON wrote `true`, `1` or `1.0`; its Objective-C type code tells:
    /// `c` for booleans, `d`/`f` for floating point, integer codes otherwise.
    private init(number: NSNumber) {
        switch String(cString: number.objCType) {
        case "c", "B":
            self = .bool(number.boolValue)
        case "d", "f":
            self = .double(number.doubleValue)
        default:
            if let integer = Int(exactly: number.int64Value) {
                self = .int(integer)
            } else {
                self = .double(number.doubleValue)
            }
        }
    }
}

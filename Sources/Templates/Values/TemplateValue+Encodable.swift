import Foundation

extension TemplateValue {
    /// Converts a model value through its JSON encoding, so the keys templates see are the coding keys.
    /// Pass an `encoder` to choose how dates, data and key names are written.
    public init(encoding value: some Encodable, encoder: JSONEncoder = JSONEncoder()) throws {
        let data = try encoder.encode(value)
        self.init(json: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }
}

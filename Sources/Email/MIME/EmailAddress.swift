/// A mailbox: an optional display name and an address (`Infolettre <lettre@example.org>`).
public struct EmailAddress: Sendable, Hashable {
    public var name: String?
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    /// The domain part of the address (after the last `@`).
    public var domain: String {
        address.split(separator: "@").last.map(String.init) ?? address
    }

    /// Characters allowed in an RFC 5322 atom besides letters and digits.
    private static let atomSymbols = Set("!#$%&'*+-/=?^_`{|}~".utf8)

    /// The words of the mailbox for a header: the display name as atoms, a quoted string or encoded words, then
    /// `<address>`.
    func headerWords(field: String) throws(EmailMessageError) -> [String] {
        let isValidAddress = address.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<")
            && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: ",") }
        guard isValidAddress, address.contains("@"), !address.hasPrefix("@"), !address.hasSuffix("@") else {
            throw .invalidAddress(address, field: field)
        }
        let displayName = (name ?? "").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !displayName.isEmpty else { return ["<\(address)>"] }
        return nameWords(displayName, field: field) + ["<\(address)>"]
    }

    private func nameWords(_ displayName: String, field: String) -> [String] {
        let bytes = displayName.utf8
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), !displayName.contains("=?") else {
            return EncodedWord.encode(displayName, firstWordMaximumLength: HeaderField.firstWordRoom(name: field))
        }
        let isAtoms = bytes.allSatisfy {
            $0 == 0x20 || $0.isASCIILetter || $0.isASCIIDigit || Self.atomSymbols.contains($0)
        }
        if isAtoms { return displayName.split(separator: " ").map(String.init) }
        var quoted = "\""
        for character in displayName {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return [quoted + "\""]
    }
}

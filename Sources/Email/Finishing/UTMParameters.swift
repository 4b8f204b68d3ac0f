/// Google Analytics campaign parameters appended to the outgoing web links of an issue.
public struct UTMParameters: Sendable, Hashable {
    public var source: String
    public var medium: String
    public var campaign: String

    public init(source: String, medium: String = "email", campaign: String) {
        self.source = source
        self.medium = medium
        self.campaign = campaign
    }

    /// `url` with the `utm_*` parameters it does not already have, inserted before any fragment.
    public func applied(to url: String) -> String {
        Encoded(self).applied(to: url)
    }

    /// The parameters with their values percent-encoded once, for the many links of one email.
    struct Encoded {
        private let parameters: [(name: String, encodedValue: String)]

        init(_ utm: UTMParameters) {
            parameters = [
                ("utm_source", UTMParameters.encoded(utm.source)), ("utm_medium", UTMParameters.encoded(utm.medium)),
                ("utm_campaign", UTMParameters.encoded(utm.campaign)),
            ]
        }

        /// See `UTMParameters.applied(to:)`.
        func applied(to url: String) -> String {
            if let applied = url.utf8.withContiguousStorageIfAvailable({ appliedToASCII(url, bytes: $0) }) ?? nil {
                return applied
            }
            let (beforeFragment, fragment) = url.split(at: "#")
            let (_, query) = beforeFragment.split(at: "?")
            // A parameter counts as present when a `&`-separated part names it (`=x` names `x`, as `split` drops
            // empty pieces).
            let existingNames = query.map { $0.split(separator: "&").map { $0.split(separator: "=").first ?? "" } } ?? []
            let additions = parameters.filter { parameter in !existingNames.contains { $0 == parameter.name } }
            guard !additions.isEmpty else { return url }
            var separator = "?"
            if let query { separator = query.isEmpty || query.hasSuffix("&") ? "" : "&" }
            var result = beforeFragment + separator
            for (index, parameter) in additions.enumerated() {
                if index > 0 { result += "&" }
                result += parameter.name + "=" + parameter.encodedValue
            }
            if let fragment { result += "#" + fragment }
            return result
        }

        /// `applied(to:)` on the bytes of an ASCII URL, where every character is one byte (a CR LF pair aside, which
        /// holds no delimiter); `nil` for other URLs.
        private func appliedToASCII(_ string: String, bytes url: UnsafeBufferPointer<UInt8>) -> String? {
            guard url.allSatisfy({ $0 < 0x80 }) else { return nil }
            let fragmentStart = url.firstIndex(of: UInt8(ascii: "#")) ?? url.count
            let queryStart = url[..<fragmentStart].firstIndex(of: UInt8(ascii: "?")).map { $0 + 1 }
            var isPresent = [Bool](repeating: false, count: parameters.count)
            if let queryStart {
                markPresent(UnsafeBufferPointer(rebasing: url[queryStart..<fragmentStart]), in: &isPresent)
            }
            guard isPresent.contains(false) else { return string }
            var separator = "?"
            if let queryStart {
                separator = queryStart == fragmentStart || url[fragmentStart - 1] == UInt8(ascii: "&") ? "" : "&"
            }
            var result = Array(url[..<fragmentStart]) + separator.utf8
            var isFirst = true
            for (index, parameter) in parameters.enumerated() where !isPresent[index] {
                if !isFirst { result.append(UInt8(ascii: "&")) }
                isFirst = false
                result += parameter.name.utf8
                result.append(UInt8(ascii: "="))
                result += parameter.encodedValue.utf8
            }
            result += url[fragmentStart...]
            return String(decoding: result, as: UTF8.self)
        }

        /// Marks the parameters that a `&`-separated part of `query` names (`=x` names `x`, as splitting at `=`
        /// drops empty pieces).
        private func markPresent(_ query: UnsafeBufferPointer<UInt8>, in isPresent: inout [Bool]) {
            for part in query.split(separator: UInt8(ascii: "&")) {
                let name = part.split(separator: UInt8(ascii: "=")).first ?? part[part.startIndex..<part.startIndex]
                for (index, parameter) in parameters.enumerated() where name.elementsEqual(parameter.name.utf8) {
                    isPresent[index] = true
                }
            }
        }
    }

    /// Percent-encodes every UTF-8 byte but ASCII letters, digits and `-._~` (RFC 3986 unreserved characters).
    private static func encoded(_ value: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            if byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
            {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The text before the first `separator` and the text after it (`nil` when there is none).
    func split(at separator: Character) -> (String, String?) {
        // In ASCII text every character is one byte (a CR LF pair aside, which holds no other separator), so an
        // ASCII separator is found on the bytes, without grapheme breaking.
        if let byte = separator.asciiValue, utf8.allSatisfy({ $0 < 0x80 }) {
            guard let index = utf8.firstIndex(of: byte) else { return (self, nil) }
            return (String(self[..<index]), String(self[utf8.index(after: index)...]))
        }
        guard let index = firstIndex(of: separator) else { return (self, nil) }
        return (String(self[..<index]), String(self[self.index(after: index)...]))
    }
}

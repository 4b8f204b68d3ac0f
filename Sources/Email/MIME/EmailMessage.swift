import Foundation

/// A newsletter issue as an RFC 5322 message: `multipart/alternative` with a plain-text and an HTML part, both
/// quoted-printable, with one-click unsubscribe headers (RFC 8058). Serialisation is deterministic: the same
/// message always gives the same bytes.
///
/// ```swift
/// let message = EmailMessage(from: EmailAddress(name: "Infolettre", address: "lettre@example.org"),
///     to: [EmailAddress(address: "subscriber@example.invalid")], subject: "N° 12", date: issueDate,
///     messageIDSeed: "2026-48", textBody: text, htmlBody: html)
/// let eml = try message.serialize()
/// ```
public struct EmailMessage: Sendable, Hashable {
    public var from: EmailAddress
    public var to: [EmailAddress]
    public var replyTo: EmailAddress?
    public var subject: String
    public var date: Date
    /// The zone the `Date` header is written in.
    public var timeZone: TimeZone
    /// A stable identifier of the issue (e.g. `2026-48`): the Message-ID and the MIME boundary derive from it.
    public var messageIDSeed: String
    public var listUnsubscribe: ListUnsubscribe?
    public var textBody: String
    public var htmlBody: String
    /// Further headers, written in order after the standard ones (e.g. `X-Campaign`).
    public var extraHeaders: [EmailHeader]

    public init(
        from: EmailAddress, to: [EmailAddress], replyTo: EmailAddress? = nil, subject: String, date: Date,
        timeZone: TimeZone = .gmt, messageIDSeed: String,
        listUnsubscribe: ListUnsubscribe? = nil, textBody: String, htmlBody: String,
        extraHeaders: [EmailHeader] = []
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.date = date
        self.timeZone = timeZone
        self.messageIDSeed = messageIDSeed
        self.listUnsubscribe = listUnsubscribe
        self.textBody = textBody
        self.htmlBody = htmlBody
        self.extraHeaders = extraHeaders
    }

    /// `<hash@sender-domain>`: the first 32 hex digits of SHA-256 of the seed.
    public var messageID: String {
        "<\(SHA256.hexDigest(Array(messageIDSeed.utf8)).prefix(32))@\(from.domain)>"
    }

    /// The boundary starts with `=_`, which quoted-printable output can never contain, so it cannot clash with
    /// the bodies.
    var boundary: String {
        "=_infolettre_" + SHA256.hexDigest(Array(("boundary:" + messageIDSeed).utf8)).prefix(24)
    }

    /// Headers the message writes itself; extra headers may not replace them.
    private static let reservedHeaderNames: Set<String> = [
        "from", "to", "reply-to", "subject", "date", "message-id", "mime-version", "content-type",
        "content-transfer-encoding", "list-unsubscribe", "list-unsubscribe-post",
    ]

    /// The message as `.eml` bytes: CRLF line ends, headers folded to 78 characters, bodies quoted-printable.
    public func serialize() throws(EmailMessageError) -> [UInt8] {
        let boundary = self.boundary
        var headText = ""
        for field in try headerFields(boundary: boundary) {
            let rendered = field.rendered
            guard rendered.split(separator: "\r\n").allSatisfy({ $0.utf8.count <= HeaderField.maximumLineLength }) else {
                throw .headerLineTooLong(field.name)
            }
            headText += rendered
        }
        headText += "\r\nThis is a multi-part message in MIME format.\r\n"
        let head = Array(headText.utf8)
        let parts = [
            Self.partHeader(contentType: "text/plain; charset=UTF-8", boundary: boundary),
            Self.partHeader(contentType: "text/html; charset=UTF-8", boundary: boundary),
        ]
        let closing = Array("--\(boundary)--\r\n".utf8)
        var textBody = textBody
        var htmlBody = htmlBody
        return textBody.withUTF8 { text in
            htmlBody.withUTF8 { html in
                // One buffer for the whole message, large enough for the worst quoted-printable bodies.
                let capacity = head.count + parts[0].count + parts[1].count + closing.count + 4
                    + QuotedPrintable.maximumEncodedCount(text.count) + QuotedPrintable.maximumEncodedCount(html.count)
                return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                    var writer = ByteWriter(buffer)
                    writer.append(head)
                    for (header, body) in zip(parts, [text, html]) {
                        writer.append(header)
                        QuotedPrintable.encode(body, into: &writer)
                        // The CRLF before the next boundary belongs to the boundary (RFC 2046 §5.1.1), so the body
                        // comes back exactly, trailing line break or not.
                        writer.append(0x0D, 0x0A)
                    }
                    writer.append(closing)
                    count = writer.count
                }
            }
        }
    }

    private static func partHeader(contentType: String, boundary: String) -> [UInt8] {
        Array("--\(boundary)\r\nContent-Type: \(contentType)\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n".utf8)
    }

    private func headerFields(boundary: String) throws(EmailMessageError) -> [HeaderField] {
        guard !to.isEmpty else { throw .missingRecipient }
        var fields = [
            HeaderField(name: "From", words: try from.headerWords(field: "From")),
            HeaderField(name: "To", words: try addressListWords(to, field: "To")),
        ]
        if let replyTo { fields.append(HeaderField(name: "Reply-To", words: try replyTo.headerWords(field: "Reply-To"))) }
        fields.append(HeaderField(name: "Subject", unstructured: subject))
        fields.append(HeaderField(name: "Date", words: RFC5322Date.format(date, timeZone: timeZone).split(separator: " ").map(String.init)))
        fields.append(HeaderField(name: "Message-ID", words: [messageID]))
        if let listUnsubscribe { fields += try listUnsubscribe.headerFields() }
        for header in extraHeaders {
            let name = header.name
            guard !name.isEmpty, name.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ":") }) else {
                throw .invalidHeaderName(name)
            }
            guard !Self.reservedHeaderNames.contains(name.lowercased()) else { throw .reservedHeaderName(name) }
            fields.append(HeaderField(name: name, unstructured: header.value))
        }
        fields.append(HeaderField(name: "MIME-Version", words: ["1.0"]))
        fields.append(HeaderField(name: "Content-Type", words: ["multipart/alternative;", "boundary=\"\(boundary)\""]))
        return fields
    }

    private func addressListWords(_ addresses: [EmailAddress], field: String) throws(EmailMessageError) -> [String] {
        var words: [String] = []
        for (index, address) in addresses.enumerated() {
            var mailbox = try address.headerWords(field: field)
            if index < addresses.count - 1, let last = mailbox.popLast() { mailbox.append(last + ",") }
            words += mailbox
        }
        return words
    }
}

/// An extra header field of a message.
public struct EmailHeader: Sendable, Hashable {
    public var name: String
    /// Unstructured text; non-ASCII is written as RFC 2047 encoded words, line breaks become spaces.
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The `List-Unsubscribe` targets: an https one-click URL (RFC 8058) and/or a mailto address.
public struct ListUnsubscribe: Sendable, Hashable {
    /// The one-click URL; must be `https`. When present, `List-Unsubscribe-Post: List-Unsubscribe=One-Click` is
    /// written too.
    public var url: String?
    /// An address (`unsubscribe@example.org`) or a `mailto:` URI.
    public var mailto: String?

    public init(url: String? = nil, mailto: String? = nil) {
        self.url = url
        self.mailto = mailto
    }

    func headerFields() throws(EmailMessageError) -> [HeaderField] {
        var targets: [String] = []
        if let url {
            guard url.lowercased().hasPrefix("https://"), !url.contains(where: { $0.isWhitespace || $0 == ">" }) else {
                throw .insecureUnsubscribeURL(url)
            }
            targets.append("<\(url)>")
        }
        if let mailto {
            let uri = mailto.lowercased().hasPrefix("mailto:") ? mailto : "mailto:" + mailto
            guard !uri.contains(where: { $0.isWhitespace || $0 == ">" }) else {
                throw .invalidAddress(mailto, field: "List-Unsubscribe")
            }
            targets.append("<\(uri)>")
        }
        guard !targets.isEmpty else { throw .emptyListUnsubscribe }
        let words = targets.enumerated().map { $0.offset < targets.count - 1 ? $0.element + "," : $0.element }
        var fields = [HeaderField(name: "List-Unsubscribe", words: words)]
        if url != nil { fields.append(HeaderField(name: "List-Unsubscribe-Post", words: ["List-Unsubscribe=One-Click"])) }
        return fields
    }
}

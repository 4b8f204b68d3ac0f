import Foundation
import Testing

@testable import Email

@Suite("MIME message")
struct EmailMessageTests {
    /// Sunday 29 November 2026, 14:10:38 UTC.
    static let date = Date(timeIntervalSince1970: 1_795_961_438)

    static let textBody = """
        Chères consœurs, chers confrères,

        Au sommaire : soins palliatifs — « bonnes pratiques » ; tarif = 15 € ✓.
        Une ligne très longue pour vérifier les coupures douces du quoted-printable : éàùçôœ éàùçôœ éàùçôœ éàùçôœ éàùçôœ.
        .Ligne qui commence par un point   
        Se désinscrire : https://lettre.example.org/desinscription?id=42
        """

    static let htmlBody = """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>N° 48</title></head>
        <body style="margin:0"><p style="color:#333;font-family:'Helvetica Neue',Arial">Chères consœurs — 15 €</p>
        <a href="https://lettre.example.org/desinscription?id=42&amp;t=1">Se désinscrire</a></body></html>
        """

    static func message() -> EmailMessage {
        EmailMessage(
            from: EmailAddress(name: "Réseau des infirmières", address: "lettre@infolettre.example.org"),
            to: [EmailAddress(name: "Abonnée", address: "abonnee@example.org"), EmailAddress(address: "b@example.org")],
            replyTo: EmailAddress(name: "Rédaction, équipe", address: "redaction@example.org"),
            subject: "Infolettre n°48 — soins palliatifs, « bonnes pratiques » et nouveautés de l’été 2026",
            date: date, messageIDSeed: "2026-48",
            listUnsubscribe: ListUnsubscribe(
                url: "https://lettre.example.org/u?id=42", mailto: "desinscription@example.org"),
            textBody: textBody, htmlBody: htmlBody,
            extraHeaders: [EmailHeader(name: "X-Infolettre-Issue", value: "48 — été")])
    }

    private func serialized() throws -> String {
        String(decoding: try Self.message().serialize(), as: UTF8.self)
    }

    @Test func writesHeadersInOrder() throws {
        let text = try serialized()
        let headerBlock = try #require(text.components(separatedBy: "\r\n\r\n").first)
        let names = headerBlock.components(separatedBy: "\r\n").filter { !$0.hasPrefix(" ") }.map {
            String($0.prefix { $0 != ":" })
        }
        #expect(names == [
            "From", "To", "Reply-To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post",
            "X-Infolettre-Issue", "MIME-Version", "Content-Type",
        ])
        #expect(headerBlock.contains("\r\nDate: Sun, 29 Nov 2026 14:10:38 +0000\r\n"))
        #expect(headerBlock.contains("\r\nList-Unsubscribe: <https://lettre.example.org/u?id=42>,\r\n <mailto:desinscription@example.org>\r\n")
            || headerBlock.contains("\r\nList-Unsubscribe: <https://lettre.example.org/u?id=42>, <mailto:desinscription@example.org>\r\n"))
        #expect(headerBlock.contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"))
        #expect(headerBlock.contains("\r\nMIME-Version: 1.0\r\n"))
    }

    @Test func usesCRLFAndShortLinesEverywhere() throws {
        let bytes = try Self.message().serialize()
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            #expect(index > 0 && bytes[index - 1] == 0x0D)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let separator = try #require(text.range(of: "\r\n\r\n"))
        let headers = text[..<separator.lowerBound]
        let body = text[separator.upperBound...]
        #expect(headers.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
        #expect(body.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(bytes.allSatisfy { $0 < 0x80 })
    }

    @Test func isDeterministic() throws {
        #expect(try Self.message().serialize() == Self.message().serialize())
        let message = Self.message()
        #expect(message.messageID == "<\(SHA256.hexDigest(Array("2026-48".utf8)).prefix(32))@infolettre.example.org>")
        var other = Self.message()
        other.messageIDSeed = "2026-49"
        #expect(other.messageID != message.messageID)
        #expect(other.boundary != message.boundary)
    }

    @Test func formatsDatesInTheGivenZone() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(RFC5322Date.format(Self.date, timeZone: paris) == "Sun, 29 Nov 2026 15:10:38 +0100")
        let summer = Date(timeIntervalSince1970: 1_783_000_000)  // 2026-07-02
        #expect(RFC5322Date.format(summer, timeZone: paris) == "Thu, 2 Jul 2026 15:46:40 +0200")
    }

    @Test func rejectsInvalidMessages() {
        var message = Self.message()
        message.to = []
        #expect(throws: EmailMessageError.missingRecipient) { try message.serialize() }
        message = Self.message()
        message.extraHeaders = [EmailHeader(name: "Content-Type", value: "text/plain")]
        #expect(throws: EmailMessageError.reservedHeaderName("Content-Type")) { try message.serialize() }
        message.extraHeaders = [EmailHeader(name: "Bad Name", value: "x")]
        #expect(throws: EmailMessageError.invalidHeaderName("Bad Name")) { try message.serialize() }
        message = Self.message()
        message.listUnsubscribe = ListUnsubscribe(url: "http://insecure.example.org/u")
        #expect(throws: EmailMessageError.insecureUnsubscribeURL("http://insecure.example.org/u")) {
            try message.serialize()
        }
        message.listUnsubscribe = ListUnsubscribe()
        #expect(throws: EmailMessageError.emptyListUnsubscribe) { try message.serialize() }
        message.listUnsubscribe = ListUnsubscribe(url: "https://e.org/" + String(repeating: "a", count: 1_000))
        #expect(throws: EmailMessageError.headerLineTooLong("List-Unsubscribe")) { try message.serialize() }
    }

    @Test func omitsOneClickHeaderWithoutURL() throws {
        var message = Self.message()
        message.listUnsubscribe = ListUnsubscribe(mailto: "mailto:u@example.org?subject=stop")
        let text = String(decoding: try message.serialize(), as: UTF8.self)
        #expect(text.contains("List-Unsubscribe: <mailto:u@example.org?subject=stop>\r\n"))
        #expect(!text.contains("List-Unsubscribe-Post"))
    }

    /// Python's `email` package, with the modern policy, is a strict and independent reader of RFC 5322/2045/2047.
    @Test func parsesBackWithPythonsEmailPackage() throws {
        guard let parsed = try PythonEmailParser.parse(try Self.message().serialize()) else { return }
        let message = Self.message()
        #expect(parsed["from_name"] as? String == "Réseau des infirmières")
        #expect(parsed["from_address"] as? String == "lettre@infolettre.example.org")
        #expect(parsed["to"] as? [String] == ["abonnee@example.org", "b@example.org"])
        #expect(parsed["to_names"] as? [String] == ["Abonnée", ""])
        #expect(parsed["reply_to_name"] as? String == "Rédaction, équipe")
        #expect(parsed["subject"] as? String == message.subject)
        #expect(parsed["date"] as? String == "2026-11-29T14:10:38+00:00")
        #expect(parsed["message_id"] as? String == message.messageID)
        #expect(parsed["list_unsubscribe"] as? String
            == "<https://lettre.example.org/u?id=42>, <mailto:desinscription@example.org>")
        #expect(parsed["list_unsubscribe_post"] as? String == "List-Unsubscribe=One-Click")
        #expect(parsed["issue"] as? String == "48 — été")
        #expect(parsed["mime_version"] as? String == "1.0")
        #expect(parsed["content_type"] as? String == "multipart/alternative")
        #expect(parsed["defects"] as? Int == 0)
        #expect(parsed["part_types"] as? [String] == ["text/plain", "text/html"])
        #expect(parsed["charsets"] as? [String] == ["utf-8", "utf-8"])
        #expect(parsed["encodings"] as? [String] == ["quoted-printable", "quoted-printable"])
        // Python returns the decoded parts with its own line ends.
        let bodies = (parsed["bodies"] as? [String])?.map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
        #expect(bodies == [message.textBody, message.htmlBody])
    }
}

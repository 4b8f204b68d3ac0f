import Foundation

/// A complete response: status, header fields and body. `Date`, `Content-Length` and `Cache-Control: no-store`
/// are added when serialized, so that every response of the preview is dated, framed and never cached.
struct HTTPResponse: Sendable, Hashable {
    var status: HTTPStatus
    var headers: [HeaderField]
    var body: [UInt8]

    /// One header field of a response.
    struct HeaderField: Sendable, Hashable {
        var name: String
        var value: String

        init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    init(status: HTTPStatus, headers: [HeaderField] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A UTF-8 text response.
    init(status: HTTPStatus, contentType: String, text: String, headers: [HeaderField] = []) {
        self.init(status: status, headers: [HeaderField("Content-Type", contentType)] + headers, body: Array(text.utf8))
    }

    /// The first value of the header `name`, compared case-insensitively.
    func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The bytes sent on the wire; `includeBody` is false for HEAD, which keeps the GET's `Content-Length`.
    func serialized(includeBody: Bool, keepAlive: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(status.code) \(status.reason)\r\nDate: \(HTTPDate.string())\r\n"
        for field in headers { head += "\(field.name): \(field.value)\r\n" }
        head += "Content-Length: \(body.count)\r\n"
        head += "Cache-Control: no-store\r\n"
        head += "X-Content-Type-Options: nosniff\r\n"
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n"
        var bytes = Array(head.utf8)
        if includeBody { bytes.append(contentsOf: body) }
        return bytes
    }
}

import Foundation

/// One message of the live-reload stream (`text/event-stream`).
struct ServerSentEvent: Sendable, Hashable {
    /// The event type: `reload` or `error`.
    var name: String
    /// The payload; each line becomes one `data:` field.
    var data: String

    init(name: String, data: String) {
        self.name = name
        self.data = data
    }

    /// Tells the pages to reload after a successful rebuild.
    static let reload = ServerSentEvent(name: "reload", data: "{}")

    /// Tells the pages to show `diagnostics` in the error overlay, as JSON `{"diagnostics": "..."}`.
    static func error(diagnostics: String) -> ServerSentEvent {
        let payload = (try? JSONEncoder().encode(["diagnostics": diagnostics])) ?? Data("{}".utf8)
        return ServerSentEvent(name: "error", data: String(decoding: payload, as: UTF8.self))
    }

    /// The wire format: `event:` line, one `data:` line per line of data, blank line.
    var serialized: [UInt8] {
        var text = "event: \(name)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return Array((text + "\n").utf8)
    }
}

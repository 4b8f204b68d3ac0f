import Foundation

/// Serves one client socket on its own thread: reads request heads (pipelined ones in order), answers each,
/// keeps the connection alive as HTTP/1.x says, and enforces the idle and request deadlines.
struct Connection: Sendable {
    var descriptor: Int32
    var configuration: PreviewConfiguration
    var router: Router
    var broadcaster: EventBroadcaster

    /// Runs until the client leaves, a deadline passes, an error response is sent or the server stops.
    func run() {
        let parser = HTTPRequestParser(maxHeaderBytes: configuration.maxRequestBytes)
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var scannedUpTo = 0
        var deadline = Date(timeIntervalSinceNow: configuration.idleTimeout)
        while true {
            switch parser.parse(buffer, resumeAt: scannedUpTo) {
            case .request(let request, let consumed):
                buffer.removeFirst(consumed)
                scannedUpTo = 0
                guard respond(to: request) else { return }
                // Bytes already buffered belong to a pipelined request, which is under the request deadline.
                deadline = Date(timeIntervalSinceNow: buffer.isEmpty ? configuration.idleTimeout : configuration.requestTimeout)
            case .failure(let error):
                send(Self.errorResponse(error.status, detail: error.description), includeBody: true, keepAlive: false)
                return
            case .incomplete(let scanned):
                scannedUpTo = scanned
                let startsRequest = buffer.isEmpty
                switch Socket.receive(descriptor, into: &chunk, deadline: deadline) {
                case .bytes(let count):
                    buffer.append(contentsOf: chunk[..<count])
                    if startsRequest { deadline = Date(timeIntervalSinceNow: configuration.requestTimeout) }
                case .timedOut:
                    // An idle keep-alive connection just closes; a half-sent request hears why.
                    if !buffer.isEmpty {
                        send(Self.errorResponse(.requestTimeout, detail: "request not received in time"),
                             includeBody: true, keepAlive: false)
                    }
                    return
                case .closed:
                    return
                }
            }
        }
    }

    /// Answers `request`; true when the connection should wait for another request.
    private func respond(to request: HTTPRequest) -> Bool {
        switch router.route(request) {
        case .response(let response):
            let keepAlive = request.keepsConnectionAlive
            return send(response, includeBody: request.method != "HEAD", keepAlive: keepAlive) && keepAlive
        case .eventStream:
            streamEvents(headOnly: request.method == "HEAD")
            return false
        }
    }

    /// Holds the connection open as a Server-Sent Events stream until the client leaves or the server stops,
    /// with a heartbeat comment whenever no event was sent for `heartbeatInterval`.
    private func streamEvents(headOnly: Bool) {
        guard let subscription = broadcaster.subscribe() else {
            send(Self.errorResponse(.serviceUnavailable, detail: "server stopping"), includeBody: true, keepAlive: false)
            return
        }
        defer { broadcaster.unsubscribe(subscription) }
        let head = "HTTP/1.1 200 OK\r\nContent-Type: \(MediaType.eventStream)\r\nCache-Control: no-store\r\n"
            + "X-Accel-Buffering: no\r\nConnection: keep-alive\r\n\r\n"
        guard Socket.sendAll(descriptor, Array(head.utf8)), !headOnly else { return }
        // `connected` tells clients (and tests) that the subscription is in place.
        guard Socket.sendAll(descriptor, Array("retry: 1000\n: connected\n\n".utf8)) else { return }
        while true {
            let bytes: [UInt8]
            switch subscription.next(timeout: configuration.heartbeatInterval) {
            case .event(let event): bytes = event.serialized
            case .timedOut: bytes = Array(": heartbeat\n\n".utf8)
            case .finished: return
            }
            guard Socket.sendAll(descriptor, bytes) else { return }
        }
    }

    @discardableResult
    private func send(_ response: HTTPResponse, includeBody: Bool, keepAlive: Bool) -> Bool {
        Socket.sendAll(descriptor, response.serialized(includeBody: includeBody, keepAlive: keepAlive))
    }

    static func errorResponse(_ status: HTTPStatus, detail: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: MediaType.plainText, text: "\(status.reason): \(detail)\n")
    }
}

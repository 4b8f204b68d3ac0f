import Foundation

/// Maps each request to its response: the dashboard and live-reload routes under `/__preview/`, the email
/// bundles and reports under `/__preview/email/` and `/__preview/reports/`, and the archive site elsewhere.
struct Router: Sendable {
    /// What a request leads to.
    enum Outcome: Sendable, Hashable {
        case response(HTTPResponse)
        /// The live-reload stream, which the connection keeps open.
        case eventStream
    }

    /// Which served folder a file comes from; emails get the dark-scheme override and attachments.
    private enum Area {
        case site, email, reports
    }

    var outputDirectory: URL
    var hostCheck: HostCheck
    var warnings: @Sendable () -> [String]

    static let allowedMethods = "GET, HEAD"

    private var site: ServedFolder { ServedFolder(root: outputDirectory.appendingPathComponent("site")) }
    private var emails: ServedFolder { ServedFolder(root: outputDirectory.appendingPathComponent("email")) }
    private var reports: ServedFolder { ServedFolder(root: outputDirectory.appendingPathComponent("reports")) }

    func route(_ request: HTTPRequest) -> Outcome {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .response(HTTPResponse(
                status: .methodNotAllowed, contentType: MediaType.plainText, text: "Method Not Allowed\n",
                headers: [.init("Allow", Self.allowedMethods)]))
        }
        guard hostCheck.allows(request.header("Host")) else {
            return .response(HTTPResponse(
                status: .forbidden, contentType: MediaType.plainText,
                text: "Forbidden: the preview answers only to localhost, 127.0.0.1 and [::1]\n"))
        }
        guard let path = DecodedPath(encodedPath: request.path) else { return .response(notFound()) }
        guard path.segments.first == "__preview" else { return .response(serve(path, from: site, area: .site, request: request)) }
        let rest = Array(path.segments.dropFirst())
        switch rest.first {
        case nil where path.hasTrailingSlash:
            let page = DashboardPage(issues: IssuePreview.all(in: outputDirectory), warnings: warnings())
            return .response(html(Array(page.render().utf8)))
        case nil:
            return .response(redirect(to: "/__preview/"))
        case "events" where rest.count == 1:
            return .eventStream
        case "live-reload.js" where rest.count == 1:
            return .response(HTTPResponse(
                status: .ok, contentType: MediaType.forFileName("live-reload.js"), text: LiveReloadScript.source))
        case "email":
            return .response(serve(path.dropping(first: 2), from: emails, area: .email, request: request))
        case "reports":
            return .response(serve(path.dropping(first: 2), from: reports, area: .reports, request: request))
        default:
            return .response(notFound())
        }
    }

    private func serve(_ path: DecodedPath, from folder: ServedFolder, area: Area, request: HTTPRequest) -> HTTPResponse {
        switch folder.resolve(path) {
        case .directory where !path.hasTrailingSlash && !path.segments.isEmpty:
            let query = request.query.map { "?" + $0 } ?? ""
            return redirect(to: request.path + "/" + query)
        case .directory:
            guard case .file(let indexPath) = folder.index(of: path) else { return notFound() }
            return file(at: indexPath, area: area, request: request)
        case .file(let filePath) where !path.hasTrailingSlash:
            return file(at: filePath, area: area, request: request)
        case .file, .missing:
            return notFound()
        }
    }

    private func file(at path: String, area: Area, request: HTTPRequest) -> HTTPResponse {
        guard let data = FileManager.default.contents(atPath: path) else { return notFound() }
        let contentType = MediaType.forFileName(path)
        var body = [UInt8](data)
        guard contentType == MediaType.html else {
            var headers = [HTTPResponse.HeaderField("Content-Type", contentType)]
            if path.lowercased().hasSuffix(".eml") {
                let name = (path as NSString).lastPathComponent.replacingOccurrences(of: "\"", with: "")
                headers.append(.init("Content-Disposition", "attachment; filename=\"\(name)\""))
            }
            return HTTPResponse(status: .ok, headers: headers, body: body)
        }
        if area == .email, Self.asksForDarkScheme(request.query) { body = ColorSchemeOverride.forceDark(body) }
        return html(body)
    }

    private static func asksForDarkScheme(_ query: Substring?) -> Bool {
        guard let query else { return false }
        return query.split(separator: "&").contains("scheme=dark")
    }

    /// The site's own `404.html` with status 404 (with live reload), or a plain-text 404 when it has none.
    private func notFound() -> HTTPResponse {
        let page = DecodedPath(encodedPath: "/404.html").map(site.resolve)
        if case .file(let path) = page, let data = FileManager.default.contents(atPath: path) {
            return html([UInt8](data), status: .notFound)
        }
        return HTTPResponse(status: .notFound, contentType: MediaType.plainText, text: "Not Found\n")
    }

    private func html(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: [.init("Content-Type", MediaType.html)], body: LiveReloadScript.inject(into: body))
    }

    private func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(
            status: .movedPermanently, contentType: MediaType.plainText, text: "Moved to \(location)\n",
            headers: [.init("Location", location)])
    }
}

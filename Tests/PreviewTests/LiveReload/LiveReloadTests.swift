import Foundation
import Testing
@testable import Preview

@Suite("Live reload")
struct LiveReloadTests {
    static let tag = String(decoding: LiveReloadScript.tag, as: UTF8.self)

    @Test func injectsBeforeTheLastClosingBody() {
        let html = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let injected = String(decoding: LiveReloadScript.inject(into: html), as: UTF8.self)
        #expect(injected == "<html><body><p>&lt;/body&gt;</p>\(Self.tag)</BODY></html>")
    }

    @Test func appendsWhenThereIsNoBody() {
        let injected = String(decoding: LiveReloadScript.inject(into: Array("<p>x</p>".utf8)), as: UTF8.self)
        #expect(injected == "<p>x</p>" + Self.tag)
    }

    @Test func darkOverrideGoesRightAfterHead() {
        let dark = String(decoding: ColorSchemeOverride.darkTags, as: UTF8.self)
        let html = "<!DOCTYPE html><html><HEAD lang=\"fr\"><meta name=\"color-scheme\" content=\"light\"></head><body><header>h</header></body></html>"
        let result = String(decoding: ColorSchemeOverride.forceDark(Array(html.utf8)), as: UTF8.self)
        #expect(result.hasPrefix("<!DOCTYPE html><html><HEAD lang=\"fr\">\(dark)<meta"))
        let headless = String(decoding: ColorSchemeOverride.forceDark(Array("<!doctype html><p>x".utf8)), as: UTF8.self)
        #expect(headless == "<!doctype html>\(dark)<p>x")
    }

    @Test func eventsSerializeOneDataLinePerLine() {
        let event = ServerSentEvent(name: "error", data: "a\nb")
        #expect(String(decoding: event.serialized, as: UTF8.self) == "event: error\ndata: a\ndata: b\n\n")
        let error = ServerSentEvent.error(diagnostics: "x.md:1:2: error: \"bad\"\nhint: <fix>")
        #expect(!error.data.contains("\n"))
        let decoded = try? JSONDecoder().decode([String: String].self, from: Data(error.data.utf8))
        #expect(decoded == ["diagnostics": "x.md:1:2: error: \"bad\"\nhint: <fix>"])
    }

    @Test func scriptIsInjectedIntoHTMLResponsesOnlyAndNeverOnDisk() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            for target in ["/", "/2026/48/", "/fragment.html", "/nope", "/__preview/", "/__preview/email/2026-48/email.html"] {
                try #expect(PreviewFixture.get(target, port: port).text.contains(Self.tag), "\(target)")
            }
            for target in ["/assets/style.css", "/assets/app.js", "/feed.xml", "/notes.txt"] {
                try #expect(!PreviewFixture.get(target, port: port).text.contains("live-reload"), "\(target)")
            }
            let page = try PreviewFixture.get("/", port: port)
            #expect(page.header("Content-Length") == String(page.body.count))
            let script = try PreviewFixture.get(LiveReloadScript.path, port: port)
            #expect(script.header("Content-Type") == "text/javascript; charset=utf-8")
            #expect(script.text.contains("new EventSource(\"/__preview/events\")"))
        }
        #expect(try fixture.read("output/site/index.html") == "<!DOCTYPE html><html><body><h1>Archives</h1></body></html>")
        #expect(try fixture.read("output/email/2026-48/email.html") == PreviewFixture.emailHTML)
    }

    @Test func darkSchemeIsInjectedIntoEmailsOnRequest() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let dark = try PreviewFixture.get("/__preview/email/2026-48/email.html?scheme=dark", port: port).text
            #expect(dark.contains("<head><meta name=\"color-scheme\" content=\"dark\">"))
            let light = try PreviewFixture.get("/__preview/email/2026-48/email.html", port: port).text
            #expect(!light.contains("color-scheme"))
        }
    }

    @Test func fileChangeTriggersRebuildAndReloadEvent() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let rebuilds = Locked(0)
        try fixture.withServer(watching: [fixture.content], rebuild: {
            rebuilds.withLock { $0 += 1 }
            try? fixture.write("output/site/notes.txt", "nouveau texte")
            return RebuildOutcome(succeeded: true)
        }) { server, port in
            let events = try RawClient(port: port)
            try events.send(RawClient.request("GET", "/__preview/events"))
            let head = try events.read(through: ": connected\n\n")
            #expect(head.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(head.contains("Content-Type: text/event-stream"))
            #expect(server.liveReloadClientCount == 1)

            try fixture.write("content/issue.md", "# Numéro 48, corrigé")
            let event = try events.read(through: "\n\n")
            #expect(event == "event: reload\ndata: {}\n\n")
            #expect(rebuilds.withLock { $0 } == 1)
            try #expect(PreviewFixture.get("/notes.txt", port: port).text == "nouveau texte")
        }
    }

    @Test func failedRebuildSendsErrorAndKeepsServingTheLastOutput() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let diagnostics = "content/issue.md:1:3: error: unknown <tag> & \"quote\"\nhint: fix it"
        let printed = Locked<[String]>([])
        let server = PreviewServer(
            configuration: fixture.configuration(watching: [fixture.content]),
            rebuild: { RebuildOutcome(succeeded: false, diagnostics: diagnostics) },
            console: { line in printed.withLock { $0.append(line) } })
        let port = try server.start().port
        defer { server.stop() }
        let events = try RawClient(port: port)
        try events.send(RawClient.request("GET", "/__preview/events"))
        _ = try events.read(through: ": connected\n\n")

        try fixture.write("content/issue.md", "# broken")
        let event = try events.read(through: "\n\n")
        #expect(event.hasPrefix("event: error\ndata: "))
        let json = event.dropFirst("event: error\ndata: ".count).dropLast(2)
        let payload = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        #expect(payload == ["diagnostics": diagnostics])
        #expect(printed.withLock { $0 } == [diagnostics])
        try #expect(PreviewFixture.get("/notes.txt", port: port).text == "texte")

        // A page opened while the build is still broken gets the error at once.
        let late = try RawClient(port: port)
        try late.send(RawClient.request("GET", "/__preview/events"))
        _ = try late.read(through: ": connected\n\n")
        #expect(try late.read(through: "\n\n").hasPrefix("event: error\n"))
    }

    @Test func idleStreamsGetHeartbeatsAndEndOnStop() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let server = PreviewServer(configuration: fixture.configuration(), rebuild: { RebuildOutcome(succeeded: true) })
        let port = try server.start().port
        let events = try RawClient(port: port)
        try events.send(RawClient.request("GET", "/__preview/events"))
        _ = try events.read(through: ": connected\n\n")
        #expect(try events.read(through: "\n\n") == ": heartbeat\n\n")  // heartbeatInterval is 0.5 s here
        server.notifyRebuild(RebuildOutcome(succeeded: true))
        #expect(try events.read(through: "\n\n") == "event: reload\ndata: {}\n\n")
        server.stop()
        #expect(events.isClosedByServer())
    }
}

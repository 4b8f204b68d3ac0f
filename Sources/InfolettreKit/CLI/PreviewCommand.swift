import Diagnostics
import Dispatch
import Foundation
import Preview

enum PreviewCommand {
    static func run(_ arguments: inout ArgumentList, context: CommandContext) throws -> Int32 {
        var options = try BuildCommand.buildOptions(&arguments, context: context, allowsOutput: true)
        options.issueID = nil
        let host = try arguments.option("--host") ?? "127.0.0.1"
        let portText = try arguments.option("--port", "-p") ?? "8000"
        guard let port = Int(portText), (0...65_535).contains(port) else {
            throw UsageError.invalidValue(option: "--port", value: portText, expected: "a port number (0 picks a free one)")
        }
        _ = try arguments.positionals(max: 0)
        let layout = ProjectLayout(root: options.root)
        let session = PreviewSession(options: options, console: context.console)
        let first = session.rebuild()
        if !first.succeeded { context.console.failure("The first build failed; serving the previous output until a save fixes it.") }

        let server = PreviewServer(
            configuration: PreviewConfiguration(
                host: host, port: port, outputDirectory: options.output ?? layout.defaultOutputDirectory,
                watchedPaths: [layout.contentDirectory, layout.themesDirectory, layout.configFile]),
            rebuild: { session.rebuild() },
            warnings: { session.warnings },
            console: { context.console.progress($0) })
        server.notifyRebuild(first)
        let address = try server.start()
        if let reason = address.portFallbackReason { context.console.progress(reason) }
        context.console.output("Preview: \(address.siteURL)\nDashboard: \(address.dashboardURL)\nCtrl-C stops.\n")
        waitForInterrupt { server.stop() }
        return InfolettreCLI.ExitCode.success
    }

    /// Blocks until SIGINT or SIGTERM, then runs `stop`.
    private static func waitForInterrupt(_ stop: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { done.signal() }
            source.resume()
            sources.append(source)
        }
        done.wait()
        stop()
        sources.forEach { $0.cancel() }
    }
}

/// The builds a preview runs: each rebuild prints its diagnostics and remembers its warnings for the dashboard.
final class PreviewSession: @unchecked Sendable {
    private let options: BuildOptions
    private let console: Console
    private let lock = NSLock()
    private var lastWarnings: [String] = []
    /// Rebuilds reuse what earlier ones rendered: a save re-renders only what it changed.
    private let cache = BuildCache()

    init(options: BuildOptions, console: Console) {
        self.options = options
        self.console = console
    }

    var warnings: [String] { lock.withLock { lastWarnings } }

    func rebuild() -> RebuildOutcome {
        do {
            let result = try Builder(options: options, console: console, cache: cache).build()
            lock.withLock { lastWarnings = result.warnings.map(\.description) }
            return RebuildOutcome(succeeded: true, diagnostics: "")
        } catch {
            console.report(error.diagnostics)
            return RebuildOutcome(succeeded: false, diagnostics: error.diagnostics.map(\.description).joined(separator: "\n"))
        }
    }
}

import Foundation

/// Runs the pipeline's stages one after another, reporting each with its counts and duration.
struct StageTimer {
    let console: Console
    private(set) var timings: [(String, Int)] = []

    init(console: Console) { self.console = console }

    /// Runs `body`, then prints `name`, the summary it returns and the elapsed time.
    mutating func run<T>(_ name: String, _ body: () throws -> (T, String)) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let (value, summary) = try body()
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        timings.append((name, milliseconds))
        console.stage(name, summary, milliseconds: milliseconds)
        return value
    }
}

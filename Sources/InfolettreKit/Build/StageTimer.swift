import Foundation

/// Runs the pipeline's stages one after another, reporting each with its counts and duration.
struct StageTimer {
    let console: Console
    private(set) var timings: [(String, Int)] = []

    init(console: Console) { self.console = console }

    /// Runs `body`, then prints `name`, the summary it returns and the elapsed time.
    mutating func run<T>(_ name: String, _ body: () throws -> (T, String)) rethrows -> T {
        let stage = try Self.measure(name, body)
        record(stage)
        return stage.value
    }

    /// A stage run apart (stages running side by side), reported once recorded.
    struct Measured<T> {
        var name: String
        var value: T
        var summary: String
        var milliseconds: Int
    }

    /// Runs `body` and times it, without reporting: for stages run side by side, recorded afterwards in order.
    static func measure<T>(_ name: String, _ body: () throws -> (T, String)) rethrows -> Measured<T> {
        let start = DispatchTime.now().uptimeNanoseconds
        let (value, summary) = try body()
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        return Measured(name: name, value: value, summary: summary, milliseconds: milliseconds)
    }

    /// Prints a stage measured with `measure`.
    mutating func record<T>(_ stage: Measured<T>) {
        timings.append((stage.name, stage.milliseconds))
        console.stage(stage.name, stage.summary, milliseconds: stage.milliseconds)
    }
}

extension StageTimer.Measured: Sendable where T: Sendable {}

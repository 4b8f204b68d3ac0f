import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on every core, results in the original order: the same input gives the same output whatever
    /// the scheduling. `transform` must be free of shared mutable state.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, transform(self[index])) }
        return slots.values
    }

    /// The throwing `concurrentMap`: the first error in index order is thrown.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        try concurrentMap { element in Result { try transform(element) } }.map { try $0.get() }
    }
}

/// Runs `first` on a thread of its own while `second` runs on this one, and returns both results.
/// Not `concurrentPerform`: an apply nested in another runs serially (libdispatch divides its width by the
/// outer one's), and each side here runs `concurrentMap`s of its own that must keep every core.
func concurrently<A: Sendable, B>(_ first: @escaping @Sendable () -> A, _ second: () throws -> B) rethrows -> (A, B) {
    let slots = Slots<A>(count: 1)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        slots.set(0, first())
        done.signal()
    }
    thread.start()
    let secondResult: B
    do { secondResult = try second() } catch {
        done.wait()
        throw error
    }
    done.wait()
    return (slots.values[0], secondResult)
}

/// One slot per index, each written by exactly one iteration of `concurrentPerform`. A raw buffer, not an
/// array property: concurrent writes to distinct elements must not go through Swift's exclusive access to
/// the whole array.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: T) { buffer[index] = value }

    var values: [T] { buffer.compactMap { $0 } }
}

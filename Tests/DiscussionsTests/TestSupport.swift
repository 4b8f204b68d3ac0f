import Diagnostics
@testable import Discussions

/// Every record a reader yields, in order.
func records(_ reader: inout some ExportRecordReading) throws -> [ExportRecord] {
    var all: [ExportRecord] = []
    while let record = try reader.next() { all.append(record) }
    return all
}

/// The `DiscussionsError` `body` throws, or nil when it throws nothing (or something else).
func discussionsError(_ body: () throws -> Void) -> DiscussionsError? {
    do {
        try body()
        return nil
    } catch let error as DiscussionsError {
        return error
    } catch {
        return nil
    }
}

/// Reads a native JSON export given as text to the end, for error tests.
func readNative(_ text: String) throws {
    var reader = NativeJSONReader(bytes: Array(text.utf8))
    _ = try records(&reader)
}

/// Reads a JSON Lines export given as text to the end, for error tests.
func readLines(_ text: String) throws {
    var reader = JSONLinesReader(bytes: Array(text.utf8))
    _ = try records(&reader)
}

func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(line: line, column: column) }

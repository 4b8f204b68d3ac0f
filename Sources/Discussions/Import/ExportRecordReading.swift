import Diagnostics

/// A reader that hands out an export's records one at a time. Implementations hold the current
/// record (for the nested native JSON, the current thread's posts) and a fixed-size input buffer,
/// never the export: memory is bounded by the largest record, whatever the file's size.
public protocol ExportRecordReading {
    /// The next record, or nil after the last one. The first record is always `.header`.
    mutating func next() throws -> ExportRecord?

    /// Where the record `next()` last returned starts, for messages about it.
    var recordLocation: SourceLocation? { get }
}

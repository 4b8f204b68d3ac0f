import Diagnostics
import Foundation

/// Reads an export in any supported format, record by record (see `ExportRecordReading`).
public struct ExportReader: ExportRecordReading {
    /// The format being read.
    public let format: ExportFormat
    private var reader: any ExportRecordReading

    /// Opens the file or folder at `url`; its format is detected when `format` is nil.
    public init(contentsOf url: URL, format: ExportFormat? = nil, discourse: DiscourseOptions = DiscourseOptions()) throws {
        let format = try format ?? ExportFormat.detect(at: url)
        self.format = format
        switch format {
        case .json: reader = try NativeJSONReader(contentsOf: url)
        case .jsonLines: reader = try JSONLinesReader(contentsOf: url)
        case .discourse: reader = try DiscourseReader(folder: url, options: discourse)
        }
    }

    /// The next record of the underlying reader.
    public mutating func next() throws -> ExportRecord? { try reader.next() }

    /// Where the record `next()` last returned starts.
    public var recordLocation: SourceLocation? { reader.recordLocation }
}

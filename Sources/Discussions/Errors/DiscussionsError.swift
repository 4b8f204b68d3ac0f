import Diagnostics

/// Everything that can go wrong while reading or writing a discussions export.
/// Every case about the input carries the 1-based line and column where the problem is.
public enum DiscussionsError: Error, Hashable, Sendable, DiagnosticConvertible {
    /// The file or folder could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The output file could not be created or written.
    case unwritable(path: String, reason: String)
    /// The input is not UTF-8 at `location`.
    case invalidUTF8(at: SourceLocation)
    /// The input is not valid JSON at `location`; `problem` says what was expected or found.
    case invalidJSON(problem: String, at: SourceLocation)
    /// Arrays and objects nest deeper than the importer accepts (`limit` levels).
    case nestingTooDeep(limit: Int, at: SourceLocation)
    /// A native export does not say which format it is (or says it too late to be checked first).
    case missingFormat(expected: String, at: SourceLocation)
    /// A native export declares another format than the one this importer reads.
    case unsupportedFormat(found: String, expected: String, at: SourceLocation)
    /// A JSON Lines export does not start with its `{"type": "export", …}` line.
    case missingHeader(at: SourceLocation)
    /// A JSON Lines export has a second `{"type": "export", …}` line.
    case duplicateHeader(at: SourceLocation)
    /// A JSON Lines record has a `type` that is none of `export`, `member`, `thread`, `post`.
    case unknownRecordType(String, at: SourceLocation)
    /// A record (a member, a thread, a post, a line) is not a JSON object.
    case recordNotAnObject(record: String, found: String, at: SourceLocation)
    /// A required field is absent from `record` (e.g. `post "p3" in thread "t1"`).
    case missingField(String, record: String, at: SourceLocation)
    /// A field holds another JSON type than the one expected.
    case wrongType(field: String, record: String, expected: String, found: String, at: SourceLocation)
    /// A date field is not ISO 8601 (`2026-11-17T08:12:00Z`, fractional seconds and offsets allowed).
    case invalidDate(String, field: String, record: String, at: SourceLocation)
    /// A post names a thread that the export does not contain.
    case unknownThread(String, post: String, at: SourceLocation)
    /// An error inside one file of a multi-file export (a Discourse folder).
    indirect case inFile(String, DiscussionsError)
    /// The writer cannot represent what it was given (records out of order, a non-native output format).
    case cannotWrite(String)

    /// The located message for this error; `file` names the input unless the error names its own file.
    public func diagnostic(file: String?) -> Diagnostic {
        switch self {
        case .unreadable(let path, let reason):
            return .error("cannot read '\(path)': \(reason)", file: file)
        case .unwritable(let path, let reason):
            return .error("cannot write '\(path)': \(reason)", file: file)
        case .invalidUTF8(let location):
            return .error("invalid UTF-8", file: file, at: location, hint: "save the export as UTF-8")
        case .invalidJSON(let problem, let location):
            return .error("invalid JSON: \(problem)", file: file, at: location)
        case .nestingTooDeep(let limit, let location):
            return .error("JSON nests deeper than \(limit) levels", file: file, at: location)
        case .missingFormat(let expected, let location):
            return .error(
                "missing \"format\": expected \"\(expected)\"", file: file, at: location,
                hint: "a native export starts with \"format\", \"network\" and \"exported_at\", before \"members\" "
                    + "and \"threads\"; large exports can use the JSON Lines variant (.jsonl), whose first line is "
                    + "{\"type\": \"export\", \"format\": \"\(expected)\", …}")
        case .unsupportedFormat(let found, let expected, let location):
            return .error(
                "unsupported format \"\(found)\": expected \"\(expected)\"", file: file, at: location,
                hint: "a JSON Lines variant (.jsonl) of \"\(expected)\" is also accepted, and a folder of "
                    + "Discourse topic files")
        case .missingHeader(let location):
            return .error(
                "the first line of a JSON Lines export must be its header", file: file, at: location,
                hint: "{\"type\": \"export\", \"format\": \"\(DiscussionExport.formatIdentifier)\", "
                    + "\"network\": …, \"exported_at\": …}")
        case .duplicateHeader(let location):
            return .error("a second export header; only the first line may have \"type\": \"export\"", file: file, at: location)
        case .unknownRecordType(let type, let location):
            return .error(
                "unknown record type \"\(type)\"", file: file, at: location,
                hint: "expected \"export\", \"member\", \"thread\" or \"post\"")
        case .recordNotAnObject(let record, let found, let location):
            return .error("\(record) must be an object, found \(found)", file: file, at: location)
        case .missingField(let field, let record, let location):
            return .error("missing field \"\(field)\" in \(record)", file: file, at: location)
        case .wrongType(let field, let record, let expected, let found, let location):
            return .error(
                "field \"\(field)\" of \(record) must be \(expected), found \(found)", file: file, at: location)
        case .invalidDate(let text, let field, let record, let location):
            return .error(
                "invalid date \"\(text)\" in field \"\(field)\" of \(record)", file: file, at: location,
                hint: "use ISO 8601, e.g. 2026-11-17T08:12:00Z or 2026-11-17T09:12:00.250+01:00")
        case .unknownThread(let thread, let post, let location):
            return .error("post \"\(post)\" belongs to unknown thread \"\(thread)\"", file: file, at: location)
        case .inFile(let path, let error):
            return error.diagnostic(file: path)
        case .cannotWrite(let problem):
            return .error("cannot write the export: \(problem)", file: file)
        }
    }
}

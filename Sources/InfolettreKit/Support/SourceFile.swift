import Diagnostics
import Foundation

/// Reading the user's text files: one place that turns unreadable files and invalid UTF-8 into located
/// diagnostics, so no stage ever sees undecodable input.
enum SourceFile {
    static func read(_ url: URL, displayPath: String) throws(DiagnosticsError) -> String {
        try decode(try readData(url, displayPath: displayPath), displayPath: displayPath)
    }

    /// The file's bytes, undecoded.
    static func readData(_ url: URL, displayPath: String) throws(DiagnosticsError) -> Data {
        try readData(atPath: url.path, displayPath: displayPath)
    }

    /// The bytes of the file at `path`, read with POSIX calls: `Data(contentsOf:)` cost several times more
    /// per file, which showed when loading thousands of articles.
    static func readData(atPath path: String, displayPath: String) throws(DiagnosticsError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw DiagnosticsError([.error(
                exists ? "cannot read the file" : "file not found", file: displayPath,
                hint: exists ? "check its permissions" : nil)])
        }
        defer { close(descriptor) }
        var status = stat()
        // Read into a buffer of the file's size (one read for a content file); a file growing meanwhile is
        // read to its end all the same.
        var data = Data(count: (fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0) + 1)
        var length = 0
        while true {
            if length == data.count { data.count += 1 << 16 }
            let count = data.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + length, $0.count - length) }
            if count == 0 {
                data.count = length
                return data
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw DiagnosticsError([.error("cannot read the file", file: displayPath, hint: "check its permissions")])
            }
            length += count
        }
    }

    /// Decodes UTF-8 strictly (a leading BOM is dropped); the first invalid byte is reported with its line
    /// and column.
    static func decode(_ data: Data, displayPath: String) throws(DiagnosticsError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let location = firstInvalidByteLocation(bytes)
        throw DiagnosticsError([.error(
            "the file is not valid UTF-8", file: displayPath, at: location,
            hint: "save it as UTF-8 in your editor (it may be Windows-1252 or Latin-1)")])
    }

    private static func firstInvalidByteLocation(_ bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length == 0 { break }
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return SourceLocation(line: line, column: column)
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let slice = Array(bytes[index..<index + length])
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (Unicode space separators included), like
    /// `trimmingCharacters(in: .whitespaces)` without going through Foundation.
    var trimmingSpaces: String {
        let isSpace: (Unicode.Scalar) -> Bool = {
            $0 == " " || $0 == "\t" || (!$0.isASCII && $0.properties.generalCategory == .spaceSeparator)
        }
        guard let first = unicodeScalars.firstIndex(where: { !isSpace($0) }),
              let last = unicodeScalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(Substring(unicodeScalars[first...last]))
    }
}

import Foundation
import Testing

/// Reads an `.eml` back with Python's `email` package (modern policy) and returns what it found as JSON.
enum PythonEmailParser {
    private static let script = """
        import email, email.policy, json, sys
        m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
        parts = list(m.iter_parts())
        print(json.dumps({
          "from_name": m["From"].addresses[0].display_name, "from_address": m["From"].addresses[0].addr_spec,
          "to": [a.addr_spec for a in m["To"].addresses], "to_names": [a.display_name for a in m["To"].addresses],
          "reply_to_name": m["Reply-To"].addresses[0].display_name if m["Reply-To"] else None,
          "subject": str(m["Subject"]), "date": m["Date"].datetime.isoformat(), "message_id": str(m["Message-ID"]),
          "list_unsubscribe": str(m["List-Unsubscribe"]), "list_unsubscribe_post": str(m["List-Unsubscribe-Post"]),
          "issue": str(m["X-Infolettre-Issue"]), "mime_version": str(m["MIME-Version"]),
          "content_type": m.get_content_type(), "defects": len(m.defects) + sum(len(p.defects) for p in parts),
          "part_types": [p.get_content_type() for p in parts], "charsets": [p.get_content_charset() for p in parts],
          "encodings": [p["Content-Transfer-Encoding"] for p in parts], "bodies": [p.get_content() for p in parts],
        }))
        """

    /// `nil` when `python3` is not installed (the caller then skips its checks).
    static func parse(_ eml: [UInt8]) throws -> [String: Any]? {
        guard let python = findPython() else { return nil }
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(eml))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private static func findPython() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

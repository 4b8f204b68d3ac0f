import Diagnostics
import Foundation
import Testing
@testable import InfolettreKit

@Suite struct SourceFileTests {
    @Test(arguments: ["", "  ", "\t tag \t", "exercice libéral", "\u{00A0}insécable\u{202F}", " a b ", "\n ligne \n", "x"])
    func trimmingSpacesMatchesFoundation(text: String) {
        #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func readsFilesOfAnySizeAndReportsMissingOnes() throws {
        let project = try TemporaryProject()
        let large = String(repeating: "Été 2026 : bilan. ", count: 20_000)
        try project.write("big.md", large)
        let path = project.root.appendingPathComponent("big.md").path
        #expect(try SourceFile.readData(atPath: path, displayPath: "big.md") == Data(large.utf8))
        #expect(throws: DiagnosticsError.self) {
            try SourceFile.readData(atPath: project.root.appendingPathComponent("absent.md").path, displayPath: "absent.md")
        }
    }
}

import Diagnostics
import Foundation
import Testing
@testable import InfolettreKit

/// The discussions stage inside a build: window, charter options from the config, safe rendering.
@Suite struct DiscussionsStageTests {
    /// An export with one thread in the week (2026-11-16 → 2026-11-23) and one before it.
    static func export(body: String) -> String {
        let members = (1...6).map { index in
            """
            {"id": "m\(index)", "name": "Prénom\(index) Nomdefamille\(index)", "username": "membre\(index)", "email": "m\(index)@exemple.fr", "profession": "Infirmière libérale", "region": "Bretagne", "city": "Rennes"}
            """
        }.joined(separator: ",\n")
        return """
        {"format": "infolettre-discussions/1", "network": "Réseau", "exported_at": "2026-11-22T23:00:00Z",
         "members": [\(members)],
         "threads": [
          {"id": "t1", "title": "Une question de la semaine", "category": "Exercice", "created_at": "2026-11-18T08:00:00Z", "views": 100,
           "posts": [{"id": "p1", "author": "m1", "created_at": "2026-11-18T08:00:00Z", "body": \(jsonString(body)), "likes": 3},
                     {"id": "p2", "author": "m2", "created_at": "2026-11-18T09:00:00Z", "body": "Merci pour ce partage, c'est très utile.", "likes": 1}]},
          {"id": "t2", "title": "Un ancien fil", "category": "Exercice", "created_at": "2026-11-01T08:00:00Z", "views": 900,
           "posts": [{"id": "p3", "author": "m3", "created_at": "2026-11-01T08:00:00Z", "body": "Hors de la semaine.", "likes": 50}]}
         ]}
        """
    }

    static func jsonString(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
    }

    private func buildEmail(_ project: TemporaryProject) throws -> String {
        _ = try Builder(options: BuildOptions(root: project.root, output: project.output),
                        console: RecordingConsole().console(.quiet)).build()
        return try project.read("output/email/2026-48/email.html")
    }

    @Test func onlyTheWeeksThreadsAreQuoted() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/discussions/2026-48.json", Self.export(body: "Comment organisez-vous vos tournées ?"))
        let email = try buildEmail(project)
        #expect(email.contains("Une question de la semaine"))
        #expect(!email.contains("Un ancien fil"))
        #expect(email.contains("Membre A"))
        #expect(email.contains("Infirmière libérale, Bretagne"))
        let report = try project.read("output/reports/2026-48/privacy.json")
        #expect(!report.contains("Nomdefamille"))
    }

    @Test func medicinesFromTheANSMDatabaseAreMasked() throws {
        let project = try TemporaryProject.minimal()
        try project.write("infolettre.yml", Samples.config + "charter: {bdpm: data/CIS_bdpm.txt}\n")
        let line = "60000001\tZORBIFLEX 500 mg, comprimé\tcomprimé\torale\tAutorisation active\tProcédure nationale\tCommercialisée\t01/01/2020\t\t\tLABO FICTIF\tNon\n"
        let url = project.root.appendingPathComponent("data/CIS_bdpm.txt")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try #require(line.data(using: .windowsCP1252)).write(to: url)
        try project.write("content/discussions/2026-48.json", Self.export(body: "Le Zorbiflex m'a aidée, et vous ?"))
        let email = try buildEmail(project)
        #expect(!email.lowercased().contains("zorbiflex"))
        #expect(email.contains("[médicament]"))
    }

    @Test func aMissingANSMDatabaseIsAnError() throws {
        let project = try TemporaryProject.minimal()
        try project.write("infolettre.yml", Samples.config + "charter: {bdpm: data/absent.txt}\n")
        try project.write("content/discussions/2026-48.json", Self.export(body: "Bonjour"))
        #expect(throws: DiagnosticsError.self) { try buildEmail(project) }
    }

    @Test func membersHTMLAndDangerousLinksNeverPass() throws {
        let project = try TemporaryProject.minimal()
        let body = "Voir <script>alert(1)</script> [ici](javascript:alert(1)) et [la HAS](https://www.has-sante.fr) ![x](https://pixel.example/t.gif)"
        try project.write("content/discussions/2026-48.json", Self.export(body: body))
        let email = try buildEmail(project)
        #expect(!email.contains("<script"))
        #expect(!email.contains("javascript:"))
        #expect(!email.contains("pixel.example"))
        #expect(email.contains("rel=\"nofollow noopener\" href=\"https://www.has-sante.fr\""))
    }
}

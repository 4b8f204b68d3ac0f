import Discussions
import Testing
@testable import Privacy

@Suite("Leak scanner")
struct LeakScannerTests {
    let scanner: LeakScanner = {
        var anonymizer = Anonymizer(members: Fixtures.members)
        _ = anonymizer.anonymize(thread: AnonymizerTests.thread("t1", posts: [
            ("m1", "Appelle Mme Durand au 06 12 34 56 78, ou nathalie.roux@exemple.fr. Hier Maïwenn Kerjean a appelé."),
        ]))
        return anonymizer.leakScanner()
    }()

    @Test("finds members' and removed values, reports category and line only", arguments: [
        ("<p>Claire Dubois</p>", PrivacyCategory.name),
        ("texte\nDUBOIS Claire", .name),
        ("merci @claire.d", .username),
        ("écrire à claire.dubois@example.fr", .email),
        ("rpps 10101234567", .professionalID),
        ("tél. 0612345678", .phone),
        ("tél. 06.12.34.56.78", .phone),
        ("Appelez Mme Durand", .name),
        ("mail nathalie.roux@exemple.fr", .email),
        ("vu Benali hier", .name),
        ("merci à Kerjean", .name),
        ("merci à Maïwenn Kerjean", .name),
    ])
    func hits(text: String, category: PrivacyCategory) throws {
        let hits = scanner.scan(text)
        let hit = try #require(hits.first)
        #expect(hit.category == category)
    }

    @Test("decodes HTML entities and quoted-printable before scanning")
    func decodedVariants() throws {
        let html = try #require(scanner.scan("<b>H&eacute;l&egrave;ne Petit</b>").first)
        #expect(html.variant == .htmlDecoded)
        let qp = try #require(scanner.scan("H=C3=A9l=C3=A8ne Pe=\ntit").first)
        #expect(qp.variant == .quotedPrintableDecoded)
        #expect(qp.line == 1)
    }

    @Test("ordinary words, first names alone and markers are no leak", arguments: [
        "Bonjour [nom], merci Claire et Hélène !",
        "un petit souci, Petit à petit, une rose",
        "Membre A (Infirmière, Bretagne) : [téléphone]",
        "la clinique Saint-Martin",
        "le numéro 06 00 00 00 00",
    ])
    func misses(text: String) {
        #expect(scanner.scan(text).isEmpty)
    }

    @Test("offsets and lines point at the value")
    func location() throws {
        let hit = try #require(scanner.scan("ligne 1\nligne 2 Dubois").first)
        #expect(hit.line == 2)
        #expect(hit.offset == 16)
    }
}

@Suite("Combined leak scanners")
struct CombinedLeakScannerTests {
    @Test("a combined scanner finds what each export's scanner finds")
    func combining() throws {
        let first = LeakScanner(members: [Member(id: "a", name: "Yvonne Kerbrat", username: "yvk", email: "yk@exemple.fr",
                                                 profession: "", region: "", city: "")])
        var anonymizer = Anonymizer(members: [])
        _ = anonymizer.anonymize(thread: AnonymizerTests.thread("t1", posts: [("m9", "Rappelle-moi au 06 98 76 54 32.")]))
        let combined = LeakScanner.combining([first, anonymizer.leakScanner()])
        #expect(combined.scan("Merci Yvonne Kerbrat").first?.category == .name)
        #expect(combined.scan("écrire à yk@exemple.fr").first?.category == .email)
        #expect(combined.scan("tél. 0698765432").first?.category == .phone)
        #expect(combined.scan("Un texte ordinaire.").isEmpty)
    }
}

import Testing
@testable import Privacy

@Suite struct ProfileURLRecognizerTests {
    let recognizer = ProfileURLRecognizer(memberProfilePrefixes: ["https://cercle.example/m/"])

    @Test(arguments: [
        "https://www.facebook.com/marie.dupont", "facebook.com/marie.dupont", "https://fb.com/profile.php?id=123",
        "https://www.linkedin.com/in/marie-dupont-123/", "linkedin.com/in/jdupont", "https://instagram.com/marie_d",
        "https://x.com/mdupont", "twitter.com/mdupont", "https://www.tiktok.com/@marie", "mastodon.social/@marie",
        "https://www.doctolib.fr/infirmier/rennes/marie-dupont", "https://cercle.example/m/marie",
        "http://cercle.example/m/42", "https://forum.example.org/u/marie", "https://site.fr/users/42/posts",
        "https://site.fr/members/marie-d", "https://site.fr/profil/marie", "www.site.fr/profile/marie?tab=1",
        "https://bsky.app/profile/marie.bsky.social", "https://youtube.com/@marie",
    ])
    func flagsProfileLinks(url: String) {
        #expect(recognizedSpans(recognizer, in: "Son profil : \(url).") == [url])
        #expect(recognizedSpans(recognizer, in: "[profil](\(url))") == [url])
        #expect(recognizedSpans(recognizer, in: "«\u{00A0}\(url)\u{00A0}» ou «\(url)»") == [url, url])
    }

    @Test(arguments: [
        "https://www.facebook.com/groups/infirmiers", "https://instagram.com/p/abc123", "https://x.com/search?q=x",
        "https://www.linkedin.com/company/chu-rennes", "https://www.doctolib.fr/infirmier/rennes",
        "https://www.has-sante.fr/jcms/c_1234/fr/recommandations", "https://cercle.example/m/", "et/ou",
        "le 23/11/2026", "https://site.fr/u/", "https://exemple.fr/profile", "1/2 comprimé",
    ])
    func ignoresOtherLinks(text: String) {
        #expect(recognizedSpans(recognizer, in: text).isEmpty)
    }
}

import Discussions
import Testing
@testable import Privacy

@Suite("Member names and first names")
struct NameRecognizerTests {
    @Test("full names in both orders, with initials, any case and accents", arguments: [
        ("J'ai parlé à Claire Dubois hier.", "J'ai parlé à [nom] hier."),
        ("DUBOIS Claire a répondu.", "[nom] a répondu."),
        ("Voir C. Dubois pour ça.", "Voir [nom] pour ça."),
        ("Merci à claire dubois", "Merci à [nom]"),
        ("Helene Petit et HÉLÈNE PETIT", "[nom] et [nom]"),
    ])
    func fullNames(input: String, expected: String) {
        #expect(Fixtures.anonymize(input) == expected)
    }

    @Test("a last name alone when capitalised; an ordinary-word last name only where it reads as a name")
    func lastNames() {
        #expect(Fixtures.anonymize("Demande à Dubois, elle sait.") == "Demande à [nom], elle sait.")
        #expect(Fixtures.anonymize("Hier Benali était de garde.") == "Hier [nom] était de garde.")
        #expect(Fixtures.anonymize("Petit à petit, ça avance.") == "Petit à petit, ça avance.")
        #expect(Fixtures.anonymize("le Petit Prince") == "le Petit Prince")
        #expect(Fixtures.anonymize("j'ai vu Petit ce matin") == "j'ai vu [nom] ce matin")
        #expect(Fixtures.anonymize("à la clinique Saint-Martin de Rennes") == "à la clinique Saint-Martin de Rennes")
        #expect(Fixtures.anonymize("le bois de Dubois") == "le bois de [nom]")
        let compound = [Member(id: "x", name: "Anne Dubreuil-Kerloc'h", username: "ak", email: "", profession: "", region: "", city: "")]
        #expect(Fixtures.anonymize("Demande à Kerloc'h ou à Dubreuil.", members: compound) == "Demande à [nom] ou à [nom].")
        #expect(Fixtures.anonymize("Anne DUBREUIL-KERLOC'H a écrit", members: compound) == "[nom] a écrit")
    }

    @Test("first names in greetings, whatever the case and accents", arguments: [
        ("Bonjour Claire, merci.", "Bonjour [nom], merci."),
        ("Merci Claire !", "Merci [nom] !"),
        ("Salut Helene", "Salut [nom]"),
        ("Coucou claire", "Coucou [nom]"),
        ("Bonjour Ségolène, tu vas bien ?", "Bonjour [nom], tu vas bien ?"),
        ("Merci beaucoup", "Merci beaucoup"),
        ("Bonjour à tous", "Bonjour à tous"),
    ])
    func greetings(input: String, expected: String) {
        #expect(Fixtures.anonymize(input) == expected)
    }

    @Test("a member's first name addressed to someone or mid-sentence, even when it is also a word or a place", arguments: [
        ("Tellement vrai, Marine. Je le note.", "Tellement vrai, [nom]. Je le note."),
        ("Tellement vrai Marine, je note.", "Tellement vrai [nom], je note."),
        ("Je suis d'accord avec Marine sur ce point.", "Je suis d'accord avec [nom] sur ce point."),
        ("Oui Marine.", "Oui [nom]."),
        ("hier Marine est venue", "hier [nom] est venue"),
        ("Bien vu, Rose ! On en reparle.", "Bien vu, [nom] ! On en reparle."),
        ("La marine nationale recrute.", "La marine nationale recrute."),
        ("Le Rose des sables est joli.", "Le Rose des sables est joli."),
        ("Je pars en stage à Marine demain.", "Je pars en stage à Marine demain."),
    ])
    func vocativesAndMembersFirstNames(input: String, expected: String) {
        let members = [
            Member(id: "a", name: "Marine Leroy", username: "marinel", email: "", profession: "", region: "", city: ""),
            Member(id: "b", name: "Rose Martin", username: "rosem", email: "", profession: "", region: "", city: ""),
        ]
        #expect(Fixtures.anonymize(input, members: members) == expected)
    }

    @Test("signatures at the end of a post", arguments: [
        ("Courage à toi.\nBises, Claire", "Courage à toi.\nBises, [nom]"),
        ("Voilà mon avis.\n— Claire", "Voilà mon avis.\n— [nom]"),
        ("Voilà mon avis.\nClaire (IDE à Rennes)", "Voilà mon avis.\n[nom] (IDE à Rennes)"),
        ("Voilà mon avis.\nCordialement,\nGwladys Le Quéré", "Voilà mon avis.\nCordialement,\n[nom]"),
        ("Bon courage", "Bon courage"),
        ("On en reparle.\nRose des sables", "On en reparle.\nRose des sables"),
    ])
    func signatures(input: String, expected: String) {
        #expect(Fixtures.anonymize(input) == expected)
    }

    @Test("non-members after a relational cue or capitalised", arguments: [
        ("ma collègue Nathalie est partie", "ma collègue [nom] est partie"),
        ("je suis venue avec Sophie", "je suis venue avec [nom]"),
        ("j'ai appelé Karim", "j'ai appelé [nom]"),
        ("Nathalie Bernard m'a dit non", "[nom] m'a dit non"),
        ("avec Pierre on a fini", "avec [nom] on a fini"),
        ("Mme Durand est sortie", "[nom] est sortie"),
        ("Jean-Pierre est passé", "[nom] est passé"),
    ])
    func thirdParties(input: String, expected: String) {
        #expect(Fixtures.anonymize(input) == expected)
    }

    @Test("ordinary words that are first names are kept", arguments: [
        "C'est la pierre angulaire du service.",
        "Un ciel clair ce matin.",
        "Rose des sables au dessert.",
        "On a planté un olivier.",
        "La Pierre angulaire, voilà.",
        "Je suis partie à Nancy.",
        "Une rose blanche.",
    ])
    func ordinaryWords(input: String) {
        #expect(Fixtures.anonymize(input) == input)
    }

    @Test("usernames, mentions and members' emails")
    func handles() {
        #expect(Fixtures.anonymize("Merci @claire.d et kbenali !") == "Merci [pseudo] et [pseudo] !")
        #expect(Fixtures.anonymize("Écris à @inconnu_42.") == "Écris à [pseudo].")
        #expect(Fixtures.anonymize("mail : claire.dubois@example.fr.") == "mail : [e-mail].")
        // `rose` is an ordinary word: only as a mention.
        #expect(Fixtures.anonymize("une rose et @rose") == "une rose et [pseudo]")
    }

    @Test("English markers")
    func english() {
        let options = AnonymizerOptions(language: .english)
        #expect(Fixtures.anonymize("Bonjour Claire", options: options) == "Bonjour [name]")
    }
}

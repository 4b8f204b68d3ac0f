import Testing
@testable import Privacy

@Suite struct ProbeTests {
    @Test func probe() {
        let samples = [
            "Signé : Bérangère, infirmière de nuit",
            "Bonne soirée,\nAnne-Laure B.",
            "Merci à tous !\nAude",
            "Appelle Karima au 0612345678 stp",
            "Le Pr Martin-Durand et le Docteur Lemoine ont validé.",
            "Salut, c'est Gaëlle de la réa. Ma collègue Soizic Le Bihan est d'accord.",
            "Les transmissions avec Pauline et Mathieu se passent bien.",
            "On est passés par Lyon, Grenoble et Annecy. Le Mont Blanc était magnifique.",
            "Jeudi Dernier, Bonjour Tristesse, La Belle au bois dormant.",
            "J'ai lu Victor Hugo et Marcel Pagnol cet été.",
            "C'est Madame Irma qui l'a dit, ha ha.",
            "Bravo Dr Benali, et merci Sylvie",
            "Coucou ! Je suis Océane, IDE en Ehpad à Dijon.",
            "Quelle belle journée, le soleil brille sur la mer.",
            "Nous avons suivi le protocole de la HAS et de l'OMS.",
            "Mon fils Lucas a la grippe, ma fille Inès aussi.",
            "Patient M. Dupont Jean, né en 1942, ch. 214.",
        ]
        let anonymizer = TextAnonymizer(lexicon: MemberLexicon(members: Fixtures.members), options: AnonymizerOptions())
        for sample in samples { print("IN : \(sample)\nOUT: \(anonymizer.anonymize(sample).text)\n") }
    }
}

import Testing
@testable import Privacy

/// Names and phrasings that no fixture member carries and that the rules were not written around:
/// the general case the held-out corpus exercises.
@Suite("Unseen names and ordinary prose")
struct UnseenTextTests {
    @Test("third parties' names in many phrasings are removed", arguments: [
        ("Hier Maïwenn Kerjean a fait un malaise.", "Hier [nom] a fait un malaise."),
        ("J'ai vu nathalie ce matin.", "J'ai vu [nom] ce matin."),
        ("Je m'appelle Sandrine Lefort, IDE à Lyon.", "Je m'appelle [nom], IDE à Lyon."),
        ("Ma cadre, Véronique, refuse.", "Ma cadre, [nom], refuse."),
        ("Merci à tous !\nAude", "Merci à tous !\n[nom]"),
        ("Bonne soirée,\nAnne-Laure B.", "Bonne soirée,\n[nom]."),
        ("Signé : Bérangère, infirmière de nuit", "Signé : [nom], infirmière de nuit"),
        ("Appelle Karima stp", "Appelle [nom] stp"),
        ("Ma collègue Soizic Le Bihan est d'accord.", "Ma collègue [nom] est d'accord."),
        ("C'est Madame Irma qui l'a dit.", "C'est [nom] qui l'a dit."),
        ("Je l'ai dit à Mme Roux.", "Je l'ai dit à [nom]."),
        ("Mon fils Lucas et ma fille Inès.", "Mon fils [nom] et ma fille [nom]."),
        ("Avec Marie et Benjamin on a fini tard.", "Avec [nom] et [nom] on a fini tard."),
    ])
    func removed(input: String, expected: String) {
        #expect(Fixtures.anonymize(input, options: AnonymizerOptions(recognizers: [])) == expected)
    }

    @Test("ordinary prose, places and institutions stay", arguments: [
        "Il se marie en juin, le manuel est clair, l'empire romain.",
        "On travaille avec le CHU de Nantes et l'ARS Bretagne.",
        "La maladie d'Alzheimer et le Covid long, ça fatigue.",
        "Nouvelle Aquitaine et Pays de la Loire recrutent des IDE.",
        "Le service de Médecine Interne recrute.",
        "On est passés par Lyon, Grenoble et Annecy.",
        "San Francisco envisage d'interdire les robots coursiers.",
        "Le service de pneumologie de l'hôpital Pasteur cherche une IDE de nuit.",
        "La Croix-Rouge recrute, les patients Alzheimer aussi, le Ségur a changé nos grilles.",
        "Quelle belle journée, le soleil brille sur la mer.",
        "Nous avons suivi le protocole de la HAS et de l'OMS.",
        "Je suis allée à Saint-Étienne en train.",
        "Le Petit Prince est mon livre préféré.",
    ])
    func kept(input: String) {
        #expect(Fixtures.anonymize(input, options: AnonymizerOptions(recognizers: [])) == input)
    }
}

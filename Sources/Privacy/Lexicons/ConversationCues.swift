/// The words around which a first name is almost surely a person's: greetings and thanks before it,
/// closing formulas before a signature, relational nouns and verbs (`ma collègue Nathalie`, `j'ai appelé
/// Karim`), and courtesy titles.
enum ConversationCues {
    /// Words right before a name in a greeting or thanks (`Bonjour Claire`, `Merci Claire !`).
    static let greetings: WordSet = WordList.foldedWordSet("""
        bonjour bonsoir salut coucou hello hey hi merci bravo félicitations chère cher chères chers dear thanks
        re bienvenue courage kiss bisous bises
        """)

    /// Closing formulas after which a short capitalised line or segment is a signature (`Bises, Claire`).
    static let closings: WordSet = WordList.foldedWordSet("""
        bises bisous biz bizz amitiés amicalement cordialement sincèrement courage merci bientôt journée soirée
        semaine weekend week end regards cheers salutations tchao ciao plus signé signée
        """)

    /// Nouns and verbs after which a capitalised word is a person (`ma collègue Nathalie`, `appelé Karim`).
    static let relationalNouns: WordSet = WordList.foldedWordSet("""
        collègue collègues amie ami copine copain cadre chef cheffe binôme tutrice tuteur stagiaire étudiante
        étudiant interne externe consœur confrère voisine voisin cousine cousin sœur frère fille fils mari
        femme épouse époux compagnon compagne maman papa tata tonton belle-sœur beau-frère remplaçante
        remplaçant titulaire aide-soignante aide-soignant infirmière infirmier puéricultrice ide ash
        appelé appelée appelle appelais téléphoné vu vue croisé croisée rencontré rencontrée demandé dit
        écrit prévenu prévenue remplacé remplacée
        """)

    /// Prepositions and conjunctions that make a capitalised ambiguous first name a person
    /// (`avec Pierre`, `à Rose`); unknown words after them are never taken for names (`avec Doctolib`).
    static let prepositions: WordSet = WordList.foldedWordSet("""
        avec à pour par chez selon et ou sans contre
        """)

    /// Courtesy and professional titles: the capitalised words after them are a name (`Mme Durand`).
    static let titles: WordSet = WordList.foldedWordSet("""
        madame monsieur mademoiselle mme mmes mlle m mr dr docteur docteure pr professeur professeure
        """)
}

/// Insults, slurs and defamatory accusations (French): one of them excludes the whole thread from the issue
/// (charter: no insults, no defamation). Matched as whole words or phrases, case- and accent-insensitively.
/// Words that are also ordinary or clinical (`idiot`, `débile`, `malade`) are left out on purpose.
enum InsultLexicon {
    /// Each entry with the reason the thread is excluded.
    static let entries: [(phrase: String, reason: CharterViolation)] =
        WordList.entries(insults).map { ($0, .insult) } + WordList.entries(accusations).map { ($0, .defamation) }

    private static let insults = """
        connard
        connards
        connasse
        connasses
        conne
        connes
        pauvre con
        espèce de con
        salaud
        salauds
        salopard
        salopards
        salope
        salopes
        enculé
        enculés
        enculée
        enfoiré
        enfoirés
        enfoirée
        pute
        putes
        fils de pute
        pétasse
        pouffiasse
        grognasse
        abruti
        abrutis
        abrutie
        crétin
        crétins
        crétine
        imbécile
        imbéciles
        ordure
        ordures
        raclure
        raclures
        tocard
        tocards
        tocarde
        bouffon
        bouffons
        bouffonne
        minable
        minables
        débile mental
        sous-merde
        merdeux
        merdeuse
        trou du cul
        ta gueule
        ferme ta gueule
        ferme-la
        va te faire foutre
        allez vous faire foutre
        nique ta mère
        batard
        bâtard
        bâtarde
        bâtards
        gogol
        mongol
        mongolien
        attardé mental
        attardée mentale
        bougnoule
        bicot
        négro
        négresse
        youpin
        youpine
        pédé
        pédés
        tapette
        gouine
        chinetoque
        niakoué
        bamboula
        sale arabe
        sale noir
        sale juif
        sale juive
        sale pédé
        sale race
        """

    private static let accusations = """
        escroc
        escrocs
        escroquerie
        voleur
        voleuse
        voleurs
        voleuses
        menteur
        menteuse
        menteurs
        fraudeur
        fraudeuse
        faussaire
        charlatan
        charlatans
        incompétent notoire
        incompétente notoire
        incompétents notoires
        dangereuse incompétente
        dangereux incompétent
        pervers narcissique
        harceleur
        harceleuse
        pédophile
        corrompu
        corrompue
        ripou
        alcoolique notoire
        maltraitante notoire
        maltraitant notoire
        assassin
        assassins
        boucher notoire
        """
}

/// Frequent French words, including the common nouns and adjectives that are also surnames (`Petit`, `Blanc`,
/// `Boulanger`, `Fontaine`). A member's last name that is one of these is removed only when it reads as a
/// name (see `NameRecognizer`); an unknown capitalised word that is one of these is never taken for a name;
/// the leak scanner never flags one of these alone.
enum FrenchCommonWords {
    static let all: WordSet = WordList.foldedWordSet(list)

    /// Words after which a capitalised common word is still an ordinary word (`le Petit`, `la Fontaine`).
    static let determiners: WordSet = WordList.foldedWordSet("""
        le la les l un une des du de d au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre
        vos leur leurs tout toute tous toutes quel quelle chaque plus tres si bien
        """)

    private static let list = """
        le la les un une des du de au aux et ou mais donc or ni car que qui quoi dont où ce cet cette ces
        mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles
        me te se moi toi lui eux y en ne pas plus moins très trop peu beaucoup bien mal mieux tout tous toute
        toutes rien personne aucun aucune chaque autre autres même mêmes tel telle quel quelle quels quelles
        avec sans pour par sur sous dans chez vers entre depuis pendant avant après contre selon malgré
        comme aussi ainsi alors encore déjà jamais toujours souvent parfois enfin puis ensuite ici là voici voilà
        oui non si merci bonjour bonsoir salut coucou hello bravo bises bisous amitiés cordialement courage
        madame monsieur mademoiselle mesdames messieurs docteur professeur maître mme mlle mr dr pr
        infirmière infirmier infirmières infirmiers ide ibode iade puéricultrice cadre aide soignante soignant
        médecin interne externe patient patiente patients famille service équipe hôpital clinique ehpad chu
        lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
        septembre octobre novembre décembre matin midi soir nuit jour jours semaine mois année an ans heure
        heures demain hier aujourd hui bon bonne bons bonnes grand grande petit petite gros grosse vieux vieille
        jeune nouveau nouvelle beau belle blanc blanche noir noire rouge vert verte bleu brun brune roux rousse
        gris blond doux fort forte long court haut bas premier première dernier dernière seul seule vrai
        fontaine boulanger meunier marchand berger mercier chevalier renard bonnet bouvier
        barbier charpentier rivière poirier carré
        boucher pasteur prince lion loup roi reine vigne pont moulin bois forêt
        chêne pierre rose clair claire olivier jardin champ mur porte roche rocher château chapelle église
        fleur fleurs ciel soleil lune terre mer montagne rivière lac île plage ville village rue place
        cousin voisin garçon fille enfant enfants homme femme père mère frère sœur fils ami amie amis collègue
        collègues chef cheffe tout le monde quelqu quelque quelques plusieurs certains certaines
        est sont suis es sommes êtes était étaient être avoir ai as a avons avez ont avait fait faire dit dire
        peut peux pouvoir veut veux vouloir doit dois devoir va vais aller vient venir sait sais savoir voir vu
        pense crois trouve sens prends donne mets reste passe arrive
        question réponse problème solution idée avis conseil conseils aide besoin travail poste garde
        formation stage diplôme concours salaire prime contrat planning horaires congés repos
        soin soins santé maladie douleur traitement ordonnance prescription pansement perfusion injection
        bloc urgence urgences réanimation pédiatrie gériatrie psychiatrie chirurgie maternité cardiologie
        france paris région national nationale ordre syndicat ars has cpam sécurité sociale mutuelle
        bien sûr tant mieux pire guerre paix loi droit droits justice liberté égalité fraternité
        grâce chance espoir joie amour bonheur santé vie mort
        pays basque côte azur haute hauts savoie loire val rhône garonne seine marne nord sud est ouest pôle
        emploi croix rouge assurance maladie conseil général départemental régional centre hospitalier
        universitaire groupe institut fondation maison ordre infirmiers université faculté école lycée
        collège agence régionale autorité ministère république saint sainte notre dame hôtel dieu
        covid alzheimer parkinson noël pâques toussaint san santa new los las mont port fort
        """
}

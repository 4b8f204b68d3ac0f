/// Common first names used in France (several hundred, all generations and origins), for people who are not
/// members: they are removed in greetings, signatures, after a relational cue, or when capitalised (see
/// `NameRecognizer`). Names that are also ordinary words or places are listed in `ambiguous` and need a cue.
enum FrenchFirstNames {
    static let all: WordSet = WordList.foldedWordSet(list).union(ambiguous)

    /// First names that are also common words or places (`Rose`, `Pierre`, `Olivier`, `Claire`, `Nancy`):
    /// removed only in a greeting, a signature or after a relational cue, never just for being capitalised.
    static let ambiguous: WordSet = WordList.foldedWordSet(ambiguousList)

    /// First names that are also places (`à Nancy`, `Florence`): removed only in a greeting, a signature or
    /// after a relational noun, never after a mere preposition.
    static let placeLike: WordSet = WordList.foldedWordSet("""
        Florence Nancy Lourdes Valence Orange Vienne Paris Lorraine Alexandrie Capri France Maurice Marine
        """)

    private static let ambiguousList = """
        Rose Pierre Olivier Olive Violette Blanche Claire Marguerite Constance Prudence Aurore France Ange
        Victoire Capucine Jasmin Iris Lys Fleur Céleste Clément Constant Félicité Modeste Désiré Aimé Prosper
        Jade Perle Ambre Mélodie Noël Marin Jean Auguste Sage Soleil Germain Florence Nancy Lourdes Valence
        Orange Vienne Marine Océane Colombe Martin Laurier Hermine Pâquerette Grâce Lorraine Alexandrie Sylvestre
        Lune Honoré Patience Chance Espérance Joie Paris Roman Maxime Charlotte Romane Avril Mars Octave Amine
        Marc Serge Maurice Oscar Ginger Capri Églantine Angélique Marina Loris Tanguy Mai
        """

    /// First names that are ordinary words only when written in lowercase (`il se marie`, `un manuel`,
    /// `l'empire romain`): removed when capitalised, never in lowercase outside a greeting or signature.
    static let lowercaseOrdinary: WordSet = WordList.foldedWordSet("""
        Marie Manuel Romain Benjamin Richard Amandine Madeleine Clémence Pascal Julien Robin Mégane Guy Line
        """)

    private static let list = """
        Nathalie Sophie Isabelle Sylvie Catherine Sandrine Valérie Christine Véronique Stéphanie Céline Françoise
        Martine Nicole Monique Brigitte Chantal Patricia Corinne Laurence Karine Virginie Émilie Élodie Julie
        Aurélie Caroline Audrey Mélanie Laetitia Sabrina Vanessa Jessica Amandine Pauline Marion Laura Camille
        Manon Chloé Emma Léa Inès Sarah Lucie Clara Anaïs Mathilde Justine Morgane Élise Alice Agathe Zoé Lina
        Jeanne Anna Mila Ambre Lola Lou Nina Rose Romane Juliette Léna Eva Margaux Charlotte Louna Léonie Adèle
        Ines Yasmine Yasmina Fatima Fatiha Khadija Aïcha Amina Nadia Samia Leila Leïla Malika Karima Naïma Rachida
        Farida Souad Nora Sonia Myriam Meriem Salima Djamila Hafida Zohra Sabrina Dounia Imane Sofia Soraya
        Hélène Anne Annie Agnès Danielle Denise Dominique Évelyne Florence Geneviève Ghislaine Huguette Jacqueline
        Josiane Josette Jocelyne Liliane Lucienne Madeleine Marcelle Micheline Mireille Odile Odette Paulette
        Pierrette Régine Renée Simone Suzanne Thérèse Yvette Yvonne Colette Arlette Bernadette Claudine Ginette
        Gisèle Henriette Jeannine Janine Marthe Raymonde Solange Andrée Paule Lucette Fabienne Fanny Gaëlle
        Magali Murielle Muriel Nadine Pascale Patricia Sandra Séverine Sophie Sylviane Valentine Delphine Estelle
        Hélène Ingrid Carole Christelle Clémence Coralie Cécile Élisabeth Elisabeth Emmanuelle Éléonore Gwendoline
        Gwenaëlle Héloïse Jennifer Johanna Laure Lydie Marina Maud Maude Mégane Noémie Océane Ophélie Priscilla
        Rachel Sabine Solène Tiphaine Vanina Wendy Yolande Alexandra Alexia Alicia Angélique Anouk Apolline
        Armelle Axelle Bérénice Blandine Capucine Cassandra Cindy Clarisse Claudia Coline Cynthia Diane Églantine
        Éloïse Elsa Emeline Eugénie Faustine Flavie Gabrielle Gaëlle Hortense Inès Jade Joséphine Juliane Katia
        Lætitia Lisa Louise Lucile Ludivine Lydia Maëlle Maëva Manuela Marianne Marie-Claire Marie-Hélène Maryse
        Maryline Mathilde Maylis Mélissa Nelly Noëlle Nolwenn Ornella Perrine Roxane Salomé Ségolène Sidonie
        Tatiana Tiffany Ursula Victoria Vinciane Zélie Albane Aline Amélie Anaëlle Anne-Sophie Annabelle Bénédicte
        Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Christian Daniel Bernard Éric Frédéric
        Laurent Stéphane David Olivier Pascal Thierry Sébastien Julien Jérôme François Didier Dominique Vincent
        Bruno Guillaume Gilles Franck Jacques Serge Fabrice Cédric Antoine Thomas Alexandre Romain Maxime Mathieu
        Matthieu Nicolas Benjamin Kevin Kévin Anthony Jonathan Florian Quentin Clément Lucas Hugo Louis Gabriel
        Arthur Jules Léo Raphaël Adam Paul Nathan Ethan Tom Noah Sacha Théo Maël Timéo Enzo Mathis Axel Baptiste
        Valentin Victor Martin Robin Rémi Damien Jérémy Jeremy Loïc Yannick Yann Ludovic Mickaël Michael Cyril
        Cyrille Arnaud Benoît Bertrand Charles Claude Denis Emmanuel Étienne Fabien Georges Gérard Grégory Henri
        Hervé Hubert Jean-Claude Jean-Marc Jean-Luc Jean-Pierre Jean-François Jean-Michel Jean-Paul Jean-Louis
        Jean-Marie Jean-Baptiste Joël Joseph Lionel Marc Marcel Mathias Maurice Olivier Pascal René Richard Roger
        Sylvain Thibault Thibaut Tristan Xavier Yves Yvon Albert André Armand Auguste Bastien Bertrand Camille
        Dimitri Edouard Édouard Émile Erwan Ewen Gaëtan Gaspard Gauthier Gautier Jordan Kylian Lenny Léon Lilian
        Loris Marius Maximilien Nolan Noé Pablo Samuel Simon Tanguy Timothée Titouan Tony Victor William Yanis
        Mohamed Mohammed Mehdi Karim Rachid Farid Nordine Nourdine Samir Sofiane Yacine Yassine Bilal Hamza
        Walid Amine Ayoub Ilyes Ismaël Ismail Khaled Malik Mourad Nabil Omar Rayan Redouane Riad Saïd Salim
        Sami Tarik Tarek Youssef Youcef Zakaria Abdel Abdelkader Ahmed Ali Hassan Hocine Kader Lyes Mustapha
        Ibrahim Moussa Mamadou Ousmane Abdoulaye Aminata Fatou Awa Mariama Aïssatou Kadiatou Binta Oumar
        Jean-Yves Jean-Philippe Jean-Christophe Jean-Jacques Loïs Loane Gwenaël Corentin Killian Kilian Alexis
        Adrien Aurélien Bryan Dylan Evan Gabin Hadrien Jason Joris Léandre Lorenzo Luca Lukas Mael Matéo Mateo
        Milo Nils Oscar Rafael Sasha Sven Théo Ugo Vadim Wassim Yoann Johann Johan Grégoire Guy Jacky Jocelyn
        Josselin Julian Laurian Marcelin Norbert Octave Pierre-Yves Raoul Régis Roland Rodolphe Stanislas Thierry
        Valère Vivien Wilfried Yoan Anatole Apolline Basile Célestin Clovis Côme Eliott Elliot Émilien Gustave
        Isaac Lazare Léopold Lucien Marceau Maxence Nathanaël Philémon Sixtine Solal Swann Thaïs Ysée Zacharie
        Zoé Zoë Ginger Kelly Océane Shirley Sharon Lindsay Mélina Jordane Ludmila Svetlana Olga Natacha Irina
        Tatiana Ana Maria Carmen Dolores Pilar Concepción Rosa Lucia Giulia Francesca Chiara Paola Nuno João
        Manuel José Antonio Carlos Luis Miguel Sergio Paulo Fernando Alvaro
        Bérangère Aude Anne-Laure Maïwenn Gwladys Soizic Enora Katell Youna Klervi Typhaine Servane Domitille
        Bertille Clotilde Ombeline Prisca Béatrice Edwige Frédérique Irène Marylène Nadège Pascaline Rolande
        Roseline Sylvaine Véra Viviane Yveline Brice Dorian Gildas Goulven Malo Mathéo Pierre-Louis Ronan
        Tugdual Yohann Alban Ambroise Amaury Arsène Aymeric Barthélemy Benoit Brieuc Calixte Constantin Cyprien
        Eloi Enguerrand Geoffroy Ghislain Gonzague Hippolyte Jérémie Josué Martial Médéric Nestor Pacôme
        Sosthène Tancrède Théophile Wandrille Abdelaziz Abdallah Adel Anis Aziz Badr Bilel Brahim Chérif Djamel
        Driss Fayçal Fouad Habib Hakim Hicham Idir Ilias Jamal Kamel Khalid Larbi Lotfi Mounir Nadir Nassim
        Rayane Réda Sabri Slimane Soufiane Toufik Yazid Younes Zinedine Amel Asma Assia Chaïma Fadila Hanane
        Houria Ikram Kenza Lamia Latifa Lila Linda Loubna Maryam Nawal Nesrine Ouarda Rania Safia Salma Samira
        Sana Selma Sihem Wafa Yamina Zineb Zoubida Aïssata Coumba Mariam Ramatoulaye Adama Boubacar Ibrahima
        Seydou Souleymane Modibo Catarina Joana Rita Sara Tiago Rui Jorge Pedro Diego Linh Minh Gaston Fernand
        Raymond Germaine Gilberte Albertine Léontine Augustine Eugène Firmin Honorine Léonce Maximin Philomène
        Théodore Victorine Lucas Gaby Gabi Nico Steph Seb Fred Manu Cathy Sandy Nath Val Véro Isa Babeth
        Marie-Christine Marie-Pierre Marie-Laure Marie-Anne Marie-Noëlle Anne-Marie Anne-Claire Jean-Noël
        """
}

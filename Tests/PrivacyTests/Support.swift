import Discussions
import Foundation
@testable import Privacy

/// Members and helpers shared by the suites.
enum Fixtures {
    static let members: [Member] = [
        Member(id: "m1", name: "Claire Dubois", username: "claire.d", email: "claire.dubois@example.fr",
               profession: "Infirmière", region: "Bretagne", city: "Rennes", rpps: "10101234567"),
        Member(id: "m2", name: "Hélène Petit", username: "helene_p", email: "h.petit@example.org",
               profession: "Infirmière", region: "Bretagne", city: "Brest"),
        Member(id: "m3", name: "Karim Benali", username: "kbenali", email: "karim@example.com",
               profession: "Aide-soignant", region: "Normandie", city: "Caen"),
        Member(id: "m4", name: "Rose Martin", username: "rose", email: "rose.martin@example.fr",
               profession: "Infirmière", region: "Occitanie", city: "Albi"),
    ]

    static func anonymize(_ text: String, members: [Member] = members, options: AnonymizerOptions = AnonymizerOptions()) -> String {
        TextAnonymizer(lexicon: MemberLexicon(members: members), options: options).anonymize(text).text
    }

    static func date(_ day: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(1_760_000_000 + day * 86_400)) }
}

import Foundation
import Testing
@testable import Discussions

@Suite struct ExcerptBuilderTests {
    private let start = Fixtures.date("2026-11-17T08:00:00Z")

    private func ranked(_ bodies: [(body: String, likes: Int)]) -> RankedThread {
        let thread = DiscussionThread(
            id: "t1", title: "Titre", category: "Soins", tags: ["nuit"], createdAt: start, url: "https://x.fr/t/1",
            posts: bodies.enumerated().map { index, entry in
                Post(id: "p\(index)", author: "m\(index)", createdAt: start.addingTimeInterval(Double(index) * 60),
                     body: entry.body, likes: entry.likes)
            })
        return RankedThread(thread: thread, score: 3.5, stats: ThreadStats(thread))
    }

    @Test func quotesTheOpeningAndTheMostLikedRepliesInThreadOrder() {
        let excerpt = ExcerptBuilder(budget: 120).excerpt(of: ranked([
            ("Question\n\nsur deux paragraphes ?", 1),
            ("Réponse peu aimée mais assez longue pour occuper de la place.", 1),
            ("Réponse la plus aimée.", 9),
            ("Deuxième plus aimée, écrite après.", 4),
            ("Aussi quatre j'aime, écrite plus tard.", 4),
        ]))
        // p3 and p4 tie on likes: the earlier p3 goes first, then too little room remains for p4.
        #expect(excerpt.posts.map(\.postID) == ["p0", "p2", "p3"])
        #expect(excerpt.posts[0].text == "Question sur deux paragraphes ?")
        #expect(excerpt.posts.map(\.text).joined().count <= 120)
        #expect(excerpt.threadID == "t1" && excerpt.title == "Titre" && excerpt.tags == ["nuit"] && excerpt.score == 3.5)
        #expect(excerpt.stats == ThreadStats(posts: 5, participants: 5, likes: 19, views: 0))
        #expect(excerpt.posts[1] == ExcerptPost(postID: "p2", authorID: "m2", createdAt: start.addingTimeInterval(120), text: "Réponse la plus aimée.", likes: 9))
    }

    @Test func cutsEachPostAtASentenceWithinTheBudget() {
        let opening = "Première phrase de l'ouverture. " + String(repeating: "Encore du texte. ", count: 30)
        let reply = "Une réponse précise. " + String(repeating: "Des détails ici. ", count: 30)
        let excerpt = ExcerptBuilder(budget: 200).excerpt(of: ranked([(opening, 0), (reply, 2)]))
        #expect(excerpt.posts.count == 2)
        #expect(excerpt.posts[0].text.count <= 100 && excerpt.posts[0].text.hasSuffix("texte."))
        #expect(excerpt.posts.map(\.text).joined().count <= 200)
        #expect(excerpt.posts[1].text.hasSuffix("ici."))
    }

    @Test func theOpeningTakesTheWholeBudgetWithoutReplies() {
        let opening = String(repeating: "Une phrase. ", count: 100)
        let excerpt = ExcerptBuilder().excerpt(of: ranked([(opening, 0)]))
        #expect(excerpt.posts[0].text.count > 500 && excerpt.posts[0].text.count <= 600)
    }

    @Test func skipsRepliesWhenTooLittleRoomRemains() {
        let opening = String(repeating: "Une phrase. ", count: 8)
        let excerpt = ExcerptBuilder(budget: 120, openingPostShare: 0.9, minimumReplyLength: 40)
            .excerpt(of: ranked([(opening, 0), ("Une réponse qui ne tiendra pas dans la place.", 5)]))
        #expect(excerpt.posts.map(\.postID) == ["p0"])
    }
}

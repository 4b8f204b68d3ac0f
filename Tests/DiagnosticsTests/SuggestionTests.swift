import Diagnostics
import Testing

@Suite struct SuggestionTests {
    @Test func closeWordsAreSuggested() {
        #expect(Suggestion.closest(to: "titel", among: ["title", "tags", "date"]) == "title")
        #expect(Suggestion.closest(to: "biuld", among: ["build", "check", "init"]) == "build")
        #expect(Suggestion.closest(to: "premier-artcle", among: ["premier-article", "autre"]) == "premier-article")
        #expect(Suggestion.closest(to: "summ", among: ["summary", "authors"]) == "summary")
    }

    @Test func farWordsAreNot() {
        #expect(Suggestion.closest(to: "couleur", among: ["title", "date"]) == nil)
        #expect(Suggestion.closest(to: "x", among: [String]()) == nil)
    }

    @Test func tiesGoToTheFirstInSortedOrder() {
        #expect(Suggestion.closest(to: "cat", among: Set(["car", "bat"])) == "bat")
    }
}

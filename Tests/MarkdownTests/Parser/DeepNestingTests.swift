import Foundation
import Testing
@testable import Markdown

/// Documents nested 50,000 deep keep their structure, as cmark's, and every pass over them (parsing, rendering,
/// walking, rewriting, comparing, freeing) runs on a thread with a 512 KiB stack: the size of a GCD worker
/// thread's, where the build renders. Any recursion that follows the nesting would overflow it.
@Suite("Deep nesting")
struct DeepNestingTests {
    static let depth = 50_000

    /// A deep document, with the HTML cmark gives (checked by hand, as `cmark` renders it) and our plain text.
    struct Case: Sendable {
        var markdown: String
        var html: String
        var text: String
        /// Blocks and inlines in the tree, counting containers and leaves.
        var blockCount: Int
        var inlineCount: Int
    }

    static let cases: [String: Case] = {
        let depth = Self.depth
        func repeated(_ string: String, _ count: Int) -> String { String(repeating: string, count: count) }
        let half = depth / 2
        return [
            "block quotes": Case(
                markdown: repeated(">", depth) + " x\n",
                html: repeated("<blockquote>\n", depth) + "<p>x</p>\n" + repeated("</blockquote>\n", depth),
                text: repeated("> ", depth) + "x\n", blockCount: depth + 1, inlineCount: 1),
            "list items": Case(
                markdown: repeated("- ", depth) + "x\n",
                html: repeated("<ul>\n<li>\n", depth - 1) + "<ul>\n<li>x</li>\n</ul>\n" + repeated("</li>\n</ul>\n", depth - 1),
                text: repeated("- ", depth) + "x\n", blockCount: depth + 1, inlineCount: 1),
            "quotes and ordered items": Case(
                markdown: repeated("> 1. ", half) + "x\n",
                html: repeated("<blockquote>\n<ol>\n<li>\n", half - 1) + "<blockquote>\n<ol>\n<li>x</li>\n</ol>\n</blockquote>\n"
                    + repeated("</li>\n</ol>\n</blockquote>\n", half - 1),
                text: repeated("> 1. ", half) + "x\n", blockCount: depth + 1, inlineCount: 1),
            "emphasis": Case(
                markdown: repeated("*", depth) + "x" + repeated("*", depth),
                html: "<p>" + repeated("<strong>", half) + "x" + repeated("</strong>", half) + "</p>\n",
                text: "x\n", blockCount: 1, inlineCount: half + 1),
            "images": Case(
                markdown: repeated("![", depth) + "x" + repeated("](b)", depth),
                html: "<p><img src=\"b\" alt=\"x\" /></p>\n",
                text: "x [1]\n\n[1] b\n", blockCount: 1, inlineCount: depth + 1),
            "links": Case(
                markdown: repeated("[", depth) + "x" + repeated("](b)", depth),
                html: "<p>" + repeated("[", depth - 1) + "<a href=\"b\">x</a>" + repeated("](b)", depth - 1) + "</p>\n",
                text: repeated("[", depth - 1) + "x\n[1]" + repeated("](b)", depth - 1) + "\n\n[1] b\n", blockCount: 1, inlineCount: 4),
            "brackets": Case(
                markdown: repeated("[", depth) + "x" + repeated("]", depth),
                html: "<p>" + repeated("[", depth) + "x" + repeated("]", depth) + "</p>\n",
                text: repeated("[", depth) + "x" + repeated("]", depth) + "\n", blockCount: 1, inlineCount: 1),
        ]
    }()

    /// What the passes over a deep document gave, checked on the test's own thread.
    struct Outcome: Sendable {
        var html = ""
        var text = ""
        var blockCount = 0
        var inlineCount = 0
        var plainText = ""
        var equalToReparse = false
        var differsOnceRewritten = false
        var rewrittenHTML = ""
        var subtreeKept = false
    }

    @Test("A 50,000-deep document keeps its structure on a small stack", arguments: cases.keys.sorted())
    func deepDocument(_ name: String) throws {
        let testCase = try #require(Self.cases[name])
        let outcome = Self.onSmallStack {
            var outcome = Outcome()
            let document = MarkdownParser.parse(testCase.markdown)
            outcome.html = HTMLRenderer().render(document)
            outcome.text = PlainTextRenderer().render(document)
            outcome.blockCount = document.allBlocks.count
            outcome.inlineCount = document.allInlines.count
            outcome.plainText = document.plainText
            // Two parses share no storage: the comparison walks both trees to the bottom.
            var reparsed: Document? = MarkdownParser.parse(testCase.markdown)
            outcome.equalToReparse = document == reparsed
            var rewritten = document
            rewritten.mapText { text, _ in text.replacingOccurrences(of: "x", with: "y") }
            outcome.differsOnceRewritten = rewritten != document
            outcome.rewrittenHTML = HTMLRenderer().render(rewritten)
            // A subtree that outlives its document is freed on its own.
            let subtree = reparsed?.children.first
            reparsed = nil
            outcome.subtreeKept = subtree?.range == document.children.first?.range
            return outcome
        }
        // Compared as Booleans: a failure would print strings of hundreds of kilobytes.
        let htmlMatches = outcome.html == testCase.html
        let textMatches = outcome.text == testCase.text
        let rewrittenHTML = testCase.html.replacingOccurrences(of: "x", with: "y")
        let rewrittenHTMLMatches = outcome.rewrittenHTML == rewrittenHTML
        #expect(htmlMatches, "\(outcome.html.prefix(200))")
        #expect(textMatches, "\(outcome.text.prefix(200))")
        #expect(rewrittenHTMLMatches, "\(outcome.rewrittenHTML.prefix(200))")
        #expect(outcome.blockCount == testCase.blockCount)
        #expect(outcome.inlineCount == testCase.inlineCount)
        #expect(outcome.plainText.contains("x"))
        #expect(outcome.subtreeKept)
        #expect(outcome.equalToReparse)
        #expect(outcome.differsOnceRewritten)
    }

    @Test("Pathological nesting stays linear: twice the depth takes about twice the time")
    func linearTime() {
        func seconds(_ depth: Int) -> Double {
            let markdown = String(repeating: "> ", count: depth) + String(repeating: "- ", count: depth)
                + String(repeating: "*", count: depth) + "x" + String(repeating: "*", count: depth)
            let start = ContinuousClock.now
            Self.onSmallStack {
                let document = MarkdownParser.parse(markdown)
                _ = HTMLRenderer().render(document)
                _ = PlainTextRenderer().render(document)
            }
            let duration = ContinuousClock.now - start
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        _ = seconds(1_000)
        let small = seconds(5_000)
        let large = seconds(20_000)
        // Linear: about 4×; quadratic: about 16×. The margin absorbs a busy machine.
        #expect(large < small * 10)
    }

    /// Runs `body` on a thread with a 512 KiB stack and returns its result.
    static func onSmallStack<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = body()
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        return box.result!
    }
}

/// The result of work done on another thread, handed over once a semaphore says it is written.
private final class ResultBox<Result>: @unchecked Sendable {
    var result: Result?
}

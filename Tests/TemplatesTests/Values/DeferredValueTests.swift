import Synchronization
import Templates
import Testing

@Suite struct DeferredValueTests {
    /// Counts how many times deferred values are made.
    private final class Counter: Sendable {
        private let count = Mutex(0)
        var value: Int { count.withLock { $0 } }
        func increment() { count.withLock { $0 += 1 } }
    }

    private func deferred(_ dependency: UInt64, _ value: TemplateValue, counter: Counter? = nil) -> TemplateValue {
        .deferred(DeferredValue(dependency: dependency) {
            counter?.increment()
            return value
        })
    }

    private func render(_ template: String, _ context: TemplateValue) throws -> (String, Set<UInt64>) {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["page": template]))
        var dependencies: Set<UInt64> = []
        let text = try engine.render("page", context, dependencies: &dependencies)
        return (text, dependencies)
    }

    @Test func aValueNeverReadIsNeverMadeNorReported() throws {
        let counter = Counter()
        let context: TemplateValue = ["title": "Escarres", "body": deferred(1, "<p>Long</p>", counter: counter)]
        let (text, dependencies) = try render("<h1>{{title}}</h1>", context)
        #expect(text == "<h1>Escarres</h1>")
        #expect(dependencies.isEmpty)
        #expect(counter.value == 0)
    }

    @Test func everyWayOfReadingAValueReportsItsDependency() throws {
        let context: TemplateValue = [
            "body": deferred(1, "<p>Texte</p>"),
            "issue": deferred(2, ["title": deferred(3, "N° 12")]),
            "threads": deferred(4, [deferred(5, "fil"), "autre"]),
            "shown": deferred(6, false),
            "partial": deferred(7, "footer"),
        ]
        let cases: [(String, String, Set<UInt64>)] = [
            ("{{{body}}}", "<p>Texte</p>", [1]),
            ("{{body}}", "&lt;p&gt;Texte&lt;/p&gt;", [1]),
            ("{{issue.title}}", "N° 12", [2, 3]),
            ("{{#issue}}{{title}}{{/issue}}", "N° 12", [2, 3]),
            ("{{#threads}}[{{.}}]{{/threads}}", "[fil][autre]", [4, 5]),
            ("{{^shown}}caché{{/shown}}", "caché", [6]),
            ("{{#shown}}vu{{/shown}}", "", [6]),
            ("{{>*partial}}", "", [7]),
        ]
        for (template, expected, dependencies) in cases {
            let engine = TemplateEngine(source: DictionaryTemplateSource(["page": template]), missingPartials: .empty)
            var read: Set<UInt64> = []
            #expect(try engine.render("page", context, dependencies: &read) == expected, "\(template)")
            #expect(read == dependencies, "\(template)")
        }
    }

    @Test func aDeferredRootIsMadeForTheLookups() throws {
        let (text, dependencies) = try render("{{title}}", deferred(9, ["title": "Racine"]))
        #expect(text == "Racine")
        #expect(dependencies == [9])
    }

    @Test func namesResolveInsideDeferredContextsOutwards() throws {
        let context: TemplateValue = ["site": "Lettre", "items": deferred(1, [["title": "A"], ["title": "B"]])]
        let (text, _) = try render("{{#items}}{{title}}/{{site}} {{/items}}", context)
        #expect(text == "A/Lettre B/Lettre ")
    }

    @Test func renderingWithoutTrackingShowsTheSameText() throws {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["page": "{{#a}}{{b}}{{/a}}"]))
        #expect(try engine.render("page", ["a": deferred(1, ["b": "x"])]) == "x")
    }

    @Test func valuesCompareByIdentity() {
        let value = DeferredValue(dependency: 1) { "x" }
        #expect(TemplateValue.deferred(value) == .deferred(value))
        #expect(TemplateValue.deferred(value) != .deferred(DeferredValue(dependency: 1) { "x" }))
        #expect(TemplateValue.deferred(value)["missing"] == nil)
        #expect(TemplateValue.deferred(DeferredValue(dependency: 1) { ["k": "v"] })["k"] == "v")
    }
}

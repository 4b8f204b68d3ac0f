import Templates
import Testing

/// The official Mustache spec, one parameterised test per file so that a failure names file and test.
/// Lambdas (`~lambdas.json`) are not supported: `TemplateValue` carries data only.
@Suite struct MustacheSpecTests {
    @Test(arguments: try MustacheSpecCase.load("comments.json"))
    func comments(_ spec: MustacheSpecCase) throws { try check(spec) }

    @Test(arguments: try MustacheSpecCase.load("delimiters.json"))
    func delimiters(_ spec: MustacheSpecCase) throws { try check(spec) }

    @Test(arguments: try MustacheSpecCase.load("interpolation.json"))
    func interpolation(_ spec: MustacheSpecCase) throws { try check(spec) }

    @Test(arguments: try MustacheSpecCase.load("inverted.json"))
    func inverted(_ spec: MustacheSpecCase) throws { try check(spec) }

    @Test(arguments: try MustacheSpecCase.load("partials.json"))
    func partials(_ spec: MustacheSpecCase) throws { try check(spec) }

    @Test(arguments: try MustacheSpecCase.load("sections.json"))
    func sections(_ spec: MustacheSpecCase) throws { try check(spec) }

    @Test(arguments: try MustacheSpecCase.load("~inheritance.json"))
    func inheritance(_ spec: MustacheSpecCase) throws { try check(spec) }

    @Test(arguments: try MustacheSpecCase.load("~dynamic-names.json"))
    func dynamicNames(_ spec: MustacheSpecCase) throws { try check(spec) }

    /// Guards against a loader silently finding fewer tests than the vendored files hold.
    @Test func loadsEveryTest() throws {
        let counts = try [
            "comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json",
            "sections.json", "~inheritance.json", "~dynamic-names.json",
        ].map { try MustacheSpecCase.load($0).count }
        #expect(counts == [12, 14, 42, 22, 12, 34, 27, 21])
    }

    private func check(_ spec: MustacheSpecCase) throws {
        #expect(try spec.render() == spec.expected, "\(spec.file): \(spec.name)")
    }
}

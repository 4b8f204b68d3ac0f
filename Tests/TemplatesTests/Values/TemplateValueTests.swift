import Foundation
import Templates
import Testing

@Suite struct TemplateValueTests {
    @Test func convertsJSONSerializationOutput() throws {
        let json = """
            {"flag": true, "off": false, "count": 3, "ratio": 1.5, "whole": 2.0, "name": "Zoé", "none": null,
             "list": [1, "a"]}
            """
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let value = TemplateValue(json: object)
        #expect(
            value
                == [
                    "flag": true, "off": false, "count": 3, "ratio": 1.5, "whole": 2.0, "name": "Zoé", "none": nil,
                    "list": [1, "a"],
                ])
    }

    @Test func emptyStringHidesASection() throws {
        let engine = TemplateEngine(source: DictionaryTemplateSource([:]))
        let template = "{{#summary}}<p>{{summary}}</p>{{/summary}}{{^summary}}-{{/summary}}"
        #expect(try engine.render(template: template, ["summary": ""]) == "-")
        #expect(try engine.render(template: template, ["summary": "Bref"]) == "<p>Bref</p>")
    }

    @Test func convertsEncodableModels() throws {
        struct Article: Encodable {
            var title: String
            var readingMinutes: Int
            var tags: [String]
            var draft: Bool
        }
        let value = try TemplateValue(encoding: [
            Article(title: "Soins", readingMinutes: 4, tags: ["paie"], draft: false)
        ])
        #expect(value == [["title": "Soins", "readingMinutes": 4, "tags": ["paie"], "draft": false]])
        #expect(try TemplateValue(encoding: "seul") == "seul")
    }

    @Test func unknownTypesBecomeNull() {
        #expect(TemplateValue(json: Date()) == .null)
    }

    @Test(
        arguments: [
            (TemplateValue.null, false), (.bool(false), false), (.array([]), false), (.string(""), false),
            (.bool(true), true), (.string(" "), true), (.int(0), true), (.double(0), true), (.object([:]), true),
            (.array(["x"]), true),
        ] as [(TemplateValue, Bool)])
    func truthiness(value: TemplateValue, isTruthy: Bool) {
        #expect(value.isTruthy == isTruthy)
    }

    @Test(
        arguments: [
            (TemplateValue.int(42), "42"), (.double(1.5), "1.5"), (.double(2.0), "2"), (.double(-0.25), "-0.25"),
            (.double(1e300), "1e+300"), (.bool(true), "true"), (.null, ""), (.array([1]), ""), (.string("é"), "é"),
        ] as [(TemplateValue, String)])
    func interpolation(value: TemplateValue, text: String) throws {
        let engine = TemplateEngine(source: DictionaryTemplateSource([:]))
        #expect(try engine.render(template: "{{v}}", ["v": value]) == text)
    }
}

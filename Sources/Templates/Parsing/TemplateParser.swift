/// Compiles template text into its node tree: scan, apply the standalone-line rules, build the tree.
enum TemplateParser {
    static func compile(_ text: String, path: String) throws -> CompiledTemplate {
        let source = SourceText(bytes: Array(text.utf8))
        let tokens = try Scanner(source: source, path: path).tokens()
        let layout = LineLayout(tokens: tokens, source: source)
        let nodes = try TreeBuilder(source: source, path: path, layout: layout).nodes()
        return CompiledTemplate(path: path, nodes: nodes, source: source.bytes)
    }
}

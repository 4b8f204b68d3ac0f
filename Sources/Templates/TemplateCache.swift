import Foundation

/// Compiled templates by name, shared by the threads rendering with one engine.
final class TemplateCache: @unchecked Sendable {
    // `@unchecked`: every access to `templates` holds `lock`.
    private let lock = NSLock()
    private var templates: [String: CompiledTemplate] = [:]

    func template(named name: String) -> CompiledTemplate? {
        lock.withLock { templates[name] }
    }

    func store(_ template: CompiledTemplate, named name: String) {
        lock.withLock { templates[name] = template }
    }
}

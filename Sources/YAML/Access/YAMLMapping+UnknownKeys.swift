import Diagnostics

extension YAMLMapping {
    /// The keys not in `allowed`, in source order, each with the closest allowed key when one is near
    /// (Damerau-Levenshtein distance at most 2, or a prefix of at least 3 characters): `titel` → `title`.
    public func unknownKeys(allowed: Set<String>) -> [(key: String, location: SourceLocation, suggestion: String?)] {
        let candidates = allowed
        return entries.filter { !allowed.contains($0.key) }.map { entry in
            (entry.key, entry.keyLocation, Suggestion.closest(to: entry.key, among: candidates))
        }
    }

    /// `unknownKeys(allowed:)` as warnings: "unknown key 'titel'", hint "did you mean 'title'?".
    public func unknownKeyWarnings(allowed: Set<String>, file: String?) -> [Diagnostic] {
        unknownKeys(allowed: allowed).map { unknown in
            .warning(
                "unknown key '\(unknown.key)'", file: file, at: unknown.location,
                hint: unknown.suggestion.map { "did you mean '\($0)'?" })
        }
    }
}

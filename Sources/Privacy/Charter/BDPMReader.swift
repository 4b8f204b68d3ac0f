import Diagnostics
import Foundation

/// Reads medicine names from the ANSM public database file `CIS_bdpm.txt` (tab-separated, Windows-1252;
/// column 2 is the denomination, e.g. `DOLIPRANE 1000 mg, comprimé`). The name kept is the leading words
/// before the first dosage, digit, comma or parenthesis, without the laboratory suffix of generics
/// (`AMLODIPINE ARROW 5 mg` → `AMLODIPINE`, `METFORMINE (CHLORHYDRATE DE) MYLAN` → `METFORMINE`). For a
/// multiword brand (`EFFERALGAN VITAMINE C`) the first word is kept too when it could be no ordinary word.
public enum BDPMReader {
    /// The distinct medicine names of the file at `url`, sorted.
    public static func medicineNames(contentsOf url: URL) throws(BDPMError) -> [String] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try medicineNames(in: data, path: url.path)
    }

    /// The distinct medicine names of a database file's bytes, sorted.
    public static func medicineNames(in data: Data, path: String = "CIS_bdpm.txt") throws(BDPMError) -> [String] {
        var names: Set<String> = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count >= 2 else {
                if line.allSatisfy({ $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: " ") }) { continue }
                throw .malformedLine(path: path, line: lineNumber)
            }
            names.formUnion(Self.names(fromDenomination: Windows1252.decode(fields[1])))
        }
        return names.sorted()
    }

    /// The names a denomination contributes (zero, one or two).
    static func names(fromDenomination denomination: String) -> [String] {
        var words: [String] = []
        for word in denomination.split(separator: " ") {
            let folded = TokenizedText.foldedWords(of: String(word))
            guard let first = word.first, first.isLetter, !word.contains(where: \.isNumber),
                !stopWords.contains(folded.joined(separator: " "))
            else { break }
            let isLast = word.hasSuffix(",")
            words.append(String(word.trimmingSuffix(",")))
            if isLast { break }
        }
        guard let first = words.first else { return [] }
        let phrase = words.joined(separator: " ")
        guard isUsable(phrase) else { return [] }
        var names = [phrase]
        if words.count > 1, isUsable(first), !genericWords.contains(TokenizedText.foldedWords(of: first).joined()) {
            names.append(first)
        }
        return names
    }

    /// A name long enough, holding no ordinary word (`EAU POUR PRÉPARATIONS INJECTABLES`) and not a
    /// generic word alone (`ALCOOL`).
    private static func isUsable(_ name: String) -> Bool {
        let folded = TokenizedText.foldedWords(of: name)
        guard folded.joined().count >= 4, !folded.contains(where: { FrenchCommonWords.all.contains($0) }) else { return false }
        return !(folded.count == 1 && genericWords.contains(folded[0]))
    }

    /// Words after which the denomination no longer names the product: laboratories of generics, forms.
    private static let stopWords: WordSet = WordList.foldedWordSet("""
        biogaran arrow mylan sandoz teva zentiva eg cristers accord viatris zydus ranbaxy almus qualimed
        ratiopharm sun pfizer krka aurobindo bgr alter ref rpg isomed sanofi substipharm evolugen hcs panpharma
        aguettant renaudin lavoisier medac fresenius kabi hospira baxter macopharma gnr winthrop upsa conseil
        enfants adultes nourrissons lp l.p. sans sucre ge gé
        """)

    /// Chemical and generic words that name no product on their own.
    private static let genericWords: WordSet = WordList.foldedWordSet("""
        acide chlorure sulfate vitamine sodium calcium potassium magnesium fer zinc eau huile alcool serum
        solution glucose sodique potassique phosphate carbonate bicarbonate citrate oxyde hydroxyde extrait
        teinture complexe association
        """)
}

/// Why `CIS_bdpm.txt` could not be read.
public enum BDPMError: Error, Hashable, Sendable, DiagnosticConvertible {
    case unreadable(path: String, reason: String)
    /// A non-empty line without the tab-separated denomination column.
    case malformedLine(path: String, line: Int)

    public func diagnostic(file: String?) -> Diagnostic {
        switch self {
        case .unreadable(let path, let reason):
            .error("cannot read the medicine database: \(reason)", file: path,
                   hint: "download CIS_bdpm.txt from the ANSM public database, or remove it from the configuration")
        case .malformedLine(let path, let line):
            .error("expected tab-separated fields with the denomination in column 2", file: path,
                   at: SourceLocation(line: line, column: 1), hint: "is this the CIS_bdpm.txt file, unmodified?")
        }
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self
    }
}

import Foundation
import Site
import Testing

@Suite struct SearchPartitionTests {
    @Test func partsHoldAboutAHundredDocumentsUpToSixteen() {
        #expect(SearchPartition(documentCount: 0).partCount == 1)
        #expect(SearchPartition(documentCount: 128).partCount == 1)
        #expect(SearchPartition(documentCount: 129).partCount == 2)
        #expect(SearchPartition(documentCount: 2_200).partCount == 16)
        #expect(SearchPartition(documentCount: 1_000_000).partCount == SearchPartition.maximumPartCount)
    }

    /// The part is a function of the path alone, pinned so that it never changes between builds or versions
    /// (a change would make every part again) and spreads paths evenly.
    @Test func aDocumentsPartDependsOnItsPathAlone() {
        let partition = SearchPartition(documentCount: 2_200)
        #expect(partition.part(ofDocumentAt: "/articles/escarres/") == partition.part(ofDocumentAt: "/articles/escarres/"))
        #expect(SearchPartition(documentCount: 2_000).part(ofDocumentAt: "") == Int(0xCBF2_9CE4_8422_2325 as UInt64 % 16))
        var counts = [Int](repeating: 0, count: partition.partCount)
        for number in 0..<3_200 { counts[partition.part(ofDocumentAt: "/articles/article-\(number)/")] += 1 }
        #expect(counts.allSatisfy { (150...250).contains($0) }, "\(counts)")
    }

    @Test func manifestListsThePartsRelativeToItWithTheirVersions() throws {
        let manifest = SearchPartition.manifest(partVersions: ["1f", "a0"])
        #expect(manifest == #"{"parts":["search-index/0.json?v=1f","search-index/1.json?v=a0"],"v":1}"#)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [String: Any])
        #expect((object["parts"] as? [String])?.count == 2)
        #expect(SearchPartition.partPath(1) == "/search-index/1.json")
        #expect(URL(string: "search-index/1.json?v=a0", relativeTo: URL(string: "https://a.example/lettre/search-index.json"))?
            .absoluteString == "https://a.example/lettre/search-index/1.json?v=a0")
    }
}

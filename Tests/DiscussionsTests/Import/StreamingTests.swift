import Foundation
import Testing
@testable import Discussions

/// A generated multi-megabyte export read as a stream: the reader holds one chunk of input and one record.
@Suite struct StreamingTests {
    private static let threadCount = 400
    private static let postsPerThread = 20

    /// Writes the export with the streaming writer, so the test itself never holds it whole.
    private func generate(format: ExportFormat, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent(format == .json ? "large.json" : "large.jsonl")
        var writer = try ExportWriter(format: format, to: file)
        try writer.write(.header(network: "Cercle", exportedAt: Date(timeIntervalSince1970: 1_794_903_120)))
        for index in 0..<50 {
            try writer.write(.member(Member(
                id: "m\(index)", name: "Membre \(index)", username: "u\(index)", email: "m\(index)@exemple.fr",
                profession: "Infirmière", region: "Bretagne", city: "Rennes")))
        }
        let paragraph = String(repeating: "Une phrase de transmission ciblée, avec des accents é à ç. ", count: 8)
        for thread in 0..<Self.threadCount {
            try writer.write(.thread(DiscussionThread(
                id: "t\(thread)", title: "Sujet \(thread)", category: "Soins",
                createdAt: Date(timeIntervalSince1970: 1_794_903_120 + Double(thread)))))
            for post in 0..<Self.postsPerThread {
                try writer.write(.post(threadID: "t\(thread)", Post(
                    id: "p\(thread)-\(post)", author: "m\(post % 50)",
                    createdAt: Date(timeIntervalSince1970: 1_794_903_120 + Double(thread * 100 + post)),
                    body: "\(post). \(paragraph)", likes: post)))
            }
        }
        try writer.finish()
        return file
    }

    @Test(arguments: [ExportFormat.jsonLines, .json])
    func readsMegabytesHoldingOneChunkAndOneRecord(format: ExportFormat) throws {
        let folder = try TemporaryFolder()
        let file = try generate(format: format, in: folder.url)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        #expect(size > 3_000_000)

        var reader = try ExportReader(contentsOf: file)
        #expect(reader.format == format)
        var counts = (members: 0, threads: 0, posts: 0, likes: 0)
        while let record = try reader.next() {
            switch record {
            case .header: break
            case .member: counts.members += 1
            case .thread: counts.threads += 1
            case .post(_, let post):
                counts.posts += 1
                counts.likes += post.likes
            }
        }
        #expect(counts.members == 50 && counts.threads == Self.threadCount)
        #expect(counts.posts == Self.threadCount * Self.postsPerThread)
        #expect(counts.likes == Self.threadCount * (0..<Self.postsPerThread).reduce(0, +))

        // By design the input buffer is one chunk, however large the file.
        let peak = try peakBufferedBytes(of: file, format: format)
        #expect(peak == ByteStream.defaultChunkSize)
        #expect(peak * 40 < size)
    }

    private func peakBufferedBytes(of file: URL, format: ExportFormat) throws -> Int {
        switch format {
        case .json:
            var reader = try NativeJSONReader(contentsOf: file)
            while try reader.next() != nil {}
            return reader.peakBufferedBytes
        default:
            var reader = try JSONLinesReader(contentsOf: file)
            while try reader.next() != nil {}
            return reader.peakBufferedBytes
        }
    }
}

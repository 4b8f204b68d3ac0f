import Foundation

extension SearchIndex {
    /// A snapshot decoded for `add(_:key:reusing:text:)`. Decoding is cheap, as it runs on every build: the term
    /// numbers stay packed integers, and each term's `String` is made once, then shared with the index.
    ///
    /// The format, version 1, integers little-endian or as LEB128 varints:
    /// - the magic bytes `ISNX`, a `UInt32` version, and a `UInt64` checksum of the bytes after it;
    /// - the number of terms, then each term's UTF-8 byte count and bytes, in increasing `String` order;
    /// - the number of documents and the number of all their term numbers, then each document's `UInt64` key, the
    ///   number of its terms, and their numbers in increasing order, each stored as its difference from the one
    ///   after the previous (from 0 for the first).
    public struct Snapshot: Sendable {
        /// Each term's text, by term number, in increasing order.
        let terms: [String]
        /// Each document's term numbers, one document after the other.
        let termNumbers: [UInt32]
        /// Where each document's numbers are in `termNumbers`, by key.
        let documents: [UInt64: Range<Int>]
        /// Tells this snapshot and its copies from others: an index keeps the numbers it gave to the terms of the
        /// snapshot it last reused.
        let identity = Identity()

        final class Identity: Sendable {}

        /// Decodes the bytes of `SearchIndex.snapshot()`; nil for damaged bytes or another format version.
        public init?(decoding data: Data) {
            guard let (terms, termNumbers, documents) = data.withUnsafeBytes(Self.decode) else { return nil }
            self.terms = terms
            self.termNumbers = termNumbers
            self.documents = documents
        }

        private static let magic = Array("ISNX".utf8)
        private static let version: UInt32 = 1
        /// Magic, version and checksum.
        private static let headerSize = 16

        private static func decode(_ bytes: UnsafeRawBufferPointer)
            -> (terms: [String], termNumbers: [UInt32], documents: [UInt64: Range<Int>])? {
            guard bytes.count >= headerSize, bytes.prefix(4).elementsEqual(magic),
                  UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) == version,
                  UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                      == checksum(UnsafeRawBufferPointer(rebasing: bytes[headerSize...]))
            else { return nil }
            var reader = Reader(bytes: bytes, offset: headerSize)
            guard let terms = decodeTerms(&reader),
                  let (termNumbers, documents) = decodeDocuments(&reader, termCount: terms.count),
                  reader.isAtEnd
            else { return nil }
            return (terms, termNumbers, documents)
        }

        /// The terms, each checked to be valid UTF-8 and to sort after the one before: an index that takes them
        /// over writes them in that order without sorting them again.
        private static func decodeTerms(_ reader: inout Reader) -> [String]? {
            guard let count = reader.count(ofItemsAtLeast: 2) else { return nil }
            var terms: [String] = []
            terms.reserveCapacity(count)
            for _ in 0..<count {
                guard let length = reader.varint(), length > 0, let bytes = reader.bytes(count: length) else { return nil }
                // Decoding repairs invalid UTF-8, so a damaged term comes out with other bytes. (`String(validating:)`
                // would say so directly, but looks up generic metadata for every term.)
                let term = String(decoding: bytes, as: UTF8.self)
                guard term.withUTF8Bytes({ $0.count == length && memcmp($0.baseAddress!, bytes.baseAddress!, length) == 0 }),
                      terms.last.map({ $0 < term }) ?? true
                else {
                    return nil
                }
                terms.append(term)
            }
            return terms
        }

        /// The documents' term numbers, each below `termCount`, and where each document's are, by key. Two documents
        /// with the same key have the same terms: either's serve.
        private static func decodeDocuments(_ reader: inout Reader, termCount: Int)
            -> (termNumbers: [UInt32], documents: [UInt64: Range<Int>])? {
            guard let count = reader.count(ofItemsAtLeast: 9), let total = reader.count(ofItemsAtLeast: 1) else { return nil }
            var documents: [UInt64: Range<Int>] = [:]
            documents.reserveCapacity(count)
            var isValid = true
            // Written in place: appending hundreds of thousands of numbers one by one costs more than reading them.
            let termNumbers = [UInt32](unsafeUninitializedCapacity: total) { termNumbers, decoded in
                for _ in 0..<count {
                    guard let key = reader.uint64(), let listed = reader.varint(), listed <= total - decoded else {
                        isValid = false
                        return
                    }
                    let start = decoded
                    var next = 0
                    for _ in 0..<listed {
                        guard let gap = reader.varint(), gap < termCount - next else {
                            isValid = false
                            return
                        }
                        termNumbers[decoded] = UInt32(next + gap)
                        decoded += 1
                        next += gap + 1
                    }
                    documents[key] = start..<decoded
                }
                isValid = decoded == total
            }
            return isValid ? (termNumbers, documents) : nil
        }

        /// A digest of the bytes after the header, so that damage is caught: a changed term number would pass every
        /// other check and index a document under another term. Each 8-byte word goes through a step that changes
        /// the result whenever the word changes; this guards against damage, not against forgery.
        private static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
            func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
                let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                return mixed << 29 | mixed >> 35
            }
            var hash = UInt64(bytes.count)
            var offset = 0
            while offset + 8 <= bytes.count {
                hash = mix(hash, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            let last = bytes[offset...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return mix(hash, last)
        }

        /// Reads the format's integers and bytes, nil past the end.
        private struct Reader {
            let bytes: UnsafeRawBufferPointer
            var offset: Int

            var remaining: Int { bytes.count - offset }
            var isAtEnd: Bool { offset == bytes.count }

            mutating func uint64() -> UInt64? {
                guard remaining >= 8 else { return nil }
                defer { offset += 8 }
                return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            }

            /// At most nine bytes: 63 bits, any `Int` the format holds. Inlined: a snapshot is mostly varints, most of
            /// them of one byte.
            @inline(__always) mutating func varint() -> Int? {
                if offset < bytes.count && bytes[offset] < 0x80 {
                    offset += 1
                    return Int(bytes[offset - 1])
                }
                var value = 0
                var shift = 0
                while offset < bytes.count && shift < 63 {
                    let byte = bytes[offset]
                    offset += 1
                    value |= Int(byte & 0x7F) << shift
                    if byte < 0x80 { return value }
                    shift += 7
                }
                return nil
            }

            /// A count of items taking at least `size` bytes each, nil when the rest could not hold them: a damaged
            /// count must not reserve memory for billions of items.
            mutating func count(ofItemsAtLeast size: Int) -> Int? {
                guard let count = varint(), count <= remaining / size else { return nil }
                return count
            }

            mutating func bytes(count: Int) -> UnsafeBufferPointer<UInt8>? {
                guard count <= remaining else { return nil }
                defer { offset += count }
                return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]).assumingMemoryBound(to: UInt8.self)
            }
        }

        /// Writes the format for `SearchIndex.snapshot()` into one buffer: a snapshot is hundreds of thousands of
        /// varints, and an array checks its uniqueness on every append.
        struct Writer: ~Copyable {
            private var start: UnsafeMutablePointer<UInt8>
            private var capacity: Int
            private var count = headerSize

            /// `capacity` is an estimate of the whole snapshot: the buffer doubles when it is short.
            init(capacity: Int) {
                self.capacity = Swift.max(capacity, 64)
                start = .allocate(capacity: self.capacity)
                // The checksum is filled in last.
                let header = magic + withUnsafeBytes(of: version.littleEndian, Array.init) + [UInt8](repeating: 0, count: 8)
                start.initialize(from: header, count: headerSize)
            }

            deinit { start.deallocate() }

            mutating func append(count: Int) { append(varint: count) }

            mutating func append(term: String) {
                term.withUTF8Bytes { bytes in
                    append(varint: bytes.count)
                    reserve(bytes.count)
                    (start + count).update(from: bytes.baseAddress!, count: bytes.count)
                    count += bytes.count
                }
            }

            /// A document's key and term numbers, in increasing order, after the count of documents and of all their
            /// term numbers.
            mutating func append(key: UInt64, termNumbers: ArraySlice<UInt32>) {
                reserve(8)
                UnsafeMutableRawPointer(start).storeBytes(of: key.littleEndian, toByteOffset: count, as: UInt64.self)
                count += 8
                append(varint: termNumbers.count)
                var next = 0
                for number in termNumbers {
                    append(varint: Int(number) - next)
                    next = Int(number) + 1
                }
            }

            /// The snapshot, its checksum filled in.
            consuming func data() -> Data {
                let checksum = Snapshot.checksum(UnsafeRawBufferPointer(start: start + headerSize, count: count - headerSize))
                UnsafeMutableRawPointer(start).storeBytes(of: checksum.littleEndian, toByteOffset: 8, as: UInt64.self)
                return Data(bytes: start, count: count)
            }

            private mutating func append(varint value: Int) {
                reserve(10)
                var value = UInt(value)
                while value >= 0x80 {
                    start[count] = UInt8(truncatingIfNeeded: value) | 0x80
                    count += 1
                    value >>= 7
                }
                start[count] = UInt8(value)
                count += 1
            }

            private mutating func reserve(_ extra: Int) {
                guard capacity - count < extra else { return }
                capacity = Swift.max(capacity * 2, count + extra)
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                larger.initialize(from: start, count: count)
                start.deallocate()
                start = larger
            }
        }
    }
}

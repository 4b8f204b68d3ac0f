/// Writes JSON in the layout of `JSONSerialization`'s `.prettyPrinted`: two-space indents, `"key" : value`, one
/// member or element per line, and empty containers as an opening line, a blank line and a closing line.
/// The caller writes an object's keys in the order it wants them (sorted, to match `.sortedKeys`).
struct PrettyJSONWriter: ~Copyable {
    /// The JSON so far; callers may add what follows the document, such as a final line break.
    var output: UTF8Buffer
    private var depth = 0
    private var isFirstInContainer = true

    init(capacity: Int) { output = UTF8Buffer(capacity: capacity) }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member: its value comes next.
    mutating func key(_ name: String) {
        startItem()
        output.append(jsonQuoting: name)
        output.append(utf8: " : ")
    }

    /// Starts an array element: its value comes next.
    mutating func element() { startItem() }

    mutating func string(_ text: String) { output.append(jsonQuoting: text) }

    /// A string value written by `body`, which must write nothing JSON would escape.
    mutating func string(unescaped body: (inout UTF8Buffer) -> Void) {
        output.append(UInt8(ascii: "\""))
        body(&output)
        output.append(UInt8(ascii: "\""))
    }

    private mutating func open(_ bracket: UInt8) {
        output.append(bracket)
        output.append(UInt8(ascii: "\n"))
        depth += 1
        isFirstInContainer = true
    }

    private mutating func close(_ bracket: UInt8) {
        output.append(UInt8(ascii: "\n"))
        depth -= 1
        indent()
        output.append(bracket)
        isFirstInContainer = false
    }

    private mutating func startItem() {
        if !isFirstInContainer { output.append(utf8: ",\n") }
        isFirstInContainer = false
        indent()
    }

    private mutating func indent() {
        for _ in 0..<2 * depth { output.append(UInt8(ascii: " ")) }
    }
}

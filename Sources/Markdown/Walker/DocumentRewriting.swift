/// What a rewritten destination belongs to.
public enum DestinationKind: Sendable, Equatable {
    /// A link's `href` (inline, reference or autolink).
    case link
    /// An image's `src`.
    case image
}

extension Document {
    /// Replaces every text node's string; `transform` receives the text and where it sits.
    public mutating func mapText(_ transform: (String, TextContext) -> String) {
        forEachLeaf { inlines, context in
            Inline.forEach(in: &inlines, context: context) { inline, context in
                if case .text(var text) = inline {
                    text.string = transform(text.string, context)
                    inline = .text(text)
                }
            }
        }
    }

    /// Gives each leaf block's text nodes (paragraph, heading, table cell) together, in order, so that a
    /// transformation can see across node boundaries (`*mot* :` is two text nodes around an emphasis).
    /// Change the segments' strings in place; their number and order must stay.
    public mutating func mapTextSequences(_ transform: (inout [TextSegment]) -> Void) {
        forEachLeaf { inlines, context in
            var segments = [TextSegment]()
            Inline.forEach(in: &inlines, context: context) { inline, context in
                if case .text(let text) = inline { segments.append(TextSegment(string: text.string, context: context)) }
            }
            guard !segments.isEmpty else { return }
            transform(&segments)
            var index = 0
            Inline.forEach(in: &inlines, context: context) { inline, _ in
                if case .text(var text) = inline, index < segments.count {
                    text.string = segments[index].string
                    inline = .text(text)
                    index += 1
                }
            }
        }
    }

    /// Replaces every link and image destination (to make URLs absolute, add UTM parameters…).
    public mutating func mapDestinations(_ transform: (String, DestinationKind) -> String) {
        forEachLeaf { inlines, context in
            Inline.forEach(in: &inlines, context: context) { inline, _ in
                switch inline {
                case .link(var link):
                    link.destination = transform(link.destination, .link)
                    inline = .link(link)
                case .image(var image):
                    image.source = transform(image.source, .image)
                    inline = .image(image)
                default:
                    break
                }
            }
        }
    }

    /// Every link and image destination, in order.
    public var destinations: [String] {
        allInlines.compactMap { inline in
            switch inline {
            case .link(let link): link.destination
            case .image(let image): image.source
            default: nil
            }
        }
    }
}

/// A bullet or ordered list.
public struct List: Sendable, Equatable {
    /// Whether a list is bulleted or numbered, with the marker details the source used.
    public enum Kind: Sendable, Equatable {
        /// A bullet list, with its marker byte (`-`, `+` or `*`).
        case bullet(marker: Character)
        /// An ordered list, with its first number and its delimiter (`.` or `)`).
        case ordered(start: Int, delimiter: Character)
    }

    /// Bullet or ordered.
    public var kind: Kind
    /// A tight list renders its items' paragraphs without `<p>` tags.
    public var isTight: Bool
    /// The items.
    public var items: [ListItem]
    /// Where the list was parsed from.
    public var range: SourceRange

    /// Creates a list.
    public init(kind: Kind, isTight: Bool, items: [ListItem], range: SourceRange) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
        self.range = range
    }
}

/// One item of a ``List``.
public struct ListItem: Sendable, Equatable {
    /// The state of a GFM task list item's checkbox (`- [ ]` / `- [x]`).
    public enum Checkbox: Sendable, Equatable {
        /// `[ ]`
        case unchecked
        /// `[x]` or `[X]`
        case checked
    }

    /// The item's blocks.
    public var children: [Block] {
        get { childList.elements }
        _modify { yield &childList.elements }
    }
    /// Boxed so that freeing a deep tree takes constant stack (see ``ChildStorage``).
    var childList: ChildList<Block>
    /// The checkbox of a task list item (extension), `nil` for ordinary items.
    public var checkbox: Checkbox?
    /// Where the item was parsed from.
    public var range: SourceRange

    /// Creates a list item.
    public init(children: [Block], checkbox: Checkbox? = nil, range: SourceRange) {
        childList = ChildList(children)
        self.checkbox = checkbox
        self.range = range
    }
}

/// What the network's charter removes or excludes, and the lexicons it uses beyond the bundled ones.
public struct CharterOptions: Hashable, Sendable {
    /// Replace medicine names by `[médicament]`.
    public var removesMedicines: Bool
    /// Medicine names added by the project's configuration (brands or INNs, multiword allowed).
    public var extraMedicines: [String]
    /// Exclude threads holding an insult, a slur or a defamatory accusation.
    public var excludesInsults: Bool
    /// Insults or accusations added by the project's configuration.
    public var extraInsults: [String]
    /// Replace advertising (promo codes, discounts, prices, shop links, sales pitches) by `[publicité]`.
    public var removesAdvertising: Bool

    public init(
        removesMedicines: Bool = true, extraMedicines: [String] = [], excludesInsults: Bool = true,
        extraInsults: [String] = [], removesAdvertising: Bool = true
    ) {
        self.removesMedicines = removesMedicines
        self.extraMedicines = extraMedicines
        self.excludesInsults = excludesInsults
        self.extraInsults = extraInsults
        self.removesAdvertising = removesAdvertising
    }
}

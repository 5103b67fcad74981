/// How the screen may be drawn: how wide it may be, which characters the terminal can show, and whether to colour.
public struct ScreenOptions: Equatable, Sendable {
    /// Columns available; the screen is laid out for at least `minimumWidth`.
    public var width: Int
    public var characters: CharacterSet
    public var colour: Bool

    /// Unicode block elements and box drawing, or plain ASCII for a terminal that cannot show them.
    public enum CharacterSet: Equatable, Sendable {
        case unicode
        case ascii
    }

    /// The narrowest screen the charts are laid out for; a narrower terminal wraps lines.
    public static let minimumWidth = 60

    public init(width: Int, characters: CharacterSet = .unicode, colour: Bool = false) {
        self.width = max(width, Self.minimumWidth)
        self.characters = characters
        self.colour = colour
    }
}

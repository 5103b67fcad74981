/// The characters the charts are drawn with, in Unicode or in ASCII.
struct Glyphs: Sendable {
    /// A bar's top cell filled by 0…8 eighths; ASCII has only empty and full.
    let eighths: [String]
    /// The fewest eighths a bar above zero is drawn with, so that it shows.
    let smallestBar: Int
    /// A heatmap cell: no answers, then shades 1…4.
    let shades: [String]
    let verticalAxis: String
    let corner: String
    let horizontalAxis: String
    /// Between the items of a line ("3 new · 2 learning").
    let separator: String
    let ellipsis: String

    static let unicode = Glyphs(
        eighths: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], smallestBar: 1, shades: ["·", "░", "▒", "▓", "█"],
        verticalAxis: "│", corner: "└", horizontalAxis: "─", separator: " · ", ellipsis: "…")

    static let ascii = Glyphs(
        eighths: [" "] + Array(repeating: " ", count: 3) + Array(repeating: "#", count: 5), smallestBar: 4,
        shades: [".", "-", "+", "*", "#"], verticalAxis: "|", corner: "+", horizontalAxis: "-", separator: ", ",
        ellipsis: "...")

    static func of(_ characters: ScreenOptions.CharacterSet) -> Glyphs {
        characters == .unicode ? unicode : ascii
    }
}

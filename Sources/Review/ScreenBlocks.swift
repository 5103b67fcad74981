import ConsoleText

/// A screen as blocks of lines, so that a screen too tall for the terminal can give up its least needed parts
/// (hints, spacing, the sentence's source) before anything is cut.
struct ScreenBlocks {
    /// Blocks with a higher priority number are dropped first; priority 0 is never dropped.
    struct Block {
        var lines: [StyledLine]
        var priority: Int
    }

    var top: [StyledLine] = []
    var middle: [Block] = []
    var bottom: [Block] = []

    mutating func add(_ lines: [StyledLine], priority: Int = 0) {
        if !lines.isEmpty { middle.append(Block(lines: lines, priority: priority)) }
    }

    mutating func addBottom(_ lines: [StyledLine], priority: Int = 0) {
        if !lines.isEmpty { bottom.append(Block(lines: lines, priority: priority)) }
    }

    /// The lines, at most `height` of them: optional blocks dropped, the highest priority number first and the
    /// last of equals first, then the middle cut with "…".
    func lines(height: Int) -> [StyledLine] {
        var middle = self.middle
        var bottom = self.bottom
        func count() -> Int { top.count + (middle + bottom).reduce(0) { $0 + $1.lines.count } }
        while count() > height {
            let candidates = (middle.map(\.priority) + bottom.map(\.priority)).filter { $0 > 0 }
            guard let worst = candidates.max() else { break }
            if let index = bottom.lastIndex(where: { $0.priority == worst }) {
                bottom.remove(at: index)
            } else if let index = middle.lastIndex(where: { $0.priority == worst }) {
                middle.remove(at: index)
            }
        }
        var body = middle.flatMap(\.lines)
        let tail = bottom.flatMap(\.lines)
        let room = height - top.count - tail.count
        if body.count > room {
            body = Array(body.prefix(max(0, room - 1))) + (room > 0 ? [StyledLine("…", .dim)] : [])
        }
        return Array((top + body + tail).prefix(max(height, 0)))
    }
}

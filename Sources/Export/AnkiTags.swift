import Foundation
import Store

/// A note's tags in Anki: the learner's own, then `tifa::KIND` (`tifa::formulation`) and one
/// `source::ARTICLE` (`source::people-daily-2018-06-11`) per article its sentences came from. Anki's `::` makes
/// them a tree in its browser. On import the two derived families are read back as the kind, or left out.
public enum AnkiTags {
    static let kindPrefix = "tifa::"
    static let sourcePrefix = "source::"

    public static func tags(for detail: NoteDetail) -> [String] {
        var tags = detail.note.tagList
        tags.append(kindPrefix + detail.note.kind.rawValue)
        for example in detail.examples {
            if let slug = sourceSlug(example), !tags.contains(sourcePrefix + slug) { tags.append(sourcePrefix + slug) }
        }
        return tags
    }

    /// The article as a tag word: its file's name without the extension, else its title and date;
    /// lowercased, with anything but letters, digits, `-`, `_` and `.` turned into `-`.
    static func sourceSlug(_ example: Example) -> String? {
        var name: String
        if let file = example.sourceFile, !file.isEmpty {
            name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        } else if let title = example.sourceTitle, !title.isEmpty {
            name = [title, example.sourceDate].compactMap { $0 }.joined(separator: "-")
        } else {
            return nil
        }
        name = String(name.lowercased().map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" })
        let slug = name.split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        return slug.isEmpty ? nil : slug
    }

    /// An imported note's tags split into the learner's own and the kind a `tifa::KIND` tag names.
    static func read(_ tags: [String]) -> (own: [String], kind: NoteKind?) {
        var own: [String] = []
        var kind: NoteKind?
        for tag in tags {
            if tag.lowercased().hasPrefix(kindPrefix) {
                kind = NoteKind(rawValue: String(tag.dropFirst(kindPrefix.count)).lowercased()) ?? kind
            } else if !tag.lowercased().hasPrefix(sourcePrefix) {
                own.append(tag)
            }
        }
        return (own, kind)
    }
}

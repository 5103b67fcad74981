import Foundation
import Lexicon
import Store

/// A note's tags in Anki: the learner's own, then `tifa::KIND` (`tifa::formulation`) and one
/// `source::ARTICLE` (`source::people-daily-2018-06-11`) per article its sentences came from. Anki's `::` makes
/// them a tree in its browser. Both families are derived from the note each time (`tifa extract` also stores
/// them with the note, and a kind may have been changed since), so a note's own `tifa::` and `source::` tags
/// give way to them; on import they are read back as the kind, or left out.
public enum AnkiTags {
    static let kindPrefix = "tifa::"
    static let sourcePrefix = "source::"

    public static func tags(for detail: NoteDetail) -> [String] {
        var tags = detail.note.tagList.filter { !isDerived($0) }
        tags.append(kindPrefix + detail.note.kind.rawValue)
        for example in detail.examples {
            if let slug = sourceSlug(example), !tags.contains(sourcePrefix + slug) { tags.append(sourcePrefix + slug) }
        }
        return tags
    }

    static func isDerived(_ tag: String) -> Bool {
        tag.lowercased().hasPrefix(kindPrefix) || tag.lowercased().hasPrefix(sourcePrefix)
    }

    /// The article as a tag word, as `tifa extract` writes it: its file's name without folders and extension
    /// (else its title and date), with spaces, `:` and `"` turned into `-`.
    static func sourceSlug(_ example: Example) -> String? {
        let name: String
        if let file = example.sourceFile, !file.isEmpty {
            name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        } else if let title = example.sourceTitle, !title.isEmpty {
            name = [title, example.sourceDate].compactMap { $0 }.joined(separator: "-")
        } else {
            return nil
        }
        let slug = String(name.map { $0.isWhitespace || $0 == ":" || $0 == "\"" ? "-" : $0 })
        return slug.isEmpty ? nil : slug
    }

    /// An imported note's tags split into the learner's own and the kind a `tifa::KIND` tag names.
    static func read(_ tags: [String]) -> (own: [String], kind: NoteKind?) {
        var own: [String] = []
        var kind: NoteKind?
        for tag in tags {
            if tag.lowercased().hasPrefix(kindPrefix) {
                // A tag that names no kind (tifa::mine) says nothing of it.
                if let named = NoteKind(rawValue: String(tag.dropFirst(kindPrefix.count)).lowercased()) { kind = named }
            } else if !isDerived(tag) {
                own.append(tag)
            }
        }
        return (own, kind)
    }
}

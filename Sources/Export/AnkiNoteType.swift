import Store

/// The note type "Tifa" a `.apkg` brings: the eight fields, one template per card type the deck studies, the style.
///
/// Its id derives from the card types alone, so every export of a deck with the same card types names the same
/// note type and Anki updates its notes; `revision` is its modification time, raised when the templates or the
/// style change, so that Anki takes the new ones.
struct AnkiNoteType: Equatable {
    /// Bump (to the day's Unix time) whenever `CardTemplate` or `CardStyle` changes.
    static let revision: Int64 = 1_764_374_400

    let id: Int64
    let name = "Tifa"
    let cardTypes: [CardType]

    /// The card types in template order: recognition, production, cloze, each only when the deck studies it.
    init(cardTypes: [CardType]) {
        self.cardTypes = CardType.allCases.filter(cardTypes.contains)
        id = AnkiIDs.stable("Tifa note type", self.cardTypes.map(\.rawValue).joined(separator: ","))
    }

    /// The template index Anki calls `ord` of a card type, or nil when the note type has no template for it.
    func ordinal(of type: CardType) -> Int? { cardTypes.firstIndex(of: type) }

    var templates: [CardTemplate] { cardTypes.map(CardTemplate.of) }

    /// The note type as Anki's collection schema 11 keeps it in `col.models`.
    func schema11(deckID: Int64) -> Schema11 {
        Schema11(
            id: id, name: name, type: 0, mod: Self.revision, usn: -1, sortf: 0, did: deckID,
            tmpls: templates.enumerated().map { ord, template in
                .init(
                    name: template.name, ord: ord, qfmt: template.front, afmt: template.back, bqfmt: "", bafmt: "",
                    did: nil)
            },
            flds: AnkiField.tifaNoteType.enumerated().map { ord, field in
                .init(name: field.rawValue, ord: ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [])
            },
            css: CardStyle.css,
            latexPre: "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
            latexPost: "\\end{document}", latexsvg: false,
            req: templates.enumerated().map { ord, template in
                // Every template's field is one of the note type's (CardTemplates): the list is never empty.
                .init(ord: ord, fields: AnkiField.tifaNoteType.firstIndex(of: template.requiredField).map { [$0] } ?? [])
            },
            tags: [], vers: [])
    }

    struct Schema11: Encodable, Equatable {
        var id: Int64
        var name: String
        var type: Int
        var mod: Int64
        var usn: Int
        var sortf: Int
        var did: Int64
        var tmpls: [Template]
        var flds: [Field]
        var css: String
        var latexPre: String
        var latexPost: String
        var latexsvg: Bool
        var req: [Requirement]
        var tags: [String]
        var vers: [String]

        struct Template: Encodable, Equatable {
            var name: String
            var ord: Int
            var qfmt: String
            var afmt: String
            var bqfmt: String
            var bafmt: String
            var did: Int64?
        }

        struct Field: Encodable, Equatable {
            var name: String
            var ord: Int
            var sticky: Bool
            var rtl: Bool
            var font: String
            var size: Int
            var media: [String]
        }

        /// `[ord, "all", [field ords]]`: the fields a template's front needs.
        struct Requirement: Encodable, Equatable {
            var ord: Int
            var fields: [Int]

            func encode(to encoder: any Encoder) throws {
                var container = encoder.unkeyedContainer()
                try container.encode(ord)
                try container.encode("all")
                try container.encode(fields)
            }
        }
    }
}

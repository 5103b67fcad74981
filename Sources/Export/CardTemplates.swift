import Store

/// The card templates of the note type "Tifa", one per card type. Each front is wrapped in a conditional on the
/// field it asks from (`{{#Meaning}}…{{/Meaning}}`), so that Anki makes a card only when the front has something
/// to show, exactly as the exporter decides which cards to write.
struct CardTemplate: Equatable {
    var name: String
    var front: String
    var back: String
    /// The field a card of this template needs to be worth asking.
    var requiredField: AnkiField

    static func of(_ type: CardType) -> CardTemplate {
        switch type {
        case .recognition: recognition
        case .production: production
        case .cloze: cloze
        }
    }

    /// 汉字 → meaning.
    static let recognition = CardTemplate(
        name: "Recognition",
        front: """
            {{#Hanzi}}
            <div class="tifa recognition">
            <div class="hanzi chinese">{{Hanzi}}</div>
            </div>
            {{/Hanzi}}
            """,
        back: """
            {{FrontSide}}
            <hr id=answer>
            \(answerDetails(showTerm: false))
            """,
        requiredField: .hanzi)

    /// Meaning → 汉字.
    static let production = CardTemplate(
        name: "Production",
        front: """
            {{#Meaning}}
            <div class="tifa production">
            <div class="meaning prompt">{{Meaning}}</div>
            {{#Kind}}<div class="kind">{{Kind}}</div>{{/Kind}}
            </div>
            {{/Meaning}}
            """,
        back: """
            {{FrontSide}}
            <hr id=answer>
            \(answerDetails(showTerm: true, showMeaning: false))
            """,
        requiredField: .meaning)

    /// The example sentences with the term blanked out (the style hides the `<b>` the exporter puts around it)
    /// and the meaning as the hint → 汉字.
    static let cloze = CardTemplate(
        name: "Cloze",
        front: """
            {{#Example}}
            <div class="tifa cloze">
            <div class="example chinese blanked">{{Example}}</div>
            {{#Meaning}}<div class="hint">{{Meaning}}</div>{{/Meaning}}
            </div>
            {{/Example}}
            """,
        back: """
            <div class="tifa cloze">
            <div class="example chinese">{{Example}}</div>
            </div>
            <hr id=answer>
            \(answerDetails(showTerm: true, showExample: false))
            """,
        requiredField: .example)

    /// What every answer shows, less what the question showed.
    private static func answerDetails(showTerm: Bool, showMeaning: Bool = true, showExample: Bool = true) -> String {
        var lines: [String] = []
        if showTerm { lines.append(#"<div class="hanzi chinese">{{Hanzi}}</div>"#) }
        lines.append(#"{{#Traditional}}<div class="traditional chinese">{{Traditional}}</div>{{/Traditional}}"#)
        lines.append(#"<div class="pinyin" data-tifa-pinyin>{{Pinyin}}</div>"#)
        if showMeaning { lines.append(#"<div class="meaning">{{Meaning}}</div>"#) }
        if showExample { lines.append(#"{{#Example}}<div class="example chinese">{{Example}}</div>{{/Example}}"#) }
        lines.append(#"{{#Source}}<div class="source">{{Source}}</div>{{/Source}}"#)
        lines.append(#"{{#Notes}}<div class="notes">{{Notes}}</div>{{/Notes}}"#)
        lines.append(CardStyle.toneScript)
        return lines.joined(separator: "\n")
    }
}

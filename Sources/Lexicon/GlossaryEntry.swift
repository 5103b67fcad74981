/// One row of Tifa's own glossary of political and diplomatic Chinese (`Dictionaries/glossary.tsv`):
/// `term  pinyin  english  domain  kind  note  full_form  band`, tab-separated.
public struct GlossaryEntry: Equatable, Sendable, Codable {
    public var term: String
    /// Numbered pinyin, one syllable per character, as CC-CEDICT writes it.
    public var pinyin: String
    /// The official rendering first, then alternatives (written `a | b` in the file).
    public var english: [String]
    public var domain: Domain
    /// One of `GlossaryEntry.kinds`: a glossary holds no names.
    public var kind: NoteKind
    public var note: String
    /// For an abbreviation (上合组织), its full form (上海合作组织).
    public var fullForm: String
    /// How central the term is to the register, as learner's dictionaries mark core words.
    public var band: Band

    /// Assigned per term by the glossary's writers from how often and how widely the register uses it, not
    /// from any one article: 1 core (国务委员, 一带一路), 2 common (营商环境), 3 specialised or transparent
    /// (专项整治, a phrase read from its everyday parts).
    /// The glossary renders the unit as a verb phrase ("to implement", "to advocate an equal and orderly
    /// multipolar world"): it acts on something rather than naming it.
    public var isRenderedAsVerb: Bool { english.first?.hasPrefix("to ") == true }

    public enum Band: Int, CaseIterable, Codable, Sendable {
        case core = 1
        case common, specialised
    }

    public enum Domain: String, CaseIterable, Codable, Sendable {
        case partyState = "party-state"
        case governance, economy, diplomacy, security
        case povertyRural = "poverty-rural"
        case ecology, law, military, society
        case hongKongMacaoTaiwan = "hk-macao-taiwan"
        case history
    }

    /// The kinds a glossary row may give, every kind but `name`, which the extractor gives the
    /// personal and place names it finds; in the order a row's error lists them.
    public static let kinds: [NoteKind] = [.formulation, .term, .organisation, .title, .saying, .idiom]

    public init(term: String, pinyin: String, english: [String], domain: Domain, kind: NoteKind, note: String, fullForm: String, band: Band = .common)
    {
        self.term = term
        self.pinyin = pinyin
        self.english = english
        self.domain = domain
        self.kind = kind
        self.note = note
        self.fullForm = fullForm
        self.band = band
    }

    public static let fieldCount = 8

    /// Parses one row; throws a message naming the problem (the caller adds file and line).
    public init(row: Substring) throws(GlossaryRowError) {
        let fields = TextTable.fields(row)
        guard fields.count == Self.fieldCount else { throw .fieldCount(fields.count) }
        term = String(fields[0])
        pinyin = String(fields[1])
        english = fields[2].split(separator: "|").map { String($0.trimmingWhitespace) }.filter { !$0.isEmpty }
        guard let domain = Domain(rawValue: String(fields[3])) else { throw .unknownDomain(String(fields[3])) }
        guard let kind = NoteKind(rawValue: String(fields[4])), Self.kinds.contains(kind) else {
            throw .unknownKind(String(fields[4]))
        }
        self.domain = domain
        self.kind = kind
        note = String(fields[5])
        fullForm = String(fields[6])
        guard let bandNumber = Int(fields[7]), let band = Band(rawValue: bandNumber) else { throw .unknownBand(String(fields[7])) }
        self.band = band
        guard !term.isEmpty, !pinyin.isEmpty, !english.isEmpty else { throw .emptyField }
    }

    /// The row as the file writes it.
    public var row: String {
        [term, pinyin, english.joined(separator: " | "), domain.rawValue, kind.rawValue, note, fullForm, String(band.rawValue)]
            .joined(separator: "\t")
    }
}

public enum GlossaryRowError: Error, Equatable, CustomStringConvertible {
    case fieldCount(Int)
    case unknownDomain(String)
    case unknownKind(String)
    case unknownBand(String)
    case emptyField

    public var description: String {
        switch self {
        case let .fieldCount(count): "\(count) fields, expected \(GlossaryEntry.fieldCount)"
        case let .unknownDomain(domain):
            "unknown domain '\(domain)' (one of \(GlossaryEntry.Domain.allCases.map(\.rawValue).joined(separator: ", ")))"
        case let .unknownKind(kind): "unknown kind '\(kind)' (one of \(GlossaryEntry.kinds.map(\.rawValue).joined(separator: ", ")))"
        case let .unknownBand(band): "unknown band '\(band)' (1 core, 2 common, 3 specialised)"
        case .emptyField: "term, pinyin and English must not be empty"
        }
    }
}

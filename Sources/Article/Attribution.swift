/// A credit line that is not part of the article's text: the dateline or byline that opens it
/// (新华社北京6月10日电（记者 …）, （本报记者 …）) or the source that closes it (（据新华社）).
public struct Attribution: Codable, Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// The encoding a file was read in.
public enum TextEncoding: String, Codable, Sendable, CaseIterable {
    case utf8
    case gb18030
    case utf16LittleEndian = "utf16le"
    case utf16BigEndian = "utf16be"
}

/// The encoding the user asks for: `auto` detects it; the others override detection.
public enum EncodingChoice: String, Codable, Sendable, CaseIterable {
    case auto
    case utf8
    /// GB18030, which includes GBK and GB2312.
    case gb18030
}

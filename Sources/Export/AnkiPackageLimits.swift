/// How much of a package Tifa unpacks before it refuses the file as damaged or hostile (a zip bomb). Sizes are
/// counted as the bytes come out, not taken from the zip's headers, so a member that lies about its size is
/// stopped at the limit.
public struct AnkiPackageLimits: Equatable, Sendable {
    /// The collection once unpacked (and decompressed from zstd): 1 GiB, some fifty times a collection with
    /// 20,000 cards and 200,000 reviews.
    public var collectionBytes: Int
    /// `meta` and the media map: 16 MiB.
    public var smallMemberBytes: Int
    /// Files in the zip (media included, which are counted and left alone): 1,000,000.
    public var members: Int

    public static let standard = AnkiPackageLimits(
        collectionBytes: 1 << 30, smallMemberBytes: 16 << 20,
        members: 1_000_000)

    public init(collectionBytes: Int, smallMemberBytes: Int, members: Int) {
        self.collectionBytes = collectionBytes
        self.smallMemberBytes = smallMemberBytes
        self.members = members
    }
}

import Store

extension TemporaryFolder {
    /// A store on a real database file in this folder (the real migrator, never a mock).
    public func openStore() throws -> DeckStore { try DeckStore(fileAt: databaseURL) }
}

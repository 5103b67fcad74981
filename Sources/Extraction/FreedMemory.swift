#if canImport(Glibc)
import Glibc
#endif

/// Memory the C library holds freed, given back to the system between stages. The second reading's batches
/// (sentences, their places, the strings of their terms) come and go among the candidates' table, which stays:
/// at its end glibc's heap held about 16 MB of free holes between the table's blocks, which `malloc_trim` hands
/// back page by page. Nothing on other systems (or where glibc has no `malloc_trim`).
enum FreedMemory {
    static func giveBack() {
        #if canImport(Glibc)
        // `malloc_trim` is not in Swift's view of glibc; RTLD_DEFAULT is the null handle.
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
        #endif
    }
}

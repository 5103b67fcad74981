#if canImport(Glibc)
import Glibc
#endif

/// How the C library's allocator is told to serve `tifa extract`, whose lists (tens of thousands of items, the
/// candidates' blocks, the batches of sentences) grow and go. glibc serves a large block from its heap once a
/// large block has been freed (its threshold for mapping blocks of their own rises to that size), and a freed
/// block in the heap stays a hole in the process's memory: a fixed threshold of 1 MB, above which a block is
/// mapped and given back when freed, took 3.5 MB off the peak of a 20 MB input and no time. Called before any
/// thread starts. Nothing on other systems (or where glibc has no `mallopt`).
enum MemoryAllocator {
    static func settleForExtraction() {
        #if canImport(Glibc)
        // `mallopt` is not in Swift's view of glibc; RTLD_DEFAULT is the null handle.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
        _ = mallopt(mmapThreshold, 1 << 20)
        #endif
    }
}

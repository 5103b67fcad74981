import Article
import Dispatch
import Foundation

/// Work handed from one thread to another, in order: one thread puts items in, another takes them out as they
/// were put. The putter waits while `limit` items wait to be taken (a reader ahead of the work holds a few batches,
/// not the text), the taker while none is there and the putter has not finished.
final class HandOff<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Taken items are let go at once (nil) and their places dropped now and then.
    private var items: [Item?] = []
    private var head = 0
    private var finished = false
    private let limit: Int

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    func put(_ item: Item) {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= limit { condition.wait() }
        items.append(item)
        condition.broadcast()
    }

    /// No more items will come: `take` returns nil once those put are taken.
    func finish() {
        condition.lock()
        defer { condition.unlock() }
        finished = true
        condition.broadcast()
    }

    /// The next item, or nil when the putter has finished and every item was taken.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count, !finished { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head].take()
        head += 1
        if head == items.count || head >= 64 {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }
}

/// A stage of a pipeline on a thread of its own: `join` waits for its work to end. The work is handed what it
/// needs through `HandOff`s, and what it leaves behind is read only after `join`.
final class StageThread: @unchecked Sendable {
    private let ended = DispatchSemaphore(value: 0)

    init(_ work: @escaping () -> Void) {
        let work = UncheckedWork(work)
        let ended = self.ended
        let thread = Thread {
            work.run()
            ended.signal()
        }
        // As much stack as the main thread: reading an article recurses no deeper there.
        thread.stackSize = 8 << 20
        thread.start()
    }

    func join() {
        ended.wait()
    }
}

/// Work run on another thread once, and only read from again after that thread is joined.
private final class UncheckedWork: @unchecked Sendable {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// Articles read ahead on a thread of their own: extraction's work on one batch of sentences goes on while the
/// next batch is read (reading, repairing and splitting a long text is a tenth of extracting it, and was done
/// while the other core waited).
final class ReadAhead<Source: ArticleSource, Item>: @unchecked Sendable {
    private let batches: HandOff<[Item]>
    private var thread: StageThread?
    private var failure: Source.ReadingError?

    /// Starts reading `source`, handing on what `items` makes of each article (given its file and whether it
    /// continues the article before), `batchSize` items at a time; at most two batches wait.
    init(_ source: Source, batchSize: Int, items: @escaping (Article, String, Bool) -> [Item]) {
        let batches = HandOff<[Item]>(limit: 2)
        self.batches = batches
        thread = StageThread { [unowned self] in
            var batch: [Item] = []
            batch.reserveCapacity(batchSize)
            do throws(Source.ReadingError) {
                try source.forEachArticle { article, file, continuesPrevious in
                    for item in items(article, file, continuesPrevious) {
                        batch.append(item)
                        if batch.count == batchSize {
                            batches.put(batch)
                            batch.removeAll(keepingCapacity: true)
                        }
                    }
                }
            } catch {
                failure = error
            }
            if !batch.isEmpty { batches.put(batch) }
            batches.finish()
        }
    }

    /// The next batch, in the text's order; nil once every one was taken.
    func next() -> [Item]? { batches.take() }

    /// Waits for the reading thread (after `next` has returned nil) and throws what reading threw.
    func finish() throws(Source.ReadingError) {
        thread?.join()
        thread = nil
        if let failure { throw failure }
    }
}

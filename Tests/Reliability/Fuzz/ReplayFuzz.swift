// libFuzzer target: the replay's JSON Lines reader and the scheduler behind it (compiled together with
// Sources/Scheduler by ../fuzz.sh). Every line either replays or fails with a ReplayError naming it.

@_cdecl("LLVMFuzzerTestOneInput")
public func replayFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for parameters in [SchedulerParameters.default, try! SchedulerParameters(isFuzzEnabled: false)] {
        var replay = Replay(scheduler: Scheduler(parameters: parameters))
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            do {
                _ = try replay.next(line)
            } catch {
                precondition(error.line == replay.lineNumber && !error.message.isEmpty, "an error without its line")
            }
        }
    }
    return 0
}

import Foundation

extension WholeProcessBenchmark {
    /// `tifa extract --top 0` of the same 20 MB input next to jieba's TF-IDF keywords of the same file (all of them, as
    /// `--top 0` lists all), one run each after a run for the peak: issue 17 asks for three times jieba's speed
    /// in at most 150 MB.
    static func extraction(_ tifa: URL, file: URL, environment: [String: String]) throws {
        // Wall time is what the target is about; CPU time (user + system) is printed too, since it moves far less
        // when other work shares the two cores.
        let (seconds, cpuSeconds, peak) = try measureWallAndCPU(tifa, ["extract", "--top", "0", file.path], environment: environment, runs: 1)
        print(
            "  tifa extract --top 0               \(String(format: "%.1f s", seconds)) (\(String(format: "%.1f s", cpuSeconds)) of CPU), \(megabytes(peak)) peak"
                + "   target: 3x jieba TF-IDF's speed, <= 150 MB")
        let baselines = PythonBaselines()
        guard baselines.available else {
            print("  (jieba TF-IDF skipped: \(PythonBaselines.setupHint))")
            return
        }
        let arguments = [baselines.script.path, "keywords", "jieba", file.path, "0"]
        let (jiebaSeconds, jiebaCPUSeconds, jiebaPeak) = try measureWallAndCPU(baselines.python, arguments, environment: environment, runs: 1)
        print(
            "  jieba TF-IDF (baselines.py keywords, all words)   \(String(format: "%.1f s", jiebaSeconds)) (\(String(format: "%.1f s", jiebaCPUSeconds)) of CPU), \(megabytes(jiebaPeak)) peak"
                + "   (Tifa at \(String(format: "%.2f", jiebaSeconds / seconds))x its speed)")
    }
}

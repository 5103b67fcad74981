"""The segmenters a user would otherwise pick, run on the same input as tifa-bench.

    python baselines.py segment TOOL FILE   # print each line's words separated by two spaces
    python baselines.py time TOOL FILE      # print the seconds one full segmentation of FILE takes (median of 5)
    python baselines.py keywords jieba FILE K   # jieba's TF-IDF keywords (jieba.analyse.extract_tags), best first

TOOL is jieba (0.42.1, default mode: jieba.cut with HMM) or rjieba (0.2.2, jieba-rs). Dictionary loading is
done before timing, as Tifa's figure excludes opening its index. Set up by Sources/tifa-bench/setup_baselines.sh.
"""
import statistics
import sys
import time


def cutter(tool):
    if tool == "jieba":
        import jieba
        jieba.setLogLevel(60)
        jieba.initialize()
        return lambda text: list(jieba.cut(text))
    if tool == "rjieba":
        import rjieba
        rjieba.cut("预热")
        return rjieba.cut
    raise SystemExit(f"unknown tool {tool}")


def main():
    mode, tool, path = sys.argv[1:4]
    cut = cutter(tool)
    text = open(path, encoding="utf-8").read()
    if mode == "keywords":
        import jieba.analyse
        for word in jieba.analyse.extract_tags(text, topK=int(sys.argv[4])):
            print(word)
        return
    if mode == "segment":
        out = []
        for line in text.replace("\r\n", "\n").split("\n"):
            out.append("  ".join(w for w in cut(line) if w.strip()))
        if out and out[-1] == "":
            out.pop()
        sys.stdout.write("\n".join(out) + "\n")
    else:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            cut(text)
            times.append(time.perf_counter() - start)
        print(statistics.median(times))


main()

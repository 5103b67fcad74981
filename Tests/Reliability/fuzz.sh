#!/usr/bin/env bash
# libFuzzer on the article reader, the segmenter and the replay's JSON reader, each for a fixed time.
#
#   bash Tests/Reliability/fuzz.sh [seconds per target, default 30]
#
# Each target is its library's sources compiled with one entry point (Tests/Reliability/Fuzz/*.swift) by
# `swiftc -sanitize=fuzzer,address`. Seeds: the articles of Decks/, ../shared/corpus when present, and every input
# kept in Tests/Reliability/crashes/<target>/. A crash (or an input slower than 10 s, or 2 GB of memory) is copied
# into Tests/Reliability/crashes/<target>/ to be committed as a regression fixture, and the script fails.
# Prints one line per target: "fuzz <target>: <runs> inputs in <s> s, <n> crashes".
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-30}"
build=.build/fuzz
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$build"

compile() {  # target, module, sources...
  local target="$1" module="$2"; shift 2
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name "$module" "$@" \
    -o "$build/$target" 2> "$work/$target.build.log" || { cat "$work/$target.build.log" >&2; exit 1; }
}
# A library and the TextFile target it reads files with, as one module: copies of their sources without that import.
with_text_file() {  # library
  local folder="$work/sources-$1"
  mkdir -p "$folder"
  for file in "Sources/$1"/*.swift Sources/TextFile/*.swift; do
    sed '/^import TextFile$/d' "$file" > "$folder/$(basename "$(dirname "$file")")-$(basename "$file")"
  done
  echo "$folder"
}
compile reader ArticleFuzz "$(with_text_file Article)"/*.swift Tests/Reliability/Fuzz/ReaderFuzz.swift
compile segmenter LexiconFuzz "$(with_text_file Lexicon)"/*.swift Tests/Reliability/Fuzz/SegmenterFuzz.swift
compile replay SchedulerFuzz Sources/Scheduler/*.swift Tests/Reliability/Fuzz/ReplayFuzz.swift

# Seeds.
for target in reader segmenter replay; do
  mkdir -p "$work/corpus-$target"
  find "Tests/Reliability/crashes/$target" -type f ! -name README.md -exec cp {} "$work/corpus-$target/" \; 2>/dev/null || true
done
for article in Decks/*/article.txt ../shared/corpus/*/*.txt ../shared/corpus/*/*.utf8; do
  [ -f "$article" ] || continue
  name="$(echo "$article" | tr '/.' '__')"
  head -c 6000 "$article" > "$work/corpus-reader/$name"
  head -c 6000 "$article" > "$work/corpus-segmenter/$name"
done
cat > "$work/corpus-replay/reviews.jsonl" <<'JSONL'
{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}
{"card": "a", "rating": 1, "time": "2025-01-02T08:00:00.5+08:00", "duration": 5300}
{"card": "同舟共济", "rating": 4, "time": "2025-03-01T00:00:00-0130", "extra": [1, {"x": null}]}
JSONL

# The segmenter opens the shipped lexicon from a cache of its own (built on its first run).
export TIFA_DICTIONARIES="$PWD/Dictionaries" TIFA_CACHE_DIR="$build/lexicon-cache"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"

failed=0
for target in reader segmenter replay; do
  log="$work/$target.log"
  status=0
  "$build/$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/$target-" "$work/corpus-$target" > "$log" 2>&1 || status=$?
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)"
  crashes=0
  for artifact in "$work/$target"-*; do
    [ -f "$artifact" ] || continue
    crashes=$((crashes + 1))
    kept="Tests/Reliability/crashes/$target/$(basename "$artifact" | sed "s/^$target-//")"
    cp "$artifact" "$kept"
    echo "fuzz $target: kept $kept" >&2
  done
  if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then crashes=1; tail -30 "$log" >&2; fi
  echo "fuzz $target: $runs inputs in $seconds s, $crashes crashes"
  [ "$crashes" -eq 0 ] || failed=1
done
exit "$failed"

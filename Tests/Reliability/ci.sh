#!/usr/bin/env bash
# Reliability checks for CI, about 6 minutes on the 2-core machine from a fresh clone:
#   1. libFuzzer on the reader, the segmenter and the replay's JSON reader (Tests/Reliability/fuzz.sh), 15 s each;
#   2. the unit tests of the reader, lexicon, scheduler and store (fuzz tests at three times their usual count) and
#      the end-to-end bad-input tests under AddressSanitizer, the built tifa binary included. (The bad-database,
#      concurrency and crash tests run in the ordinary `swift test`; under ASan they would double the time.)
# Leak reports are off: LeakSanitizer flags only allocations of the Swift runtime, Foundation and XCTest that are
# still reachable at exit; memory errors (overflows, use after free) fail the run.
#
#   bash Tests/Reliability/ci.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS

bash Tests/Reliability/fuzz.sh "${FUZZ_SECONDS:-15}"

export ASAN_OPTIONS=detect_leaks=0 TIFA_FUZZ_SCALE="${TIFA_FUZZ_SCALE:-3}"
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
export TIFA_CACHE_DIR="$cache"
swift test --sanitize=address --scratch-path .build/asan \
  --filter 'ArticleTests|LexiconTests|SchedulerTests|StoreTests|BadInputTests' 2>&1 \
  | tee /tmp/tifa-reliability-asan.log | grep -E '^(✔|✘) (Suite|Test run)|error:|ERROR: AddressSanitizer' || true
status=${PIPESTATUS[0]}
if grep -q 'ERROR: AddressSanitizer' /tmp/tifa-reliability-asan.log; then status=1; fi
echo "reliability: $((SECONDS - start)) s"
exit "$status"

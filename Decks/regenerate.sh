#!/usr/bin/env bash
# Regenerates every deck in Decks/ from the article next to it, with the tifa built from this checkout.
# Usage: bash Decks/regenerate.sh        (the test suite checks that this gives the committed files)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product tifa >/dev/null
tifa="$PWD/.build/release/tifa"
for folder in Decks/*/; do
  (cd "$folder" && "$tifa" extract --top 100 --format json article.txt > deck.json)
  echo "regenerated ${folder}deck.json"
done

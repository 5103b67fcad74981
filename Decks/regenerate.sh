#!/usr/bin/env bash
# Regenerates every deck in Decks/ from the article next to it, with the tifa built from this checkout:
#   deck.json  the extraction, as `tifa extract --top 100 --format json article.txt` prints it
#   deck.tsv   the same 100 notes as an Anki TSV (File › Import in Anki), via a scratch database
# Usage: bash Decks/regenerate.sh        (the test suite checks that this gives the committed files)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product tifa >/dev/null
tifa="$PWD/.build/release/tifa"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for folder in Decks/*/; do
  name="$(basename "$folder")"
  (
    cd "$folder"
    "$tifa" extract --top 100 --format json article.txt > deck.json
    TIFA_DB="$scratch/$name.sqlite" TIFA_NOW=2026-01-01T00:00:00Z "$tifa" extract --top 100 --deck "$name" article.txt > /dev/null
    TIFA_DB="$scratch/$name.sqlite" "$tifa" export --deck "$name" -o deck.tsv
  )
  echo "regenerated ${folder}deck.json and ${folder}deck.tsv"
done

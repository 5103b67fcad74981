#!/usr/bin/env python3
"""Remakes the Anki packages in Packages/ that ExportTests import, with the real `anki` library (26.9.3, as
Tests/AnkiCheck/run.sh installs it into .venv-anki) under libfaketime (apt-get install libfaketime zstd):

    .venv-anki/bin/python Tests/ExportTests/Fixtures/generate.py

- basic-fsrs.apkg, -legacy.apkg, -anki2.apkg: deck 政治::词汇, Basic and Basic (and reversed card) notes, FSRS on,
  14 simulated days of answers through col.sched.answer_card, one card relearning, one suspended, one buried;
  current format (anki21b, zstd), legacy (anki21) and the oldest (collection.anki2, no meta). basic-fsrs.json is
  Anki's own view of it (scheduling, revlog ids by note GUID and card ordinal).
- tifa-sm2.colpkg: a whole collection (export_collection_package), FSRS off, deck 外交 on Tifa's note type and on
  Basic, 10 days. tifa-sm2.json likewise.
- unknown-version.apkg (meta version 7), zstd-bomb.apkg (64 MiB of zeros in a few KiB of zstd), deflate-bomb.apkg
  (64 MiB of zeros deflated): refused; the tests use small limits so that they stay fast.
"""
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "AnkiCheck"))
import anki_builder as ab  # noqa: E402

OUT = os.path.join(HERE, "Packages")
WORK = os.environ.get("TIFA_FIXTURE_WORK") or tempfile.mkdtemp(prefix="tifa-fixtures-")
START = datetime(2026, 3, 2, 8, 0, 0)
os.environ["TIFA_FIXTURE_WORK"] = WORK
ab.under_faketime(os.path.join(WORK, "clock"), START)

from anki.collection import Collection  # noqa: E402


def fresh(name):
    folder = os.path.join(WORK, name)
    os.makedirs(folder, exist_ok=True)
    return Collection(os.path.join(folder, "collection.anki2"))


def write_json(name, data):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    clock = ab.Clock(os.path.join(WORK, "clock"))
    clock.set(START)

    col = fresh("basic")
    ab.set_fsrs(col, True)
    ab.add_notes(col, "政治::词汇", "Basic", ab.WORDS[:6])
    ab.add_notes(col, "政治::词汇", "Basic (and reversed card)", ab.WORDS[6:8], tags=("politics", "reversed"))
    ab.study(col, clock, days=14, seed=1, deck_name="政治::词汇")
    ab.suspend_and_bury(col)
    snap = ab.snapshot(col)
    snap["exported_at"] = clock.now.isoformat() + "Z"
    paths = ab.export_all(col, OUT, "basic-fsrs", "政治::词汇")
    ab.as_oldest_format(paths["legacy"], os.path.join(OUT, "basic-fsrs-anki2.apkg"))
    write_json("basic-fsrs.json", snap)
    col.close()

    clock.set(START)
    col = fresh("tifa")
    ab.set_fsrs(col, False)
    ab.add_notes(col, "外交", "Tifa", ab.WORDS[8:13])
    ab.add_notes(col, "外交", "Basic", ab.WORDS[13:16])
    ab.study(col, clock, days=10, seed=2, deck_name="外交")
    snap = ab.snapshot(col)
    snap["exported_at"] = clock.now.isoformat() + "Z"
    write_json("tifa-sm2.json", snap)
    col.export_collection_package(os.path.join(OUT, "tifa-sm2.colpkg"), include_media=True, legacy=False)

    with zipfile.ZipFile(os.path.join(OUT, "basic-fsrs.apkg")) as source:
        collection = source.read("collection.anki21b")
    with zipfile.ZipFile(os.path.join(OUT, "unknown-version.apkg"), "w") as target:
        target.writestr("meta", bytes([0x08, 0x07]))
        target.writestr("collection.anki21b", collection)
    zeros = os.path.join(WORK, "zeros")
    with open(zeros, "wb") as f:
        f.truncate(64 << 20)
    bomb = subprocess.run(["zstd", "-19", "-c", zeros], check=True, capture_output=True).stdout
    with zipfile.ZipFile(os.path.join(OUT, "zstd-bomb.apkg"), "w") as target:
        target.writestr("meta", bytes([0x08, 0x03]))
        target.writestr("collection.anki21b", bomb)
    with zipfile.ZipFile(os.path.join(OUT, "deflate-bomb.apkg"), "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("meta", bytes([0x08, 0x02]))
        with open(zeros, "rb") as f:
            target.writestr("collection.anki21", f.read())
    print("wrote", sorted(os.listdir(OUT)))


main()

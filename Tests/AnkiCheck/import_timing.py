#!/usr/bin/env python3
"""How long `tifa import` takes for a large Anki package: 20,000 cards with 200,000 reviews (target: 5 s).

    .venv-anki/bin/python Tests/AnkiCheck/import_timing.py --tifa .build/release/tifa [--cards 20000 --reviews 10]

By default the package is the legacy export of a small collection Anki made (a fixture) with its notes, cards and
revlog replaced by SQL: each card a review card with REVIEWS answers a few days apart, an FSRS memory state in
`data` for half of the cards so that the other half is replayed from the log. With --with-anki the collection is
made through the pinned `anki` library and exported with `export_anki_package` in the current (zstd) format, which
takes minutes on a busy machine. Prints the package's size and the wall time
of `tifa import` into an empty database, best of three, and of the second (no-change) import.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import tempfile
import time


def build(path, cards, reviews):
    from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions
    from anki.notes import Note
    work = os.path.dirname(path)
    col = Collection(os.path.join(work, "big", "collection.anki2"))
    deck_id = col.decks.id("大词库")
    model = col.models.by_name("Basic")
    rng = random.Random(5)
    requests = []
    from anki.collection import AddNoteRequest
    for i in range(cards):
        note = Note(col, model)
        note["Front"] = f"词{i:05d}"
        note["Back"] = f"cí {i} <br>word number {i}"
        requests.append(AddNoteRequest(note=note, deck_id=deck_id))
    col.add_notes(requests)
    now_ms = int(time.time() * 1000)
    today = col.sched.today
    card_ids = col.db.list("select id from cards order by id")
    rows = []
    updates = []
    taken = set()
    for n, cid in enumerate(card_ids):
        t = now_ms - reviews * 4 * 86_400_000 - rng.randint(0, 86_400_000)
        ivl = 0
        for k in range(reviews):
            ease = 1 if rng.random() < 0.1 else 3
            last, ivl = ivl, (1 if ease == 1 else max(1, ivl * 2 + 1))
            while t in taken:  # a revlog id is unique
                t += 1
            taken.add(t)
            rows.append((t, cid, -1, ease, ivl, last, 2500, rng.randint(2000, 9000), 0 if k == 0 else 1))
            last_review = t
            t += rng.randint(1, 7) * 86_400_000
        data = json.dumps({"s": round(ivl * 1.1, 4), "d": 5.0, "lrt": last_review // 1000}) if n % 2 == 0 else "{}"
        updates.append((min(ivl, 365), today + rng.randint(0, 30), reviews, data, cid))
    col.db.executemany("update cards set type=2, queue=2, ivl=?, due=?, factor=2500, reps=?, data=? where id=?",
                       updates)
    col.db.executemany("insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
                       "values (?,?,?,?,?,?,?,?,?)", rows)
    col.save() if hasattr(col, "save") else None
    col.export_anki_package(out_path=path, options=ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True, with_media=False, legacy=False), limit=DeckIdLimit(deck_id))
    col.close()


def build_from_template(path, cards, reviews):
    """The same collection without Anki's Python layer, which takes minutes for 20,000 notes on a busy machine:
    the schema-11 collection of a small package Anki exported (Tests/ExportTests/Fixtures/Packages), its notes,
    cards and revlog replaced with SQL, zipped as Anki's legacy export is (meta version 2, collection.anki21)."""
    import sqlite3
    import zipfile
    here = os.path.dirname(os.path.abspath(__file__))
    template = os.path.join(here, "..", "ExportTests", "Fixtures", "Packages", "basic-fsrs-legacy.apkg")
    work = os.path.dirname(path)
    db_path = os.path.join(work, "collection.anki21")
    with zipfile.ZipFile(template) as z, open(db_path, "wb") as f:
        f.write(z.read("collection.anki21"))
    db = sqlite3.connect(db_path)
    mid, did = db.execute("select n.mid, c.did from notes n join cards c on c.nid = n.id limit 1").fetchone()
    crt = db.execute("select crt from col").fetchone()[0]
    db.execute("delete from notes")
    db.execute("delete from cards")
    db.execute("delete from revlog")
    rng = random.Random(5)
    now_ms = int(time.time() * 1000)
    today = (now_ms // 1000 - crt) // 86400
    notes, card_rows, rows = [], [], []
    taken = set()
    for i in range(cards):
        nid = cid = now_ms - 10_000_000_000 + i
        notes.append((nid, f"g{i:07d}", mid, now_ms // 1000, -1, " big ", f"词{i:05d}\x1fcí {i}<br>word number {i}",
                      f"词{i:05d}", 0, 0, ""))
        t = now_ms - reviews * 4 * 86_400_000 - rng.randint(0, 86_400_000)
        ivl = 0
        for k in range(reviews):
            ease = 1 if rng.random() < 0.1 else 3
            last, ivl = ivl, (1 if ease == 1 else min(365, ivl * 2 + 1))
            while t in taken:
                t += 1
            taken.add(t)
            rows.append((t, cid, -1, ease, ivl, last, 2500, rng.randint(2000, 9000), 0 if k == 0 else 1))
            last_review = t
            t += rng.randint(1, 7) * 86_400_000
        data = json.dumps({"s": round(ivl * 1.1, 4), "d": 5.0, "lrt": last_review // 1000}) if i % 2 == 0 else ""
        card_rows.append((cid, nid, did, 0, now_ms // 1000, -1, 2, 2, today + rng.randint(0, 30), ivl, 2500,
                          reviews, 0, 0, 0, 0, 0, data))
    db.executemany("insert into notes values (?,?,?,?,?,?,?,?,?,?,?)", notes)
    db.executemany("insert into cards values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)
    db.executemany("insert into revlog values (?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.execute("vacuum")
    db.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("meta", bytes([0x08, 0x02]))
        z.write(db_path, "collection.anki21")
        z.writestr("media", "{}")


def timed(tifa, db, package):
    env = dict(os.environ, TIFA_DB=db, NO_COLOR="1")
    start = time.perf_counter()
    done = subprocess.run([tifa, "import", package], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return elapsed, done.stdout.splitlines()[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tifa", required=True)
    parser.add_argument("--cards", type=int, default=20_000)
    parser.add_argument("--reviews", type=int, default=10)
    parser.add_argument("--with-anki", action="store_true",
                        help="build the collection through Anki's Python layer (minutes) instead of SQL")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="tifa-import-timing-")
    os.makedirs(os.path.join(work, "big"))
    package = os.path.join(work, "big.apkg")
    (build if args.with_anki else build_from_template)(package, args.cards, args.reviews)
    print(f"package: {args.cards} cards, {args.cards * args.reviews} reviews, {os.path.getsize(package):,} bytes")
    firsts = []
    for attempt in range(3):
        db = os.path.join(work, f"tifa-{attempt}.sqlite")
        elapsed, line = timed(args.tifa, db, package)
        firsts.append(elapsed)
    second, line2 = timed(args.tifa, db, package)
    print(line)
    print(f"first import: {min(firsts):.2f} s (best of 3: {', '.join(f'{t:.2f}' for t in firsts)})")
    print(f"second import (nothing changes): {second:.2f} s; {line2}")
    shutil.rmtree(work, ignore_errors=True)


main()

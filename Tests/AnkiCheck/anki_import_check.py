#!/usr/bin/env python3
"""Anki → Tifa → Anki, checked by Anki itself: real collections built with the pinned `anki` library and reviewed
through its own scheduler over simulated weeks (anki_builder.py, under libfaketime), FSRS on and off, some cards
suspended, buried and relearning; exported with export_anki_package (current and legacy) and
export_collection_package; imported with the BUILT `tifa import`; then `tifa export --format apkg --with-progress`
imported into a fresh Anki, which must hold the same notes, schedules and review log.

Usage:  python anki_import_check.py --tifa PATH/TO/tifa [--keep DIR]
Last line: `anki-import-check: N passed, M failed`; exit 1 on any failure.
"""
import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import anki_builder as ab  # noqa: E402

START = datetime(2026, 1, 5, 8, 0, 0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tifa", required=True)
    parser.add_argument("--keep")
    args = parser.parse_args()
    workdir = os.environ.get("TIFA_IMPORT_CHECK_WORK")
    if not workdir:
        workdir = args.keep or tempfile.mkdtemp(prefix="tifa-anki-import-")
        shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir, exist_ok=True)
    os.environ["TIFA_IMPORT_CHECK_WORK"] = workdir
    ab.under_faketime(os.path.join(workdir, "clock"), START)

    from anki_check import Check, import_apkg
    from tifa_side import Tifa, iso
    from anki.collection import Collection

    check = Check(workdir)
    clock = ab.Clock(os.path.join(workdir, "clock"))
    clock.set(START)

    def collection(name):
        folder = os.path.join(workdir, name)
        os.makedirs(folder, exist_ok=True)
        return Collection(os.path.join(folder, "collection.anki2"))

    def tifa_for(name):
        tifa = Tifa(os.path.abspath(args.tifa), os.path.join(workdir, "tifa-" + name))
        os.makedirs(os.path.dirname(tifa.db), exist_ok=True)
        return tifa

    packages = []  # (label, path, deck names, anki snapshot restricted to them)
    try:
        # FSRS on: a Chinese deck on Basic (and Basic and reversed), one on Tifa's note type.
        col = collection("fsrs")
        ab.set_fsrs(col, True)
        ab.add_notes(col, "中文::时政", "Basic", ab.WORDS[:10])
        ab.add_notes(col, "中文::时政", "Basic (and reversed card)", ab.WORDS[10:14], tags=("reversed",))
        ab.add_notes(col, "中文::提法", "Tifa", ab.WORDS[14:24])
        answers = ab.study(col, clock, days=28, seed=7, deck_name="中文")
        suspended, buried = ab.suspend_and_bury(col)
        check.expect(answers > 100 and suspended and buried, f"fsrs collection: {answers} answers, suspended, buried")
        check.expect(col.db.scalar("select count() from cards where type = 3") > 0, "fsrs: a card is relearning")
        # Deck options a new Tifa deck takes (the decks share Anki's default config).
        conf = col.decks.config_dict_for_deck_id(col.decks.id_for_name("中文::时政"))
        conf["new"]["delays"], conf["lapse"]["delays"] = [2.0, 20.0], [5.0]
        conf["new"]["perDay"], conf["rev"]["perDay"], conf["rev"]["maxIvl"] = 15, 150, 3650
        conf["desiredRetention"] = 0.85
        conf["fsrsParams6"] = OPTIONS_PARAMETERS
        col.decks.update_config(conf)
        for deck in ["中文::时政", "中文::提法"]:
            stem = "fsrs-" + deck.replace("::", "-")
            paths = ab.export_all(col, workdir, stem, deck)
            snap = ab.snapshot(col, deck_prefix=deck)
            snap["exported_at"] = clock.now
            packages.append((f"{deck} apkg", paths["latest"], [deck], snap))
            packages.append((f"{deck} legacy apkg", paths["legacy"], [deck], snap))
        col.close()

        # FSRS off (SM-2): the whole collection as a colpkg, current and legacy.
        clock.set(START)
        col = collection("sm2")
        ab.set_fsrs(col, False)
        ab.add_notes(col, "外交", "Basic", ab.WORDS[:8])
        ab.add_notes(col, "外交", "Tifa", ab.WORDS[8:14])
        ab.study(col, clock, days=21, seed=9, deck_name="外交")
        ab.suspend_and_bury(col)
        # New cards the learner put in the reverse order of their notes: Tifa must keep Anki's order.
        # (One note at a time: Anki keeps the cards' own relative order within one repositioning.)
        fresh = ab.add_notes(col, "外交", "Basic", ab.WORDS[14:20])
        for place, nid in enumerate(reversed(fresh)):
            col.sched.reposition_new_cards(col.card_ids_of_note(nid), starting_from=1000 + place, step_size=1,
                                           randomize=False, shift_existing=False)
        snap = ab.snapshot(col, deck_prefix="外交")
        snap["exported_at"] = clock.now
        for legacy in (False, True):
            path = os.path.join(workdir, f"sm2{'-legacy' if legacy else ''}.colpkg")
            col.export_collection_package(path, include_media=True, legacy=legacy)
            col = Collection(col.path)
            packages.append((f"sm2 colpkg{' legacy' if legacy else ''}", path, ["外交"], snap))
        col.close()

        for label, path, decks, snap in packages:
            check_package(check, tifa_for(label.replace(" ", "-").replace(":", "")), clock, label, path, decks,
                          snap, collection, import_apkg, iso)
    except Exception as error:
        check.failures.append(f"{type(error).__name__}: {error}")
        print(f"FAIL: {type(error).__name__}: {error}", file=sys.stderr)
    for key, value in check.summaries.items():
        print(f"{key}: {value}")
    print(f"anki-import-check: {check.passed} passed, {len(check.failures)} failed")
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    sys.exit(1 if check.failures else 0)


# FSRS-6 parameters set in Anki's deck options (FSRS-6's defaults, the first four changed).
OPTIONS_PARAMETERS = [0.3, 1.4, 2.5, 9.0, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
                      1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]


def check_package(check, tifa, clock, label, path, decks, snap, collection, import_apkg, iso):
    # Tifa and Anki see the moment of the export again.
    clock.set(snap["exported_at"])
    now = clock.now.replace(tzinfo=timezone.utc)
    notes = snap["notes"]
    cards = [c for n in notes.values() for c in n["cards"].values()]
    revlog = sum(len(c["revlog"]) for c in cards)
    first = tifa.json("import", path, now=now)
    written = first["written"]
    check.summaries[f"{label}: in"] = (f"{len(notes)} notes, {len(cards)} cards, {revlog} revlog rows in Anki; "
                                       f"tifa added {written['notesAdded']} notes, {written['cardsAdded']} cards, "
                                       f"{written['reviewsAdded']} reviews")
    check.equal((written["notesAdded"], written["cardsAdded"], written["reviewsAdded"]),
                (len(notes), len(cards), revlog), f"{label}: notes, cards, revlog rows arrive")
    again = tifa.json("import", path, now=now)["written"]
    check.equal((again["notesAdded"], again["notesUpdated"], again["cardsAdded"], again["cardsUpdated"],
                 again["reviewsAdded"], again["reviewsPresent"]), (0, 0, 0, 0, 0, revlog),
                f"{label}: a second import changes nothing")
    db = sqlite3.connect(tifa.db)
    check.equal(db.execute("select count(*), count(distinct card_id || reviewed_at) from review_log").fetchone(),
                (revlog, revlog), f"{label}: every revlog row once in Tifa")
    if label.startswith("中文"):
        row = db.execute("select desired_retention, learning_steps, relearning_steps, new_cards_per_day, "
                         "maximum_reviews_per_day, maximum_interval, fsrs_parameters, fsrs_parameters_origin "
                         "from deck where name = ?", (decks[0],)).fetchone()
        check.equal(row[:6], (0.85, "[120,1200]", "[300]", 15, 150, 3650), f"{label}: Anki's deck options")
        check.equal([round(w, 4) for w in json.loads(row[6] or "[]")], OPTIONS_PARAMETERS,
                    f"{label}: Anki's FSRS parameters")
    # Tifa shows new cards in the order of their notes: Anki's new-card positions must come out the same.
    positions = sorted((c["due"], guid) for guid, n in notes.items() for c in n["cards"].values() if c["type"] == 0)
    anki_order = list(dict.fromkeys(guid for _, guid in positions))
    tifa_order = [guid for (guid,) in db.execute("select guid from note order by id") if guid in set(anki_order)]
    check.equal(tifa_order, anki_order, f"{label}: new cards in Anki's order")
    db.close()

    # Tifa → a fresh Anki: the same schedule and review log.
    for deck in decks:
        out = os.path.join(os.path.dirname(tifa.db), f"back-{deck.replace('::', '-')}.apkg")
        tifa.run("export", "--deck", deck, "--format", "apkg", "--with-progress", "-o", out, now=now)
        col = collection(os.path.basename(out) + "-" + label.replace(" ", "-").replace(":", ""))
        import_apkg(col, out)
        back = {}
        today = col.sched.today
        check.equal(len(col.find_cards("")),
                    sum(1 for n in notes.values() for c in n["cards"].values()
                        if c["deck"] == deck or c["deck"].startswith(deck + "::")),
                    f"{label} → Tifa → Anki: as many cards as Anki had")
        check.summaries[f"{label}: out ({deck})"] = (
            f"tifa export --with-progress → Anki: {len(col.find_notes(''))} notes, {len(col.find_cards(''))} cards, "
            f"{col.db.scalar('select count() from revlog')} revlog rows")
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            for card in note.cards():
                back[(note.guid, card.ord)] = (card, [r[0] for r in col.db.all(
                    "select id from revlog where cid = ? order by id", card.id)])
        for guid, note in notes.items():
            if not any(c["deck"] == deck or c["deck"].startswith(deck + "::") for c in note["cards"].values()):
                continue
            for ord_, want in note["cards"].items():
                got = back.get((guid, int(ord_)))
                what = f"{label} → Tifa → Anki: note {guid} card {ord_}"
                if got is None:
                    check.expect(False, f"{what}: arrived")
                    continue
                card, ids = got
                check.equal(ids, want["revlog"], f"{what}: review log")
                check.equal(card.type, want["type"], f"{what}: type")
                check.equal(card.queue == -1, want["queue"] == -1, f"{what}: suspended")
                check.equal(card.queue in (-2, -3), want["queue"] in (-2, -3), f"{what}: buried")
                if want["type"] == 2:
                    check.equal(card.due - today, want["days_until_due"], f"{what}: days until due")
                    check.equal(card.ivl, want["ivl"], f"{what}: interval")
                elif want["type"] in (1, 3) and want["due"] > 1_000_000_000:
                    check.equal(card.due, want["due"], f"{what}: due (Unix time)")
        col.close()


if __name__ == "__main__":
    main()

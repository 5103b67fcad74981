#!/usr/bin/env python3
"""Tifa's Anki check: decks exported by the BUILT `tifa` go through the official Anki library (pinned in run.sh),
with the calls Anki's desktop import makes (`get_csv_metadata` + `import_csv` for a text file,
`import_anki_package` for a package; see ../../../shared/tools/), into fresh collections.

Usage:  python anki_check.py --tifa PATH/TO/tifa [--keep DIR]

It prints the JSON summaries Anki gave, then `anki-check: N passed, M failed`, and exits 1 on any failure.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
from datetime import datetime, timedelta, timezone

from anki._backend import RustBackend
from anki.collection import (Collection, DeckIdLimit, ImportAnkiPackageOptions, ImportAnkiPackageRequest,
                             ImportCsvRequest)
from anki import import_export_pb2 as ie

from tifa_side import Tifa, give_progress, read_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
TIFA_FIELDS = ["Hanzi", "Traditional", "Pinyin", "Meaning", "Kind", "Example", "Source", "Notes"]
BUCKETS = ["new", "updated", "duplicate", "conflicting", "first_field_match", "missing_notetype", "missing_deck",
           "empty_first_field"]


class Check:
    def __init__(self, workdir):
        self.workdir = workdir
        self.passed = 0
        self.failures = []
        self.summaries = {}
        self.collections = 0

    def expect(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failures.append(what)
            print(f"FAIL: {what}", file=sys.stderr)

    def equal(self, actual, expected, what):
        self.expect(actual == expected, f"{what}: expected {expected!r}, Anki has {actual!r}")

    def fresh(self, langs=None):
        self.collections += 1
        path = os.path.join(self.workdir, f"collection-{self.collections}", "collection.anki2")
        os.makedirs(os.path.dirname(path))
        return Collection(path, backend=RustBackend(langs=langs)) if langs else Collection(path)


def log(res_log):
    return {b: len(getattr(res_log, b)) for b in BUCKETS}


def import_tsv(col, path):
    metadata = col.get_csv_metadata(path=path, delimiter=None)
    return log(col.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log)


def import_apkg(col, path):
    options = ImportAnkiPackageOptions(
        merge_notetypes=False, with_scheduling=True, with_deck_configs=True,
        update_notes=ie.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=ie.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER)
    return log(col.import_anki_package(ImportAnkiPackageRequest(package_path=path, options=options)).log)


def notes_by_guid(col):
    return {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}


def deck_names_of(col, note):
    return sorted({col.decks.name(card.did) for card in note.cards()})


def tifa_terms(tifa, *decks):
    """The terms of the decks' notes, as Tifa lists them: what every export must carry."""
    return sorted({c["term"] for deck in decks for c in tifa.json("cards", "list", "--deck", deck)})


def check_tsv_notes(check, col, rows, fields_from, deck_of, label):
    """Each record's note arrived with exactly its fields, tags and deck."""
    notes = notes_by_guid(col)
    check.equal(len(notes), len(rows), f"{label}: notes in the collection")
    for row in rows:
        note = notes.get(row[0])
        check.expect(note is not None, f"{label}: the note with GUID {row[0]!r} arrived")
        if note is None:
            continue
        check.equal(list(note.fields), fields_from(row), f"{label}: fields of {row[0]!r}")
        check.equal(sorted(note.tags), sorted(row[-1].split()), f"{label}: tags of {row[0]!r}")
        check.equal(deck_names_of(col, note), [deck_of(row)], f"{label}: deck of {row[0]!r}")


def check_tsv(check, tifa, now):
    work = check.workdir
    basic = os.path.join(work, "basic.tsv")
    tifa.run("export", "--deck", "外交", "-o", basic, now=now)
    header, rows = read_tsv(basic)
    check.equal(sorted(r[1] for r in rows), tifa_terms(tifa, "外交"), "the TSV's records are the deck's notes")
    check.equal(header[:4], ["#separator:tab", "#html:true", "#guid column:1", "#notetype:Basic"], "TSV header")
    raw = open(basic, encoding="utf-8").read()
    check.expect(all(not line.startswith("#") for line in raw.split("\n")[len(header):]),
                 "no record line starts with # (Anki would drop it as a comment)")
    check.expect(any(r[0].startswith("#") for r in rows), "the fixture has a GUID starting with #")
    back = [r[2] for r in rows]
    for what, needle in [("<br>", "<br>"), ("a tab", "\t"), ('a quote', '"'), ("&amp;", "&amp;"),
                         ("&lt;", "&lt;"), ("Chinese text", "同舟共济")]:
        check.expect(any(needle in b for b in back), f"the exported backs hold {what}")

    col = check.fresh()
    first = import_tsv(col, basic)
    second = import_tsv(col, basic)
    check.summaries["tsv basic: first import"] = first
    check.summaries["tsv basic: second import"] = second
    check.equal(first["new"], len(rows), "tsv: new notes on the first import")
    check.equal(second["new"] + second["updated"], 0, "tsv: a second import adds or changes nothing")
    check.equal(second["duplicate"], len(rows), "tsv: a second import finds every note identical")
    check_tsv_notes(check, col, rows, lambda r: r[1:3], lambda r: "外交", "tsv basic")

    # Edit one gloss in Tifa, export again: Anki updates that note and adds nothing.
    card = next(c for c in tifa.json("cards", "list", "--deck", "外交") if c["term"] == "一带一路")
    tifa.run("cards", "edit", str(card["id"]), "--gloss", "the Belt and Road Initiative (edited)",
             now=now + timedelta(hours=1))
    edited = os.path.join(work, "basic-edited.tsv")
    tifa.run("export", "--deck", "外交", "-o", edited, now=now + timedelta(hours=1))
    _, edited_rows = read_tsv(edited)
    third = import_tsv(col, edited)
    check.summaries["tsv basic: import after editing one gloss"] = third
    check.equal((third["new"], third["updated"], third["duplicate"]), (0, 1, len(rows) - 1),
                "tsv: after one edit, (new, updated, duplicate)")
    check_tsv_notes(check, col, edited_rows, lambda r: r[1:3], lambda r: "外交", "tsv basic after the edit")
    col.close()

    # Several decks: a deck column, the parent's rows first, no stray "外交+".
    several = os.path.join(work, "several.tsv")
    tifa.run("export", "--deck", "外交::上合", "--deck", "外交", "--deck", "新词", "-o", several, now=now)
    header, rows = read_tsv(several)
    check.equal(sorted(r[2] for r in rows), sorted(tifa_terms(tifa, "外交::上合") + tifa_terms(tifa, "外交")
                                                   + tifa_terms(tifa, "新词")), "several decks: every note")
    check.expect("#deck column:2" in header, "several decks: a deck column")
    col = check.fresh()
    check.summaries["tsv several decks"] = import_tsv(col, several)
    check.equal(sorted(d.name for d in col.decks.all_names_and_ids()), ["Default", "外交", "外交::上合", "新词"],
                "several decks: Anki's decks")
    check_tsv_notes(check, col, rows, lambda r: r[2:4], lambda r: r[1], "tsv several decks")
    col.close()

    # An Anki in Chinese: its Basic is 问答题 with fields 正面/背面; the columns still land by position.
    col = check.fresh(langs=["zh_CN"])
    check.summaries["tsv basic into a Chinese Anki"] = import_tsv(col, edited)
    check_tsv_notes(check, col, edited_rows, lambda r: r[1:3], lambda r: "外交", "tsv basic, Chinese Anki")
    col.close()
    return edited_rows


def check_apkg(check, tifa, now):
    work = check.workdir
    package = os.path.join(work, "diplomacy.apkg")
    tifa.run("export", "--deck", "外交", "--format", "apkg", "-o", package, now=now)
    full = os.path.join(work, "full.tsv")
    tifa.run("export", "--deck", "外交", "--fields", ",".join(TIFA_FIELDS), "-o", full, now=now)
    _, rows = read_tsv(full)
    check.equal(sorted(r[1] for r in rows), tifa_terms(tifa, "外交"), "the --fields TSV's records are the deck's notes")
    check.expect(any(any(f.startswith("#") for f in r[1:-1]) for r in rows), "the --fields TSV has a field starting with #")

    col = check.fresh()
    first = import_apkg(col, package)
    second = import_apkg(col, package)
    check.summaries["apkg: first import"] = first
    check.summaries["apkg: second import"] = second
    check.equal(first["new"], len(rows), "apkg: new notes on the first import")
    check.equal(second["new"] + second["updated"], 0, "apkg: a second import adds or changes nothing")
    model = col.models.by_name("Tifa")
    check.expect(model is not None, "apkg: the note type Tifa arrived")
    check.equal(col.models.field_names(model), TIFA_FIELDS, "apkg: the note type's fields")
    check.equal([t["name"] for t in model["tmpls"]], ["Recognition", "Production"], "apkg: templates of 外交")
    check_tsv_notes(check, col, rows, lambda r: r[1:9], lambda r: "外交", "apkg")
    for note in notes_by_guid(col).values():
        ords = sorted(card.ord for card in note.cards())
        check.equal(ords, [0, 1] if note["Meaning"] else [0], f"apkg: card directions of {note['Hanzi']}")
        for card in note.cards():
            check.equal((card.type, card.queue), (0, 0), f"apkg without progress: {note['Hanzi']} is new")
            question, answer = card.question(), card.answer()
            check.expect(note["Hanzi"] in (question + answer), f"apkg: {note['Hanzi']}'s card renders the term")
    # The same notes as a TSV for the note type Tifa: every one identical to what the package brought.
    check.summaries["tsv --fields into the collection the apkg made"] = import_tsv(col, full)
    check.equal(check.summaries["tsv --fields into the collection the apkg made"]["duplicate"], len(rows),
                "the --fields TSV and the apkg carry the same fields")

    # Edit a gloss in Tifa, export again: the package updates that note and adds nothing.
    card = next(c for c in tifa.json("cards", "list", "--deck", "外交") if c["term"] == "上海精神")
    later = now + timedelta(hours=2)
    tifa.run("cards", "edit", str(card["id"]), "--gloss", "the Shanghai Spirit (edited)", now=later)
    tifa.run("export", "--deck", "外交", "--format", "apkg", "-o", package, now=later)
    third = import_apkg(col, package)
    check.summaries["apkg: import after editing one gloss"] = third
    check.equal((third["new"], third["updated"], third["duplicate"]), (0, 1, len(rows) - 1),
                "apkg: after one edit, (new, updated, duplicate)")
    check.expect(any(n["Meaning"] == "the Shanghai Spirit (edited)" for n in notes_by_guid(col).values()),
                 "apkg: the edited gloss arrived")
    col.close()

    # A deck that studies cloze cards: the third template, a card for each note with a sentence.
    cloze = os.path.join(work, "sco.apkg")
    tifa.run("export", "--deck", "外交::上合", "--format", "apkg", "-o", cloze, now=now)
    col = check.fresh()
    check.summaries["apkg with cloze"] = import_apkg(col, cloze)
    model = col.models.by_name("Tifa")
    check.equal([t["name"] for t in model["tmpls"]], ["Recognition", "Production", "Cloze"],
                "apkg: templates of 外交::上合")
    for note in notes_by_guid(col).values():
        ords = sorted(card.ord for card in note.cards())
        check.equal(ords, [0, 1, 2] if note["Example"] else [0, 1], f"apkg: cards of {note['Hanzi']}")
        for card in note.cards():
            if card.ord == 2:
                question = card.question()
                check.expect("blanked" in question and f"<b>{note['Hanzi']}</b>" in question,
                             f"apkg: {note['Hanzi']}'s cloze front blanks the term")
    check.equal(sorted(d.name for d in col.decks.all_names_and_ids()), ["Default", "外交", "外交::上合"],
                "apkg with cloze: decks")
    col.close()


def study_day(moment):
    return (moment.astimezone() - timedelta(hours=4)).date()


def check_progress(check, tifa):
    now = datetime.now(timezone.utc).replace(microsecond=0)
    given = give_progress(tifa.db, "外交", now)
    package = os.path.join(check.workdir, "progress.apkg")
    tifa.run("export", "--deck", "外交", "--format", "apkg", "--with-progress", "-o", package, now=now)
    col = check.fresh()
    check.summaries["apkg --with-progress"] = import_apkg(col, package)
    today = col.sched.today
    cards = {}
    for note in notes_by_guid(col).values():
        for card in note.cards():
            cards[(note["Hanzi"], ["recognition", "production", "cloze"][card.ord])] = card
    check.equal(col.db.scalar("select count() from revlog"), len(given), "progress: review log entries")
    for plan in given.values():
        card = cards.get((plan["term"], plan["type"]))
        what = f"progress: {plan['term']} {plan['type']} ({plan['state']})"
        check.expect(card is not None, f"{what} arrived")
        if card is None:
            continue
        check.equal((card.reps, card.lapses), (plan["reps"], plan["lapses"]), f"{what}: reps, lapses")
        check.equal(round(card.memory_state.stability, 4), round(plan["stability"], 4), f"{what}: stability")
        check.equal(round(card.memory_state.difficulty, 3), round(plan["difficulty"], 3), f"{what}: difficulty")
        check.equal(card.last_review_time, int(plan["last_review"].timestamp()), f"{what}: last review")
        check.equal(round(card.desired_retention, 2), 0.9, f"{what}: desired retention")
        if plan["state"] == "review":
            check.equal((card.type, card.queue), (2, -1 if plan["suspended"] else 2), f"{what}: type, queue")
            check.equal(card.due - today, (study_day(plan["due"]) - study_day(now)).days, f"{what}: days until due")
            check.equal(card.ivl, (study_day(plan["due"]) - study_day(plan["last_review"])).days, f"{what}: interval")
        else:
            check.equal((card.type, card.queue), (1 if plan["state"] == "learning" else 3, 1), f"{what}: type, queue")
            check.equal(card.due, int(plan["due"].timestamp()), f"{what}: due (Unix time)")
    options = col.decks.config_dict_for_deck_id(col.decks.id_for_name("外交"))
    check.equal((options["name"], options["desiredRetention"], options["new"]["perDay"], options["new"]["delays"],
                 options["lapse"]["delays"], options["rev"]["maxIvl"]), ("外交", 0.9, 20, [1.0, 10.0], [10.0], 36500),
                "progress: the deck's options (retention, new cards a day, steps in minutes, maximum interval)")
    untouched = [c for k, c in cards.items() if not any((p["term"], p["type"]) == k for p in given.values())]
    check.expect(all(c.type == 0 and c.queue == 0 for c in untouched), "progress: the other cards are new")
    col.close()


def check_back_to_tifa(check, tifa, now):
    """Edit a note in Anki, export it as Anki does, import that into Tifa: the note is updated, nothing added."""
    package = os.path.join(check.workdir, "words.apkg")
    tifa.run("export", "--deck", "新词", "--format", "apkg", "-o", package, now=now)
    col = check.fresh()
    import_apkg(col, package)
    note = next(n for n in notes_by_guid(col).values() if n["Hanzi"] == "精准扶贫")
    note["Meaning"] = "targeted poverty alleviation (edited in Anki)"
    col.update_note(note)
    out = os.path.join(check.workdir, "from-anki.txt")
    did = col.decks.id_for_name("新词")
    col.export_note_csv(out_path=out, limit=DeckIdLimit(did), with_html=True, with_tags=True, with_deck=False,
                        with_notetype=True, with_guid=True)
    col.close()
    report = tifa.json("import", out, "--deck", "新词", now=now + timedelta(hours=3))
    check.summaries["tifa import of Anki's own export"] = {k: report[k] for k in ("added", "updated", "skipped")}
    check.equal((report["added"], report["updated"]), ([], ["精准扶贫"]), "back to Tifa: (added, updated)")
    glosses = {c["term"]: c["gloss"] for c in tifa.json("cards", "list", "--deck", "新词")}
    check.equal(glosses.get("精准扶贫"), "targeted poverty alleviation (edited in Anki)", "back to Tifa: the gloss")


def check_plain_list(check, tifa, now):
    """A person's headerless term/gloss list whose gloss opens with a quotation mark: Anki takes the quotes for CSV
    quoting and keeps the rest; Tifa takes the same notes and keeps the quotes as written."""
    path = os.path.join(check.workdir, "quoted.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write('三公经费\t"three public expenditures" of the PRC\n同舟共济\tto pull together\n')
    col = check.fresh()
    check.summaries["plain list with a quoted gloss: Anki"] = import_tsv(col, path)
    anki = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        anki[note.fields[0]] = note.fields[1]
    col.close()
    check.equal(anki.get("三公经费"), "three public expenditures of the PRC", "plain list: Anki's reading of the quotes")
    report = tifa.json("import", path, "--deck", "引号", now=now)
    check.equal(sorted(report["added"]), sorted(anki), "plain list: Tifa takes the notes Anki takes")
    cards = {c["term"]: c for c in tifa.json("cards", "list", "--deck", "引号")}
    check.equal(cards.get("三公经费", {}).get("gloss"), '"three public expenditures" of the PRC',
                "plain list: Tifa keeps the quotation marks as written")
    check.expect(bool(cards.get("同舟共济", {}).get("pinyin")), "plain list: pinyin looked up in the lexicon")


def check_real_deck(check, tifa, now):
    """A deck `tifa extract` makes from a real page: its notes, sentences and sources go through Anki unchanged."""
    article = os.path.join(HERE, "..", "..", "Decks", "people-daily-2018-06-11", "article.txt")
    tifa.run("extract", "--deck", "时政", article, now=now)
    terms = tifa_terms(tifa, "时政")
    tsv, package = os.path.join(check.workdir, "real.tsv"), os.path.join(check.workdir, "real.apkg")
    tifa.run("export", "--deck", "时政", "-o", tsv, now=now)
    tifa.run("export", "--deck", "时政", "--format", "apkg", "-o", package, now=now)
    full = os.path.join(check.workdir, "real-full.tsv")
    tifa.run("export", "--deck", "时政", "--fields", ",".join(TIFA_FIELDS), "-o", full, now=now)
    _, rows = read_tsv(tsv)
    _, full_rows = read_tsv(full)
    check.equal(sorted(r[1] for r in rows), terms, "real deck: the TSV's records are the deck's notes")
    col = check.fresh()
    first, second = import_tsv(col, tsv), import_tsv(col, tsv)
    check.summaries["real deck (tifa extract --deck): tsv"] = first
    check.equal((first["new"], second["duplicate"]), (len(terms), len(terms)), "real deck tsv: (new, then duplicate)")
    check_tsv_notes(check, col, rows, lambda r: r[1:3], lambda r: "时政", "real deck tsv")
    col.close()
    col = check.fresh()
    first, second = import_apkg(col, package), import_apkg(col, package)
    check.summaries["real deck (tifa extract --deck): apkg"] = first
    check.equal((first["new"], second["duplicate"]), (len(terms), len(terms)), "real deck apkg: (new, then duplicate)")
    check_tsv_notes(check, col, full_rows, lambda r: r[1:9], lambda r: "时政", "real deck apkg")
    col.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tifa", required=True)
    parser.add_argument("--keep")
    args = parser.parse_args()
    workdir = args.keep or tempfile.mkdtemp(prefix="tifa-anki-check-")
    if args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
        os.makedirs(workdir)
    check = Check(workdir)
    tifa = Tifa(os.path.abspath(args.tifa), workdir)
    now = datetime(2025, 3, 1, 0, 0, tzinfo=timezone.utc)
    try:
        tifa.run("import", os.path.join(FIXTURES, "diplomacy.tsv"), "--deck", "外交", now=now)
        tifa.run("decks", "create", "外交::上合", now=now)
        tifa.run("decks", "set", "外交::上合", "--card-types", "recognition,production,cloze", now=now)
        tifa.run("import", os.path.join(FIXTURES, "sco.tsv"), "--deck", "外交::上合", now=now)
        tifa.run("import", os.path.join(FIXTURES, "words.csv"), "--deck", "新词", now=now)
        check_tsv(check, tifa, now)
        check_apkg(check, tifa, now)
        check_back_to_tifa(check, tifa, now)
        check_plain_list(check, tifa, now)
        check_real_deck(check, tifa, now)
        check_progress(check, tifa)
    except Exception as error:  # a crash is a failure too, with its reason
        check.failures.append(f"{type(error).__name__}: {error}")
        print(f"FAIL: {type(error).__name__}: {error}", file=sys.stderr)
    print(json.dumps(check.summaries, ensure_ascii=False, indent=2))
    print(f"anki-check: {check.passed} passed, {len(check.failures)} failed")
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    sys.exit(1 if check.failures else 0)


if __name__ == "__main__":
    main()

"""Real Anki collections for Tifa's import tests, built with the pinned `anki` library: Chinese notes on Anki's stock
Basic note types and on Tifa's note type, reviewed through Anki's own scheduler (`col.sched.answer_card`) over
simulated days, with FSRS on or off, some cards suspended, buried and relearning, then exported with
`export_anki_package` (current and legacy) and `export_collection_package`.

Time is simulated with Debian's libfaketime (`apt-get install libfaketime`): `under_faketime()` re-runs the script
with the library preloaded, and `Clock.set` moves the clock of Python and of Anki's Rust backend alike.
"""
import os
import random
import sys
import zipfile
from datetime import datetime, timedelta, timezone

FAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
TIFA_FIELDS = ["Hanzi", "Traditional", "Pinyin", "Meaning", "Kind", "Example", "Source", "Notes"]

WORDS = [
    ("人类命运共同体", "rénlèi mìngyùn gòngtǐtǐ", "community with a shared future for mankind"),
    ("一带一路", "yī dài yī lù", "the Belt and Road"),
    ("和平共处五项原则", "hépíng gòngchǔ wǔ xiàng yuánzé", "the Five Principles of Peaceful Coexistence"),
    ("多边主义", "duōbiān zhǔyì", "multilateralism"),
    ("全过程人民民主", "quán guòchéng rénmín mínzhǔ", "whole-process people's democracy"),
    ("高质量发展", "gāo zhìliàng fāzhǎn", "high-quality development"),
    ("新质生产力", "xīn zhì shēngchǎnlì", "new quality productive forces"),
    ("共同富裕", "gòngtóng fùyù", "common prosperity"),
    ("同舟共济", "tóngzhōu gòngjì", "to pull together in times of trouble"),
    ("求同存异", "qiútóng cúnyì", "to seek common ground while shelving differences"),
    ("互利共赢", "hùlì gòngyíng", "mutual benefit and win-win"),
    ("反腐倡廉", "fǎnfǔ chànglián", "to fight corruption and promote integrity"),
    ("三公经费", "sān gōng jīngfèi", "\"three public expenditures\" of the PRC"),
    ("乡村振兴", "xiāngcūn zhènxīng", "rural revitalisation"),
    ("碳达峰", "tàn dáfēng", "carbon peaking"),
    ("碳中和", "tàn zhōnghé", "carbon neutrality"),
    ("脱贫攻坚", "tuōpín gōngjiān", "the fight against poverty"),
    ("中国式现代化", "Zhōngguóshì xiàndàihuà", "Chinese modernisation"),
    ("全面从严治党", "quánmiàn cóngyán zhìdǎng", "full and rigorous self-governance of the Party"),
    ("国家治理体系", "guójiā zhìlǐ tǐxì", "the system of state governance"),
    ("文明互鉴", "wénmíng hùjiàn", "exchanges and mutual learning among civilisations"),
    ("全球发展倡议", "quánqiú fāzhǎn chàngyì", "the Global Development Initiative"),
    ("全球安全倡议", "quánqiú ānquán chàngyì", "the Global Security Initiative"),
    ("大国外交", "dàguó wàijiāo", "major-country diplomacy"),
]


def under_faketime(clock_file, start):
    """Re-runs this script under libfaketime, its clock read from `clock_file` (set to `start` first)."""
    if os.environ.get("TIFA_FAKETIME") == "1":
        return
    if not os.path.exists(FAKETIME):
        sys.exit(f"{FAKETIME} is missing: apt-get install libfaketime")
    Clock(clock_file).set(start)
    env = dict(os.environ, LD_PRELOAD=FAKETIME, FAKETIME_TIMESTAMP_FILE=clock_file, FAKETIME_NO_CACHE="1",
               TIFA_FAKETIME="1", TZ="UTC")
    os.execve(sys.executable, [sys.executable] + sys.argv, env)


class Clock:
    def __init__(self, path):
        self.path = path
        self.now = None

    def set(self, moment):
        self.now = moment
        with open(self.path, "w") as f:
            f.write(moment.strftime("%Y-%m-%d %H:%M:%S"))

    def advance(self, **delta):
        self.set(self.now + timedelta(**delta))


def tifa_notetype(col):
    models = col.models
    model = models.new("Tifa")
    for name in TIFA_FIELDS:
        models.add_field(model, models.new_field(name))
    for name, front in [("Recognition", "{{Hanzi}}"), ("Production", "{{Meaning}}")]:
        template = models.new_template(name)
        template["qfmt"] = front
        template["afmt"] = "{{FrontSide}}<hr id=answer>{{Hanzi}} {{Pinyin}} {{Meaning}}"
        models.add_template(model, template)
    models.add(model)
    return models.by_name("Tifa")


def add_notes(col, deck_name, notetype_name, words, tags=("politics",)):
    """Adds a note per word; returns the note ids."""
    deck_id = col.decks.id(deck_name)
    model = tifa_notetype(col) if notetype_name == "Tifa" else col.models.by_name(notetype_name)
    ids = []
    for hanzi, pinyin, meaning in words:
        note = col.new_note(model)
        if notetype_name == "Tifa":
            note["Hanzi"], note["Pinyin"], note["Meaning"] = hanzi, pinyin, meaning
            note["Kind"] = "formulation"
            note["Example"] = f"我们要坚持{hanzi}。"
        else:
            note["Front"] = hanzi
            note["Back"] = f"{pinyin}<br>{meaning}"
        note.tags = list(tags)
        col.add_note(note, deck_id)
        ids.append(note.id)
    return ids


def set_fsrs(col, on):
    col.set_config("fsrs", bool(on))


def study(col, clock, days, seed, deck_name=None, learn_passes=8, end_relearning=True):
    """Answers every card Anki offers, day after day, with seeded ratings; returns the number of answers.
    With `end_relearning`, the last day stops at its first card in review, answered Again: it ends relearning."""
    from anki.scheduler_pb2 import CardAnswer
    from anki.cards import Card
    rng = random.Random(seed)
    answers = 0
    if deck_name:
        col.decks.select(col.decks.id_for_name(deck_name))
    start = clock.now
    for day in range(days):
        clock.set(start + timedelta(days=day))
        for _ in range(learn_passes):
            while True:
                queued = col.sched.get_queued_cards(fetch_limit=1)
                if not queued.cards:
                    break
                q = queued.cards[0]
                card = Card(col)
                card._load_from_backend_card(q.card)
                card.start_timer()
                roll = rng.random()
                rating = (CardAnswer.AGAIN if roll < 0.15 else CardAnswer.HARD if roll < 0.25
                          else CardAnswer.GOOD if roll < 0.9 else CardAnswer.EASY)
                lapse = end_relearning and day == days - 1 and card.type == 2
                if lapse:
                    rating = CardAnswer.AGAIN
                clock.advance(seconds=rng.randint(3, 20))
                col.sched.answer_card(col.sched.build_answer(card=card, states=q.states, rating=rating))
                answers += 1
                if lapse:
                    return answers
            clock.advance(minutes=11)
    return answers


def suspend_and_bury(col):
    """Suspends one card in review and buries another; returns their ids."""
    review = [cid for cid in col.find_cards("is:review") if col.get_card(cid).type == 2]
    suspended = review[:1]
    buried = review[1:2]
    if suspended:
        col.sched.suspend_cards(suspended)
    if buried:
        col.sched.bury_cards(buried, manual=True)
    return suspended, buried


def export_all(col, folder, stem, deck_name):
    """Writes STEM.apkg (current), STEM-legacy.apkg (anki21), and returns their paths."""
    from anki.collection import DeckIdLimit, ExportAnkiPackageOptions
    deck_id = col.decks.id_for_name(deck_name)
    paths = {}
    for legacy, suffix in [(False, ""), (True, "-legacy")]:
        path = os.path.join(folder, f"{stem}{suffix}.apkg")
        col.export_anki_package(out_path=path, options=ExportAnkiPackageOptions(
            with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy),
            limit=DeckIdLimit(deck_id))
        paths["legacy" if legacy else "latest"] = path
    return paths


def as_oldest_format(legacy_path, out_path):
    """A package as Anki 2.0 wrote it: the schema-11 collection named collection.anki2, no meta."""
    with zipfile.ZipFile(legacy_path) as source, zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("collection.anki2", source.read("collection.anki21"))
        target.writestr("media", source.read("media") if "media" in source.namelist() else b"{}")


def snapshot(col, deck_prefix=None):
    """What Anki holds, by note GUID and card ordinal, for comparing with Tifa: fields, schedules, revlog ids."""
    import json
    today = col.sched.today
    notes = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        cards = {}
        for card in note.cards():
            deck = col.decks.name(card.odid or card.did)
            if deck_prefix and not deck.startswith(deck_prefix):
                continue
            raw = col.db.scalar("select data from cards where id = ?", card.id)
            data = json.loads(raw) if raw else {}
            due = card.odue if card.odid else card.due
            cards[str(card.ord)] = {
                "type": card.type, "queue": card.queue, "ivl": card.ivl, "reps": card.reps, "lapses": card.lapses,
                "due": due, "days_until_due": (due - today) if card.type == 2 else None,
                "s": data.get("s"), "d": data.get("d"),
                "revlog": [r[0] for r in col.db.all("select id from revlog where cid = ? order by id", card.id)],
                "deck": deck,
            }
        if cards:
            notes[note.guid] = {"notetype": note.note_type()["name"], "fields": list(note.fields), "cards": cards}
    return {"today": today, "crt": col.crt, "notes": notes}

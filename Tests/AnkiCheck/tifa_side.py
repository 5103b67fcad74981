"""The Tifa side of the Anki check: run the built `tifa`, read the TSV files it writes with Python's own csv module
(an independent reader), and give some cards a review history.

No review command exists yet, so `give_progress` writes the card and review_log rows of Tifa's database
directly, with the columns and date format GRDB uses (UTC, "YYYY-MM-DD HH:MM:SS.SSS").
"""
import csv
import io
import json
import os
import sqlite3
import subprocess
from datetime import datetime, timedelta, timezone


class Tifa:
    def __init__(self, binary, workdir):
        self.binary = binary
        self.db = os.path.join(workdir, "tifa.sqlite")
        self.env = dict(os.environ, TIFA_DB=self.db, NO_COLOR="1",
                        TIFA_CACHE_DIR=os.path.join(workdir, "cache"))

    def run(self, *args, now=None):
        env = dict(self.env)
        if now is not None:
            env["TIFA_NOW"] = iso(now)
        else:
            env.pop("TIFA_NOW", None)
        done = subprocess.run([self.binary, *args], env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"tifa {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout

    def json(self, *args, now=None):
        return json.loads(self.run(*args, "--json", now=now))


def iso(moment):
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_tsv(path):
    """(header lines, records) of a TSV as Python's csv module reads it after the leading '#' lines."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    header = []
    while lines and lines[0].startswith("#"):
        header.append(lines.pop(0))
    body = "\n".join(lines)
    records = list(csv.reader(io.StringIO(body, newline=""), delimiter="\t", quotechar='"', doublequote=True,
                              strict=True))
    return header, [r for r in records if r]


def grdb(moment):
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


def give_progress(db_path, deck, now):
    """Puts the cards of `deck` in every FSRS state, with review logs, relative to `now`. Returns what each card
    was given, keyed by Tifa's card id, for the checks to compare with what Anki shows."""
    con = sqlite3.connect(db_path)
    cards = con.execute(
        "SELECT card.id, note.term, card.type FROM card JOIN note ON note.id = card.note_id "
        "JOIN deck ON deck.id = note.deck_id WHERE deck.name = ? ORDER BY card.id", (deck,)).fetchall()
    plans = [
        # state, step, stability, difficulty, due, last review, reps, lapses, suspended
        ("review", None, 12.3456, 4.321, now + timedelta(days=5), now - timedelta(days=7), 3, 0, False),
        ("learning", 1, 0.5, 6.5, now + timedelta(minutes=10), now - timedelta(minutes=1), 1, 0, False),
        ("relearning", 0, 2.2, 7.75, now + timedelta(minutes=8), now - timedelta(minutes=2), 6, 1, False),
        ("review", None, 40.0, 3.0, now - timedelta(days=2), now - timedelta(days=42), 4, 0, True),
        ("review", None, 3.5, 5.5, now + timedelta(days=2), now - timedelta(days=1), 2, 0, False),
    ]
    states = {"new": 0, "learning": 1, "review": 2, "relearning": 3}
    given = {}
    for (card_id, term, card_type), plan in zip(cards, plans):
        state, step, s, d, due, last, reps, lapses, suspended = plan
        con.execute("UPDATE card SET state=?, step=?, stability=?, difficulty=?, due=?, last_review=?, reps=?, "
                    "lapses=?, suspended=? WHERE id=?",
                    (states[state], step, s, d, grdb(due), grdb(last), reps, lapses, int(suspended), card_id))
        # One answer per card: the one that put it where it is.
        con.execute("INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, state_before, state_after, "
                    "stability_after, difficulty_after, scheduled_seconds, previous_step, previous_stability, "
                    "previous_difficulty, previous_due, previous_last_review, previous_reps, previous_lapses) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (card_id, grdb(last), 1 if state == "relearning" else 3, 4200, 0 if reps == 1 else 2,
                     states[state], s, d, int((due - last).total_seconds()), None, None, None, grdb(last), None,
                     reps - 1, lapses))
        given[card_id] = dict(term=term, type=card_type, state=state, step=step, stability=s, difficulty=d,
                              due=due, last_review=last, reps=reps, lapses=lapses, suspended=suspended)
    con.commit()
    con.close()
    return given

#!/usr/bin/env python3
"""py-fsrs's side of tifa-bench's scheduler benchmark (SchedulerBenchmark.swift runs it).

    python pyfsrs_bench.py INPUT.json

INPUT.json holds the scheduler's settings and the cards Swift timed, each with the time of its review and the
four outcomes Swift computed. This reviews every card with each of the four ratings through
Scheduler.review_card, as an app would to show the four intervals, times that loop alone, then checks the
results against Swift's. Prints one JSON object: outcomes, seconds, mismatches, version.
Exits with status 3, printing nothing, when py-fsrs is not installed.
"""

import importlib.metadata
import json
import sys
import time
from datetime import datetime, timedelta, timezone

try:
    from fsrs import Card, Rating, Scheduler, State
except ImportError:
    sys.exit(3)

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
RATINGS = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)


def instant(microseconds):
    return None if microseconds is None else EPOCH + timedelta(microseconds=microseconds)


def close(a, b):
    return a == b or (a is not None and b is not None and abs(a - b) <= 1e-9 * abs(b))


def main():
    with open(sys.argv[1]) as source:
        data = json.load(source)
    scheduler = Scheduler(
        parameters=data["weights"],
        desired_retention=data["retention"],
        learning_steps=[timedelta(microseconds=step) for step in data["learning_steps"]],
        relearning_steps=[timedelta(microseconds=step) for step in data["relearning_steps"]],
        maximum_interval=data["maximum_interval"],
        enable_fuzzing=False,
    )
    cards = [
        (Card(card_id=number + 1, state=State(state), step=step, stability=stability, difficulty=difficulty,
              due=instant(due), last_review=instant(last_review)), instant(now))
        for number, (state, step, stability, difficulty, due, last_review, now, _) in enumerate(data["cards"])
    ]

    results = []
    start = time.perf_counter()
    for card, now in cards:
        for rating in RATINGS:
            results.append(scheduler.review_card(card, rating, now)[0])
    seconds = time.perf_counter() - start

    expected = [outcome for item in data["cards"] for outcome in item[7]]
    mismatches = sum(
        1
        for card, (state, step, stability, difficulty, due) in zip(results, expected)
        if not (int(card.state) == state and card.step == step and close(card.stability, stability)
                and close(card.difficulty, difficulty) and card.due == instant(due))
    )
    print(json.dumps({"outcomes": len(results), "seconds": seconds, "mismatches": mismatches,
                      "version": importlib.metadata.version("fsrs")}))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reference vectors for Tifa's FSRS-6 scheduler, computed by py-fsrs 6.3.2 (PyPI `fsrs==6.3.2`).

Regenerate, from the repository root:

    python3 -m venv .venv-fsrs && .venv-fsrs/bin/pip install fsrs==6.3.2
    .venv-fsrs/bin/python Tests/SchedulerTests/Fixtures/generate_fsrs_vectors.py

It writes fsrs_vectors.jsonl beside itself. The output is the same on every run: one random.Random with a
fixed seed makes every choice, and py-fsrs's own unseeded fuzz is switched off.

Format, JSON Lines:
  line 1, the header: {"fsrs": "6.3.2", "seed": ..., "histories": N, "configs": [config, ...]}
    config: {"weights": [21 numbers], "retention": r, "learning_steps": [microseconds, ...],
             "relearning_steps": [microseconds, ...], "maximum_interval": days}
  then one line per card history: {"config": index, "start": microseconds since 1970, "reviews": [review, ...]}
    review: [rating, time, retrievability, state, step, stability, difficulty, due]
      rating 1-4; time in microseconds after "start"; retrievability just before the review as
      Scheduler.get_card_retrievability gives it (0 for a new card); then the card after the review:
      state 1 Learning, 2 Review, 3 Relearning; step or null; stability; difficulty;
      due in microseconds after the review's time.
"""

import importlib.metadata
import json
import math
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fsrs import ScheduledCard, Rating, Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

SEED = 20250101
HISTORIES = 2400
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
# Far enough from datetime's year 9999 that no due date of a history overflows it.
LATEST_REVIEW = datetime(7000, 1, 1, tzinfo=timezone.utc)

rng = random.Random(SEED)

MINUTE = 60_000_000
SECOND = 1_000_000
DAY = 86_400 * SECOND


def microseconds(delta: timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def pick(items, weights=None):
    """A choice by rng.random() alone, whose sequence Python keeps stable across versions."""
    if weights is None:
        return items[int(rng.random() * len(items))]
    total = sum(weights)
    x = rng.random() * total
    for item, weight in zip(items, weights):
        x -= weight
        if x < 0:
            return item
    return items[-1]


def log_uniform(low: float, high: float) -> float:
    return math.exp(math.log(low) + rng.random() * (math.log(high) - math.log(low)))


def config(weights=DEFAULT_PARAMETERS, retention=0.9, learning=(MINUTE, 10 * MINUTE), relearning=(10 * MINUTE,),
           maximum=36500):
    return {"weights": list(weights), "retention": retention, "learning_steps": list(learning),
            "relearning_steps": list(relearning), "maximum_interval": maximum}


# Hand-picked configurations: the defaults, then one change each, so a failure points at its cause.
CONFIGS = [
    config(),
    config(learning=()),
    config(relearning=()),
    config(learning=(), relearning=()),
    config(learning=(10 * MINUTE,)),
    config(learning=(30 * SECOND, 5 * MINUTE, 60 * MINUTE), relearning=(5 * MINUTE, 60 * MINUTE)),
    # Odd seconds: Hard at the first step waits a half second.
    config(learning=(7 * SECOND, 77 * SECOND, 777 * SECOND), relearning=(33 * SECOND,)),
    # Odd microseconds: timedelta rounds the Hard delay half to even.
    config(learning=(1_000_001, 2_000_002), relearning=(3,)),
    config(learning=(3,), relearning=(1_000_001, 5)),
    # Steps of days: learning reviews on later days use the long-term formulas.
    config(learning=(DAY, 3 * DAY), relearning=(DAY,)),
    config(learning=(12 * 60 * MINUTE,), relearning=(36 * 60 * MINUTE, 2 * DAY)),
    config(retention=0.8),
    config(retention=0.95),
    config(retention=0.7),
    config(retention=0.99),
    config(retention=0.5),
    config(maximum=365),
    config(maximum=30),
    config(maximum=7),
    config(maximum=1),
]

STEP_MENU = [(), (MINUTE,), (MINUTE, 10 * MINUTE), (10 * MINUTE,), (30 * SECOND, 90 * SECOND, 15 * MINUTE),
             (5 * MINUTE, 30 * MINUTE, 2 * 60 * MINUTE, DAY), (DAY,), (45 * SECOND,), (13 * SECOND, 17 * SECOND)]


def random_weights():
    kind = pick(["perturbed", "uniform", "edges"], [5, 3, 2])
    weights = []
    for default, low, high in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
        if kind == "perturbed":
            value = default * math.exp((rng.random() - 0.5) * 1.2)
        elif kind == "uniform":
            value = low + rng.random() * (high - low)
        else:
            value = pick([low, high, default, low + rng.random() * (high - low)], [2, 2, 3, 3])
        weights.append(min(max(value, low), high))
    return weights


for _ in range(100):
    CONFIGS.append(config(
        weights=random_weights(),
        retention=pick([0.9, round(0.6 + rng.random() * 0.39, 4), 0.85, 0.97]),
        learning=pick(STEP_MENU),
        relearning=pick(STEP_MENU),
        maximum=pick([36500, 36500, 3650, 365, 100, 10, 2]),
    ))

RATING_PROFILES = {
    "typical": [15, 10, 60, 15],
    "lapser": [55, 10, 30, 5],
    "easy": [5, 5, 30, 60],
    "hard": [10, 60, 25, 5],
    "uniform": [25, 25, 25, 25],
}


def next_time(card: ScheduledCard, last: datetime, sub_second: bool) -> datetime:
    mode = pick(["due", "early", "overdue", "same_day", "anytime", "day_boundary", "same_instant"],
                [22, 14, 20, 16, 18, 8, 2])
    jitter = timedelta(microseconds=int(rng.random() * SECOND)) if sub_second else timedelta(0)
    if mode == "due":
        return max(card.due, last)
    if mode == "early":
        return last + max(card.due - last, timedelta(0)) * rng.random()
    if mode == "overdue":
        return max(card.due, last) + timedelta(seconds=int(log_uniform(60, 3 * 365 * 86_400))) + jitter
    if mode == "same_day":
        return last + timedelta(seconds=int(rng.random() * 86_400)) + jitter
    if mode == "anytime":
        return last + timedelta(seconds=int(log_uniform(60, 5 * 365 * 86_400))) + jitter
    if mode == "day_boundary":
        days = 1 + int(rng.random() * 3)
        nudge = pick([0, -1, 1, -SECOND, SECOND])
        return last + timedelta(days=days, microseconds=nudge)
    return last


def history(index: int, configs_used: list):
    if index < 100:
        config_index = 0
    else:
        config_index = pick([0, pick(range(1, 20)), pick(range(20, len(CONFIGS)))], [35, 40, 25])
    c = CONFIGS[config_index]
    scheduler = Scheduler(
        parameters=c["weights"], desired_retention=c["retention"],
        learning_steps=[timedelta(microseconds=s) for s in c["learning_steps"]],
        relearning_steps=[timedelta(microseconds=s) for s in c["relearning_steps"]],
        maximum_interval=c["maximum_interval"], enable_fuzzing=False)
    profile = pick(list(RATING_PROFILES), [45, 20, 10, 10, 15])
    count = 20 + int(rng.random() * 41) if profile == "lapser" else 1 + int(rng.random() * 24)
    sub_second = rng.random() < 0.4
    start = datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=int(rng.random() * 10 * 365 * 86_400))
    if sub_second:
        start += timedelta(microseconds=int(rng.random() * SECOND))
    card = ScheduledCard(card_id=index + 1, due=start)
    time = start
    reviews = []
    for number in range(count):
        if number > 0:
            time = next_time(card, time, sub_second)
        if time > LATEST_REVIEW:
            break
        rating = Rating(pick([1, 2, 3, 4], RATING_PROFILES[profile]))
        retrievability = scheduler.get_card_retrievability(card, time)
        card, _ = scheduler.review_card(card, rating, time)
        reviews.append([int(rating), microseconds(time - start), retrievability, int(card.state), card.step,
                        card.stability, card.difficulty, microseconds(card.due - time)])
    configs_used.add(config_index)
    return {"config": config_index, "start": microseconds(start - EPOCH), "reviews": reviews}


def main():
    version = importlib.metadata.version("fsrs")
    if version != "6.3.2":
        sys.exit(f"py-fsrs {version} is installed; these vectors are py-fsrs 6.3.2's (pip install fsrs==6.3.2)")
    used = set()
    histories = [history(index, used) for index in range(HISTORIES)]
    header = {"fsrs": "6.3.2", "seed": SEED, "histories": len(histories), "configs": CONFIGS}
    path = Path(__file__).with_name("fsrs_vectors.jsonl")
    with path.open("w") as out:
        out.write(json.dumps(header, separators=(",", ":")) + "\n")
        for item in histories:
            out.write(json.dumps(item, separators=(",", ":")) + "\n")
    reviews = sum(len(h["reviews"]) for h in histories)
    print(f"{path}: {len(histories)} histories, {reviews} reviews, {len(used)} of {len(CONFIGS)} configs",
          file=sys.stderr)


if __name__ == "__main__":
    main()

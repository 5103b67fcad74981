"""fsrs-rs (PyPI fsrs-rs-python 0.9.3) beside Tifa's optimizer, for `tifa-bench optimizer`.

    python fsrs_rs_optimizer.py compare FILE.json
        FILE holds {"train": items, "test": items, "tifa": 21 numbers, "true": 21 numbers}, each item a list of
        [rating, delta_t]. Fits fsrs-rs on "train" and prints JSON: its parameters, the seconds compute_parameters
        took, and fsrs-rs's evaluate on "test" for its own, Tifa's and the true parameters. With the environment
        variable FSRS_SEEDS=N, also fsrs-rs's figures when fitted with batch-order seeds 2024…2023+N: how much its
        own result moves with the order of its batches.
    python fsrs_rs_optimizer.py fit FILE.jsonl
        The whole of what `tifa fsrs optimize FILE.jsonl` does, with fsrs-rs: reads the replay JSON Lines, makes
        training items as Tifa does (days are whole 24-hour periods since the previous review; one item per review
        a day or more after the one before), fits and evaluates. Prints the parameters.
    python fsrs_rs_optimizer.py simulate CARDS,PER_DAY,DAYS
        fsrs-rs's simulate with the default parameters and simulator costs on a deck of CARDS new cards learnt
        PER_DAY a day for DAYS days (no review or cost limit), at each of the retentions `tifa fsrs simulate`
        shows; prints JSON rows (reviews a day, minutes a day, memorised at the end) and optimal_retention.
"""
import json
import os
import sys
import time
from datetime import datetime

from fsrs_rs_python import (DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview, TrainingConfig,
                            default_simulator_config, optimal_retention, simulate)


def to_fsrs(items):
    return [FSRSItem([FSRSReview(r, d) for r, d in item]) for item in items]


def figures(parameters, items):
    result = FSRS(parameters).evaluate(items)
    return {"logLoss": result.log_loss, "rmseBins": result.rmse_bins}


def compare(path):
    with open(path) as file:
        data = json.load(file)
    train, test = to_fsrs(data["train"]), to_fsrs(data["test"])
    start = time.perf_counter()
    fitted = FSRS(DEFAULT_PARAMETERS).compute_parameters(train)
    seconds = time.perf_counter() - start
    seeds = [figures(FSRS(DEFAULT_PARAMETERS).compute_parameters(train, training_config=TrainingConfig(seed=seed)),
                     test) for seed in range(2024, 2024 + int(os.environ.get("FSRS_SEEDS", "0")))]
    print(json.dumps({"parameters": fitted, "seconds": seconds, "fsrs_rs": figures(fitted, test),
                      "tifa": figures(data["tifa"], test), "true": figures(data["true"], test),
                      "other_seeds": seeds}))


def fit(path):
    cards = {}
    with open(path) as file:
        for line in file:
            if line.strip():
                review = json.loads(line)
                moment = datetime.fromisoformat(review["time"].replace("Z", "+00:00")).timestamp()
                cards.setdefault(review["card"], []).append((moment, review["rating"]))
    timed = []
    for reviews in cards.values():
        reviews.sort()
        item = []
        for index, (moment, rating) in enumerate(reviews):
            days = 0 if index == 0 else max(0, int((moment - reviews[index - 1][0]) // 86400))
            item.append(FSRSReview(rating, days))
            if index > 0 and days > 0:
                timed.append((moment, FSRSItem(list(item))))
    timed.sort(key=lambda pair: pair[0])
    items = [item for _, item in timed]
    fitted = FSRS(DEFAULT_PARAMETERS).compute_parameters(items)
    FSRS(DEFAULT_PARAMETERS).evaluate(items)
    FSRS(fitted).evaluate(items)
    print(",".join(f"{p:.4f}" for p in fitted))


def simulation(arguments):
    cards, per_day, days = (int(x) for x in arguments.split(","))
    config = default_simulator_config()
    config.deck_size = cards
    config.learn_span = days
    config.learn_limit = per_day
    config.review_limit = 1_000_000
    config.max_cost_perday = 1e12
    rows = []
    for retention in [0.70, 0.73, 0.76, 0.79, 0.82, 0.85, 0.88, 0.90, 0.92, 0.94, 0.97]:
        runs = [simulate(DEFAULT_PARAMETERS, retention, config, seed) for seed in range(42, 46)]
        reviews = sum(sum(r.review_cnt_per_day) + sum(r.learn_cnt_per_day) for r in runs) / len(runs) / days
        minutes = sum(sum(r.cost_per_day) for r in runs) / len(runs) / 60 / days
        remembered = sum(r.memorized_cnt_per_day[-1] for r in runs) / len(runs)
        rows.append({"retention": retention, "reviewsPerDay": reviews, "minutesPerDay": minutes,
                     "remembered": remembered, "minutesPerRemembered": minutes * days / remembered})
    print(json.dumps({"rows": rows, "optimalRetention": optimal_retention(config, DEFAULT_PARAMETERS)}))


{"compare": compare, "fit": fit, "simulate": simulation}[sys.argv[1]](sys.argv[2])

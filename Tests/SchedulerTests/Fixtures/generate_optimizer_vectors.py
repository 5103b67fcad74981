"""fsrs-rs's results (PyPI fsrs-rs-python 0.9.3) on small synthetic review histories, for OptimizerAgreementTests.

Run from the package root after `bash Sources/tifa-bench/setup_baselines.sh`:
    .venv-bench/bin/python Tests/SchedulerTests/Fixtures/generate_optimizer_vectors.py \
        > Tests/SchedulerTests/Fixtures/optimizer_vectors.json

Output: one JSON object {"fsrs_rs_python": version, "datasets": [...]}; each dataset has
- "items": training items in time order, each a list of [rating, delta_t] reviews ending at its target;
- "evaluations": [{"parameters": 21 numbers, "logLoss": …, "rmseBins": …}] from FSRS(parameters).evaluate(items);
- "computed": FSRS(DEFAULT_PARAMETERS).compute_parameters(items) with the default training configuration.
Datasets are small: with too few items compute_parameters returns the defaults; under 64 training items compute_parameters only pre-trains w0-w3; with up to 512 items there
is one batch, so fsrs-rs's batch shuffle (which Tifa cannot reproduce bit for bit) plays no part.
"""
import json
import math
import random
from importlib.metadata import version

from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview


def recall_probability(w, stability, days):
    factor = 0.9 ** (-1 / w[20]) - 1
    return (1 + factor * days / stability) ** (-w[20])


def histories(rng, cards, w, most_reviews=7):
    """Cards reviewed by a rough learner: first answers weighted as in Anki, first intervals clustered on a few
    days (so the outlier filter keeps groups), some same-day reviews, recall drawn from a stability guess."""
    result = []
    for _ in range(cards):
        first = rng.choices([1, 2, 3, 4], weights=[0.25, 0.1, 0.5, 0.15])[0]
        reviews = [(first, 0)]
        stability = w[first - 1]
        for index in range(rng.randint(1, most_reviews)):
            if rng.random() < 0.15:
                days = 0
            elif index == 0:
                days = rng.choice([1, 1, 1, 2, 2, 3, 4, 7])
            else:
                days = max(1, round(stability * rng.uniform(0.5, 2.5)))
            recalled = days == 0 or rng.random() < recall_probability(w, stability, days)
            rating = rng.choices([2, 3, 4], weights=[0.2, 0.65, 0.15])[0] if recalled else 1
            reviews.append((rating, days))
            if days > 0:
                stability = stability * (2.5 if recalled else 0.3) + 0.1
        result.append(reviews)
    return result


def items_from(history_list):
    items = []
    for reviews in history_list:
        for end in range(1, len(reviews)):
            if reviews[end][1] > 0:
                items.append(reviews[: end + 1])
    return items


def to_fsrs(items):
    return [FSRSItem([FSRSReview(r, d) for r, d in item]) for item in items]


def main():
    rng = random.Random(14)
    fitted_like = [round(p * rng.uniform(0.6, 1.5), 4) for p in DEFAULT_PARAMETERS]
    fitted_like[20] = min(max(fitted_like[20], 0.1), 0.8)
    fitted_like[7] = min(fitted_like[7], 0.75)
    datasets = []
    # (cards, seed, most reviews after the first): too little for anything, pre-training only (cards reviewed
    # once more), and full training in one batch.
    for cards, seed, most in [(30, 1, 7), (45, 2, 7), (60, 5, 1), (150, 6, 1), (120, 3, 7), (200, 4, 7)]:
        rng = random.Random(seed)
        items = items_from(histories(rng, cards, DEFAULT_PARAMETERS, most))
        # Time order does not exist here; shuffle so targets of one card are spread as in a real log.
        rng.shuffle(items)
        fsrs_items = to_fsrs(items)
        evaluations = []
        for parameters in [list(DEFAULT_PARAMETERS), fitted_like]:
            result = FSRS(parameters).evaluate(fsrs_items)
            evaluations.append({"parameters": parameters, "logLoss": result.log_loss, "rmseBins": result.rmse_bins})
        computed = FSRS(DEFAULT_PARAMETERS).compute_parameters(fsrs_items)
        datasets.append({"items": [[list(r) for r in item] for item in items], "evaluations": evaluations,
                         "computed": computed})
    print(json.dumps({"fsrs_rs_python": version("fsrs-rs-python"), "datasets": datasets}))


main()

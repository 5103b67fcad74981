"""fsrs-rs (PyPI fsrs-rs-python 0.9.3) replaying a review history, the peer of `tifa fsrs replay`, for
`tifa-bench whole`.

    python fsrs_rs_replay.py FILE.jsonl

Reads the same JSON Lines ({"card": …, "rating": 1-4, "time": ISO 8601}), keeps each card's memory state, asks
fsrs-rs for the next states a review at a time (days elapsed as whole 24-hour periods, desired retention 0.9), and
prints one JSON line per review with the card, rating, stability, difficulty and interval. A loop a Python user
would write: no learning steps and no fuzz, so it does less than Tifa's replay.
"""
import json
import sys
from datetime import datetime

from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS


def main():
    model = FSRS(DEFAULT_PARAMETERS)
    cards = {}
    out = sys.stdout
    with open(sys.argv[1], encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            review = json.loads(line)
            time = datetime.fromisoformat(review["time"].replace("Z", "+00:00")).timestamp()
            memory, last = cards.get(review["card"], (None, time))
            states = model.next_states(memory, 0.9, int((time - last) // 86400))
            state = (states.again, states.hard, states.good, states.easy)[review["rating"] - 1]
            cards[review["card"]] = (state.memory, time)
            out.write(json.dumps({"card": review["card"], "rating": review["rating"],
                                  "stability": state.memory.stability, "difficulty": state.memory.difficulty,
                                  "interval": state.interval}) + "\n")


main()

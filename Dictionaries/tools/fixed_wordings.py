#!/usr/bin/env python3
"""Finds the long fixed wordings of the register (以习近平同志为核心的党中央, 站在历史正确一边, 百年未有之大变局):
runs of 2 to 8 words, function words inside included, 6 to 16 characters, that recur across many stories and are
free at both ends. Word-level discovery (tifa-derive register) keeps to noun phrases of content words; these are
the clauses and set phrases it cannot see. The output is a worklist for the glossary's writers, not shipped data.

    tifa read --segment --keep-lines CORPUS.txt > CORPUS.seg      # for each corpus file (March 2024 left out)
    python3 Dictionaries/tools/fixed_wordings.py [--shortest 4] [--least-count 20] [--least-stories 10] CORPUS.seg… > wordings.tsv
"""
import math, re, sys
from collections import Counter, defaultdict

def option(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default

# `--least-count` and `--least-stories` lower the bar for a second pass over wordings fewer stories share.
MIN_COUNT, MIN_DOCUMENTS, MIN_FREEDOM = option('--least-count', 20), option('--least-stories', 10), 1.5
# The shortest wording looked for: 6 characters by default; `--shortest 4` also finds four- and five-character
# runs of two or more words (变乱交织, 防范化解, 系统性风险) that word-level discovery, which keeps to noun
# phrases, does not.
SHORTEST = option('--shortest', 6)
HAN = re.compile(r'^[\u4e00-\u9fff]+$')
EDGE_FUNCTION = set('的了是在和与及也就又把被将对')
PARTICLES = {'的', '之', '地'}

def documents(paths):
    for path in paths:
        words = []
        for line in open(path, encoding='utf-8'):
            if line.startswith('#'):
                if words:
                    yield words
                words = []
            words.append(line.split())
        if words:
            yield words

def entropy(counter):
    total = sum(counter.values())
    return -sum(c / total * math.log2(c / total) for c in counter.values()) if total else 0

def neighbour(words, index, step, number):
    """The word beside a run, looking past a particle: 的 before a noun phrase (双方的|发展战略对接) marks the
    phrase's edge, it is no fixed neighbour, and the word past it is what varies."""
    if 0 <= index < len(words) and words[index] in PARTICLES:
        index += step
    # Punctuation is an edge, like the sentence's: each one counts as a neighbour seen once.
    if 0 <= index < len(words) and HAN.match(words[index]):
        return words[index]
    return f'{"^" if step < 0 else "$"}{number}:{index}'

def main(paths):
    docs = list(documents(paths))
    frequent = {1: None}
    counts = {}
    for n in range(2, 9):
        count, seen_in, left, right = Counter(), defaultdict(set), defaultdict(Counter), defaultdict(Counter)
        for number, doc in enumerate(docs):
            for words in doc:
                for i in range(len(words) - n + 1):
                    run = tuple(words[i:i + n])
                    if n > 2 and (run[:-1] not in counts or run[1:] not in counts):
                        continue
                    if not all(HAN.match(w) for w in run):
                        continue
                    count[run] += 1
                    seen_in[run].add(number)
                    left[run][neighbour(words, i - 1, -1, number)] += 1
                    right[run][neighbour(words, i + n, 1, number)] += 1
        kept = {r: c for r, c in count.items() if c >= MIN_COUNT and len(seen_in[r]) >= MIN_DOCUMENTS}
        counts = {r: (c, len(seen_in[r]), entropy(left[r]), entropy(right[r])) for r, c in kept.items()}
        for run, (c, d, l, r) in counts.items():
            text = ''.join(run)
            if SHORTEST <= len(text) <= 16 and min(l, r) >= MIN_FREEDOM and run[0] not in EDGE_FUNCTION and run[-1] not in EDGE_FUNCTION:
                print(f'{text}\t{c}\t{d}\t{l:.2f}\t{r:.2f}\t{" ".join(run)}')
        if not counts:
            break

OPTIONS = ('--shortest', '--least-count', '--least-stories')
main([a for i, a in enumerate(sys.argv[1:], 1) if a not in OPTIONS and sys.argv[i - 1] not in OPTIONS])

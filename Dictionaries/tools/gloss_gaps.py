#!/usr/bin/env python3
"""Worklists for the glossary's third register pass (December 2026): units Tifa meets in the register that no
dictionary glosses and no earlier pass judged. The output is a worklist for the glossary's writers, not shipped data.

    python3 Dictionaries/tools/gloss_gaps.py register SHARED > worklist.tsv   # from register.tsv and jieba's set phrases
    python3 Dictionaries/tools/gloss_gaps.py inside SHARED > worklist.tsv     # units inside glossary entries (needs jieba)
    python3 Dictionaries/tools/gloss_gaps.py idioms SHARED > worklist.tsv     # idioms of the Xinhua list with no English

`register`: units register.tsv counts 10 times or more (the second pass took 20 and left out every word jieba tags as
a name or an adverb, though jieba tags 高水平, 绿水青山 and 建立健全 nr), less numbers, pronouns, time words and
transliterated names; and jieba's set phrases (tags i, l) of four characters or more seen 3 times or more in the corpus.
`inside`: the unit inside a glossary entry that texts use with other words around it: the object after a verb
(统筹|高质量发展和高水平安全, 停止|干涉中国内政) and a predicate of four characters after a subject
(房地产市场|止跌回稳), cut where jieba (without its HMM) cuts the entry, seen twice or more in the corpus.
`idioms`: the idioms of idioms.tsv (the Xinhua list: pinyin and source, no English) that the corpus uses at least once
and no dictionary glosses; a learner saw "literally: gold + time" for 黄金时间.
All three leave out units that the glossary, CC-CEDICT or register-skips.tsv already has. The corpus is read as
`tifa-derive register` reads it: March 2024 and the 2024 report are held out.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
# jieba tags never worth an entry: numerals, measure words, pronouns, time words, transliterated names, function words.
SKIPPED_TAGS = {"m", "mq", "nrt", "r", "t", "q", "u", "c", "f", "p", "y", "e", "o", "x", "uj", "ul", "ud", "ug", "uv", "uz", "zg"}
COUNTED = re.compile(r"[一二三四五六七八九十百千万亿两零]{2}|^[第首多余每该这本此各]|[号届季]$")


def table(name: str):
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def known_units():
    glossary = {fields[0]: fields for fields in table("glossary.tsv")}
    cedict = {}
    for line in (HERE / "cedict_ts.u8").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            parts = line.split(" ", 2)
            if len(parts) > 2:
                cedict.setdefault(parts[1], parts[2])
    skips = {fields[0] for fields in table("register-skips.tsv")}
    return glossary, cedict, skips


def jieba_entries():
    entries = {}
    for line in (HERE / "jieba_dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 3:
            entries[parts[0]] = parts[2]
    return entries


def corpus_text(shared: Path) -> str:
    """The register corpus as `tifa-derive register` reads it, less the held-out month and report."""
    text = []
    for path in sorted((shared / "corpus" / "cctv-xinwen-lianbo").glob("*.txt")):
        keep = True
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
            if line.startswith("# "):
                keep = line[2:8] != "202403"
            elif keep:
                text.append(line)
    for folder in ("gov-work-reports", "cpc-congress"):
        for path in sorted((shared / "corpus" / folder).glob("*")):
            if "2024" not in path.name:
                text.append(path.read_text(encoding="utf-8"))
    return "".join(text)


def register_gaps(shared: Path):
    glossary, cedict, skips = known_units()
    tags = jieba_entries()
    known = lambda unit: unit in glossary or unit in cedict or unit in skips
    rows = {}
    for unit, count, documents, _, found in table("register.tsv"):
        tag = tags.get(unit, "-")
        if int(count) >= 10 and not known(unit) and not COUNTED.search(unit):
            if tag not in SKIPPED_TAGS and (tag != "d" or len(unit) >= 4):
                rows[unit] = (int(count), documents, tag, found)
    phrases = {unit for unit, tag in tags.items() if tag in ("i", "l") and len(unit) >= 4}
    phrases = {unit for unit in phrases if unit not in rows and not known(unit) and not COUNTED.search(unit)}
    for unit, count in occurrences(phrases, corpus_text(shared)).items():
        if count >= 3:
            rows[unit] = (count, "", tags[unit], "jieba set phrase")
    return rows


def occurrences(units, text: str):
    """How often each unit occurs in the text, by one pass over it for each length (text.count for each of some
    twenty thousand units would read the corpus as many times)."""
    counts = dict.fromkeys(units, 0)
    for length in sorted({len(unit) for unit in units}):
        for start in range(len(text) - length + 1):
            piece = text[start:start + length]
            if piece in counts:
                counts[piece] += 1
    return counts


def units_inside_entries(shared: Path):
    import jieba.posseg

    glossary, cedict, skips = known_units()
    known = lambda unit: unit in glossary or unit in cedict or unit in skips

    def english(word):
        if word in glossary:
            return glossary[word][2]
        return cedict.get(word, "").split("/", 1)[-1]

    found = {}
    for term in glossary:
        if "、" in term or "，" in term:
            continue
        cut = [(piece.word, piece.flag) for piece in jieba.posseg.cut(term, HMM=False)]
        if len(cut) < 2:
            continue
        verb, rest = cut[0][0], "".join(word for word, _ in cut[1:])
        is_verb = cut[0][1].startswith("v") or english(verb).startswith("to ")
        if is_verb and len(rest) >= 4 and not known(rest) and cut[1][1] not in ("c", "u", "uj", "p", "d", "r", "m"):
            found.setdefault(rest, ("object after a verb", term))
        tail, start = "", len(cut)
        while start > 0 and len(tail) < 4:
            start -= 1
            tail = cut[start][0] + tail
        nominal = all(flag.startswith("n") or flag in ("vn", "j", "s") for _, flag in cut[:start])
        if len(tail) == 4 and start > 0 and nominal and not known(tail) and cut[start][1] not in ("c", "u", "uj", "p", "m"):
            found.setdefault(tail, ("predicate after a subject", term))
    text = corpus_text(shared)
    rows = {}
    for unit, (how, entry) in found.items():
        count = text.count(unit)
        if count >= 2:
            rows[unit] = (count, "", how, entry)
    return rows


def idioms_without_english(shared: Path):
    glossary, cedict, skips = known_units()
    idioms = {fields[0] for fields in table("idioms.tsv")}
    unglossed = {idiom for idiom in idioms if idiom not in glossary and idiom not in cedict and idiom not in skips}
    return {idiom: (count, "", "idiom", "idiom list") for idiom, count in occurrences(unglossed, corpus_text(shared)).items() if count >= 1}


def main(mode: str, shared: Path) -> None:
    makers = {"register": register_gaps, "inside": units_inside_entries, "idioms": idioms_without_english}
    rows = makers[mode](shared)
    print("# unit\tcorpus count\tstories\tjieba tag or how found\tfound as / the glossary entry it stands in")
    for unit, fields in sorted(rows.items(), key=lambda item: -item[1][0]):
        print("\t".join([unit] + [str(field) for field in fields]))


main(sys.argv[1], Path(sys.argv[2]))

#!/usr/bin/env python3
"""Worklists for the glossary's third register pass (December 2026): units Tifa meets in the register that no
dictionary glosses and no earlier pass judged. The output is a worklist for the glossary's writers, not shipped data.

    python3 Dictionaries/tools/gloss_gaps.py register SHARED > worklist.tsv   # from register.tsv and jieba's set phrases
    python3 Dictionaries/tools/gloss_gaps.py inside SHARED > worklist.tsv     # units inside glossary entries (needs jieba)
    python3 Dictionaries/tools/gloss_gaps.py idioms SHARED > worklist.tsv     # idioms of the Xinhua list with no English
    python3 Dictionaries/tools/gloss_gaps.py phrases SHARED > worklist.tsv    # recurring word sequences (needs jieba)
    python3 Dictionaries/tools/gloss_gaps.py common-idioms SHARED > worklist.tsv  # idioms general Chinese uses

`register`: units register.tsv counts 10 times or more (the second pass took 20 and left out every word jieba tags as
a name or an adverb, though jieba tags 高水平, 绿水青山 and 建立健全 nr), less numbers, pronouns, time words and
transliterated names; and jieba's set phrases (tags i, l) of four characters or more seen 3 times or more in the corpus.
`inside`: the unit inside a glossary entry that texts use with other words around it: the object after a verb
(统筹|高质量发展和高水平安全, 停止|干涉中国内政) and a predicate of four characters after a subject
(房地产市场|止跌回稳), cut where jieba (without its HMM) cuts the entry, seen twice or more in the corpus.
`idioms`: the idioms of idioms.tsv (the Xinhua list: pinyin and source, no English) that the corpus uses at least once
and no dictionary glosses; a learner saw "literally: gold + time" for 黄金时间.
`phrases`: runs of two to four words (jieba without its HMM; four to nine characters) seen 15 times or more that hold
together (the pointwise mutual information of their weakest split is 7 bits or more) and are free at both ends (no one
content word stands beside them in more than 60 % of their uses), less news names and reporting verbs, and runs that
open or close on a function word or are a verb before a known unit (国际和地区事务, 涉及彼此核心利益, 动荡变革期;
most are pieces or free combinations, for the writers to skip).
`common-idioms`: the idioms of idioms.tsv with no English that jieba's counts of general Chinese see 20 times or more,
commonest first: the idioms an unseen article is likeliest to use where the register corpus never did.
All five leave out units that the glossary, CC-CEDICT or register-skips.tsv already has. The corpus is read as
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


# Words a run may not open or close on, and words that mark it as news of the day rather than a wording of the register.
PHRASE_EDGES = set("的了和与及或在是对把被将于为以从向而并也都就又")
PHRASE_INSIDE = {"的", "了", "是", "在", "把", "被", "对"}
NEWS_WORDS = ("习近平", "李强", "李克强", "王毅", "今天", "目前", "记者", "报道", "表示", "指出", "强调", "会见", "美国",
              "乌克兰", "乌军", "俄军", "以色列", "日", "月", "年", "新闻", "央视", "说", "获悉", "出席", "参加", "举行")


def recurring_phrases(shared: Path):
    import math
    from collections import Counter, defaultdict

    import jieba

    jieba.setLogLevel(60)
    glossary, cedict, skips = known_units()
    register = {fields[0] for fields in table("register.tsv")}
    tags = jieba_entries()
    known = lambda unit: unit in glossary or unit in cedict or unit in skips or unit in register
    words, runs = Counter(), Counter()
    left, right = defaultdict(Counter), defaultdict(Counter)
    for segment in re.findall(r"[\u4e00-\u9fff]+", corpus_text(shared)):
        cut = list(jieba.cut(segment, HMM=False))
        words.update(cut)
        for size in (2, 3, 4):
            for start in range(len(cut) - size + 1):
                run = cut[start:start + size]
                unit = "".join(run)
                if not 4 <= len(unit) <= 9 or run[0] in PHRASE_EDGES or run[-1] in PHRASE_EDGES:
                    continue
                if any(word in PHRASE_INSIDE for word in run):
                    continue
                runs[unit] += 1
                left[unit][cut[start - 1] if start > 0 else "^"] += 1
                right[unit][cut[start + size] if start + size < len(cut) else "$"] += 1
    total = sum(words.values())

    def count(piece: str, whole: int) -> int:
        return words[piece] if len(jieba.lcut(piece, HMM=False)) == 1 else max(runs.get(piece, 0), whole)

    def held_by_neighbour(neighbours: Counter, uses: int, loose_tags: tuple) -> bool:
        neighbour, times = neighbours.most_common(1)[0]
        return times / uses > 0.6 and neighbour not in "^$" and neighbour not in PHRASE_EDGES and tags.get(neighbour, "?") not in loose_tags

    rows = {}
    for unit, uses in runs.items():
        if uses < 15 or known(unit) or COUNTED.search(unit) or any(word in unit for word in NEWS_WORDS):
            continue
        if held_by_neighbour(left[unit], uses, ("p", "c", "u", "d", "v", "r", "f")):
            continue
        if held_by_neighbour(right[unit], uses, ("p", "c", "u", "f", "uj", "y")):
            continue
        cut = jieba.lcut(unit, HMM=False)
        cohesion = min(math.log2(uses * total / (count("".join(cut[:k]), uses) * count("".join(cut[k:]), uses))) for k in range(1, len(cut)))
        first, last = tags.get(cut[0], "?"), tags.get(cut[-1], "?")
        verb_before_unit = first in ("v", "vn", "d", "ad", "p", "c", "r", "m", "q", "u") and known("".join(cut[1:]))
        if cohesion < 7 or verb_before_unit or (last == "v" and known("".join(cut[:-1]))):
            continue
        if first in ("d", "ad", "p", "c", "r", "m", "q", "u", "f") or last in ("d", "p", "c", "r", "m", "q", "u", "f", "uj", "y", "ul"):
            continue
        rows[unit] = (uses, "", "/".join(cut), "recurring words")
    return rows


def common_idioms(shared: Path):
    glossary, cedict, skips = known_units()
    general = {}
    for line in (HERE / "jieba_dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            general[parts[0]] = int(parts[1])
    idioms = {fields[0] for fields in table("idioms.tsv")}
    unglossed = {idiom for idiom in idioms if idiom not in glossary and idiom not in cedict and idiom not in skips}
    return {idiom: (general[idiom], "", "idiom", "jieba count") for idiom in unglossed if general.get(idiom, 0) >= 20}


def main(mode: str, shared: Path) -> None:
    makers = {"register": register_gaps, "inside": units_inside_entries, "idioms": idioms_without_english, "phrases": recurring_phrases,
              "common-idioms": common_idioms}
    rows = makers[mode](shared)
    print("# unit\tcorpus count\tstories\tjieba tag or how found\tfound as / the glossary entry it stands in")
    for unit, fields in sorted(rows.items(), key=lambda item: -item[1][0]):
        print("\t".join([unit] + [str(field) for field in fields]))


main(sys.argv[1], Path(sys.argv[2]))

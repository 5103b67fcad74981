#!/usr/bin/env python3
"""Finds the clauses the register repeats word for word: a whole span between two punctuation marks, 4 to 16
characters of Chinese (enumeration commas 、 inside allowed), that recurs in many stories (踔厉奋发、勇毅前行,
中国开放的大门只会越开越大, 国家主权、安全、发展利益). A clause that many stories write the same way is a set
wording or boilerplate; the glossary's writers tell which. Word-level discovery and fixed_wordings.py stop at
punctuation inside a wording and so miss these. The output is a worklist, not shipped data.

    python3 Dictionaries/tools/recurring_clauses.py SHARED_FOLDER MIN_STORIES > clauses.tsv

Reads SHARED_FOLDER/corpus: the evening news (March 2024 left out: held out for evaluation) and the reports (the
2024 report left out likewise). Leaves out clauses the glossary, register-skips.tsv, the idiom list or CC-CEDICT
already has, and reporting frames (X表示, 会议指出, dates, leaders' names before a verb of saying). Columns: clause,
count, stories; widest spread first.
"""
import collections
import re
import sys
from pathlib import Path

DICTIONARIES = Path(__file__).resolve().parent.parent
CLAUSE_ENDS = re.compile(r'[，。；：！？“”‘’（）《》【】\s,.;:!?()"\'—…]+')
CLAUSE = re.compile(r'[\u4e00-\u9fff、]{4,16}')
# Reporting frames and dates: what a news story says around a wording, never the wording.
FRAMES = re.compile(r'习近平|李强|李克强|王沪宁|赵乐际|汪洋|丁薛祥|王毅|何立峰|蔡奇|韩正|栗战书|王岐山|今天|表示|指出|强调|'
                    r'认为|说$|称$|^会议|记者|节目|截至|数据显示|消息|今年|去年|日电|月|日$|^据|新华社|央视|总台|人士')


def stories(shared: Path):
    for path in sorted((shared / 'corpus' / 'cctv-xinwen-lianbo').glob('*.txt')):
        story = None
        for line in path.open(encoding='utf-8'):
            if line.startswith('# '):
                if story:
                    yield story
                story = None if line[2:8] == '202403' else []
            elif story is not None:
                story.append(line.strip())
        if story:
            yield story
    for folder in ('gov-work-reports', 'cpc-congress'):
        for path in sorted((shared / 'corpus' / folder).glob('*')):
            if '2024' not in path.name:
                yield [path.read_text(encoding='utf-8', errors='ignore')]


def known_units():
    known = set()
    for name in ('glossary.tsv', 'register-skips.tsv', 'idioms.tsv'):
        for line in (DICTIONARIES / name).open(encoding='utf-8'):
            if not line.startswith('#'):
                known.add(line.split('\t')[0].replace('、', ''))
    for line in (DICTIONARIES / 'cedict_ts.u8').open(encoding='utf-8'):
        if not line.startswith('#'):
            fields = line.split(' ')
            if len(fields) > 1:
                known.add(fields[1])
    return known


def main(shared: Path, min_stories: int) -> None:
    count, spread = collections.Counter(), collections.Counter()
    for story in stories(shared):
        seen = set()
        for text in story:
            for clause in CLAUSE_ENDS.split(text):
                if CLAUSE.fullmatch(clause):
                    count[clause] += 1
                    seen.add(clause)
        spread.update(seen)
    known = known_units()
    rows = [(clause, n, spread[clause]) for clause, n in count.items()
            if spread[clause] >= min_stories and clause.replace('、', '') not in known and not FRAMES.search(clause)]
    rows.sort(key=lambda row: (-row[2], -row[1], row[0]))
    print(f'# clause\tcount\tstories  (recurring clauses in {min_stories} or more stories; widest spread first)')
    for clause, n, s in rows:
        print(f'{clause}\t{n}\t{s}')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), int(sys.argv[2]))

"""Checks Tifa's glossary files: every row parses and its pinyin fits its characters.

Usage: python3 Dictionaries/tools/check_glossary.py [GLOSSARY.tsv ...]   (default: Dictionaries/glossary.tsv)
A syllable fits a character when CC-CEDICT gives that character that reading, alone or inside a word.
The Swift test suite makes the same check; this script is for writing entries without building.
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DOMAINS = {"party-state", "governance", "economy", "diplomacy", "security", "poverty-rural", "ecology", "law", "society",
           "military", "hk-macao-taiwan", "history"}
KINDS = {"formulation", "term", "organisation", "title", "saying", "idiom"}
HAN = re.compile(r"[\u3400-\u9fff]")
SYLLABLE = re.compile(r"^[a-zA-Z:]+[1-5]$")


def readings() -> dict[str, set[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for line in (HERE / "cedict_ts.u8").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        match = re.match(r"^(\S+) (\S+) \[([^\]]+)\]", line)
        if not match:
            continue
        trad, simp, pinyin = match.groups()
        syllables = pinyin.split()
        for form in (simp, trad):
            if len(form) == len(syllables):
                for char, syllable in zip(form, syllables):
                    table[char].add(syllable.lower().replace("v", "u:"))
    return table


def check(path: Path, table: dict[str, set[str]], seen: dict[str, str]) -> list[str]:
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        fields = line.split("\t")
        if len(fields) != 8:
            problems.append(f"{where}: {len(fields)} fields, expected 8")
            continue
        term, pinyin, english, domain, kind, note, full_form, band = fields
        if term in seen:
            problems.append(f"{where}: {term} already at {seen[term]}")
        seen[term] = where
        chars = HAN.findall(term)
        if len(chars) != len(term.replace("、", "")) or not chars:
            problems.append(f"{where}: {term}: only Chinese characters (and 、) allowed")
        syllables = pinyin.split()
        if len(syllables) != len(chars):
            problems.append(f"{where}: {term}: {len(chars)} characters but {len(syllables)} syllables")
        for char, syllable in zip(chars, syllables):
            if not SYLLABLE.match(syllable):
                problems.append(f"{where}: {term}: '{syllable}' is not numbered pinyin like zhong1")
            elif syllable.lower().replace("v", "u:") not in table.get(char, set()):
                problems.append(f"{where}: {term}: {char} is not read '{syllable}' in CC-CEDICT "
                                f"(readings: {' '.join(sorted(table.get(char, [])))})")
        if not english.strip():
            problems.append(f"{where}: {term}: English is empty")
        if domain not in DOMAINS:
            problems.append(f"{where}: {term}: domain '{domain}' not in {sorted(DOMAINS)}")
        if kind not in KINDS:
            problems.append(f"{where}: {term}: kind '{kind}' not in {sorted(KINDS)}")
        if band not in ("1", "2", "3"):
            problems.append(f"{where}: {term}: band '{band}' is not 1 (core), 2 (common) or 3 (specialised)")
        if kind == "formulation" and not note.strip():
            problems.append(f"{where}: {term}: a formulation needs a note")
    return problems


def main() -> int:
    paths = [Path(p) for p in sys.argv[1:]] or [HERE / "glossary.tsv"]
    table, seen, problems, rows = readings(), {}, [], 0
    for path in paths:
        problems += check(path, table, seen)
    print("\n".join(problems) if problems else f"ok: {len(seen)} entries")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

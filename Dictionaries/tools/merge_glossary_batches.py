#!/usr/bin/env python3
"""Puts reviewed glossary batches into Dictionaries/glossary.tsv, as its last section (replacing that section when it
is already there), sorted by domain then by the unit's count in the register lexicon; a unit already in the glossary
keeps its existing entry. Skips (units judged not worth a card, with the reason) go to Dictionaries/register-skips.tsv.

    python3 Dictionaries/tools/merge_glossary_batches.py BATCH_DIR   # batch-N.tsv and batch-N.skip.tsv
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
MARKER = "# --- register lexicon pass"


def main(folder: Path) -> None:
    glossary = (HERE / "glossary.tsv").read_text(encoding="utf-8")
    head = glossary.split("\n" + MARKER)[0].rstrip("\n") + "\n"
    existing = {line.split("\t")[0] for line in head.splitlines() if line and not line.startswith("#")}
    counts = {}
    for line in (HERE / "register.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            counts[fields[0]] = int(fields[1])
    entries, skips = {}, {}
    for path in sorted(folder.glob("batch-*.tsv")):
        target = skips if path.name.endswith(".skip.tsv") else entries
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            term = line.split("\t")[0]
            if term not in existing and term not in target:
                target[term] = line
    skips = {term: line for term, line in skips.items() if term not in entries}
    ordered = sorted(entries.values(), key=lambda row: (row.split("\t")[3], -counts.get(row.split("\t")[0], 0), row))
    section = [f"{MARKER}: units the register lexicon (register.tsv) counts 20 times or more (and set phrases",
               "# 5 times or more), and wordings of four to sixteen characters the register corpus repeats (6 times or more",
               "# in 4 stories or more, Dictionaries/tools/fixed_wordings.py), and clauses it repeats word for word (in 3",
               "# stories or more, Dictionaries/tools/recurring_clauses.py), that no dictionary glossed, written by",
               "# translators and reviewed by a second reader working as a reviser, December 2026; by domain, then by count",
               f"# ({len(ordered)})"]
    (HERE / "glossary.tsv").write_text(head + "\n".join(section + ordered) + "\n", encoding="utf-8")
    skip_lines = ["# Units of the register lexicon's worklist judged not worth a glossary entry, with the reason:",
                  "# compositional (read from its parts: 推动高质量发展), fragment (a piece of a longer unit), name, number,",
                  "# media (broadcast boilerplate). Written with the glossary's register pass; CC BY-SA 4.0 like the glossary.",
                  "# unit\treason"]
    (HERE / "register-skips.tsv").write_text("\n".join(skip_lines + sorted(skips.values())) + "\n", encoding="utf-8")
    print(f"{len(ordered)} entries added, {len(skips)} skips")


main(Path(sys.argv[1]))

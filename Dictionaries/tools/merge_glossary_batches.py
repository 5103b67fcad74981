#!/usr/bin/env python3
"""Puts reviewed glossary batches into Dictionaries/glossary.tsv as one section of their own, sorted by domain then by
the unit's count in the register lexicon (replacing that section when it is already there, else after the last one);
a unit the rest of the glossary already has keeps its existing entry. Skips (units judged not worth a card, with the
reason) join Dictionaries/register-skips.tsv, less any unit that now has an entry.

    python3 Dictionaries/tools/merge_glossary_batches.py BATCH_DIR   # batch-N.tsv, batch-N.skip.tsv, section.txt

`section.txt` names the section on its first line (the text after `# --- `, up to the first colon, identifies it) and
describes it on the lines after; the entry count is added at its end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SECTION_START = "# --- "


def rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line


def split_sections(text: str, name: str):
    """The glossary's lines before the named section, and after it (empty when it is the last or absent)."""
    lines = text.rstrip("\n").split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith(SECTION_START)]
    named = [i for i in starts if line_name(lines[i]) == name]
    if not named:
        return lines, []
    begin = named[0]
    following = [i for i in starts if i > begin]
    end = following[0] if following else len(lines)
    return lines[:begin], lines[end:]


def line_name(marker: str) -> str:
    return marker[len(SECTION_START):].split(":")[0].strip()


def main(folder: Path) -> None:
    description = (folder / "section.txt").read_text(encoding="utf-8").strip().splitlines()
    name = description[0].split(":")[0].strip()
    before, after = split_sections((HERE / "glossary.tsv").read_text(encoding="utf-8"), name)
    existing = {line.split("\t")[0] for line in before + after if line and not line.startswith("#")}
    counts = {line.split("\t")[0]: int(line.split("\t")[1]) for line in rows(HERE / "register.tsv")}
    entries, skips = {}, {}
    for path in sorted(folder.glob("batch-*.tsv")):
        target = skips if path.name.endswith(".skip.tsv") else entries
        for line in rows(path):
            term = line.split("\t")[0]
            if term not in existing and term not in target:
                target[term] = line
    ordered = sorted(entries.values(), key=lambda row: (row.split("\t")[3], -counts.get(row.split("\t")[0], 0), row))
    header = [SECTION_START + description[0]] + ["# " + line for line in description[1:]]
    header[-1] += f" ({len(ordered)})"
    glossary = before + header + ordered + after
    (HERE / "glossary.tsv").write_text("\n".join(glossary) + "\n", encoding="utf-8")

    skip_path = HERE / "register-skips.tsv"
    skip_text = skip_path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in skip_text if line.startswith("#")]
    glossed = existing | set(entries)
    merged = {line.split("\t")[0]: line for line in rows(skip_path)}
    for term, line in skips.items():
        merged.setdefault(term, line)
    kept = sorted(line for term, line in merged.items() if term not in glossed)
    skip_path.write_text("\n".join(comments + kept) + "\n", encoding="utf-8")
    print(f"{len(ordered)} entries in section '{name}', {len(kept)} skips in all")


main(Path(sys.argv[1]))

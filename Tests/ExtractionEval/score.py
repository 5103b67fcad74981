#!/usr/bin/env python3
"""Scores `tifa extract` against a gold list, as tifa-bench extract does: recall of core items in the top 150,
precision of the top 50, fragments, nested-family duplicates in the top 20, composed glosses in the top 50.

    python3 Tests/ExtractionEval/score.py TIFA TEXT GOLD [--show]
"""
import json, subprocess, sys

def normal(term):
    for mark in '、“”"‘’「」《》':
        term = term.replace(mark, '')
    return term

def gold_entries(path):
    entries = []
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        fields = line.rstrip('\n').split('\t')
        entries.append(([normal(a) for a in fields[0].split('|')], fields[1] == 'core'))
    return entries

def main():
    tifa, text, gold_path = sys.argv[1:4]
    items = json.loads(subprocess.run([tifa, 'extract', '--top', '150', '--format', 'json', text],
                                      capture_output=True, text=True, check=True).stdout)
    gold = gold_entries(gold_path)
    terms = [normal(i['term']) for i in items]
    top150, top50 = set(terms[:150]), terms[:50]
    core = [alts for alts, is_core in gold if is_core]
    found = [alts for alts in core if any(a in top150 for a in alts)]
    in_gold = [t for t in top50 if any(t in alts for alts, _ in gold)]
    all_alts = [a for alts, _ in gold for a in alts]
    fragments = [t for t in top50 if t not in in_gold and any(a != t and t in a for a in all_alts)]
    top20 = terms[:20]
    nested = [(a, b) for a in top20 for b in top20 if a != b and a in b]
    composed = [i['term'] for i in items[:50] if i.get('glossSource') == 'parts']
    print(f"{text}: core recall@150 {100*len(found)/len(core):.1f}% ({len(found)}/{len(core)})  "
          f"precision@50 {100*len(in_gold)/max(len(top50),1):.1f}% ({len(in_gold)}/{len(top50)})  "
          f"fragments {len(fragments)}  nested@20 {len(nested)}  composed@50 {len(composed)}")
    blind = any(line.startswith('# blind') for line in open(gold_path, encoding='utf-8'))
    if '--show' in sys.argv and blind:
        print('  (a blind text: its terms are not shown)')
    elif '--show' in sys.argv:
        print('  not in gold:', ' '.join(t for t in top50 if t not in in_gold))
        print('  core missed:', ' '.join(alts[0] for alts in core if alts not in found))
        print('  fragments:', ' '.join(fragments), ' nested:', nested, ' composed:', composed)

main()

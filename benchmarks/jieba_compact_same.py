"""Proof that checker's compiled jieba (checker/jieba_tables.py, checker/jieba_cut.py) gives
what plain jieba gives: the same tables, and the same words and tags on a corpus.

    python3 benchmarks/jieba_compact_same.py [FILE ...] [--half even]

Each FILE is plain text (every line is cut), or JSON Lines of DEMETR (the `source` of each
`lang` "zh" line; with `--half even`, only the lines whose id number is even). Compared:
every key, frequency and tag of jieba's prefix dictionary and tag table, its total, posseg's
four model tables, then each line's (word, tag) pairs from `jieba.posseg.cut` and from ours,
and whether the tag table lists each word with its tag. Prints counts only (never a line),
and the numbers of the lines that differ; exit status 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from demetr_entities import in_half

from checker.jieba_cut import TaggingCut
from checker.jieba_tables import JiebaTables, TagTable, build, jieba_folder


def plain_jieba(cache: str):
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.CRITICAL)
    jieba.dt.tmp_dir = cache
    jieba.dt.initialize()
    return jieba.dt, jieba.posseg


def tables_differences(tables: JiebaTables, tokenizer, posseg) -> list[str]:
    """What differs between jieba's in-memory tables and the compiled ones (names only)."""
    out = []
    if tables.total != tokenizer.total:
        out.append("total")
    keys = list(tables.keys())
    if len(keys) != len(tokenizer.FREQ) or set(keys) != set(tokenizer.FREQ):
        out.append("prefix dictionary keys")
    if any(tables.freqs[tables.entry(k)] != f for k, f in tokenizer.FREQ.items()):
        out.append("frequencies")
    tags = TagTable(tables)
    if dict(tags.items()) != posseg.dt.word_tag_tab:
        out.append("tag table")
    model = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    if tables.model() != model:
        out.append("posseg model")
    return out


def corpus(paths: list[Path], half: str | None) -> list[str]:
    lines = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if path.suffix != ".jsonl":
                lines.append(line)
                continue
            row = json.loads(line)
            if row.get("lang") == "zh" and in_half(row["id"], half):
                lines.append(row["source"])
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--half", choices=("even", "odd"))
    args = parser.parse_args(argv)
    folder = jieba_folder()
    if folder is None:
        raise SystemExit("jieba is not installed")
    with tempfile.TemporaryDirectory() as cache:
        tokenizer, posseg = plain_jieba(cache)
    tables = JiebaTables(build(folder))
    differences = tables_differences(tables, tokenizer, posseg)
    print(f"tables: {len(tokenizer.FREQ)} prefix entries, {len(posseg.dt.word_tag_tab)} "
          f"tagged words: {'differ in ' + ', '.join(differences) if differences else 'same'}")
    ours, listed = TaggingCut(tables), TagTable(tables)
    theirs = posseg.dt.word_tag_tab
    differ, words = [], 0
    for number, line in enumerate(corpus(args.files, args.half), 1):
        plain = [(p.word, p.flag) for p in posseg.cut(line)]
        mine = list(ours.cut(line))
        words += len(plain)
        same_listed = all(listed.get(w) == theirs.get(w) for w, _ in plain)
        if plain != mine or not same_listed:
            differ.append(number)
    total = len(corpus(args.files, args.half))
    print(f"lines: {total}, words: {words}, lines that differ: {len(differ)}"
          + (f" (numbers {differ[:20]})" if differ else ""))
    return 1 if differ or differences else 0


if __name__ == "__main__":
    sys.exit(main())

"""Adapted versions of wire stories (issue 11): shortened, reordered, merged, with local
paragraphs, as a desk adapts a story; then one drift planted on the English side. Scores
`checker check` on them.

    # the split, once (benchmarks/SPLITS.md)
    python3 benchmarks/ntrex_split.py /work/shared/eval/ntrex /work/ntrex-split
    export PYTHONPATH=$PWD
    # dev: tune stories, tune languages, plus the seed story (tuned on: dev only)
    python3 benchmarks/adapted_eval.py build /tmp/adapted-tune --ntrex /work/ntrex-split/tune \\
        --story seeds/nato-kosovo --langs de,fr,ru,zh,tr,sr,sq,ar --stories 12 \\
        --langs-per-story 4 --perturb-script /work/shared/eval/ntrex/perturb_eval.py --seed 1
    python3 benchmarks/adapted_eval.py score /tmp/adapted-tune
    # held out: held-out stories, held-out languages (never look into single cases)
    python3 benchmarks/adapted_eval.py build /tmp/adapted-heldout \\
        --ntrex /work/ntrex-split/heldout --langs es,pt,uk,el,nl,sr-Cyrl --stories 12 \\
        --langs-per-story 4 --perturb-script /work/shared/eval/ntrex/perturb_eval.py --seed 1
    python3 benchmarks/adapted_eval.py score /tmp/adapted-heldout

Baseline ("before", issue 11), seed 1, both sets as above, scored on main 523d91d from a
detached worktree of it (`git -C /work/main worktree add --detach /work/wt/adapted-base 523d91d`,
then from its root `PYTHONPATH=$PWD python3 .../adapted_eval.py score /tmp/adapted-tune`):
dev (tune, 52 versions): 1.33 errors and 3.71 warnings per faithful adapted story, drifts
caught as errors 39/52 = 0.75 (any severity 0.96), dropped sentences with a count reported 1/6;
held out (48 versions): 2.12 errors and 4.67 warnings, caught as errors 31/48 = 0.65 (any
severity 0.96), dropped sentences with a count reported 3/11.

Stdlib only; `checker` runs as a subprocess (`--checker CMD`, default `checker` on PATH),
from the current directory (run from the repository root: the glossary folder is found there).

**build OUT** reads stories from an NTREX split folder (`--ntrex`: en.txt, doc_ids.txt,
<tag>.txt, line-aligned; each line a sentence and a paragraph) and from story folders
(`--story`, repeatable: en.txt and <tag>.txt, paragraphs blank-line separated and aligned one
to one; where `gold/<tag>.json` holds one-to-one sentence beads, paragraphs are cut into those
sentences). The first `--stories` NTREX stories with at least 8 lines are taken, then each
`--story`. Each story gets `--langs-per-story` languages of `--langs` in turn (all: 0). Every
(story, language) becomes one story folder `OUT/faithful/<name>/` (en.txt reference, one
<tag>.txt version) whose version is adapted from the professional translation, seeded
(`--seed`) and deterministic, with the operations of one combination (COMBOS, dealt from a
shuffled deck, so every combination comes up as often), applied in this order:

- shorten: drop the last 1-3 sentences ("trailing") or a run of 1-2 sentences after the lead
  ("middle": three times in four starting at a sentence with a count, where there is one, so
  that there are cases to measure); the headline and the lead are kept. Each dropped sentence
  is labelled with the numbers in digits its English side carries (perturb script's
  `number_candidates`, and its month/weekday dates): `count` is a count (integer, grouped,
  decimal, percent, age), the cases issue 11 says must be reported;
- merge: two adjacent single sentences after the headline become one, joined with a comma
  (no conjunction); the second one's first word is lower-cased only where the story writes that
  word in lower case elsewhere (a name keeps its capital);
- reorder: a block of 1-2 paragraphs after the headline moves at least two places;
- local: a paragraph of one sentence from another story in the same language (half the time
  one with digits) is inserted after the lead; it has no counterpart and must give no error.

`OUT/drifted/<name>/` is the same story with ONE drift planted in its English side (perturb
script's `perturb`: number, date, place kinds in turn), in a sentence that the version keeps.
`OUT/labels.jsonl` has one line per folder: operations, dropped sentences, merged pair, moved
block, local paragraph, where every reference sentence is in the version (lines), the drift
(line, old, new text). `OUT/build.json`: the arguments, a hash of the input files. Anything made
from NTREX (CC BY-SA 4.0) is written only under OUT, with the NTREX LICENSE copied there.

**score OUT** runs `checker check OUT/faithful --reference en --format json` and the same on
OUT/drifted (reports and details under OUT/score/) and prints, per language, per operation,
per source and overall: errors and warnings per faithful adapted story; the planted drifts
caught at error severity; the dropped sentences with a count cited by any finding; then the
issue 11 goals and a signature line (checker version, git commit of the checker code that ran,
data folder and hash, seed). Caught follows perturb_eval.py: a finding of the matching category
(number|date for a number, date for a month or weekday, entity|term for a place) that the
faithful report does not have (same category, kind, severity, facts, values and lines), whose
reference side is on the changed sentence's line or whose version side is on the line where
that sentence now is (moved or merged); "void" (left out) where the version already carries the
new value. A dropped sentence is cited by a finding whose reference side is on its line (and,
when its paragraph holds other sentences, whose reference text is that sentence).
Exit 0 when all goals are met, 1 otherwise, 2 when it cannot run or the checker code changed
between the faithful and the drifted run (the commit is read before and after: measure a
checkout that does not move, e.g. a detached worktree on PYTHONPATH, run from its root).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib.util
import json
import pathlib
import random
import re
import shutil
import sys

# each operation alone, in two pairs, and all four: each operation in 4 of the 9
COMBOS = (("shorten",), ("reorder",), ("local",), ("merge",), ("shorten", "merge"),
          ("reorder", "local"), ("shorten", "reorder"), ("merge", "local"),
          ("shorten", "reorder", "local", "merge"))
OPS = ("shorten", "merge", "reorder", "local")  # the order operations are applied in
COUNT_SUBKINDS = {"integer", "grouped", "decimal", "percent", "age"}
NO_SPACE_LANGS = {"zh", "zh-Hant", "ja", "th", "lo", "km", "my"}
COMMA = {"zh": "，", "zh-Hant": "，", "ja": "、", "ar": "، ", "fa": "، ", "ur": "، "}
MIN_LINES = 8
GOALS = {"errors": 1.0, "caught": 0.90}
# sentence-final punctuation (with closing quotes after it) and a sentence break inside a text
END = re.compile(r"([.!?。！？؟…]+)([\"”»’』」)]*)\s*$")
BREAK = re.compile(r"(\w+)([.!?؟]+)[\"”»’)]*\s+[\"“«„‘(]?(\w)|[。！？](?=.)")


# ---------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------

def load_perturb(path: pathlib.Path):
    """The perturbation module (perturb_eval.py), imported from its path."""
    spec = importlib.util.spec_from_file_location("adapted_perturb", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def read_lines(path: pathlib.Path) -> list[str]:
    text = path.read_text(encoding="utf-8").lstrip("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_ntrex(folder: pathlib.Path, langs: list[str]) -> list[dict]:
    """Every story of the folder, in order of appearance: units are lines (one a paragraph)."""
    en = read_lines(folder / "en.txt")
    docs = [d.strip() for d in read_lines(folder / "doc_ids.txt")]
    if len(docs) != len(en):
        raise SystemExit(f"{folder}: doc_ids.txt and en.txt differ in length")
    vers = {}
    for tag in langs:
        if (folder / f"{tag}.txt").is_file():
            vers[tag] = read_lines(folder / f"{tag}.txt")
            if len(vers[tag]) != len(en):
                raise SystemExit(f"{folder}: {tag}.txt and en.txt differ in length")
    stories: dict[str, dict] = {}
    for i, doc in enumerate(docs):
        st = stories.setdefault(doc, {"id": doc, "source": "ntrex", "langs": list(vers),
                                      "units": []})
        st["units"].append({"en": en[i], "para": len(st["units"]),
                            "ver": {t: v[i] for t, v in vers.items()}})
    return list(stories.values())


def _cut(paragraphs: list[str], prefixes: list[str]) -> list[tuple[int, str]] | None:
    """(paragraph, sentence) for each prefix: a prefix is found further on in the current
    paragraph, or else starts the next one; None where the prefixes do not fit the text."""
    starts: list[tuple[int, int]] = []
    p, pos = 0, 0
    for pre in prefixes:
        at = paragraphs[p].find(pre, pos) if starts else -1
        if at > 0:
            starts.append((p, at))
            pos = at + 1
            continue
        p = p + 1 if starts else 0
        if p >= len(paragraphs) or not paragraphs[p].startswith(pre):
            return None
        starts.append((p, 0))
        pos = 1
    if p != len(paragraphs) - 1:
        return None
    out = []
    for k, (p, a) in enumerate(starts):
        end = starts[k + 1][1] if k + 1 < len(starts) and starts[k + 1][0] == p else None
        out.append((p, paragraphs[p][a:end].strip()))
    return out


def read_story_folder(folder: pathlib.Path, langs: list[str]) -> dict:
    """A story folder: paragraphs, cut into the sentences of gold/<tag>.json where every
    language has one-to-one beads that locate in the text; otherwise a unit is a paragraph."""
    def paras(path):
        text = path.read_text(encoding="utf-8").lstrip("\ufeff").replace("\r\n", "\n")
        return [p.strip() for p in re.split(r"\n\s*\n", text.strip())]

    en = paras(folder / "en.txt")
    vers = {t: paras(folder / f"{t}.txt") for t in langs if (folder / f"{t}.txt").is_file()}
    for t, v in vers.items():
        if len(v) != len(en):
            raise SystemExit(f"{folder / (t + '.txt')}: {len(v)} paragraphs, en.txt {len(en)}")
    units = None
    cuts = {}
    for t in vers:
        gold = folder / "gold" / f"{t}.json"
        if not gold.is_file():
            break
        beads = json.loads(gold.read_text(encoding="utf-8")).get("beads") or []
        if any(len(b["reference"]) != 1 or len(b["version"]) != 1 for b in beads):
            break
        ref = _cut(en, [b["reference"][0] for b in beads])
        ver = _cut(vers[t], [b["version"][0] for b in beads])
        if ref is None or ver is None or [p for p, _ in ref] != [p for p, _ in ver]:
            break
        cuts[t] = (ref, ver)
    else:
        refs = {json.dumps(r) for r, _ in cuts.values()}
        if cuts and len(refs) == 1:
            ref = next(iter(cuts.values()))[0]
            units = [{"en": s, "para": p, "ver": {t: cuts[t][1][k][1] for t in cuts}}
                     for k, (p, s) in enumerate(ref)]
    if units is None:
        units = [{"en": s, "para": k, "ver": {t: v[k] for t, v in vers.items()}}
                 for k, s in enumerate(en)]
    return {"id": folder.resolve().name, "source": folder.resolve().name, "langs": list(vers),
            "units": units}


def data_hash(folders: list[pathlib.Path]) -> str:
    h = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            h.update(str(path.relative_to(folder)).encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------------------------------
# Adapting one version
# ---------------------------------------------------------------------------------------

def one_sentence(text: str) -> bool:
    """No sentence break inside (a word of 3+ letters, a full stop, a capital or a caseless
    letter after it; or a CJK full stop before the end)."""
    for m in BREAK.finditer(text.strip()):
        if m.group(1) is None:
            return False
        c = m.group(3)
        word = m.group(1)
        if len(word) >= 3 and not word.isdigit() and (c.isupper() or c.lower() == c.upper()):
            return False
    return bool(END.search(text))


def numbers_of(mod, en: str) -> list[list[str]]:
    out = [[tok, sub] for _a, _b, sub, tok in mod.number_candidates(en)]
    out += [[c[3], c[2]] for c in mod.date_candidates(en)]
    return out


def merge_text(first: str, second: str, lang: str, lower_words: set) -> str:
    m = END.search(first)
    head = first[:m.start()] + m.group(2) if m else first.rstrip()
    word = re.match(r"\w+", second)
    if word and word.group()[0].isupper() and word.group().lower() in lower_words:
        second = second[0].lower() + second[1:]
    comma = COMMA.get(lang, ", ")
    return head.rstrip() + comma + second.lstrip()


def local_pool(stories: list[dict], lang: str) -> list[tuple[str, int, str]]:
    pool = []
    for st in stories:
        for u, unit in enumerate(st["units"]):
            text = (unit["ver"].get(lang) or "").strip()
            if u == 0 or not text or not one_sentence(text):
                continue
            size = len(text) if lang in NO_SPACE_LANGS else len(text.split())
            if size >= (25 if lang in NO_SPACE_LANGS else 8):
                pool.append((st["id"], u, text))
    return pool


def adapt(story: dict, lang: str, combo: tuple, rng: random.Random, pool: list, mod) -> tuple:
    """(version paragraphs: lists of pieces {"units": [...], "text"} or {"local": ..., "text"},
    label)."""
    units = story["units"]
    n = len(units)
    paras: list[list[dict]] = []
    last = None
    for u, unit in enumerate(units):
        if not (unit["ver"].get(lang) or "").strip():
            continue
        if unit["para"] != last:
            paras.append([])
            last = unit["para"]
        paras[-1].append({"units": [u], "text": unit["ver"][lang].strip()})
    label: dict = {"ops": [], "dropped": [], "merged": None, "moved": None, "local": None}
    present = {u for p in paras for piece in p for u in piece["units"]}

    if "shorten" in combo and n >= 5:
        mode = rng.choice(["trailing", "middle"])
        if mode == "trailing":
            k = rng.randint(1, max(1, min(3, n // 5)))
            drop = list(range(n - k, n))
        else:
            k = rng.choice([1, 2])
            starts = list(range(2, n - k))
            counted = [s for s in starts if any(
                sub in COUNT_SUBKINDS for _t, sub in numbers_of(mod, units[s]["en"]))]
            if counted and rng.random() < 0.75:
                starts = counted
            s = rng.choice(starts)
            drop = list(range(s, s + k))
        drop = [u for u in drop if u in present and u >= 2]
        if drop:
            paras = [[pc for pc in p if pc["units"][0] not in drop] for p in paras]
            paras = [p for p in paras if p]
            present -= set(drop)
            label["ops"].append("shorten")
            label["shorten"] = mode
            for u in drop:
                nums = numbers_of(mod, units[u]["en"])
                label["dropped"].append({
                    "unit": u, "en": units[u]["en"], "version": units[u]["ver"][lang],
                    "numbers": nums, "number": bool(nums),
                    "count": any(sub in COUNT_SUBKINDS for _t, sub in nums)})

    if "merge" in combo:
        flat = [(pi, ci, pc) for pi, p in enumerate(paras) for ci, pc in enumerate(p)]
        lower_words = set(re.findall(r"\w+", " ".join(
            u["ver"][lang] for u in units if lang in u["ver"])))
        lower_words = {w for w in lower_words if w == w.lower()}
        cands = [k for k in range(len(flat) - 1)
                 if flat[k][2]["units"][0] >= 1
                 and flat[k + 1][2]["units"][0] == flat[k][2]["units"][0] + 1
                 and one_sentence(flat[k][2]["text"]) and one_sentence(flat[k + 1][2]["text"])]
        if cands:
            k = rng.choice(cands)
            (pa, ca, a), (pb, cb, b) = flat[k], flat[k + 1]
            merged = {"units": a["units"] + b["units"],
                      "text": merge_text(a["text"], b["text"], lang, lower_words)}
            paras[pa][ca] = merged
            del paras[pb][cb]
            paras = [p for p in paras if p]
            label["ops"].append("merge")
            label["merged"] = {"units": merged["units"], "parts": [a["text"], b["text"]],
                               "text": merged["text"]}

    if "reorder" in combo and len(paras) >= 5:
        size = rng.choice([1, 2]) if len(paras) >= 7 else 1
        s = rng.randrange(1, len(paras) - size + 1)
        block = paras[s:s + size]
        rest = paras[:s] + paras[s + size:]
        targets = [t for t in range(1, len(rest) + 1) if abs(t - s) >= 2]
        if targets:
            t = rng.choice(targets)
            paras = rest[:t] + block + rest[t:]
            label["ops"].append("reorder")
            label["moved"] = {"units": [u for p in block for pc in p for u in pc["units"]],
                              "from": s, "to": t}

    if "local" in combo:
        mine = [c for c in pool if c[0] != story["id"]]
        with_digits = [c for c in mine if re.search(r"\d", c[2])]
        if with_digits and rng.random() < 0.5:
            mine = with_digits
        if mine and len(paras) >= 2:
            src, u, text = rng.choice(mine)
            at = rng.randint(2, len(paras))
            paras.insert(at, [{"units": [None], "text": text,
                               "local": {"story": src, "unit": u}}])
            label["ops"].append("local")
            label["local"] = {"story": src, "unit": u, "text": text,
                              "digits": bool(re.search(r"\d", text))}
    return paras, label


def en_lines(story: dict) -> tuple[list[str], dict]:
    """Reference paragraphs (units of a paragraph joined by a space) and each unit's line."""
    out: list[list[str]] = []
    line_of = {}
    last = None
    for u, unit in enumerate(story["units"]):
        if unit["para"] != last:
            out.append([])
            last = unit["para"]
        out[-1].append(unit["en"].strip())
        line_of[u] = 2 * (len(out) - 1) + 1
    return [" ".join(p) for p in out], line_of


def write_story(folder: pathlib.Path, en_paras: list[str], lang: str, paras: list) -> None:
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text("\n\n".join(en_paras) + "\n", encoding="utf-8")
    sep = "" if lang in NO_SPACE_LANGS else " "
    text = "\n\n".join(sep.join(pc["text"] for pc in p) for p in paras)
    (folder / f"{lang}.txt").write_text(text + "\n", encoding="utf-8")


def plant(mod, story: dict, survivors: list[int], index: int, seed: int, name: str):
    """One perturbation of the English side, in a surviving sentence; kinds in turn."""
    kinds = list(mod.KINDS)
    rot = kinds[index % len(kinds):] + kinds[:index % len(kinds)]
    for kind in rot:
        options = []
        for u in survivors:
            rng = random.Random(f"adapted-drift|{seed}|{story['id']}|{u}|{kind}")
            p = mod.perturb(story["units"][u]["en"], kind, rng)
            if p is not None:
                options.append((u, p))
        if options:
            u, (a, _end, sub, old, new, text) = random.Random(
                f"adapted-pick|{seed}|{name}").choice(options)
            return {"kind": kind, "subkind": sub, "unit": u, "old": old, "new": new,
                    "start": a, "source": story["units"][u]["en"], "perturbed": text}
    return None


def build_version(args, mod, st: dict, lang: str, name: str, combo: tuple, pool: list,
                  k: int) -> dict:
    """One adapted version of a story (and its drifted twin) written under args.out; its
    label row."""
    out = args.out
    en_paras, line_of = en_lines(st)
    rng = random.Random(f"adapted|{args.seed}|{st['id']}|{lang}")
    paras, label = adapt(st, lang, combo, rng, pool, mod)
    write_story(out / "faithful" / name, en_paras, lang, paras)
    ver_line = {}
    for pi, p in enumerate(paras):
        for pc in p:
            for u in pc["units"]:
                if u is not None:
                    ver_line[u] = 2 * pi + 1
            if "local" in pc:
                label["local"]["ver_line"] = 2 * pi + 1
    if label["merged"]:
        label["merged"]["ver_line"] = ver_line[label["merged"]["units"][0]]
        label["merged"]["en_lines"] = [line_of[u] for u in label["merged"]["units"]]
    for d in label["dropped"]:
        d["en_line"] = line_of[d["unit"]]
        d["shares_line"] = sum(line_of[u] == d["en_line"] for u in line_of) > 1
    drift = plant(mod, st, sorted(ver_line), k, args.seed, name)
    if drift:
        u = drift["unit"]
        drift.update(en_line=line_of[u], ver_line=ver_line[u],
                     target=next(pc["text"] for p in paras for pc in p if u in pc["units"]),
                     merged=bool(label["merged"] and u in label["merged"]["units"]),
                     moved=bool(label["moved"] and u in label["moved"]["units"]))
        st_d = dict(st, units=[dict(x) for x in st["units"]])
        st_d["units"][u]["en"] = drift["perturbed"]
        write_story(out / "drifted" / name, en_lines(st_d)[0], lang, paras)
    return {"story": name, "doc": st["id"], "source": st["source"], "lang": lang,
            "combo": list(combo), **label,
            "sentences": len(st["units"]),
            "units": [{"unit": u, "en_line": line_of[u], "ver_line": ver_line.get(u)}
                      for u in range(len(st["units"]))],
            "drift": drift}


def build(args) -> int:
    mod = load_perturb(args.perturb_script)
    langs = [t.strip() for t in args.langs.split(",") if t.strip()]
    stories: list[dict] = []
    all_stories: list[dict] = []
    inputs = []
    if args.ntrex:
        inputs.append(args.ntrex)
        ntrex = read_ntrex(args.ntrex, langs)
        all_stories += ntrex
        stories += [s for s in ntrex if len(s["units"]) >= MIN_LINES][:args.stories]
    for folder in args.story or []:
        inputs.append(folder)
        st = read_story_folder(folder, langs)
        stories.append(st)
        all_stories.append(st)
    if not stories:
        print("no story to adapt")
        return 2
    out = args.out
    if out.exists():
        shutil.rmtree(out)
    (out / "faithful").mkdir(parents=True)
    (out / "drifted").mkdir()
    pools = {t: local_pool(all_stories, t) for t in langs}
    rows = []
    k = 0
    for j, st in enumerate(stories):
        have = [t for t in langs if t in st["langs"]]
        if args.langs_per_story and len(have) > args.langs_per_story:
            off = (j * args.langs_per_story) % len(have)
            have = (have[off:] + have[:off])[:args.langs_per_story]
        for lang in have:
            name = (f"{j + 1:02d}-{st['id']}-{lang}" if st["source"] == "ntrex"
                    else f"{st['source']}-{lang}")
            if k % len(COMBOS) == 0:  # a shuffled deck of the combinations, dealt in turn
                deck = list(COMBOS)
                random.Random(f"adapted-combos|{args.seed}|{k}").shuffle(deck)
            rows.append(build_version(args, mod, st, lang, name, deck[k % len(COMBOS)],
                                      pools[lang], k))
            k += 1
    with open(out / "labels.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    meta = {"seed": args.seed, "langs": langs, "stories": args.stories,
            "langs_per_story": args.langs_per_story,
            "ntrex": str(args.ntrex.resolve()) if args.ntrex else None,
            "story": [str(p.resolve()) for p in args.story or []],
            "perturb_script": str(args.perturb_script.resolve()),
            "data_hash": data_hash(inputs), "versions": len(rows)}
    (out / "build.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    if args.ntrex:
        if (args.ntrex / "LICENSE").is_file():
            shutil.copy(args.ntrex / "LICENSE", out / "LICENSE")
        (out / "NOTICE.txt").write_text(
            "Made from NTREX-128 (Federmann, Kocmi, Xin, 2022, https://github.com/"
            "MicrosoftTranslator/NTREX; English source: WMT 2019 news test set), licensed "
            "CC BY-SA 4.0 (LICENSE).\nChanges: stories cut into folders; versions shortened, "
            "reordered, sentences merged and local sentences of other stories inserted; one "
            "number, date or place changed in the English of drifted/ (labels.jsonl).\n"
            "Shared under CC BY-SA 4.0.\n", encoding="utf-8")
    ops = collections.Counter(o for r in rows for o in r["ops"])
    dropped = [d for r in rows for d in r["dropped"]]
    print(f"{len(rows)} adapted versions of {len(stories)} stories -> {out}")
    print("operations: " + ", ".join(f"{o} {ops[o]}" for o in OPS)
          + f"; dropped sentences {len(dropped)} ({sum(d['count'] for d in dropped)} with a count)"
          + f"; drifts {sum(r['drift'] is not None for r in rows)}")
    return 0


def main(argv=None) -> int:
    parts = __doc__.split("\n\n")
    ap = argparse.ArgumentParser(description=parts[0], epilog="\n\n".join(parts[1:]),
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="step", required=True)
    b = sub.add_parser("build", help="write the adapted stories and labels.jsonl to OUT")
    b.add_argument("out", type=pathlib.Path)
    b.add_argument("--ntrex", type=pathlib.Path, help="an NTREX split folder (tune or heldout)")
    b.add_argument("--story", type=pathlib.Path, action="append",
                   help="a story folder (en.txt, <tag>.txt, optional gold/); repeatable")
    b.add_argument("--langs", required=True, help="comma list of language tags")
    b.add_argument("--stories", type=int, default=12,
                   help=f"the first N NTREX stories with at least {MIN_LINES} lines")
    b.add_argument("--langs-per-story", type=int, default=0,
                   help="languages per story, taken in turn from --langs (0: all)")
    b.add_argument("--perturb-script", type=pathlib.Path, required=True,
                   help="perturb_eval.py (its perturbation code is imported)")
    b.add_argument("--seed", type=int, default=1)
    s = sub.add_parser("score", help="run checker on OUT and print the figures")
    s.add_argument("out", type=pathlib.Path)
    s.add_argument("--checker", default="checker", help="the checker command")
    s.add_argument("--jobs", type=int, default=1, help="checker check --jobs")
    s.add_argument("--perturb-script", type=pathlib.Path,
                   help="default: the one the build used")
    args = ap.parse_args(argv)
    if args.step == "build":
        if not args.ntrex and not args.story:
            ap.error("build needs --ntrex and/or --story")
        return build(args)
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    from adapted_score import score  # the scoring half lives beside this file

    return score(args)


if __name__ == "__main__":
    sys.exit(main())

"""Smoke test of benchmarks/adapted_eval.py `build` and of the scoring rule in
adapted_score.py, on the seed story (no NTREX, no checker run): every label matches the files
written. The drift code is a small stand-in for
perturb_eval.py (same interface), and a tiny story written here gives the local paragraphs."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGS = "de,fr,ru,tr,sr,sq,ar"

STUB = '''
import re
KINDS = ("number", "date", "entity")
ANSWERS = {"number": {"number", "date"}, "date": {"date"}, "entity": {"entity", "term"}}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PLACES = ["Oslo", "Kosovo", "Sweden", "Finland", "Ankara", "Norway", "Serbia"]

def number_candidates(s):
    out = []
    for m in re.finditer(r"(?<![\\w.,])\\d+(?![\\w.,]\\d)", s):
        v = int(m.group())
        out.append((m.start(), m.end(), "year" if 1900 <= v <= 2100 else "integer", m.group()))
    return out

def date_candidates(s):
    return [(m.start(), m.end(), "weekday", m.group(), None)
            for m in re.finditer(r"\\b(" + "|".join(DAYS) + r")\\b", s)]

def perturb(s, kind, rng):
    if kind == "number":
        cands = [c for c in number_candidates(s) if s.count(c[3]) == 1]
        pool = [(a, b, sub, tok, str(int(tok) + d)) for a, b, sub, tok in cands
                for d in (1, 2, 3) if str(int(tok) + d) not in s]
    elif kind == "date":
        pool = [(a, b, sub, w, n) for a, b, sub, w, _ in date_candidates(s) for n in DAYS
                if n not in s and s.count(w) == 1]
    else:
        pool = [(m.start(), m.end(), "place", m.group(), n)
                for m in re.finditer(r"\\b(" + "|".join(PLACES) + r")\\b", s)
                for n in ("Lima", "Quito") if s.count(m.group()) == 1]
    if not pool:
        return None
    a, b, sub, old, new = rng.choice(pool)
    return a, b, sub, old, new, s[:a] + new + s[b:]
'''

# A story written for this test (not from any dataset): the local paragraphs come from it.
TINY = {
    "en": ["City council approves new tram line",
           "The city council on Tuesday approved a new tram line to the airport.",
           "The line will have 14 stops and should open to passengers in 2027.",
           "Construction of the line is expected to cost about 310 million euros."],
    "de": ["Stadtrat billigt neue Straßenbahnlinie",
           "Der Stadtrat hat am Dienstag eine neue Straßenbahnlinie zum Flughafen gebilligt.",
           "Die Linie soll 14 Haltestellen haben und im Jahr 2027 für Fahrgäste öffnen.",
           "Der Bau der Linie soll nach Schätzungen rund 310 Millionen Euro kosten."],
    "fr": ["Le conseil municipal approuve une nouvelle ligne de tramway",
           "Le conseil municipal a approuvé mardi une nouvelle ligne de tramway vers l'aéroport.",
           "La ligne comptera 14 arrêts et devrait ouvrir aux voyageurs en 2027.",
           "La construction de la ligne devrait coûter environ 310 millions d'euros."],
}


def _load_module():
    spec = importlib.util.spec_from_file_location("adapted_eval_under_test",
                                                  ROOT / "benchmarks" / "adapted_eval.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("adapted")
    stub = tmp / "stub_perturb.py"
    stub.write_text(STUB, encoding="utf-8")
    tiny = tmp / "tram-line"
    tiny.mkdir()
    for tag, paras in TINY.items():
        (tiny / f"{tag}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    ae = _load_module()
    outs = []
    for seed in (1, 2, 3):
        out = tmp / f"set{seed}"
        args = ["build", str(out), "--story", str(ROOT / "seeds" / "nato-kosovo"),
                "--story", str(tiny), "--langs", LANGS, "--perturb-script", str(stub),
                "--seed", str(seed)]
        assert ae.main(args) == 0
        outs.append(out)
    again = tmp / "again"
    assert ae.main(["build", str(again), *args[2:]]) == 0
    return ae, outs, again


def _rows(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "labels.jsonl").read_text(encoding="utf-8").splitlines()]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def test_deterministic(built):
    _ae, outs, again = built
    for a in sorted(p for p in outs[-1].rglob("*") if p.is_file()):
        b = again / a.relative_to(outs[-1])
        if a.name != "build.json":
            assert b.read_bytes() == a.read_bytes(), a


def test_every_operation_is_made(built):
    _ae, outs, _ = built
    rows = [r for out in outs for r in _rows(out)]
    seen = {op for r in rows for op in r["ops"]}
    assert seen == {"shorten", "merge", "reorder", "local"}
    assert any(d["count"] for r in rows for d in r["dropped"])
    assert all(set(r["ops"]) <= set(r["combo"]) for r in rows)
    assert {r["source"] for r in rows} == {"nato-kosovo", "tram-line"}


def test_seed_is_cut_into_its_gold_sentences(built):
    ae, _, _ = built
    story = ae.read_story_folder(ROOT / "seeds" / "nato-kosovo", LANGS.split(","))
    assert len(story["units"]) == 20
    assert len({u["para"] for u in story["units"]}) == 18


def test_labels_match_the_files(built):
    _ae, outs, _ = built
    for out in outs:
        for r in _rows(out):
            folder = out / "faithful" / r["story"]
            en = _lines(folder / "en.txt")
            ver_text = (folder / f"{r['lang']}.txt").read_text(encoding="utf-8")
            ver = ver_text.split("\n")
            dropped = {d["unit"] for d in r["dropped"]}
            for d in r["dropped"]:
                assert d["version"].strip() not in ver_text
                assert d["en"] in en[d["en_line"] - 1]
                assert d["count"] == any(s in ("integer",) for _t, s in d["numbers"])
            for u in r["units"]:
                assert (u["ver_line"] is None) == (u["unit"] in dropped)
                assert en[u["en_line"] - 1].strip()
                if u["ver_line"] is not None:
                    assert ver[u["ver_line"] - 1].strip()
            if r["merged"]:
                m = r["merged"]
                a, b = m["units"]
                assert b == a + 1
                line = ver[m["ver_line"] - 1]
                assert m["text"] in line
                first = re.sub(r"[.!?]+([”\"»]*)$", r"\1", m["parts"][0].strip())
                assert m["text"].startswith(first)
                assert m["text"].endswith(m["parts"][1].strip()[1:])
                inner = m["text"][:-1]
                assert not re.search(r"\w{3,}[.!?][”\"»]?\s", inner), m["text"]
                ver_of = {u["unit"]: u["ver_line"] for u in r["units"]}
                assert ver_of[a] == ver_of[b] == m["ver_line"]
            if r["moved"]:
                lines = [u["ver_line"] for u in r["units"] if u["ver_line"] is not None]
                assert lines != sorted(lines)
            if r["local"]:
                assert ver[r["local"]["ver_line"] - 1] == r["local"]["text"]
                assert r["local"]["text"] not in "\n".join(en)
                assert r["local"]["story"] != r["source"]


def test_drift_is_planted_in_a_kept_sentence(built):
    _ae, outs, _ = built
    n = 0
    for out in outs:
        for r in _rows(out):
            d = r["drift"]
            if d is None:
                continue
            n += 1
            faithful, drifted = out / "faithful" / r["story"], out / "drifted" / r["story"]
            before, after = _lines(faithful / "en.txt"), _lines(drifted / "en.txt")
            changed = [i + 1 for i, (x, y) in enumerate(zip(before, after, strict=True)) if x != y]
            assert changed == [d["en_line"]]
            assert d["perturbed"] in after[d["en_line"] - 1]
            assert d["source"] in before[d["en_line"] - 1]
            assert d["new"] in d["perturbed"] and d["old"] in d["source"]
            kept = {u["unit"]: u["ver_line"] for u in r["units"]}
            assert kept[d["unit"]] == d["ver_line"] is not None
            assert d["target"] in _lines(faithful / f"{r['lang']}.txt")[d["ver_line"] - 1]
            tag = f"{r['lang']}.txt"
            assert (faithful / tag).read_bytes() == (drifted / tag).read_bytes()
    assert n >= 10


def test_scoring_rule_on_made_up_findings(built, monkeypatch):
    ae, outs, _ = built
    # The scoring half of the benchmark sits beside it and imports it by file name.
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    scoring = importlib.import_module("adapted_score")
    row = next(r for r in _rows(outs[0]) if r["drift"])
    drift = row["drift"]
    stub = ae.load_perturb(outs[0].parent / "stub_perturb.py")
    stub.finding_key = lambda f: json.dumps(f, sort_keys=True)

    def finding(cat, sev, ref_line, ver_line):
        return {"category": cat, "kind": "changed", "severity": sev, "message": "",
                "reference": {"line": ref_line}, "version": {"line": ver_line}}

    cat = sorted(stub.ANSWERS[drift["kind"]])[0]
    at_version = finding(cat, "error", 999, drift["ver_line"])
    assert scoring.caught(stub, drift, [at_version], set(), True)
    assert not scoring.caught(stub, drift, [at_version], {stub.finding_key(at_version)}, True)
    elsewhere = finding(cat, "error", 999, 998)
    assert not scoring.caught(stub, drift, [elsewhere], set(), True)
    warning = finding(cat, "warning", drift["en_line"], 998)
    assert not scoring.caught(stub, drift, [warning], set(), True)
    assert scoring.caught(stub, drift, [warning], set(), False)

"""Scoring of the adapted-versions set (the `score` step of benchmarks/adapted_eval.py, whose
docstring says what is measured and how a drift counts as caught)."""

from __future__ import annotations

import collections
import json
import pathlib
import re
import shutil
import subprocess
import sys
import time

from adapted_eval import GOALS, OPS, load_perturb

# ---------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------

def run_check(checker: str, folder: pathlib.Path, jobs: int, out: pathlib.Path):
    cmd = [checker, "check", str(folder), "--reference", "en", "--format", "json",
           "--fail-on", "never", "--no-progress"]
    if jobs > 1:
        cmd += ["--jobs", str(jobs)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=7200, check=False)
    out.write_text(proc.stdout, encoding="utf-8")
    try:
        return json.loads(proc.stdout)
    except ValueError:
        raise SystemExit(f"checker check {folder}: exit {proc.returncode}, no JSON: "
                         f"{proc.stderr.strip()[-500:]}") from None


def by_story(report: dict) -> tuple[dict, dict, dict]:
    """{story folder name: findings}, {name: error}, the `checker` object of a report."""
    found, errors = {}, {}
    stories = report.get("stories") if "stories" in report else [report]
    settings = {}
    for story in stories or []:
        settings = story.get("checker") or settings
        name = pathlib.Path((story.get("reference") or {}).get("path") or "").parent.name
        found[name] = list(story.get("findings") or [])
    for e in report.get("errors") or []:
        errors[pathlib.Path(str(e.get("story"))).name] = e.get("error")
    return found, errors, settings


def _side(f: dict, name: str) -> dict:
    return f.get(name) or {}


def at_sentence(f: dict, drift: dict) -> bool:
    r, v = _side(f, "reference"), _side(f, "version")
    if r.get("line") is None and v.get("line") is None:
        return drift["new"].lower() in (f.get("message") or "").lower()
    return r.get("line") == drift["en_line"] or v.get("line") == drift["ver_line"]


def caught(mod, drift: dict, findings: list, before: set, errors_only: bool) -> bool:
    for f in findings:
        if f.get("category") not in mod.ANSWERS[drift["kind"]]:
            continue
        if errors_only and f.get("severity") != "error":
            continue
        if at_sentence(f, drift) and mod.finding_key(f) not in before:
            return True
    return False


def void(mod, drift: dict, faithful: list) -> bool:
    """perturb_eval.py's rule: the version already carries the new value."""
    target = drift["target"]
    if drift["kind"] == "number":
        want = mod._digits(mod.NUM_TOKEN.match(drift["new"])[0])
        if any(mod._digits(m.group()) == want
               and target[m.end():m.end() + 1] not in mod.SCALE_CHARS
               for m in mod.TARGET_NUMBER.finditer(target)):
            return True
    return any(f.get("category") in mod.ANSWERS[drift["kind"]] and at_sentence(f, drift)
               and mod._reads_new(drift, f) for f in faithful)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip().lower()


def cites(f: dict, dropped: dict) -> bool:
    r = _side(f, "reference")
    if r.get("line") != dropped["en_line"]:
        return False
    if not dropped.get("shares_line"):
        return True
    a, b = _norm(r.get("text")), _norm(dropped["en"])
    return bool(a) and (a[:40] in b or b[:40] in a)


def describe(f: dict) -> str:
    r, v = _side(f, "reference"), _side(f, "version")
    return (f"{f.get('severity')} {f.get('category')}.{f.get('kind')}: {r.get('fact')!r}"
            f" (line {r.get('line')}) -> {v.get('fact')!r} (line {v.get('line')}):"
            f" {f.get('message')}")


def where(f: dict, row: dict) -> str:
    """Which adapted part a faithful finding's version side is on."""
    line = _side(f, "version").get("line")
    if row.get("local") and line == row["local"]["ver_line"]:
        return "local"
    if row.get("merged") and line == row["merged"]["ver_line"]:
        return "merged"
    moved = (row.get("moved") or {}).get("units") or []
    if line is not None and any(x["ver_line"] == line for x in row["units"] if x["unit"] in moved):
        return "moved"
    if any(cites(f, d) for d in row["dropped"]):
        return "dropped"
    return "other"


def score_rows(mod, rows: list, faithful: dict, drifted: dict) -> tuple[list, list]:
    """Per-row results, and the detail records (false alarms, misses, unreported drops)."""
    results, details = [], []
    for row in rows:
        name = row["story"]
        res = {"row": row, "broken": name not in faithful}
        if res["broken"]:
            results.append(res)
            continue
        fs = faithful[name]
        res["errors"] = [f for f in fs if f.get("severity") == "error"]
        res["warnings"] = sum(f.get("severity") == "warning" for f in fs)
        res["where"] = collections.Counter(where(f, row) for f in res["errors"])
        for f in res["errors"]:
            details.append({"type": "faithful-error", "story": name, "lang": row["lang"],
                            "at": where(f, row), "finding": describe(f),
                            "reference": _side(f, "reference").get("text"),
                            "version": _side(f, "version").get("text")})
        res["dropped"] = []
        for d in row["dropped"]:
            hits = [f for f in fs if cites(f, d)]
            res["dropped"].append((d, hits))
            if d["count"] and not hits:
                details.append({"type": "dropped-unreported", "story": name,
                                "lang": row["lang"], "en_line": d["en_line"], "en": d["en"],
                                "numbers": d["numbers"]})
        drift = row.get("drift")
        if drift and name in drifted:
            if void(mod, drift, fs):
                res["drift"] = "void"
            else:
                before = {mod.finding_key(f) for f in fs}
                after = drifted[name]
                err = caught(mod, drift, after, before, True)
                anysev = caught(mod, drift, after, before, False)
                res["drift"] = "error" if err else "warning" if anysev else "missed"
                if not err:
                    details.append({"type": "drift-miss", "story": name, "lang": row["lang"],
                                    "kind": drift["kind"], "caught": res["drift"],
                                    "old": drift["old"], "new": drift["new"],
                                    "perturbed": drift["perturbed"], "target": drift["target"],
                                    "merged": drift["merged"], "moved": drift["moved"],
                                    "findings_at": [describe(f) for f in after
                                                    if at_sentence(f, drift)]})
        elif drift:
            res["drift"] = "broken"
        results.append(res)
    return results, details


def _rate(k, n) -> str:
    return f"{k / n:.2f}" if n else "  - "


def _frac(k, n) -> str:
    return f"{k}/{n} {_rate(k, n)}" if n else "-"


def table(title: str, groups: dict) -> dict:
    print(f"\n{title}")
    print(f"{'':<14}{'stories':>7} {'err/story':>9} {'with err':>8} {'warn/story':>10}"
          f"  {'drift caught err':>16} {'any sev':>8} {'void':>4}  {'dropped count cited':>19}")
    total = None
    for key, results in groups.items():
        ok = [r for r in results if not r["broken"]]
        n = len(ok)
        errs = sum(len(r["errors"]) for r in ok)
        with_err = sum(bool(r["errors"]) for r in ok)
        warns = sum(r["warnings"] for r in ok)
        d = collections.Counter(r.get("drift") for r in ok)
        planted = d["error"] + d["warning"] + d["missed"]
        drops = [hits for r in ok for dd, hits in r["dropped"] if dd["count"]]
        cited = sum(bool(h) for h in drops)
        print(f"{key:<14}{n:>7} {_rate(errs, n):>9} {with_err:>8} {_rate(warns, n):>10}"
              f"  {_frac(d['error'], planted):>16} {_rate(d['error'] + d['warning'], planted):>8}"
              f" {d['void']:>4}  {_frac(cited, len(drops)):>19}")
        total = {"n": n, "errs": errs, "warns": warns, "caught": d["error"],
                 "planted": planted, "drops": len(drops), "cited": cited,
                 "broken": len(results) - n + d["broken"]}
    return total


def checker_commit(checker: str) -> str:
    """The git commit of the code the checker command imports (its interpreter, this env)."""
    exe = shutil.which(checker) or checker
    try:
        head = pathlib.Path(exe).read_text(encoding="utf-8", errors="replace")[:2000]
        first = head.split("\n", 1)[0]
        if "pyenv" in head and "python" not in first:  # a pyenv shim: the script it runs
            real = subprocess.run(["pyenv", "which", pathlib.Path(exe).name], capture_output=True,
                                  text=True, check=False).stdout.strip()
            first = pathlib.Path(real).read_text(encoding="utf-8", errors="replace").split(
                "\n", 1)[0] if real else ""
        python = first[2:].strip().split()[0] if first.startswith("#!") and "python" in first \
            else sys.executable
        where_ = subprocess.run([python, "-c", "import os, checker; print(os.path.dirname("
                                 "os.path.dirname(os.path.abspath(checker.__file__))))"],
                                capture_output=True, text=True, check=False).stdout.strip()
        head = subprocess.run(["git", "-C", where_, "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=False).stdout.strip()
        dirty = subprocess.run(["git", "-C", where_, "status", "--porcelain", "--", "checker",
                                "cli"], capture_output=True, text=True, check=False).stdout.strip()
        return f"{head or '?'}{'+dirty' if dirty else ''} ({where_})"
    except (OSError, IndexError):
        return "?"


def score(args) -> int:
    out = args.out
    meta = json.loads((out / "build.json").read_text(encoding="utf-8"))
    mod = load_perturb(args.perturb_script or pathlib.Path(meta["perturb_script"]))
    rows = [json.loads(x) for x in (out / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    work = out / "score"
    work.mkdir(exist_ok=True)
    commit = checker_commit(args.checker)
    t0 = time.time()
    rep_f = run_check(args.checker, out / "faithful", args.jobs, work / "faithful.json")
    t1 = time.time()
    rep_d = run_check(args.checker, out / "drifted", args.jobs, work / "drifted.json")
    t2 = time.time()
    faithful, err_f, settings = by_story(rep_f)
    drifted, err_d, _ = by_story(rep_d)
    for name, e in {**err_f, **err_d}.items():
        print(f"story {name} could not be checked: {e}")
    results, details = score_rows(mod, rows, faithful, drifted)
    with open(work / "details.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in details)

    print(f"== adapted versions: {len(rows)} stories (one version each), checker check "
          f"{t1 - t0:.0f} s faithful, {t2 - t1:.0f} s drifted")
    langs = list(dict.fromkeys(r["lang"] for r in rows))
    by_lang = {t: [r for r in results if r["row"]["lang"] == t] for t in langs}
    total = table("per language", {**by_lang, "overall": results})
    table("per operation (a story with several operations is in each row)",
          {o: [r for r in results if o in r["row"]["ops"]] for o in OPS})
    sources = list(dict.fromkeys(r["row"]["source"] for r in results))
    if len(sources) > 1:
        table("per source", {s: [r for r in results if r["row"]["source"] == s] for s in sources})
    ok = [r for r in results if not r["broken"]]
    wh = collections.Counter()
    for r in ok:
        wh.update(r["where"])
    print("\nfaithful errors by where the version side is: "
          + ", ".join(f"{k} {wh[k]}" for k in ("local", "merged", "moved", "dropped", "other")))
    moved = [r for r in ok if r.get("drift") in ("error", "warning", "missed")
             and (r["row"]["drift"]["merged"] or r["row"]["drift"]["moved"])]
    print(f"drifts in a merged or moved sentence caught as errors: "
          f"{_frac(sum(r['drift'] == 'error' for r in moved), len(moved))}")
    drops = [(d, h) for r in ok for d, h in r["dropped"]]

    def cited(pick, errors=False):
        hits = [h for d, h in drops if pick(d)]
        if errors:
            return sum(any(f.get("severity") == "error" for f in h) for h in hits)
        return _frac(sum(bool(h) for h in hits), len(hits))

    print(f"dropped sentences cited by a finding: with a count {cited(lambda d: d['count'])}"
          f" (at error {cited(lambda d: d['count'], True)}), with any number or date"
          f" {cited(lambda d: d['number'])}, without {cited(lambda d: not d['number'])}")
    print(f"details: {work / 'details.jsonl'} (faithful errors, drifts not caught as errors, "
          f"dropped sentences with a count and no finding)")

    per_story = total["errs"] / max(total["n"], 1)
    rec = total["caught"] / max(total["planted"], 1)
    g1 = per_story <= GOALS["errors"]
    g2 = rec >= GOALS["caught"]
    g3 = total["drops"] > 0 and total["cited"] == total["drops"]
    print("\ngoals (issue 11):")
    print(f"  errors per faithful adapted story {per_story:.2f} (goal <= {GOALS['errors']:.0f})"
          f" {'met' if g1 else 'NOT met'}")
    print(f"  planted drifts caught as errors {_frac(total['caught'], total['planted'])} (goal >= "
          f"{GOALS['caught']:.2f}) {'met' if g2 else 'NOT met'}")
    print(f"  dropped sentences with a count reported {_frac(total['cited'], total['drops'])}"
          f" (goal: every one) {'met' if g3 else 'NOT met'}")
    version = settings.get("checker") or "?"
    moved_code = checker_commit(args.checker) != commit
    if moved_code:
        print(f"\nWARNING: the checker code changed during the run (was {commit}, now "
              f"{checker_commit(args.checker)}): faithful and drifted reports may come from "
              "two versions; run it on a fixed checkout")
    print(f"\nsignature: checker {version}, commit {commit}, glossaries "
          f"{settings.get('glossaries')}; data {meta['ntrex'] or ''} {' '.join(meta['story'])} "
          f"sha256:{meta['data_hash']}; seed {meta['seed']}; {len(rows)} versions "
          f"({meta['stories']} stories x {meta['langs_per_story'] or 'all'} of "
          f"{','.join(meta['langs'])})")
    broken = total["broken"] + len(err_f) + len(err_d)
    if broken or moved_code:
        print(f"broken: {broken}")
        return 2
    return 0 if g1 and g2 and g3 else 1

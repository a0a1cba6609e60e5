"""Smoke tests of the performance benchmarks (benchmarks/perf_*.py) on tiny data written
here: each runs once, prints its figure and its signature. Models stay off (--no-embed,
--no-translate) so the tests are quick; the figures themselves are in docs/performance.md."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
FIGURE = re.compile(r"cpu \d+\.\d\d s, wall \d+\.\d\d s, peak \d+ MB")
OFF = ["--arg=--no-embed", "--arg=--no-translate"]


def load(name: str):
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    root = tmp_path_factory.mktemp("perfdata")
    story = root / "story"
    story.mkdir()
    (story / "en.txt").write_text("On 3 May 12 ministers met in Berlin. The talks lasted "
                                  "two hours.\n")
    (story / "de.txt").write_text("Am 3. Mai trafen sich 14 Minister in Berlin. Die "
                                  "Gespräche dauerten zwei Stunden.\n")
    demetr = root / "demetr"
    demetr.mkdir()
    lines = [{"id": "n-1", "lang": "de", "source": "Am 3. Mai kamen 12 Minister.",
              "translation": "On 3 May 12 ministers came.",
              "perturbed": "On 3 May 14 ministers came."},
             {"id": "n-2", "lang": "fr", "source": "Le 5 juin, 40 personnes sont parties.",
              "translation": "On 5 June, 40 people left.", "perturbed": None}]
    (demetr / "numbers.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    ntrex = root / "ntrex"
    ntrex.mkdir()
    (ntrex / "en.txt").write_text("The mayor of Leeds said 300 homes were built in 2019.\n"
                                  "Prices rose by 4.5 percent on Tuesday.\n")
    return story, demetr, ntrex


def figures(output: str) -> list[str]:
    assert output.count("signature: checker ") == 1, output
    assert re.search(r"sha256:[0-9a-f]{12}", output) and "cores " in output
    return FIGURE.findall(output)


def test_seed_fact_only(data, capsys):
    story = data[0]
    load("perf_seed_fact_only").main([str(story), "--repeats", "1", "--against", str(ROOT)])
    output = capsys.readouterr().out
    assert len(figures(output)) == 2 and "ratio: this / against CPU" in output


@pytest.mark.parametrize("name", ["perf_seed_warm", "perf_seed_cold"])
def test_seed_warm_and_cold(data, capsys, name):
    load(name).main([str(data[0]), "--repeats", "1", *OFF])
    assert len(figures(capsys.readouterr().out)) == 1


def test_one_version_with_one_new_sentence(data, capsys):
    story = data[0]
    load("perf_e5_version").main([str(story / "en.txt"), str(story / "de.txt"),
                                  "--repeats", "1", "--arg=--no-embed"])
    assert len(figures(capsys.readouterr().out)) == 1


def test_pairs_on_one_pair(data, capsys):
    load("perf_pairs_one").main([str(data[1]), "--repeats", "1"])
    assert len(figures(capsys.readouterr().out)) == 1


def test_pairs_against_pofilter_on_the_same_pairs(data, capsys, tmp_path):
    if shutil.which("pofilter") is None:
        pytest.skip("translate-toolkit (dev extra) not installed")
    module = load("perf_pairs_pofilter")
    jsonl, po = module.write_inputs(module.demetr_pairs(data[1]), 7, tmp_path)
    assert len(jsonl.read_text().splitlines()) == 7 and po.read_text().count("msgctxt") == 7
    module.main([str(data[1]), "--pairs", "7", "--repeats", "1"])
    output = capsys.readouterr().out
    assert len(figures(output)) == 2 and "checker pairs / pofilter CPU" in output


def test_extraction_throughput_on_news_text(data, capsys):
    load("perf_names").main([str(data[2]), "--langs", "en"])
    output = capsys.readouterr().out
    figures(output)
    assert re.search(r"^en\s+\d+\.\d\d\s+\d+\.\d\d\s+\d+\.\d\d$", output, re.M), output


def test_e5_float_and_int8_side_by_side(data, capsys):
    from checker.embed.convert_e5 import default_folder

    if not (default_folder() / "modules.json").exists():
        pytest.skip("multilingual-e5-small is not built (install.sh)")
    story = data[0]
    load("perf_e5_int8").main([str(story / "de.txt"), "--sentences", "2"])
    output = capsys.readouterr().out
    figures_of = re.findall(r"^e5 (float|int8): load cpu [\d.]+ s", output, re.M)
    assert figures_of == ["float", "int8"] and "cosine: min 0." in output

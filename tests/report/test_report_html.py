"""The HTML page's structure: self-contained, summary first, side by side per version,
the drifted facts marked. (The page is also opened in a real browser:
tests/test_html_browser.py.)"""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.pipeline import CheckOptions
from checker.report import to_html
from checker.stories import StoryJob, StoryResult, run_stories

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


class Elements(HTMLParser):
    """Every start tag with its attributes and the text inside marks."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[tuple[str, str]] = []
        self._mark: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "mark":
            self._mark = [attributes.get("class", "")]

    def handle_data(self, data):
        if self._mark is not None:
            self._mark.append(data)

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark[0], "".join(self._mark[1:])))
            self._mark = None


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[str, list[StoryResult]]:
    root = tmp_path_factory.mktemp("html")
    jobs = []
    for name, drifted in (("troops", "troops.tr.txt"), ("weekday", "weekday.es.txt")):
        folder = root / name
        folder.mkdir()
        shutil.copy(SEEDS / "en.txt", folder / "en.txt")
        shutil.copy(SEEDS / "ar.txt", folder / "ar.txt")
        shutil.copy(SEEDS / "drifted" / drifted, folder / f"{drifted.split('.')[1]}.txt")
        jobs.append(StoryJob(str(folder), [folder], CheckOptions(translate=False)))
    results = run_stories(jobs)
    return to_html(results), results


def test_self_contained_no_script_no_external_asset(page) -> None:
    text, _ = page
    parser = Elements()
    parser.feed(text)
    for tag, attrs in parser.tags:
        assert tag not in ("script", "link", "img", "iframe", "object")
        for name in ("src", "href"):
            assert not attrs.get(name, "#").startswith(("http:", "https:", "//")), (tag, attrs)
    csp = [a for t, a in parser.tags if t == "meta" and a.get("http-equiv")]
    assert "default-src 'none'" in csp[0]["content"]


def test_summary_then_side_by_side_with_marked_facts(page) -> None:
    text, results = page
    parser = Elements()
    parser.feed(text)
    assert text.index('id="summary"') < text.index('class="story"')
    ver_marks = [m for cls, m in parser.marks if "ver" in cls.split()]
    assert "7.000" in ver_marks  # troops: 700 -> 7.000
    ref_marks = [m for cls, m in parser.marks if "ref" in cls.split()]
    assert "700" in ref_marks
    rows = [a for t, a in parser.tags if t == "tr" and "bead" in a.get("class", "")]
    # every alignment bead of every version is a row
    assert len(rows) == sum(len(v.alignment) for r in results for v in r.report.versions)
    finding_rows = [a for a in rows if "has-finding" in a["class"]]
    assert finding_rows
    links = {a["href"][1:] for t, a in parser.tags
             if t == "a" and a.get("href", "").startswith("#")}
    assert {a["id"] for a in finding_rows} <= links
    arabic = [a for t, a in parser.tags if t == "td" and a.get("lang") == "ar"]
    assert arabic and all(a.get("dir") == "auto" for a in arabic)


def test_escapes_text_and_reports_unchecked_story(page) -> None:
    _, results = page
    broken = StoryResult("<b>bad</b>", [], error="no <English> version")
    text = to_html([*results, broken])
    assert "<b>bad</b>" not in text and "&lt;b&gt;bad&lt;/b&gt;" in text
    assert "1 not checked" in text


HOSTILE = ("Der Minister schrieb \"<script>alert('x')</script>\" & {{ 7 * 7 }} {% if true %}ja"
           "{% endif %} über 600 Soldaten.")


def test_hostile_text_is_escaped_never_run_or_rendered(tmp_path) -> None:
    """Markup, quotes and template syntax in a sentence, a fact and a path come out as text."""
    story = tmp_path / 'story "<x>" {{ 1 + 1 }}'
    story.mkdir()
    (story / "en.txt").write_text(
        "The minister wrote \"<script>alert('x')</script>\" & {{ 7 * 7 }} about 700 soldiers.\n",
        encoding="utf-8")
    (story / "de.txt").write_text(HOSTILE + "\n", encoding="utf-8")
    results = run_stories([StoryJob(str(story), [story], CheckOptions(translate=False))])
    assert [f.rule for f in results[0].report.findings] == ["number.changed"]
    text = to_html(results, title="<b>'title'</b> {{ x }}")
    assert "<script" not in text.lower() and "<b>" not in text
    # Template syntax in the input is shown as written, never evaluated.
    assert "{{ 7 * 7 }}" in text and "{% if true %}ja{% endif %}" in text and "&amp; 49" not in text
    assert "{{ 1 + 1 }}" in text and "{{ x }}" in text
    parser = Elements()
    parser.feed(text)
    # Attributes keep the exact path: quotes cannot close them.
    paths = {a["data-path"] for t, a in parser.tags if t == "article"}
    assert paths == {str(story / "de.txt")}
    assert [a["data-story"] for t, a in parser.tags if t == "section" and "data-story" in a] == [
        str(story)]
    sentences = HTMLText()
    sentences.feed(text)
    assert HOSTILE in sentences.sentences
    assert ("fact ver error", "über 600") in parser.marks


class HTMLText(HTMLParser):
    """The text of every sentence cell (entities decoded, marks flattened), without its
    number and its pivot translation."""

    def __init__(self) -> None:
        super().__init__()
        self.sentences: list[str] = []
        self._text: list[str] | None = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        css = dict(attrs).get("class", "")
        if tag == "div" and css == "sentence":
            self._text = []
        elif self._text is not None and css in ("sid", "pivot"):
            self._skip += 1

    def handle_data(self, data):
        if self._text is not None and not self._skip:
            self._text.append(data)

    def handle_endtag(self, tag):
        if self._skip and tag in ("span", "div"):
            self._skip -= 1
        elif self._text is not None and tag == "div":
            self.sentences.append("".join(self._text))
            self._text = None


def test_a_newsroom_template_restyles_the_page(page, tmp_path) -> None:
    _, results = page
    own = tmp_path / "newsroom.html.j2"
    own.write_text('{% extends "report.html.j2" %}{% block style %}body { color: #123456; }'
                   "{% endblock %}", encoding="utf-8")
    text = to_html(results, template=own)
    assert "body { color: #123456; }" in text and "--err:#b3261e" not in text
    assert text.count('class="finding ') == to_html(results).count('class="finding ')


def test_a_missing_or_broken_template_is_one_clear_error(page, tmp_path) -> None:
    _, results = page
    with pytest.raises(InputError, match="no such template"):
        to_html(results, template=tmp_path / "missing.html.j2")
    broken = tmp_path / "broken.html.j2"
    broken.write_text("{% if %}", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.html\.j2"):
        to_html(results, template=broken)

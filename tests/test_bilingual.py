# ruff: noqa: E501  (the CAT tool exports below keep their long lines)
"""TMX and XLIFF (1.2, 2.0) as CAT tools export them -> segment pairs -> findings
reported with the unit ids; unsafe or broken XML refused with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.bilingual import read_bilingual
from checker.errors import InputError

REF = "He said the first batch of additional 700 troops is on its way."
DRIFT = "İlave 7.000 askerin ilk kafilesinin yolda olduğunu belirtti."
FAITHFUL = "İlave 700 askerin ilk kafilesinin yolda olduğunu belirtti."

TMX = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="SDL Trados" srclang="en-US" datatype="plaintext" segtype="sentence"
          adminlang="en-US" o-tmf="TW4Win"/>
  <body>
    <tu tuid="story-42-s9">
      <tuv xml:lang="en-US"><seg>He said the <bpt i="1">&lt;b&gt;</bpt>first batch<ept i="1">&lt;/b&gt;</ept> of additional 700 troops is on its way.</seg></tuv>
      <tuv xml:lang="tr-TR"><seg>{DRIFT}</seg></tuv>
    </tu>
    <tu tuid="story-42-s10">
      <tuv xml:lang="en-US"><seg>{REF}</seg></tuv>
      <tuv xml:lang="tr-TR"><seg>{FAITHFUL}</seg></tuv>
    </tu>
  </body>
</tmx>
"""

XLIFF12 = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="story.docx" source-language="en" target-language="tr" datatype="plaintext">
    <body>
      <group id="p1">
        <trans-unit id="tu-9">
          <source>He said the <g id="1">first batch</g> of additional 700 troops<x id="2"/> is on its way.</source>
          <target>{DRIFT}</target>
        </trans-unit>
      </group>
      <trans-unit id="tu-10"><source>{REF}</source><target>{FAITHFUL}</target></trans-unit>
      <trans-unit id="tu-11"><source>{REF}</source></trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF20 = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="tr">
  <file id="f1">
    <unit id="u9">
      <segment id="s1">
        <source>He said the <pc id="1">first batch</pc> of additional 700 troops<ph id="2"/> is on its way.</source>
        <target>{DRIFT}</target>
      </segment>
      <segment id="s2"><source>{REF}</source><target>{FAITHFUL}</target></segment>
    </unit>
    <unit id="u10"><segment><source>{REF}</source><target>{FAITHFUL}</target></segment></unit>
  </file>
</xliff>
"""

CASES = [("memory.tmx", TMX, "story-42-s9", ["story-42-s9", "story-42-s10"]),
         ("story.xlf", XLIFF12, "tu-9", ["tu-9", "tu-10"]),
         ("story.xliff", XLIFF20, "u9/s1", ["u9/s1", "u9/s2", "u10"])]


@pytest.mark.parametrize("name,text,drifted,ids", CASES)
def test_pairs_are_read_with_unit_ids_and_plain_text(tmp_path: Path, name, text, drifted,
                                                     ids) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    pairs = list(read_bilingual(path))
    assert [p.id for p in pairs] == ids
    first = pairs[0]
    assert first.source_text == REF  # inline codes dropped, wrapped text kept
    assert first.target_text == DRIFT
    assert first.source_lang.split("-")[0] == "en" and first.target_lang.split("-")[0] == "tr"


@pytest.mark.parametrize("name,text,drifted,ids", CASES)
def test_cli_pairs_reports_the_drift_with_the_unit_id(tmp_path: Path, run_cli, name, text,
                                                      drifted, ids) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, err = run_cli("pairs", path)
    assert code == 1, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ids
    by_id = {line["id"]: line["findings"] for line in lines}
    numbers = [f for f in by_id[drifted] if f["category"] == "number"]
    assert [(f["kind"], f["reference"]["value"], f["version"]["value"]) for f in numbers] == [
        ("changed", 700, 7000)]
    for other in ids[1:]:
        assert not [f for f in by_id[other] if f["category"] == "number"]


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol2;</seg></tuv>
<tuv xml:lang="tr"><seg>x</seg></tuv></tu></body></tmx>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<xliff version="1.2"><file source-language="en" target-language="tr"><body>
<trans-unit id="1"><source>&secret;</source><target>x</target></trans-unit></body></file></xliff>
"""


@pytest.mark.parametrize("name,text,message", [
    ("bomb.tmx", BOMB, "refused unsafe XML"),
    ("external.xlf", EXTERNAL, "refused unsafe XML"),
    ("broken.xlf", "<xliff version='1.2'><file>", "not well-formed XML"),
    ("wrong.tmx", "<xliff version='1.2'/>", "not a TMX file"),
    ("nolang.xlf", "<xliff version='1.2'><file><body><trans-unit id='1'><source>a</source>"
                   "<target>b</target></trans-unit></body></file></xliff>", "no unit 1 source"),
])
def test_unsafe_or_broken_files_exit_2(tmp_path: Path, run_cli, name, text, message) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_bilingual(path))
    code, _, err = run_cli("pairs", path)
    assert code == 2 and message in err and "Traceback" not in err


def _memory_units(count: int) -> tuple[str, list[tuple[str, str, str]]]:
    """A TMX of `count` units with inline codes, and the (id, source, target) each gives."""
    units, expected = [], []
    for i in range(count):
        units.append(f'<tu tuid="u{i}"><tuv xml:lang="en-GB"><seg>The council approved '
                     f'<bpt i="1">&lt;b&gt;</bpt>{i}<ept i="1">&lt;/b&gt;</ept> homes.</seg>'
                     f'</tuv><tuv xml:lang="de-DE"><seg>Der Rat genehmigte <g>{i + i % 3}</g> '
                     'Wohnungen.</seg></tuv></tu>\n')
        expected.append((f"u{i}", f"The council approved {i} homes.",
                         f"Der Rat genehmigte {i + i % 3} Wohnungen."))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"/>'
            f'<body>\n{"".join(units)}</body></tmx>\n')
    return text, expected


def test_a_large_tmx_is_read_unit_by_unit_in_little_memory(tmp_path: Path) -> None:
    """20,000 units: the pairs of every unit, in order, while the reader's peak memory
    stays a small fraction of what the file's parsed tree takes."""
    import tracemalloc
    from xml.etree import ElementTree

    text, expected = _memory_units(20_000)
    path = tmp_path / "large.tmx"
    path.write_text(text, encoding="utf-8")
    del text
    tracemalloc.start()
    try:
        tree = ElementTree.parse(path)
        tree_peak = tracemalloc.get_traced_memory()[1]
        del tree
        tracemalloc.reset_peak()
        read = 0
        for pair, (unit_id, source, target) in zip(read_bilingual(path), expected,
                                                   strict=True):
            assert (pair.id, pair.source_text, pair.target_text) == (unit_id, source, target)
            assert (pair.source_lang, pair.target_lang) == ("en-GB", "de-DE")
            read += 1
        reader_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert read == 20_000
    assert reader_peak * 50 < tree_peak, (reader_peak, tree_peak)


def _unit(tuid: str, source: str, target: str) -> str:
    return (f'<tu tuid="{tuid}"><tuv xml:lang="en"><seg>{source}</seg></tuv>'
            f'<tuv xml:lang="de"><seg>{target}</seg></tuv></tu>')


def test_a_tmx_read_as_it_streams_keeps_what_the_whole_tree_gave(tmp_path: Path) -> None:
    """A header after the body still names the source language of the units before it;
    units outside the first <body> are not read; a unit nested in a unit comes after it."""
    nested = _unit("outer", "1 a.", "1 b.").replace("</tu>", _unit("inner", "2 a.", "2 b.")
                                                    + "</tu>")
    path = tmp_path / "late.tmx"
    path.write_text(f'<tmx version="1.4"><body>{nested}{_unit("t3", "3 a.", "3 b.")}</body>'
                    f'<header srclang="de"/><body>{_unit("t4", "4 a.", "4 b.")}</body></tmx>',
                    encoding="utf-8")
    pairs = list(read_bilingual(path))
    assert [(p.id, p.source_lang, p.source_text) for p in pairs] == [
        ("outer", "de", "1 b."), ("inner", "de", "2 b."), ("t3", "de", "3 b.")]


@pytest.mark.parametrize("name", ["wrong.tmx", "wrong.xlf"])
def test_a_wrong_root_in_a_broken_file_is_reported_as_broken(tmp_path: Path, name) -> None:
    path = tmp_path / name
    path.write_text("<html><body><p>unclosed</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"wrong\.\w+:1:25: not well-formed XML \(mismatched tag"):
        list(read_bilingual(path))


def test_a_tmx_that_breaks_off_gives_the_units_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "cut.tmx"
    path.write_text(f'<tmx version="1.4"><header srclang="en"/><body>{_unit("t1", "a", "b")}'
                    '<tu tuid="t2"><tuv', encoding="utf-8")
    pairs = read_bilingual(path)
    assert next(pairs).id == "t1"
    with pytest.raises(InputError, match=r"cut\.tmx:1:\d+: not well-formed XML"):
        next(pairs)

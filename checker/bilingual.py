"""Bilingual files exported by CAT tools: TMX, XLIFF 1.2 and XLIFF 2.0 -> SegmentPair.

Each translation unit becomes one pair with the unit's id, so findings point back to
the unit a translator can open. Inline markup is read the way a CAT tool shows it:
text of paired/wrapping elements (<g>, <pc>, <mrk>, <hi>, <sub>) is kept, native
codes (<bpt>, <ept>, <ph>, <it>, <ut>) and placeholders (<x/>, <bx/>, <ex/>, <sc/>,
<ec/>) are dropped.

Parsing is safe: defusedxml when installed (it refuses entity declarations, so entity
bombs, and external entities); otherwise the standard library's expat, which does not
fetch external entities, behind a refusal of any entity declaration.

Parsing streams: the file is read in chunks and each unit is handed on, then dropped,
as soon as its end tag is read, so a memory of millions of units needs the memory of
one. A file that breaks off after N units gives those N units' pairs, then the error.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.etree import ElementTree as ET

from checker.errors import InputError
from checker.language import validate_tag
from checker.limits import DEFAULT_MAX_BYTES, open_input, too_large
from checker.model import SegmentPair

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"
BILINGUAL_SUFFIXES = (".tmx", ".xlf", ".xliff", ".sdlxliff", ".mqxliff")

# Native codes: their text is dropped; any other element's text is translatable text.
_DROP = {"bpt", "ept", "ph", "it", "ut", "x", "bx", "ex", "sc", "ec", "cp"}
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _BoundedReader:
    """An input file read in chunks, at most `max_bytes` of it (an endless stream stops at
    the limit); without defusedxml, any entity declaration is refused as it is read."""

    def __init__(self, handle: BinaryIO, path: Path, max_bytes: int,
                 refuse_entities: bool) -> None:
        self.handle, self.path, self.max_bytes = handle, path, max_bytes
        self.refuse_entities = refuse_entities
        self.total = 0
        self.tail = b""  # the end of the last chunk: a declaration may straddle two
        info = os.fstat(handle.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise too_large(path, max_bytes)  # a plain file: refused before any pair

    def read(self, size: int = -1) -> bytes:
        try:
            data = self.handle.read(size)
        except OSError as exc:
            raise InputError(f"{self.path}: cannot read ({exc.strerror})") from None
        self.total += len(data)
        if self.total > self.max_bytes:
            raise too_large(self.path, self.max_bytes)
        if self.refuse_entities:
            if _ENTITY.search(self.tail + data):
                raise InputError(f"{self.path}: entity declarations are not accepted")
            self.tail = data[-8:]
        return data


def _events(path: Path, max_bytes: int) -> Iterator[tuple[str, ET.Element]]:
    """The (start|end, element) events of an XML file, parsed safely as it is read."""
    try:  # defusedxml is a dependency (imported only for XML inputs); the fallback keeps
        # the reader usable without it
        from defusedxml import DefusedXmlException
        from defusedxml.ElementTree import iterparse as _safe_iterparse
    except ModuleNotFoundError:  # pragma: no cover
        DefusedXmlException = ValueError  # type: ignore[assignment,misc]
        _safe_iterparse = None
    with open_input(path) as handle:
        reader = _BoundedReader(handle, path, max_bytes, _safe_iterparse is None)
        try:
            if _safe_iterparse is not None:
                # A DOCTYPE line is common in TMX exports; entities are what is refused.
                yield from _safe_iterparse(reader, events=("start", "end"))
            else:  # pragma: no cover
                yield from ET.iterparse(reader, events=("start", "end"))
        except ET.ParseError as exc:
            line, column = exc.position
            raise InputError(f"{path}:{line}:{column}: not well-formed XML ({exc.msg})") from exc
        except DefusedXmlException as exc:
            raise InputError(f"{path}: refused unsafe XML ({exc})") from exc


class _Walk:
    """A file's elements as a reader needs them, one unit at a time: `("root", root)`
    first, `("start", element)` for each element outside a unit as it opens, and
    `("unit", unit)` for each outermost element tagged `unit_tag` (set by the reader once
    it has seen the root) when its end tag is read, whole. Every element is detached from
    its parent once ended, so memory holds one unit and the elements open around it.
    `open` is the elements open around the current one, the root first."""

    def __init__(self, path: Path, max_bytes: int) -> None:
        self.path, self.max_bytes = path, max_bytes
        self.unit_tag: str | None = None
        self.open: list[ET.Element] = []

    def __iter__(self) -> Iterator[tuple[str, ET.Element]]:
        stack = self.open
        unit_at: int | None = None  # the stack index of the open outermost unit
        for event, element in _events(self.path, self.max_bytes):
            if event == "start":
                if unit_at is None:
                    if element.tag == self.unit_tag:
                        unit_at = len(stack)
                    else:
                        yield ("start" if stack else "root"), element
                stack.append(element)
                continue
            stack.pop()
            if unit_at is not None and len(stack) > unit_at:
                continue  # inside a unit: kept until the unit ends
            if unit_at == len(stack):
                unit_at = None
                yield "unit", element
            if stack:
                stack[-1].remove(element)


def segment_text(element: ET.Element | None) -> str:
    """The translatable text of a <seg>/<source>/<target>, inline codes removed; the
    text of each wrapper is spaced as a whole before it joins its parent's. Walked with
    a stack, not recursion: a unit may nest <g> a thousand deep."""
    if element is None:
        return ""
    done: dict[int, str] = {}  # id(element) -> its text, once its children are done
    stack: list[tuple[ET.Element, bool]] = [(element, False)]
    while stack:
        node, expanded = stack.pop()
        kept = [c for c in node if _local(c.tag) not in _DROP]
        if not expanded and kept:
            stack.append((node, True))
            stack.extend((c, False) for c in kept)
            continue
        parts = [node.text or ""]
        for child in node:
            if _local(child.tag) not in _DROP:
                parts.append(done.pop(id(child)))
            parts.append(child.tail or "")
        done[id(node)] = " ".join("".join(parts).split())
    return done[id(element)]


@dataclass
class Skipped:
    """Units a reader left out, by reason, so a caller can say so instead of passing
    silently (a TMX whose variants carry no language reads as no pairs at all)."""

    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, reason: str) -> None:
        self.reasons[reason] = self.reasons.get(reason, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.reasons.values())


def same_language(tag: str | None, wanted: str) -> bool:
    """BCP 47 prefix matching: `en` matches `en-US` and `en-US` matches `en`."""
    if not tag:
        return False
    a, b = tag.lower().replace("_", "-"), wanted.lower().replace("_", "-")
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _lang(element: ET.Element, *names: str) -> str | None:
    for name in names:
        value = element.get(name)
        if value:
            return value
    return None


def _tag(value: str | None, path: Path, what: str) -> str:
    if not value:
        raise InputError(f"{path}: no {what} language (expected a language attribute)")
    try:
        return validate_tag(value)
    except InputError as exc:
        raise InputError(f"{path}: {what} language: {exc}") from exc


def read_tmx(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
             skipped: Skipped | None = None) -> Iterator[SegmentPair]:
    """Pairs from a TMX memory: the header's source language against every other
    language of each <tu>. Ids are the tuid (or the unit's number), with the target
    language added when a unit has several targets. A unit with no variant in the
    source language (matched by BCP 47 prefix) is counted in `skipped`."""
    skipped = skipped if skipped is not None else Skipped()
    walk, events, _ = _opened(path, max_bytes, "tmx", "a TMX")
    walk.unit_tag = "tu"
    header = body = None
    pending: list[ET.Element] = []  # units read before the header (one placed after <body>)
    number = 0
    for event, element in events:
        if event == "start":
            if len(walk.open) == 1 and element.tag == "header" and header is None:
                header, units, pending = element, pending, []
            elif len(walk.open) == 1 and element.tag == "body" and body is None:
                body, units = element, []
            else:
                continue
        elif body is None or not any(e is body for e in walk.open):
            continue  # a <tu> outside the (first) body
        elif header is None:
            pending.append(element)
            continue
        else:
            units = [element]
        for unit in (u for outer in units for u in outer.iter("tu")):
            number += 1
            yield from _tmx_unit(unit, number, header.get("srclang"), path, skipped)
    if body is None:
        raise InputError(f"{path}: TMX file has no <body>")
    for unit in (u for outer in pending for u in outer.iter("tu")):  # a TMX with no header
        number += 1
        yield from _tmx_unit(unit, number, None, path, skipped)


def _opened(path: Path, max_bytes: int, root_name: str,
            what: str) -> tuple[_Walk, Iterator[tuple[str, ET.Element]], ET.Element]:
    """A walk over the file, its events after the root's start, and the root element; a
    root other than <`root_name`> is no `what` file."""
    walk = _Walk(path, max_bytes)
    events = iter(walk)
    _, root = next(events)  # the root's start: a file without one fails to parse
    if _local(root.tag) != root_name:
        _drain(events)  # a well-formedness error further on is reported first
        raise InputError(f"{path}: not {what} file (root element <{_local(root.tag)}>)")
    return walk, events, root


def _drain(events: Iterator[object]) -> None:
    for _ in events:
        pass


def _tmx_unit(unit: ET.Element, number: int, source_lang: str | None, path: Path,
              skipped: Skipped) -> Iterator[SegmentPair]:
    variants = []
    for tuv in unit.findall("tuv"):
        lang = _lang(tuv, XML_LANG, "lang")
        variants.append((lang, segment_text(tuv.find("seg"))))
    if not variants:
        return
    unit_id = unit.get("tuid") or str(number)
    source = _source_variant(variants, source_lang)
    if source is None:
        skipped.add(f"no variant in the source language {source_lang}")
        return  # nothing to compare against
    targets = [v for v in variants if v is not source and v[1].strip()]
    for lang, text in targets:
        if not source[1].strip():
            continue
        yield SegmentPair(
            id=unit_id if len(targets) == 1 else f"{unit_id}:{lang}",
            source_lang=_tag(source[0], path, f"unit {unit_id} source"),
            source_text=source[1],
            target_lang=_tag(lang, path, f"unit {unit_id} target"),
            target_text=text,
        )


def _source_variant(variants: list[tuple[str | None, str]], source_lang: str | None
                    ) -> tuple[str | None, str] | None:
    if not source_lang or source_lang == "*all*":
        return variants[0]
    exact = [v for v in variants if v[0] and v[0].lower() == source_lang.lower()]
    return next(iter(exact or [v for v in variants if same_language(v[0], source_lang)]), None)


def read_xliff(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SegmentPair]:
    """Pairs from XLIFF 1.2 (<trans-unit>) or 2.0 (<unit>/<segment>). Units without a
    target, or with an empty one, are skipped (nothing translated yet)."""
    walk, events, root = _opened(path, max_bytes, "xliff", "an XLIFF")
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    version = root.get("version", "")
    if namespace == XLIFF20 or version.startswith("2"):
        yield from _xliff2(walk, events, root, path, namespace)
    else:
        yield from _xliff1(walk, events, path, namespace)


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}" if namespace else name


def _xliff1(walk: _Walk, events: Iterator[tuple[str, ET.Element]], path: Path,
            ns: str) -> Iterator[SegmentPair]:
    """Each <file>'s <trans-unit>s, numbered from 1 in each file, with its languages."""
    file_tag, walk.unit_tag = _q(ns, "file"), _q(ns, "trans-unit")
    languages: tuple[str | None, str | None] = (None, None)
    number = 0
    for event, element in events:
        in_file = any(e.tag == file_tag for e in walk.open)
        if event == "start":
            if element.tag == file_tag and not in_file:
                languages = element.get("source-language"), element.get("target-language")
                number = 0
            continue
        if not in_file:
            continue  # a unit outside any <file>
        for unit in element.iter(walk.unit_tag):
            number += 1
            pair = _xliff1_pair(unit, number, languages, path, ns)
            if pair is not None:
                yield pair


def _xliff1_pair(unit: ET.Element, number: int, languages: tuple[str | None, str | None],
                 path: Path, ns: str) -> SegmentPair | None:
    if unit.get("translate") == "no":
        return None
    source = unit.find(_q(ns, "source"))
    target = unit.find(_q(ns, "target"))
    source_text, target_text = segment_text(source), segment_text(target)
    if not source_text or not target_text:
        return None
    unit_id = unit.get("id") or str(number)
    return SegmentPair(
        id=unit_id,
        source_lang=_tag(_lang(source, XML_LANG) or languages[0], path,
                         f"unit {unit_id} source"),
        source_text=source_text,
        target_lang=_tag(_lang(target, XML_LANG) or languages[1], path,
                         f"unit {unit_id} target"),
        target_text=target_text,
    )


def _xliff2(walk: _Walk, events: Iterator[tuple[str, ET.Element]], root: ET.Element,
            path: Path, ns: str) -> Iterator[SegmentPair]:
    source_lang = _tag(root.get("srcLang"), path, "source (srcLang)")
    target_value = root.get("trgLang")
    walk.unit_tag = _q(ns, "unit")
    number = 0
    for event, element in events:
        if event != "unit":
            continue
        for unit in element.iter(walk.unit_tag):
            number += 1
            yield from _xliff2_unit(unit, number, source_lang, target_value, path, ns)


def _xliff2_unit(unit: ET.Element, number: int, source_lang: str, target_value: str | None,
                 path: Path, ns: str) -> Iterator[SegmentPair]:
    if unit.get("translate") == "no":
        return
    unit_id = unit.get("id") or str(number)
    segments = unit.findall(_q(ns, "segment"))
    for k, segment in enumerate(segments, start=1):
        source_text = segment_text(segment.find(_q(ns, "source")))
        target = segment.find(_q(ns, "target"))
        target_text = segment_text(target)
        if not source_text or not target_text:
            continue
        lang = (_lang(target, XML_LANG) or target_value) if target is not None else None
        pair_id = unit_id if len(segments) == 1 else f"{unit_id}/{segment.get('id') or k}"
        yield SegmentPair(
            id=pair_id,
            source_lang=source_lang,
            source_text=source_text,
            target_lang=_tag(lang, path, f"unit {unit_id} target (trgLang)"),
            target_text=target_text,
        )


def read_bilingual(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                   skipped: Skipped | None = None) -> Iterator[SegmentPair]:
    """Pairs from a TMX or XLIFF file, chosen by its extension; units left out for want
    of a language are counted in `skipped`."""
    suffix = path.suffix.lower()
    if suffix == ".tmx":
        return read_tmx(path, max_bytes, skipped)
    if suffix in BILINGUAL_SUFFIXES:
        return read_xliff(path, max_bytes)
    raise InputError(f"{path}: unknown bilingual format '{suffix}' "
                     f"(expected {', '.join(BILINGUAL_SUFFIXES)})")

"""Bilingual files exported by CAT tools: TMX, XLIFF 1.2 and XLIFF 2.0 -> SegmentPair.

Each translation unit becomes one pair with the unit's id, so findings point back to
the unit a translator can open. Inline markup is read the way a CAT tool shows it:
text of paired/wrapping elements (<g>, <pc>, <mrk>, <hi>, <sub>) is kept, native
codes (<bpt>, <ept>, <ph>, <it>, <ut>) and placeholders (<x/>, <bx/>, <ex/>, <sc/>,
<ec/>) are dropped.

Parsing is safe: defusedxml when installed (it refuses entity declarations, so entity
bombs, and external entities); otherwise the standard library's expat, which does not
fetch external entities, behind a refusal of any entity declaration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from checker.errors import InputError
from checker.language import validate_tag
from checker.limits import DEFAULT_MAX_BYTES, read_bounded
from checker.model import SegmentPair

try:  # defusedxml is a dependency; the fallback keeps the reader usable without it
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring as _safe_parse
except ModuleNotFoundError:  # pragma: no cover
    DefusedXmlException = ValueError  # type: ignore[assignment,misc]
    _safe_parse = None

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"
BILINGUAL_SUFFIXES = (".tmx", ".xlf", ".xliff", ".sdlxliff", ".mqxliff")

# Native codes: their text is dropped; any other element's text is translatable text.
_DROP = {"bpt", "ept", "ph", "it", "ut", "x", "bx", "ex", "sc", "ec", "cp"}
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(path: Path, max_bytes: int) -> ET.Element:
    data = read_bounded(path, max_bytes)
    try:
        if _safe_parse is not None:
            # A DOCTYPE line is common in TMX exports; entities are what is refused.
            return _safe_parse(data)
        if _ENTITY.search(data):
            raise InputError(f"{path}: entity declarations are not accepted")
        return ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise InputError(f"{path}:{line}:{column}: not well-formed XML ({exc.msg})") from exc
    except DefusedXmlException as exc:
        raise InputError(f"{path}: refused unsafe XML ({exc})") from exc


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
    root = _parse(path, max_bytes)
    if _local(root.tag) != "tmx":
        raise InputError(f"{path}: not a TMX file (root element <{_local(root.tag)}>)")
    header = root.find("header")
    source_lang = header.get("srclang") if header is not None else None
    body = root.find("body")
    if body is None:
        raise InputError(f"{path}: TMX file has no <body>")
    for number, unit in enumerate(body.iter("tu"), start=1):
        variants = []
        for tuv in unit.findall("tuv"):
            lang = _lang(tuv, XML_LANG, "lang")
            variants.append((lang, segment_text(tuv.find("seg"))))
        if not variants:
            continue
        unit_id = unit.get("tuid") or str(number)
        source = _source_variant(variants, source_lang)
        if source is None:
            skipped.add(f"no variant in the source language {source_lang}")
            continue  # nothing to compare against
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
    root = _parse(path, max_bytes)
    if _local(root.tag) != "xliff":
        raise InputError(f"{path}: not an XLIFF file (root element <{_local(root.tag)}>)")
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    version = root.get("version", "")
    if namespace == XLIFF20 or version.startswith("2"):
        yield from _xliff2(root, path, namespace)
    else:
        yield from _xliff1(root, path, namespace)


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}" if namespace else name


def _xliff1(root: ET.Element, path: Path, ns: str) -> Iterator[SegmentPair]:
    for file in root.iter(_q(ns, "file")):
        source_lang = file.get("source-language")
        target_lang = file.get("target-language")
        for number, unit in enumerate(file.iter(_q(ns, "trans-unit")), start=1):
            if unit.get("translate") == "no":
                continue
            source = unit.find(_q(ns, "source"))
            target = unit.find(_q(ns, "target"))
            source_text, target_text = segment_text(source), segment_text(target)
            if not source_text or not target_text:
                continue
            unit_id = unit.get("id") or str(number)
            yield SegmentPair(
                id=unit_id,
                source_lang=_tag(_lang(source, XML_LANG) or source_lang, path,
                                 f"unit {unit_id} source"),
                source_text=source_text,
                target_lang=_tag(_lang(target, XML_LANG) or target_lang, path,
                                 f"unit {unit_id} target"),
                target_text=target_text,
            )


def _xliff2(root: ET.Element, path: Path, ns: str) -> Iterator[SegmentPair]:
    source_lang = _tag(root.get("srcLang"), path, "source (srcLang)")
    target_value = root.get("trgLang")
    for number, unit in enumerate(root.iter(_q(ns, "unit")), start=1):
        if unit.get("translate") == "no":
            continue
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

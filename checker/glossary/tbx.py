"""TBX (ISO 30042) import and export, for CAT tools.

Export writes TBX v3 (TBX-Basic dialect, `urn:iso:std:iso:30042:ed-2`): one
`conceptEntry` per concept id, one `langSec` per language, one `termSec` per term with
its `administrativeStatus`: preferred -> `preferredTerm-admn-sts`, allowed ->
`admittedTerm-admn-sts`, forbidden -> `deprecatedTerm-admn-sts`; a language's note is a
`note` in its `langSec`. Export then import gives the same glossaries back.

Import also reads TBX v2 (`martif`/`termEntry`/`langSet`/`tig`, as memoQ and MultiTerm
write it); `supersededTerm-admn-sts` counts as forbidden; a concept with no preferred term
takes its first admitted term as preferred.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from checker.errors import CheckerError
from checker.glossary.model import Concept, Glossary
from checker.limits import DEFAULT_MAX_BYTES, read_bounded

NAMESPACE = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS_TO_TBX = {
    "preferred": "preferredTerm-admn-sts",
    "allowed": "admittedTerm-admn-sts",
    "forbidden": "deprecatedTerm-admn-sts",
}
TBX_TO_STATUS = {
    "preferredterm-admn-sts": "preferred",
    "preferredterm": "preferred",
    "admittedterm-admn-sts": "allowed",
    "admittedterm": "allowed",
    "deprecatedterm-admn-sts": "forbidden",
    "deprecatedterm": "forbidden",
    "supersededterm-admn-sts": "forbidden",
    "supersededterm": "forbidden",
}


def dumps(glossaries: dict[str, Glossary], source_lang: str = "en") -> str:
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(
        f"{{{NAMESPACE}}}tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: source_lang}
    )
    header = ET.SubElement(root, f"{{{NAMESPACE}}}tbxHeader")
    desc = ET.SubElement(
        ET.SubElement(header, f"{{{NAMESPACE}}}fileDesc"), f"{{{NAMESPACE}}}sourceDesc"
    )
    ET.SubElement(desc, f"{{{NAMESPACE}}}p").text = "checker glossaries"
    body = ET.SubElement(ET.SubElement(root, f"{{{NAMESPACE}}}text"), f"{{{NAMESPACE}}}body")
    ids = sorted({cid for g in glossaries.values() for cid in g.concepts})
    for cid in ids:
        entry = ET.SubElement(body, f"{{{NAMESPACE}}}conceptEntry", {"id": cid})
        for lang in sorted(glossaries):
            concept = glossaries[lang].concepts.get(cid)
            if concept is None:
                continue
            lang_sec = ET.SubElement(entry, f"{{{NAMESPACE}}}langSec", {XML_LANG: lang})
            if concept.note:
                ET.SubElement(lang_sec, f"{{{NAMESPACE}}}note").text = concept.note
            for term in concept.terms:
                term_sec = ET.SubElement(lang_sec, f"{{{NAMESPACE}}}termSec")
                ET.SubElement(term_sec, f"{{{NAMESPACE}}}term").text = term.text
                ET.SubElement(
                    term_sec, f"{{{NAMESPACE}}}termNote", {"type": "administrativeStatus"}
                ).text = STATUS_TO_TBX[term.status]
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, *names: str) -> list[ET.Element]:
    return [c for c in element if _local(c.tag) in names]


def _parse(text: str | bytes, source: str) -> ET.Element:
    """defusedxml: no entity expansion ("billion laughs"), no external entities."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(text)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else 1
        raise CheckerError(f"{source}:{line}: not well-formed TBX/XML ({exc.msg})") from None
    except DefusedXmlException as exc:
        raise CheckerError(f"{source}: refused unsafe XML ({exc})") from None


def loads(text: str | bytes, source: str) -> dict[str, Glossary]:
    """Glossaries per language from TBX text (v3 or v2); `source` names the file in errors.
    Every concept is checked as `glossary add` checks one (one-line terms, no variant
    separator in a term, a one-word id), so an import never writes a file the glossary
    reader then refuses."""
    root = _parse(text, source)
    if _local(root.tag) not in ("tbx", "martif"):
        raise CheckerError(f"{source}:1: not a TBX file (root element <{_local(root.tag)}>)")
    out: dict[str, Glossary] = {}
    entries = [e for e in root.iter() if _local(e.tag) in ("conceptEntry", "termEntry")]
    for number, entry in enumerate(entries, 1):
        cid = entry.get("id") or f"concept-{number}"
        for lang_sec in _children(entry, "langSec", "langSet"):
            lang = lang_sec.get(XML_LANG) or lang_sec.get("lang")
            if not lang:
                raise CheckerError(
                    f"{source}: concept '{cid}': a language section without xml:lang"
                )
            # A note may wrap over lines in the XML: one line in the glossary.
            notes = [" ".join(n.text.split()) for n in _children(lang_sec, "note", "descrip")
                     if n.text and n.text.strip()]
            preferred: list[str] = []
            allowed: list[str] = []
            forbidden: list[str] = []
            for term_sec in _children(lang_sec, "termSec", "tig", "ntig"):
                term_el = next((t for t in term_sec.iter() if _local(t.tag) == "term"), None)
                if term_el is None or not (term_el.text or "").strip():
                    continue
                status = "allowed"
                for note in term_sec.iter():
                    if (
                        _local(note.tag) == "termNote"
                        and note.get("type") == "administrativeStatus"
                    ):
                        status = TBX_TO_STATUS.get((note.text or "").strip().lower(), "allowed")
                {"preferred": preferred, "allowed": allowed, "forbidden": forbidden}[status].append(
                    (term_el.text or "").strip()
                )
            if not preferred and not allowed:
                continue
            if not preferred:
                preferred.append(allowed.pop(0))
            allowed = preferred[1:] + allowed  # one preferred term per language
            glossary = out.setdefault(lang, Glossary(lang=lang))
            glossary.concepts[cid] = _checked(cid, lang, preferred[0], allowed, forbidden,
                                              " ".join(notes), source)
    return out


def _checked(cid: str, lang: str, preferred: str, allowed: list[str], forbidden: list[str],
             note: str, source: str) -> Concept:
    """The concept, once `glossary add` accepts it on an empty glossary (the terms are
    kept as the file lists them), or its error naming file and concept."""
    from checker.glossary import edit

    try:
        edit.add(Glossary(lang=lang), cid, preferred, allowed, forbidden, note)
    except CheckerError as exc:
        raise CheckerError(f"{source}: concept '{cid}' ({lang}): {exc}") from None
    return Concept(cid, preferred, allowed, forbidden, note)


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Glossary]:
    """A TBX file, read up to `max_bytes`; the XML declares its own encoding."""
    return loads(read_bounded(path, max_bytes), str(path))

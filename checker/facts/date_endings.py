"""Inflected forms of month and weekday names, made from CLDR's names by the language's
declared endings (`dates.NAME_ENDINGS`, `dates.NAME_SUFFIXES`, `dates.SUFFIX_HARMONY`)."""

from __future__ import annotations

from collections.abc import Mapping

Entry = tuple[str, str | int, bool]  # (what, value, ambiguous), as `DateLexicon.forms` holds


def with_endings(
    names: dict[str, Entry], endings: Mapping[str, tuple[str, ...]]
) -> dict[str, Entry]:
    """Case and adjective forms of whole month and weekday names: each final in `endings`
    that a name ends with is replaced by each of its endings ("" is added to the name)."""
    out: dict[str, Entry] = {}
    for name, entry in names.items():
        for final, replacements in endings.items():
            if not name.endswith(final) or len(name) - len(final) < 2:
                continue
            stem = name[: len(name) - len(final)]
            for ending in replacements:
                out.setdefault(stem + ending, entry)
    return out


def glued_endings(
    forms: dict[str, Entry],
    endings: tuple[str, ...],
    capitalised_only: set[str],
    inflected_capitalised: set[str],
    harmony: Mapping[str, str],
) -> set[str]:
    """Glued case endings ("ekimde", "şubatta": in October, in February) added to `forms`,
    each only where its vowel is in harmony with the name's last vowel (`harmony`); returns
    the new forms. A form made from a name written only capitalised is added to
    `inflected_capitalised` too."""
    inflected: set[str] = set()
    vowels = set(harmony) | {ch for allowed in harmony.values() for ch in allowed}
    for form, entry in list(forms.items()):
        if len(form) < 4 or form.endswith(".") or " " in form:
            continue
        last = next((ch for ch in reversed(form) if ch in harmony), None)
        for ending in endings:
            first = next((ch for ch in ending if ch in vowels), None)
            if last is not None and first is not None and first not in harmony[last]:
                continue  # "mart" + "in": no case form ("Martin" is a name)
            if form + ending not in forms:
                forms[form + ending] = entry
                inflected.add(form + ending)
                if form in capitalised_only:
                    inflected_capitalised.add(form + ending)
    return inflected

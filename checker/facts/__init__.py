"""Facts extracted from each version's own text, in its own language.

Each extractor is a function `(text, lang) -> list[Fact]` over one sentence;
`extract_facts` runs them all. Extractors are language blind: what differs by
language is data in `checker/lang/<code>/`.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.facts import dates, entities, numbers
from checker.model import Fact, Sentence

Extractor = Callable[[str, str], list[Fact]]

EXTRACTORS: dict[str, Extractor] = {
    "number": numbers.extract,
    "date": dates.extract,
    "entity": entities.extract,
}


def extract_facts(text: str, lang: str, categories: tuple[str, ...] | None = None) -> list[Fact]:
    """All facts of one sentence, in order of position."""
    facts: list[Fact] = []
    for name, extractor in EXTRACTORS.items():
        if categories is None or name in categories:
            facts.extend(extractor(text, lang))
    return sorted(facts, key=lambda f: (f.start, f.end))


def facts_by_sentence(sentences: list[Sentence], lang: str) -> list[list[Fact]]:
    return [extract_facts(s.text, lang) for s in sentences]

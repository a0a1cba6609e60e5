"""Facts extracted from each version's own text, in its own language.

Each extractor is a function `(text, lang, context) -> list[Fact]` over one sentence;
`extract_facts` runs them all. `context` is the run's `checker.context.CheckContext`
(its glossaries name concepts); None: no glossaries, CLDR names only. Extractors are
language blind: what differs by language is data in `checker/lang/<code>/`.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING

from checker.facts import dates, entities, numbers
from checker.model import Fact, Sentence

if TYPE_CHECKING:
    from checker.context import CheckContext

Extractor = Callable[[str, str, "CheckContext | None"], list[Fact]]

# The order of facts in a sentence: by start, then end (a C-level key, not a lambda).
BY_PLACE = attrgetter("start", "end")

EXTRACTORS: dict[str, Extractor] = {
    # Numbers and dates read no glossary.
    "number": lambda text, lang, _context: numbers.extract(text, lang),
    "date": lambda text, lang, _context: dates.extract(text, lang),
    "entity": entities.extract,
}


def extract_facts(text: str, lang: str, categories: tuple[str, ...] | None = None,
                  context: CheckContext | None = None) -> list[Fact]:
    """All facts of one sentence, in order of position."""
    facts: list[Fact] = []
    for name, extractor in EXTRACTORS.items():
        if categories is None or name in categories:
            facts.extend(extractor(text, lang, context))
    return sorted(facts, key=BY_PLACE)


def facts_by_sentence(sentences: list[Sentence], lang: str,
                      context: CheckContext | None = None) -> list[list[Fact]]:
    """The facts of each sentence, with the run's glossaries (`context`)."""
    return [extract_facts(s.text, lang, context=context) for s in sentences]

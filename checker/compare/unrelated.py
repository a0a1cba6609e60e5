"""`version.unrelated`: a version that is not a translation of the reference at all.

Fact comparers only see aligned sentences: a version with no letters (a file of digits or
of invisible characters), another story, or a version cut to its first lines has few or
no aligned sentences, so it passed with few or no findings. This looks at the whole:

- the version has no letters while the reference has some; or
- the reference has at least `MIN_SENTENCES` sentences and fewer than
  `MIN_MATCHED` of them are aligned with a version sentence at a score of `MIN_SCORE` or
  more, unless the version states the reference's facts (`shares_its_facts`); or fewer
  than `MIN_MATCHED_SHORT` of them while the version has under a third of the
  reference's sentences (most of the story is missing). Where the version is not short
  and the facts do not confirm another text (the reference states fewer than
  `MIN_SHARED_FACTS` distinctive facts, or the version states more than
  `OTHER_STORY_SHARE` of them), the scores alone decide: the finding is unsure (a
  warning).

Bead scores are a weak witness in some language pairs: a faithful translation's beads
may all score under `MIN_SCORE`, while sentences of another story reach it. The facts
are another witness, one that does not depend on the embedding: a version that states
most of the reference's distinctive facts (numbers over ten, dates other than weekdays,
places and organisations of the data) is a version of it. Another story shares few (a
year, a country: at most half of them on NTREX tune stories paired with other stories,
against two thirds or more for their translations).

Thresholds are set from the seed story's versions (every one matches 95 % or more of the
reference with the default settings, 35 % for Arabic without embeddings or translation)
against other texts and truncated copies (15 % or less).
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.compare.article import SameFacts, fact_signature
from checker.context import CheckContext
from checker.model import Alignment, Document, Fact, Finding, Sentence, Side
from checker.rules import make_finding

MIN_SENTENCES = 5
MIN_SCORE = 0.4
MIN_MATCHED = 0.2
MIN_MATCHED_SHORT = 1 / 3
# A version stating this many distinct reference facts, and at least this share of them,
# is a version of the reference, whatever its beads score.
MIN_SHARED_FACTS = 3
MIN_SHARED_SHARE = 0.6
# Another story states at most this share of a reference's distinctive facts (NTREX tune
# stories paired with other stories); a version more is no sure other text.
OTHER_STORY_SHARE = 0.5
SMALL_NUMBER = 10  # numbers up to this are said by any story
# Facts not found by value are compared one by one (`same_fact`) while the comparisons
# stay under this: thousands of distinct facts each side (a long list of figures) would
# otherwise cost their product in time and in remembered pairs.
MAX_FACT_COMPARISONS = 100_000


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def matched_share(alignment: list[Alignment], reference_count: int) -> float:
    """The share of reference sentences aligned with a version sentence at MIN_SCORE+."""
    matched = {i for bead in alignment if bead.version and bead.score >= MIN_SCORE
               for i in bead.reference}
    return len(matched) / reference_count if reference_count else 1.0


def _distinctive(fact: Fact) -> bool:
    """A fact another story would rarely state: a number over SMALL_NUMBER (not an
    ordinal), a date that is not a weekday, a place or organisation of the data."""
    if fact.category == "number":
        values = fact.value if isinstance(fact.value, tuple) else (fact.value,)
        return fact.kind != "ordinal" and any(
            isinstance(v, (int, float)) and abs(v) > SMALL_NUMBER for v in values)
    if fact.category == "date":
        return fact.kind != "weekday"
    return fact.category == "entity" and fact.kind == "concept"


def shares_its_facts(reference_lang: str, reference_facts: Sequence[Sequence[Fact]],
                     version_lang: str, version_facts: Sequence[Sequence[Fact]],
                     run: CheckContext) -> bool:
    """Does the version state at least MIN_SHARED_FACTS of the reference's distinctive
    facts (each distinct fact once), and at least MIN_SHARED_SHARE of them, anywhere?"""
    said, wanted = stated_facts(reference_lang, reference_facts, version_lang, version_facts,
                                run)
    return said >= MIN_SHARED_FACTS and said >= MIN_SHARED_SHARE * wanted


def stated_facts(reference_lang: str, reference_facts: Sequence[Sequence[Fact]],
                 version_lang: str, version_facts: Sequence[Sequence[Fact]],
                 run: CheckContext) -> tuple[int, int]:
    """How many of the reference's distinctive facts (each distinct fact once) the version
    states anywhere, and how many there are. A fact is stated where the version has its
    value (values are the same in every language), else where `same_fact` finds it,
    within MAX_FACT_COMPARISONS."""
    wanted = _wanted(reference_facts)
    if len(wanted) < MIN_SHARED_FACTS:
        return 0, len(wanted)
    stated = {fact_signature(f): f for facts in version_facts for f in facts}
    values = {_value_key(f) for f in stated.values()}
    by_category: dict[str, list[Fact]] = {}
    for fact in stated.values():
        by_category.setdefault(fact.category, []).append(fact)
    same = SameFacts(reference_lang, version_lang, run)
    said, budget = 0, MAX_FACT_COMPARISONS
    for fact in wanted.values():
        if _value_key(fact) in values:
            said += 1
            continue
        candidates = by_category.get(fact.category, [])
        if len(candidates) > budget:
            continue
        budget -= len(candidates)
        said += any(same(fact, other) for other in candidates)
    return said, len(wanted)


def _wanted(reference_facts: Sequence[Sequence[Fact]]) -> dict[tuple, Fact]:
    """The reference's distinctive facts, each distinct fact once."""
    return {fact_signature(f): f for facts in reference_facts for f in facts
            if _distinctive(f)}


def _value_key(fact: Fact) -> tuple:
    """What a fact states, in any language: its category, value and unit."""
    try:
        hash(fact.value)
    except TypeError:
        return (fact.category, repr(fact.value), fact.unit)
    return (fact.category, fact.value, fact.unit)


def unrelated_finding(reference: Document, reference_sentences: list[Sentence],
                      version: Document, version_sentences: list[Sentence],
                      alignment: list[Alignment],
                      facts: tuple[Sequence[Sequence[Fact]], Sequence[Sequence[Fact]]]
                      | None = None, run: CheckContext | None = None) -> Finding | None:
    """The `version.unrelated` finding for one version, or None when it is a version.
    `facts`: each side's facts by sentence (reference, version), the witness that does
    not depend on the beads' scores (`shares_its_facts`); None: scores only."""
    if not _has_letters(reference.text):
        return None
    certain = True
    if not _has_letters(version.text):
        message = "the version has no letters: it cannot be a translation of the reference"
    else:
        count = len(reference_sentences)
        if count < MIN_SENTENCES:
            return None
        share = matched_share(alignment, count)
        short = len(version_sentences) * 3 < count
        if share >= MIN_MATCHED and not (short and share < MIN_MATCHED_SHORT):
            return None
        said, wanted = (0, 0) if short or facts is None else stated_facts(
            reference.lang, facts[0], version.lang, facts[1], run or CheckContext())
        if said >= MIN_SHARED_FACTS and said >= MIN_SHARED_SHARE * wanted:
            return None  # the version states the reference's facts: a version of it
        # The facts confirm another text only where the reference has enough of them and
        # the version states at most OTHER_STORY_SHARE; otherwise the beads' scores alone,
        # a weak witness in some language pairs, make the finding unsure.
        certain = short or facts is None or (
            wanted >= MIN_SHARED_FACTS and said <= OTHER_STORY_SHARE * wanted)
        matched = round(share * count)
        message = (f"the version matches only {matched} of the reference's {count} sentences "
                   f"({len(version_sentences)} sentences in the version): another text, or "
                   "most of the story is missing")
    first = version_sentences[0] if version_sentences else None
    where = Side(path=version.path, lang=version.lang, sentence=1,
                 text=first.text if first else version.text[:200], line=first.line if first else 1,
                 column=first.column if first else 1)
    return make_finding("version.unrelated", message, None, where, version.path,
                        certain=certain)

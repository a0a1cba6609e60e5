"""Number findings: a count, total or amount that differs within an aligned claim.

Values are compared, never strings: 30 / thirty / tridhjetë / treinta, and
7.000 / 7,000 / seven thousand are the same fact and never a finding. A range
or score counts as its end points, so "30-60" matches "od 30 do 60".

Finding kinds, one place for both numbers and dates (`finding`, `EXPLAIN`); their
severities are the rules' in `checker.rules`:
- changed:   an aligned claim carries a different value for the same thing;
- qualifier: same value, different bound ("at least 30" vs "more than 30");
- missing:   a fact of the reference has no counterpart in the version;
- extra:     a fact of the version has no counterpart in the reference.

Judgement calls, documented:
- "about" and "nearly" are one family: translators swap them freely, so they are
  not a qualifier finding; a qualifier on one side only is not a finding either
  (hedges are often dropped or added), only two different bounds are.
- A fraction in words and a percentage are one share when they differ by at most
  one percentage point ("two thirds" = 67 %, "half" = 50 per cent).
- Rounding is not a drift where one side is approximate ("about 1.5 million" vs
  1,460,000) or written with a scale word ("4.18 million" vs 4,176,027): the
  precise value, rounded to the significant digits of the approximate one, must
  give the approximate one.
- A four-digit number on one side may be a year on the other ("in 1985" read as
  a count in one language, a year in another): a year of the other side's date
  facts answers a number, and the other way round.
- A quantity converted to another unit ("550 pounds" as "250 kg", "80 degrees"
  Fahrenheit as "27" Celsius) is `converted` (info) when the conversion, rounded as a
  translator rounds it (`measures.translator_rounding`: within 3 %, to two significant
  digits, to one within 15 %, to the nearest 5 or 10 within 10 %, looser where "about"),
  gives the other side's figure; the closest conversions pair first. A quantity in a unit
  and its smaller one ("6ft 2in", "8 pounds 3 ounces") is one figure, and a small range
  may be given as one figure within it ("2 to 3 inches" as "6 cm"). A wrong conversion
  pairs the two as `changed`. "Tons" that are short or long tons in metric ones are
  `changed`, unsure (`conversions.tons_of_another_unit`). A temperature
  DIFFERENCE ("10 degrees warmer", "a drop of 20 °F") converts by the factor only (10 °F of
  difference is 5.6 °C): two temperatures of different or unsaid scales that match neither
  as readings nor as a difference are `changed`; where they match only as a difference
  the figures cannot say whether they are one, so the `changed` finding is unsure (the
  warning severity), never an error. The same figure in two units of one measure ("20
  gallons" against "20 litres") is an unconverted quantity or a unit misread: `changed`,
  unsure. A quantity of a measure paired with a figure of another measure or with no unit
  read is `changed`, unsure (`conversions.measures_apart`): a conversion read on one side
  only, or two different things.
- Numbers are paired across the two sides first by equal value, then leftovers
  by counted thing (unit), then by what the unit measures (a length with a length),
  then by order, so one drifted number in a claim of several reads as one "changed",
  not missing + extra.

Where the checks live: this module pairs the figures and words the findings; two figures
that differ yet say one thing are told in `number_equivalents`, one figure in two digit
notations (grouped with spaces, a lone mark read either way) in `digit_notation`.
"""

from __future__ import annotations

from checker.compare.base import AlignedClaim, ComparisonContext, side
from checker.compare.compound_spans import spans_in_one_unit
from checker.compare.conversions import (
    added_in_another_unit,
    conversions,
    converted_without_unit,
    measures_apart,
    said_in_another_unit,
    temperature_difference,
    tons_of_another_unit,
    unit_swapped,
    unit_ten_times_off,
)
from checker.compare.digit_notation import grouped_alike, read_alike
from checker.compare.number_atoms import Atom, atoms, roughly_same, same_value
from checker.compare.number_equivalents import (
    basis_points,
    centuries_as_years,
    feet_and_inches_as_digits,
    in_its_decade,
    in_parts,
    restated_difference,
    running_minute,
    same_share,
    scale_or_unit,
    second_half_minute,
    share_against_percent,
    share_near_percent,
    smaller_part,
    vague_words_near,
)
from checker.compare.number_restatements import restated_in_brackets
from checker.compare.numbers_as_dates import as_number_fact, date_number_pairs
from checker.compare.shares import shares_against_fractions
from checker.compare.unread_scales import (
    head_maybe_unread,
    scale_maybe_unread,
    scale_said_beside,
    sum_maybe_unread,
)
from checker.facts.number_words import reads_number_words
from checker.facts.numeric.measures import dimension
from checker.model import Fact, Finding, Sentence
from checker.rules import make_finding

EXPLAIN = {
    "changed": "{category} changed: {ref} (reference) -> {ver} (version)",
    "qualifier": "qualifier changed: {ref} (reference) -> {ver} (version); the value is the same",
    "converted": "{category} converted: {ref} (reference) -> {ver} (version), another unit",
    "missing": "{category} missing: {ref} (reference) is not in the version",
    "extra": "{category} added: {ver} (version) is not in the reference",
}
QUALIFIER_FAMILY = {"about": "approx", "nearly": "approx"}


def finding(
    kind: str,
    category: str,
    context: ComparisonContext,
    ref: tuple[Fact, Sentence] | None,
    ver: tuple[Fact, Sentence] | None,
    claim: AlignedClaim,
    certain: bool = True,
) -> Finding:
    """One finding of rule `category.kind`, with its plain sentence decided here only."""
    ref_sentence = ref[1] if ref else claim.reference[0]
    ver_sentence = ver[1] if ver else claim.version[0]
    message = EXPLAIN[kind].format(
        category=category, ref=ref[0].text if ref else "", ver=ver[0].text if ver else ""
    )
    return make_finding(
        f"{category}.{kind}",
        message,
        side(
            context.reference, ref_sentence, ref[0] if ref else None, context.reference_translations
        ),
        side(context.version, ver_sentence, ver[0] if ver else None, context.translations),
        context.version.path,
        certain=certain,
    )


def _date_numbers(facts: list[Fact]) -> set[int]:
    """Years in the date facts of a side: they answer a four-digit number."""
    years = set()
    for fact in facts:
        if fact.category == "date" and isinstance(fact.value, str) and fact.value[:4].isdigit():
            years.add(int(fact.value[:4]))
    return years


def _qualifier_differs(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    return QUALIFIER_FAMILY.get(a, a) != QUALIFIER_FAMILY.get(b, b)


def soft(fact: Fact) -> bool:
    """A fact too idiomatic to be missed: "two" as "both", "the third", "a thousand years",
    or a number inside a name ("Covid-19"). Reported when changed, never as missing/extra."""
    if fact.kind == "code":
        return True
    if any(ch.isdigit() for ch in fact.text):
        return False
    values = fact.value if isinstance(fact.value, tuple) else (fact.value,)
    return fact.kind == "ordinal" or any(
        isinstance(v, (int, float)) and (v <= 2 or v in (100, 1000, 10**6, 10**9)) for v in values
    )


def _group(fact: Fact) -> str:
    """Leftovers pair only within a group: an ordinal never becomes a changed count, nor a
    fraction ("half", "a third") a count: two kinds of quantity."""
    return fact.kind if fact.kind in ("ordinal", "code", "fraction") else "count"


def _take(pool: list[Atom], predicate) -> Atom | None:
    for k, atom in enumerate(pool):
        if predicate(atom):
            return pool.pop(k)
    return None


def _said_again(atom: Atom, every: list[Atom], left: list[Atom]) -> bool:
    """A version figure whose value an answered figure of its sentence already says."""
    return any(o.value == atom.value and o.sentence is atom.sentence and o.fact is not atom.fact
               and all(o is not x for x in left) for o in every)


def _unread(claim: AlignedClaim, context: ComparisonContext) -> list[Finding]:
    """`number.unread`, once per document whose language has no number words, where the
    other side writes a number in words: with the claim that holds the document's first
    sentence."""
    out = []
    for document, sentences, is_reference in (
        (context.reference, claim.reference, True),
        (context.version, claim.version, False),
    ):
        if not any(s.index == 0 for s in sentences) or reads_number_words(document.lang):
            continue
        other = context.version if is_reference else context.reference
        if not _words_to_read(other):
            continue  # the other side writes every number in digits: nothing is left unread
        first = next(s for s in sentences if s.index == 0)
        message = f"numbers written in words are not read in {document.lang}"
        out.append(
            make_finding(
                "number.unread",
                message,
                side(document, first, None, context.reference_translations)
                if is_reference
                else None,
                side(document, first, None, context.translations) if not is_reference else None,
                context.version.path,
            )
        )
    return out


def _words_to_read(document) -> bool:
    """The document writes a number in words ("three times", "a dozen"): where the other
    side's language reads none, that number is left unread."""
    from checker.facts.numbers import extract

    return any(not any(c.isdigit() for c in f.text)
               for f in extract(document.text, document.lang) if f.category == "number")


def _unread_words(atom: Atom | None, other_lang: str) -> bool:
    """A number written in words left unanswered where the other side's language reads no
    number words: the document's one `number.unread` stands for it (its counterpart there is
    words too, never read), not a warning per sentence ("nine months" as "siyam na buwan")."""
    return atom is not None and not _digits(atom) and not reads_number_words(other_lang)


def _one_each(rest_ref: list[Atom], rest_ver: list[Atom]) -> tuple[Atom, Atom] | None:
    """An ordinal on one side and a count on the other, the only value left on each side
    of the claim (one fact each; "the 18th" and "24日", "26th" and "29"): the same thing,
    changed. The reference's must be in digits, the version's surely read (`_surely_read`)."""
    def unpaired(atoms: list[Atom]) -> list[Atom]:
        return [a for a in atoms if _group(a.fact) != "code"]

    ref, ver = unpaired(rest_ref), unpaired(rest_ver)
    if len({id(a.fact) for a in ref}) != 1 or len({id(a.fact) for a in ver}) != 1:
        return None
    if len(ref) == len(ver) == 1 and share_against_percent(ref[0], ver[0]):
        return ref[0], ver[0]  # "one in five" against "30 %": one share, changed
    if len(ref) != 1 or len(ver) != 1 or _group(ref[0].fact) == _group(ver[0].fact):
        return None  # a range, or two of one group: paired by order below
    if not _digits(ref[0]) or not _surely_read(ver[0]):
        return None  # the reference's words ("the final third") are rarely its figure
    return ref[0], ver[0]


def _digits(atom: Atom) -> bool:
    return any(ch.isdigit() for ch in atom.fact.text)


def _surely_read(atom: Atom) -> bool:
    """Digits, or a number word of three or more ("十四", "الرابعة") a translator wrote for
    the reference's digits: "one", "first" and "second" are as often an article, a rank or a
    unit of time."""
    return _digits(atom) or (atom.value.is_integer() and atom.value >= 3)


def _number_atoms(claim: AlignedClaim) -> tuple[list[Atom], list[Atom]]:
    """The numbers of each side of a claim, without those the date comparer takes."""
    pairs = date_number_pairs(claim)
    as_dates = {id(pair.number) for pair in pairs if not pair.as_number} | {
        id(f) for pair in pairs for f in pair.counted}

    def numbers(facts: list[Fact], sentences: list[Sentence]) -> list[tuple[Fact, Sentence]]:
        return [(f, s) for f, s in zip(facts, sentences, strict=True)
                if f.category == "number" and id(f) not in as_dates]

    ref_facts = numbers(claim.reference_facts, claim.reference_fact_sentence)
    ver_facts = numbers(claim.version_facts, claim.version_fact_sentence)
    for pair in pairs:  # a bare year answered by a count is a number too
        if pair.as_number:
            side = ref_facts if pair.date_is_reference else ver_facts
            side.append((as_number_fact(pair.date), pair.date_sentence))
    ref_facts, ver_facts = spans_in_one_unit(*shares_against_fractions(ref_facts, ver_facts))
    return atoms(ref_facts), atoms(ver_facts)


def _side_of(atom: Atom | None):
    return (atom.fact, atom.sentence) if atom else None


def _equal_values(ref_atoms: list[Atom], ver_atoms: list[Atom], claim: AlignedClaim,
                  context: ComparisonContext) -> tuple[list[Atom], list[Finding]]:
    """Step 1: equal values, preferring the same counted thing (taken from `ver_atoms`); a
    bound that differs is a qualifier finding. Returns the reference atoms left."""
    left_ref: list[Atom] = []
    findings: list[Finding] = []
    qualifier_seen: set[tuple[int, int]] = set()
    every_ver = list(ver_atoms)
    for atom in ref_atoms:
        match = _take(
            ver_atoms, lambda v, a=atom: same_value(v.value, a.value) and v.fact.unit == a.fact.unit
        ) or _take(ver_atoms, lambda v, a=atom: same_value(v.value, a.value)) or _take(
            ver_atoms, lambda v, a=atom: read_alike(a, v) or in_parts(a, v)
            or scale_said_beside(a, v, context.version.lang)
        )
        if match is None:
            left_ref.append(atom)
            continue
        if in_parts(atom, match):  # "6 feet 6 inches" written as two numbers: take both
            _take(ver_atoms, lambda v, a=atom: same_value(v.value, smaller_part(a)))
        key = (id(atom.fact), id(match.fact))
        if unit_swapped(atom, match, ref_atoms, every_ver) and key not in qualifier_seen:
            qualifier_seen.add(key)  # "400 acres" as "400 hectares": unconverted, unsure
            findings.append(finding("changed", "number", context, _side_of(atom),
                                    _side_of(match), claim, certain=False))
        elif _qualifier_differs(atom.fact.qualifier, match.fact.qualifier) and (
            key not in qualifier_seen
        ):
            qualifier_seen.add(key)
            findings.append(finding("qualifier", "number", context, _side_of(atom),
                                    _side_of(match), claim))
    return left_ref, findings


def _pair_by_unit(still_ref: list[Atom], ver_left: list[Atom]) -> tuple[list, list[Atom]]:
    """Step 4a: what is left paired on the same counted thing, then on the same dimension (a
    wrong conversion: a length against a length). Returns the pairs and the reference atoms
    left; paired version atoms are taken from `ver_left`."""
    pairs: list[tuple[Atom | None, Atom | None]] = []
    rest_ref: list[Atom] = []
    for atom in still_ref:
        match = _take(
            ver_left,
            lambda v, a=atom: (
                a.fact.unit is not None
                and v.fact.unit == a.fact.unit
                and _group(v.fact) == _group(a.fact)
            ),
        )
        if match is None:
            match = _take(
                ver_left,
                lambda v, a=atom: (
                    dimension(a.fact.unit) is not None
                    and dimension(v.fact.unit) == dimension(a.fact.unit)
                    and _group(v.fact) == _group(a.fact)
                ),
            )
        if match is None:
            rest_ref.append(atom)
        else:
            pairs.append((atom, match))
    return pairs, rest_ref


def _pair_by_order(rest_ref: list[Atom], ver_left: list[Atom]) -> list:
    """Step 4b: one value left on each side is a pair ("the 26th minute" against "29 分钟");
    otherwise counts, ordinals and codes pair in order, a soft lone value going unreported."""
    lone_pair = _one_each(rest_ref, ver_left)
    if lone_pair is not None:
        return [lone_pair]
    pairs: list[tuple[Atom | None, Atom | None]] = []
    for group in ("count", "ordinal", "code", "fraction"):
        r_group = [a for a in rest_ref if _group(a.fact) == group]
        v_group = [a for a in ver_left if _group(a.fact) == group]
        for k in range(max(len(r_group), len(v_group))):
            pair = (
                r_group[k] if k < len(r_group) else None,
                v_group[k] if k < len(v_group) else None,
            )
            lone = pair[0] or pair[1]
            if (pair[0] is None or pair[1] is None) and lone is not None and soft(lone.fact):
                continue
            pairs.append(pair)
    return pairs


def compare(claim: AlignedClaim, context: ComparisonContext) -> list[Finding]:
    """Numbers of one aligned claim: equal values match; the rest are drifts."""
    findings: list[Finding] = _unread(claim, context)
    if not claim.reference or not claim.version:
        return findings  # an unmatched sentence: reported by alignment, not as a number drift
    ref_atoms, ver_atoms = grouped_alike(*_number_atoms(claim))
    if not ref_atoms and not ver_atoms:
        return findings
    all_ver = list(ver_atoms)
    left_ref, found = _equal_values(ref_atoms, ver_atoms, claim, context)
    findings += found
    # 2. rounding by a translator
    still_ref = [atom for atom in left_ref if _take(
        ver_atoms, lambda v, a=atom: roughly_same(a, v) or same_share(a, v) or in_its_decade(a, v)
        or running_minute(a, v) or running_minute(v, a) or centuries_as_years(a, v)
        or basis_points(a, v, context.reference.lang, context.version.lang)
        or second_half_minute(a, v, context.reference.lang, context.version.lang)) is None]
    # 2b. a quantity converted to another unit: info, once per pair of facts
    still_ref, converted = conversions(still_ref, ver_atoms)
    # "100 feet" given beside "30 meters" in the reference: the version's "30 m" says both
    # (not while a version figure of its measure is left unanswered: that is its counterpart)
    still_ref = [a for a in still_ref if not said_in_another_unit(a, all_ver, ver_atoms)]
    answered = [a for a in ref_atoms if all(a is not b for b in still_ref)]
    still_ref = [a for a in still_ref if not restated_in_brackets(a, answered)]
    findings += [finding("converted", "number", context, _side_of(r), _side_of(v), claim)
                 for r, v in converted]
    # 3. a year on the other side
    ver_years = _date_numbers(claim.version_facts)
    ref_years = _date_numbers(claim.reference_facts)
    still_ref = [a for a in still_ref if not (a.value.is_integer() and int(a.value) in ver_years)]
    ver_left = [a for a in ver_atoms if not (a.value.is_integer() and int(a.value) in ref_years)
                and not added_in_another_unit(a, ref_atoms, still_ref)]
    if not still_ref:  # "de 40 em 40 minutos" (every 40 minutes): a figure said again
        ver_left = [a for a in ver_left if not _said_again(a, all_ver, ver_atoms)]
    # 4. pair what is left: same unit first, then by order
    pairs, rest_ref = _pair_by_unit(still_ref, ver_left)
    pairs += _pair_by_order(rest_ref, ver_left)
    reported: set[tuple[int, int]] = set()
    for ref, ver in pairs:
        key = (id(ref.fact) if ref else 0, id(ver.fact) if ver else 0)
        if key in reported:
            continue  # both ends of one range drifted: one finding
        reported.add(key)
        kind = "changed" if ref and ver else "missing" if ref else "extra"
        if _unread_words(ref if kind == "missing" else ver if kind == "extra" else None,
                         context.version.lang if kind == "missing" else context.reference.lang):
            continue  # a number in words the other language cannot read: `number.unread` says it
        certain = not (ref and ver and (vague_words_near(ref, ver) or scale_or_unit(
            ref, context.reference.lang) or scale_or_unit(ver, context.version.lang)
            or feet_and_inches_as_digits(ref, ver) or temperature_difference(ref, ver)
            or tons_of_another_unit(ref, ver) or converted_without_unit(ref, ver)
            or measures_apart(ref, ver) or scale_maybe_unread(ref, ver, context.version.lang)
            or head_maybe_unread(ref, ver, context.version.lang)
            or sum_maybe_unread(ref, ver, context.version.lang)
            or share_near_percent(ref, ver) or restated_difference(ref, ver, ref_atoms, all_ver)))
        found = finding(kind, "number", context, _side_of(ref), _side_of(ver), claim,
                        certain=certain)
        off = unit_ten_times_off(ref, ver) if ref and ver else None
        if off is not None:  # "2 inches" as "5 mm": converted, into the wrong unit
            found.message += f"; the figures match a conversion into {off}, the text says " \
                             f"{ver.fact.unit}"
        findings.append(found)
    return findings

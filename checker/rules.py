"""Every rule a check can report: its id, default severity, one-line text and help.

The one place a finding's severity is decided. Comparers build findings only through
`make_finding(rule_id, ...)`; SARIF, JUnit, GitHub annotations, configuration validation
and the rules table in `docs/rules.md` all read `RULES`.

Certainty is the one thing a comparer may say about severity: `make_finding(...,
certain=False)` when it cannot be sure the difference is wrong (a term form the glossary
does not list may be an inflection it does not know). Only a rule that declares an
`unsure_severity` accepts that; the comparer never names a severity itself.

Regenerate the table after changing a rule: `python -m checker.rules docs/rules.md`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from checker.model import Category, Finding, Kind, Severity, Side

DOCS_PATH = "docs/rules.md"
REGENERATE = f"python -m checker.rules {DOCS_PATH}"


@dataclass(frozen=True)
class Rule:
    """One kind of drift a comparer can report."""

    category: Category
    kind: Kind
    severity: Severity  # the default; a configuration's [severity] table may override it
    text: str  # one line: what the finding says happened
    help: str  # a few sentences for an editor: what it means, what to do
    # Severity when the comparer is not sure (`make_finding(..., certain=False)`);
    # None: the comparer is always sure of this rule.
    unsure_severity: Severity | None = None

    @property
    def id(self) -> str:
        """`category.kind`, as findings, baselines and configurations write it."""
        return f"{self.category}.{self.kind}"

    def severity_for(self, certain: bool = True) -> Severity:
        if certain:
            return self.severity
        if self.unsure_severity is None:
            raise ValueError(f"rule {self.id} has no severity for an unsure finding")
        return self.unsure_severity


_BASELINE = "If the difference is intended, accept it in the baseline with a reason."

# In report order: ruleIndex in SARIF is the position here.
RULES: tuple[Rule, ...] = (
    Rule(
        "number", "changed", "error",
        "A number differs between the reference and the version.",
        "An aligned sentence of the version gives a different count, total, amount or "
        "percentage than the reference sentence. Values are compared, not spellings: "
        "'7,000', '7.000' and 'seven thousand' are the same number, and a rounded figure "
        "next to an approximate one is no finding. Correct the number in the version. "
        "A warning when the two sentences are only loosely aligned (they may not say the "
        "same thing). " + _BASELINE,
        unsure_severity="warning",
    ),
    Rule(
        "number", "qualifier", "warning",
        "A number keeps its value but changes its bound (at least, more than...).",
        "Both sentences give the same value with different bounds, such as 'at least 30' "
        "against 'more than 30'. 'About' and 'nearly' count as one, and a bound written on "
        "one side only is not reported. Restore the reference's bound unless the desk "
        "chose another on purpose.",
    ),
    Rule(
        "number", "converted", "info",
        "A quantity is given in another unit, converted correctly.",
        "The reference gives a length, weight, area, volume, speed or temperature in one "
        "unit and the version in another ('550 pounds' as '250 kg', '80 degrees' Fahrenheit "
        "as '27 degrees' Celsius; '6ft 2in' as '1,88 m'; '2 to 3 inches' as '6 cm'), "
        "within the rounding a translator uses (two significant digits, or the nearest 5 "
        "or 10). Nothing to correct; a conversion that does not give the version's figure "
        "is a changed number.",
    ),
    Rule(
        "number", "missing", "warning",
        "A number of the reference is not in the version.",
        "The reference sentence states a number that the aligned version sentence does "
        "not have. Translators sometimes drop a figure on purpose; check whether the fact "
        "is needed and add it to the version. " + _BASELINE,
    ),
    Rule(
        "number", "extra", "warning",
        "A number of the version is not in the reference.",
        "The version sentence states a number that the aligned reference sentence does "
        "not have. Check where it comes from: remove it, or correct the reference if the "
        "version is right. " + _BASELINE,
    ),
    Rule(
        "number", "unread", "warning",
        "Numbers written in words are not read in this language.",
        "The checker has no number words for the language of this document (neither its "
        "profile nor the spell-out rules of num2words give them), so a number written in "
        "words ('thirty') is neither compared nor reported missing; only numbers in digits "
        "are. Check numbers in words by hand, or add the language's number words to "
        "checker/lang/<code>/lex_attrs.py. Reported once per document, and only where the "
        "other side writes a number in words (a story whose numbers are all in digits "
        "leaves nothing unread).",
    ),
    Rule(
        "date", "changed", "error",
        "A year, month, day, weekday or time differs between the reference and the version.",
        "Dates are compared as calendar values ('June 20' is '20 juin'), field by field, "
        "so a changed year is one finding even when the rest of the date matches. Correct "
        "the date in the version. A warning when the two sentences are only loosely "
        "aligned. " + _BASELINE,
        unsure_severity="warning",
    ),
    Rule(
        "date", "missing", "warning",
        "A date of the reference is not in the version.",
        "The reference sentence gives a year, month, day, weekday or time that the aligned "
        "version sentence does not have. Add it to the version if readers need it. Info "
        "when the version gives the same date in another sentence (the reference repeats "
        "it). " + _BASELINE,
        unsure_severity="info",
    ),
    Rule(
        "date", "extra", "warning",
        "A date of the version is not in the reference.",
        "The version sentence gives a year, month, day, weekday or time that the aligned "
        "reference sentence does not have. Check where it comes from and remove or correct "
        "it. Info when the reference gives the same date in another sentence. " + _BASELINE,
        unsure_severity="info",
    ),
    Rule(
        "entity", "changed", "error",
        "A name differs between the reference and the version.",
        "A person, place or organisation of the reference sentence is not found in the "
        "aligned version sentence, which names another one instead. Names are matched "
        "across scripts, inflections and exonyms ('Beogradu' is 'Belgrade', 'OTAN' is "
        "'NATO'), so a finding means the two names are far apart. Check the name and "
        "correct it. A warning when the two sentences are only loosely aligned. " + _BASELINE,
        unsure_severity="warning",
    ),
    Rule(
        "entity", "missing", "warning",
        "A name of the reference is not in the version.",
        "A person, place or organisation of the reference sentence is not found in the "
        "aligned version sentence. The version may say 'he' or 'the ministry' instead; "
        "check that readers still know who or what is meant, and add the name if not. "
        "Info when the version gives the name in another sentence (the reference repeats "
        "it), or when nothing tells what the word names (no place, person or organisation "
        "by the data or the words around it): it may be a capitalised common word, or a "
        "name spelt in a way the checker does not read.",
        unsure_severity="info",
    ),
    Rule(
        "entity", "extra", "warning",
        "A name of the version is not in the reference.",
        "The version sentence names a person, place or organisation that the reference "
        "does not name anywhere. Check where it comes from: remove it, or correct the "
        "spelling if it is a name of the reference written far from its usual form. Info "
        "when nothing tells what the word names (no place, person or organisation by the "
        "data or the words around it): languages that capitalise nouns, and names spelt "
        "in a way the checker does not read, give many such words.",
        unsure_severity="info",
    ),
    Rule(
        "entity", "unread", "warning",
        "Names are not read in this language.",
        "The language of this document is written without capitals and CLDR gives no "
        "names of countries in it, so its names are not read: a name of the other side "
        "is not reported changed, only missing at most. Check names by hand, or give the "
        "language a folder with its place names (checker/lang/<code>/places.py). "
        "Reported once per document.",
    ),
    Rule(
        "term", "changed", "error",
        "A name or term is not written the way the version language's glossary wants.",
        "The version writes a glossary concept in a form its language desk's glossary "
        "(glossaries/<lang>.tsv) forbids (error), or, where the reference names the same "
        "concept, in a form that is neither the preferred term nor an allowed variant "
        "(warning: it may be a form the glossary does not list). Use the preferred term, "
        "or add the form to the glossary as an allowed variant.",
        unsure_severity="warning",
    ),
    Rule(
        "claim", "missing", "warning",
        "A sentence of the reference that states a count has no counterpart in the version.",
        "No sentence of the version says what this reference sentence says, and it states "
        "a count, amount or percentage (how many were hurt, how much was paid) found nowhere "
        "else in the version. Versions are often shortened on purpose: check that the "
        "figure readers need was not cut. A dropped sentence whose only facts are dates or "
        "names is `claim.trimmed`; a sentence without facts is not reported. " + _BASELINE,
    ),
    Rule(
        "claim", "trimmed", "info",
        "A sentence of the reference that states only dates or names has no counterpart "
        "in the version.",
        "No sentence of the version says what this reference sentence says; its facts are "
        "dates, a dateline, ordinals, years or names, and none of them is said elsewhere in "
        "the version. A dropped dateline or background sentence is a normal cut when a desk "
        "shortens a story, not a dropped casualty count (`claim.missing`): listed so that an "
        "editor can see what the version left out. " + _BASELINE,
    ),
    Rule(
        "version", "unrelated", "error",
        "The version is not a translation of the reference: no letters, or almost no "
        "sentence matches.",
        "The version has no letters at all (digits, invisible characters), or almost none "
        "of the reference's sentences align with one of its sentences: it is another text, "
        "the wrong file, or most of the story is missing. No fact of the missing part was "
        "compared, so the version cannot pass. Check that the file is the translation of "
        "this story and that it is complete. A warning when the reference states too few "
        "distinctive facts (figures, dates, places of the data) to tell a version whose "
        "sentences align weakly (as in some language pairs) from another text.",
        unsure_severity="warning",
    ),
)

BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(rule.category for rule in RULES))


def get(rule_id: str) -> Rule:
    """The rule with this id; an unregistered id is a programming error."""
    try:
        return BY_ID[rule_id]
    except KeyError:
        raise KeyError(f"no rule '{rule_id}' in checker.rules.RULES") from None


def make_finding(
    rule_id: str,
    message: str,
    reference: Side | None,
    version: Side | None,
    version_path: str,
    *,
    certain: bool = True,
) -> Finding:
    """The one way to build a finding: its severity comes from the registry.
    `certain=False` only for a rule with an `unsure_severity` (see the module docstring)."""
    rule = get(rule_id)
    return Finding(
        category=rule.category,
        kind=rule.kind,
        severity=rule.severity_for(certain),
        message=message,
        reference=reference,
        version=version,
        version_path=version_path,
    )


def _cell(text: str) -> str:
    """Text safe in one Markdown table cell: no pipe, no line break, no HTML tag."""
    return (text.replace("|", "\\|").replace("\n", " ")
            .replace("<", "&lt;").replace(">", "&gt;"))


def markdown_table() -> str:
    """`docs/rules.md`: every rule as one row of a Markdown table."""
    lines = [
        "# Rules",
        "",
        "Every finding checker can report. Generated from `checker/rules.py`; do not edit "
        f"by hand, regenerate with `{REGENERATE}`.",
        "",
        "A configuration's `[severity]` table overrides a default severity, per rule "
        '(`"number.extra" = "info"`) or per category (`date = "warning"`), or drops a '
        'rule with `"off"`.',
        "",
        "| Rule | Default severity | What it says | What it means, what to do |",
        "| --- | --- | --- | --- |",
    ]
    for rule in RULES:
        severity = rule.severity
        if rule.unsure_severity is not None:
            severity += f" ({rule.unsure_severity} when unsure)"
        lines.append(
            f"| `{rule.id}` | {severity} | {_cell(rule.text)} | {_cell(rule.help)} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m checker.rules docs/rules.md
    # A developer's tool: an option is never taken for the file to write ("--help" once was).
    if len(sys.argv) > 2 or (len(sys.argv) == 2 and sys.argv[1].startswith("-")):
        print("usage: python -m checker.rules [OUT.md]  (writes the generated page; default "
              + str(DOCS_PATH) + ")", file=sys.stderr)
        sys.exit(2)
    Path(sys.argv[1] if len(sys.argv) > 1 else DOCS_PATH).write_text(
        markdown_table(), encoding="utf-8"
    )

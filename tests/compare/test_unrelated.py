"""version.unrelated: a version with no letters, or that matches almost none of the
reference, is an error finding instead of a silent pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.model import Document
from checker.pipeline import CheckOptions, check_story

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


def _rules(tmp_path: Path, version_text: str, name: str = "de.txt") -> list[str]:
    version = tmp_path / name
    version.write_text(version_text, encoding="utf-8")
    report = check_story([SEED / "en.txt", version], CheckOptions(translate=False))
    return [f.rule for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize("text", ["D" * 4096 + "\n", "\u200b\u200b\u200c\n\u200d\u2060\n",
                                  "12 34 56.\n78 90.\n"])
def test_a_version_without_letters_is_unrelated(tmp_path: Path, text: str) -> None:
    rules = _rules(tmp_path, text)
    if text.startswith("D"):
        assert "version.unrelated" in rules  # letters, but nothing matches
    else:
        assert rules[:1] == ["version.unrelated"]


def test_a_version_cut_to_its_first_lines_is_reported(tmp_path: Path) -> None:
    first_lines = "".join((SEED / "de.txt").read_text(encoding="utf-8").splitlines(True)[:8])
    assert "version.unrelated" in _rules(tmp_path, first_lines)


@pytest.mark.parametrize("name", ["de.txt", "tr.txt", "ar.txt", "sr-Cyrl.txt"])
def test_real_versions_are_not_unrelated(tmp_path: Path, name: str) -> None:
    assert "version.unrelated" not in _rules(tmp_path, (SEED / name).read_text("utf-8"), name)


def test_the_cli_fails_on_an_unrelated_version(tmp_path: Path, run_cli) -> None:
    (tmp_path / "en.txt").write_bytes((SEED / "en.txt").read_bytes())
    (tmp_path / "de.txt").write_text("\u200b\u200b\n", encoding="utf-8")
    code, out, _ = run_cli("check", tmp_path, "--no-translate", "--format", "json")
    assert code == 1
    assert '"rule": "version.unrelated"' in out


# A story of my own, and a German version of it; another German story for the other way.
_STORY_EN = """The harbour of Valletta reopened on 14 March after a storm closed it for 12 days.
About 3,400 passengers were stranded in Malta and Italy during the closure.
The port authority said repairs cost 2.7 million euros.
Ferries to Sicily will run twice a day until 30 April.
The authority expects 48,000 visitors in the summer.
A new breakwater is planned for 2027."""
_STORY_DE = """Der Hafen von Valletta wurde am 14. März nach 12 Tagen Sturm wieder geöffnet.
Etwa 3.400 Passagiere saßen während der Schließung in Malta und Italien fest.
Die Hafenbehörde sagte, die Reparaturen hätten 2,7 Millionen Euro gekostet.
Fähren nach Sizilien fahren bis zum 30. April zweimal täglich.
Die Behörde erwartet im Sommer 48.000 Besucher.
Ein neuer Wellenbrecher ist für 2027 geplant."""
_OTHER_DE = """Der Stadtrat von Graz hat am Dienstag einen neuen Radweg beschlossen.
Die Strecke soll 17 Kilometer lang werden und das Zentrum mit dem Flughafen verbinden.
Die Kosten liegen bei 95 Millionen Euro, sagte die Bürgermeisterin.
Der Bau beginnt im Oktober 2025.
Gegner fürchten den Verlust von 260 Parkplätzen.
Eine Bürgerversammlung ist für den 9. Juni geplant."""


def _weakly_aligned(version_text: str) -> list[str]:
    """`unrelated_finding` for a six-sentence version whose beads all score under the
    cut-off (as a faithful translation's may with a weak embedding)."""
    from checker.compare.unrelated import MIN_SCORE, unrelated_finding
    from checker.context import CheckContext
    from checker.model import Alignment, Document
    from checker.pipeline import analyse

    context = CheckContext()
    ref = analyse(Document("en.txt", _STORY_EN, "en", "given"), context)
    ver = analyse(Document("de.txt", version_text, "de", "given"), context)
    weak = [Alignment((k,), (k,), MIN_SCORE - 0.05) for k in range(6)]
    found = unrelated_finding(ref.document, ref.sentences, ver.document, ver.sentences, weak,
                              (ref.facts, ver.facts), context)
    return [found.rule] if found else []


def test_a_version_that_states_the_reference_facts_is_not_unrelated() -> None:
    assert _weakly_aligned(_STORY_DE) == []


def test_another_story_weakly_aligned_is_still_unrelated() -> None:
    assert _weakly_aligned(_OTHER_DE) == ["version.unrelated"]


def test_many_distinct_figures_are_matched_by_value_not_pair_by_pair(monkeypatch) -> None:
    """Thousands of distinct figures each side: facts are found by their value, and the
    one-by-one comparison (whose cost is the product of both sides) stays bounded."""
    from checker.compare import unrelated
    from checker.context import CheckContext
    from checker.pipeline import analyse

    context = CheckContext()
    lines = range(1, 3001)
    ref = analyse(Document("en.txt", "".join(f"Depot {n}: {n + 20} trucks.\n" for n in lines),
                           "en", "given"), context)
    ver = analyse(Document("de.txt", "".join(f"Depot {n}: {n + 20} Lastwagen.\n" for n in lines),
                           "de", "given"), context)
    calls = []
    real_same = unrelated.SameFacts.__call__

    def counted(self, fact, other):
        calls.append(1)
        return real_same(self, fact, other)

    monkeypatch.setattr(unrelated.SameFacts, "__call__", counted)
    assert unrelated.shares_its_facts("en", ref.facts, "de", ver.facts, context)
    assert len(calls) <= unrelated.MAX_FACT_COMPARISONS


# A story of my own that states almost no distinctive fact (a weekday, small counts,
# people), and a German version of it.
_PLAIN_EN = """The village choir sang for the mayor on Sunday.
Anna Keller led the singers for the first time.
Some of the older members wanted the old songs back.
The mayor thanked the choir and asked for one more song.
Keller said the choir would practise twice a week.
New singers are welcome at the school hall."""
_PLAIN_DE = """Der Dorfchor sang am Sonntag für den Bürgermeister.
Anna Keller leitete die Sänger zum ersten Mal.
Einige der älteren Mitglieder wollten die alten Lieder zurück.
Der Bürgermeister dankte dem Chor und bat um ein weiteres Lied.
Keller sagte, der Chor werde zweimal pro Woche proben.
Neue Sänger sind in der Schulaula willkommen."""


def test_weak_scores_alone_make_an_unsure_unrelated_finding() -> None:
    # Too few distinctive facts to tell a version from another text: the weak beads
    # alone give a warning, never an error.
    from checker.compare.unrelated import MIN_SCORE, unrelated_finding
    from checker.context import CheckContext
    from checker.model import Alignment
    from checker.pipeline import analyse

    context = CheckContext()
    ref = analyse(Document("en.txt", _PLAIN_EN, "en", "given"), context)
    ver = analyse(Document("de.txt", _PLAIN_DE, "de", "given"), context)
    weak = [Alignment((k,), (k,), MIN_SCORE - 0.05) for k in range(6)]
    found = unrelated_finding(ref.document, ref.sentences, ver.document, ver.sentences, weak,
                              (ref.facts, ver.facts), context)
    assert found is not None and (found.rule, found.severity) == ("version.unrelated",
                                                                   "warning")


_TRIP_EN = """The team flew from Lisbon to Madrid on Sunday.
The coach said the players were tired but happy.
Some of them slept during the whole flight.
The club will pay for a hotel near the stadium.
The players may each invite up to 40 guests.
Fans waited for them at the airport."""
_TRIP_DE = """Die Mannschaft flog am Sonntag von Lissabon nach Madrid.
Der Trainer sagte, die Spieler seien müde, aber glücklich.
Einige von ihnen schliefen während des ganzen Fluges.
Der Verein bezahlt ein Hotel in der Nähe des Stadions.
Fans warteten am Flughafen auf sie."""


def test_a_version_stating_most_of_few_facts_is_no_sure_other_text() -> None:
    # The shortened version states two of the reference's three distinctive facts (the
    # count was in the sentence it drops): too few to confirm it, too many for another
    # story: weak beads alone give a warning.
    from checker.compare.unrelated import MIN_SCORE, unrelated_finding
    from checker.context import CheckContext
    from checker.model import Alignment
    from checker.pipeline import analyse

    context = CheckContext()
    ref = analyse(Document("en.txt", _TRIP_EN, "en", "given"), context)
    ver = analyse(Document("de.txt", _TRIP_DE, "de", "given"), context)
    weak = [Alignment((k,), (k,), MIN_SCORE - 0.05) for k in range(4)]
    weak.append(Alignment((5,), (4,), MIN_SCORE - 0.05))
    found = unrelated_finding(ref.document, ref.sentences, ver.document, ver.sentences, weak,
                              (ref.facts, ver.facts), context)
    assert found is not None and found.severity == "warning"

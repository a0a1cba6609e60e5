"""Name comparison grows linearly with a sentence's length (checker/compare/entities.py):
a one-line file is one sentence, and comparing every name of it with every word of the
other side again made a 100 KB line take minutes."""

from pathlib import Path

import checker.compare.entities as entities
from checker.context import CheckContext
from checker.model import SegmentPair
from checker.pipeline import check_pair

GLOSSARIES = CheckContext.load(Path(__file__).resolve().parents[2] / "glossaries")
SOURCE = ("представитель Министерства обороны Игорь Конашенков сообщил, что Иван Петров "
          "приехал в Москву")
TARGET = ("a spokesman for the Defence Ministry, Igor Konashenkov, said that Ivan Petrov came "
          "to Moscow")


def _word_comparisons(monkeypatch, repeats: int) -> tuple[int, list]:
    """Word comparisons made, and the name findings, for one sentence holding the clause
    `repeats` times."""
    calls = [0]
    compare_words = entities.word_match

    def counted(*args, **kwargs):
        calls[0] += 1
        return compare_words(*args, **kwargs)

    monkeypatch.setattr(entities, "word_match", counted)
    pair = SegmentPair("t", "ru", "Сегодня " + ", ".join([SOURCE] * repeats) + ".",
                       "en", "Today " + ", ".join([TARGET] * repeats) + ".")
    found = [f for f in check_pair(pair, GLOSSARIES) if f.category in ("entity", "term")]
    return calls[0], found


def test_word_comparisons_grow_linearly_with_a_long_sentence(monkeypatch):
    ten, found_ten = _word_comparisons(monkeypatch, 10)
    twenty, found_twenty = _word_comparisons(monkeypatch, 20)
    forty, found_forty = _word_comparisons(monkeypatch, 40)
    assert found_ten == found_twenty == found_forty == []
    # Twice the sentence, about twice the work (it was 3.7 times, and growing).
    assert forty <= 2.2 * twenty and twenty <= 2.2 * ten


def test_a_name_written_again_is_one_rival_not_many():
    from checker.facts import facts_by_sentence
    from checker.segment import split_sentences

    sentence = split_sentences(", ".join(["Stoltenberg met Erdogan in Ankara"] * 50) + ".", "en")
    facts = [f for f in facts_by_sentence(sentence, "en")[0] if f.category == "entity"]
    assert len(facts) >= 150
    by_name = entities._name_words(facts, "en")
    # Each name's words once: the rivals of a name were every other name's words again
    # for each time it was written (a long line took minutes).
    assert all(len(words) == len(set(words)) for words in by_name.values())
    assert sum(len(words) for words in by_name.values()) == len(by_name)

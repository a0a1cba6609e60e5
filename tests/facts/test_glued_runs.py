"""Month and weekday names inside runs of words typed without their spaces
(`checker.facts.glued_runs`), on sentences of our own."""

from __future__ import annotations

import pytest

from checker.facts.dates import extract
from checker.lang.profile import profile


def dates(text: str, lang: str) -> list[str]:
    return [str(f.value) for f in extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أعلنتالوزارةيومالخميسأنالمعرضسيفتح أبوابه.", "Thursday"),
        ("افتتحالمعرضفيشهرسبتمبرالماضي بحضور الوزير.", "--09"),
        ("تبدأالعطلةالرسميةيومالثلاثاءالمقبل في كل المدارس.", "Tuesday"),
    ],
)
def test_a_long_name_inside_a_glued_run_is_read(text: str, value: str) -> None:
    assert dates(text, "ar") == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a short name is the start of another word: "the events"
        "تابعالناسالأحداثالأخيرةفيالمدينة باهتمام كبير.",
        # a run no longer than a word of the language is one word
        "والاستثمارات كبيرة.",
    ],
)
def test_no_name_is_read_from_a_short_form_or_a_single_word(text: str) -> None:
    assert dates(text, "ar") == []


def test_a_language_declares_how_long_its_words_are() -> None:
    assert profile("ar").writing.glued_after == 13
    assert profile("de").writing.glued_after == 0  # compounds are long words, not glued ones

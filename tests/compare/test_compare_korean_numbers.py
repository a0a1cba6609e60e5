"""Korean numbers and dates in our own news sentences: a faithful translation gives no
number or date error, its drifted twin one error."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair


def errors(ref: str, ver: str) -> list:
    pair = SegmentPair("t", "en", ref, "ko", ver)
    return [f for f in check_pair(pair)
            if f.category in ("number", "date") and f.severity == "error"]


# (English, faithful Korean, drifted Korean)
PAIRS = [
    ("The company employs 3,500 workers.", "이 회사는 근로자 3천500명을 고용하고 있다.",
     "이 회사는 근로자 3천600명을 고용하고 있다."),
    ("Around 1,200 soldiers were deployed.", "병력 1천200여 명이 배치됐다.",
     "병력 1천300여 명이 배치됐다."),
    ("About 45,000 people joined the march.", "행진에는 약 4만 5000명이 참가했다.",
     "행진에는 약 4만 6000명이 참가했다."),
    ("The fund holds 15 million euros.", "이 기금은 1천500만 유로를 보유하고 있다.",
     "이 기금은 1천600만 유로를 보유하고 있다."),
    ("In 2023, exports totaled $632 billion.", "2023년 수출액은 6천320억 달러였다.",
     "2023년 수출액은 6천230억 달러였다."),
    ("The plan will cost 5.6 trillion won over five years.",
     "이 계획에는 5년간 5조 6000억 원이 든다.", "이 계획에는 5년간 5조 7000억 원이 든다."),
    ("The fire broke out at 3:30 p.m.", "불은 오후 3시 30분에 발생했다.",
     "불은 오전 3시 30분에 발생했다."),
    ("He arrived at 10:15 a.m.", "그는 오전 10시 15분에 도착했다.",
     "그는 오후 10시 15분에 도착했다."),
    ("He woke at 7 a.m.", "그는 아침 7시에 일어났다.", "그는 저녁 7시에 일어났다."),
    ("The meeting ended at 2:30 p.m.", "회의는 오후 2시 반에 끝났다.",
     "회의는 오후 3시 반에 끝났다."),
    ("The strike lasted three days.", "파업은 사흘 동안 계속됐다.", "파업은 나흘 동안 계속됐다."),
    ("The talks lasted two days.", "회담은 이틀간 이어졌다.", "회담은 사흘간 이어졌다."),
    ("About 123,000 people signed.", "약 12만 3천 명이 서명했다.", "약 12만 4천 명이 서명했다."),
    ("About 50,000 people rallied.", "약 5만명이 집회에 참가했다.", "약 6만명이 집회에 참가했다."),
    ("The city spent 300 billion won.", "시는 3천억원을 썼다.", "시는 3천만원을 썼다."),
    ("The fine is 2.5 million won.", "벌금은 250만원이다.", "벌금은 350만원이다."),
    ("The loss reached 1.35 trillion won.", "손실은 1조 3천500억 원에 달했다.",
     "손실은 1조 3천600억 원에 달했다."),
    ("The deal is worth $250 million.", "거래 규모는 2억5천만 달러다.",
     "거래 규모는 2억6천만 달러다."),
    ("He was arrested yesterday.", "그는 어제 체포됐다.", "그는 오늘 체포됐다."),
    ("The results will be announced tomorrow.", "결과는 내일 발표된다.", "결과는 모레 발표된다."),
    ("A 62-year-old woman was killed.", "62세 여성이 숨졌다.", "52세 여성이 숨졌다."),
    ("The debt reached 1.2 trillion won.", "부채는 1조 2천억 원에 달했다.",
     "부채는 1조 3천억 원에 달했다."),
]


@pytest.mark.parametrize(("ref", "faithful", "drifted"), PAIRS)
def test_faithful_korean_has_no_error_and_its_drift_has_one(ref, faithful, drifted):
    assert errors(ref, faithful) == []
    assert errors(ref, drifted)


@pytest.mark.parametrize(
    ("ref", "ver"),
    [
        # a spaced "반" that opens a longer word is no half hour: "반정부" (anti-government)
        ("Protesters gathered at 3 p.m. for the anti-government rally.",
         "시위대는 오후 3시 반정부 집회를 위해 모였다."),
        # no half of the day on the Korean side: the English one answers it
        ("The shop closes at 6 p.m.", "가게는 6시에 문을 닫는다."),
        ("He arrived at 10:15 a.m.", "그는 10시 15분에 도착했다."),
        # a year after a myriad count stays a year
        ("About 30,000 people came in 2019.", "2019년에는 약 3만 명이 왔다."),
        # "오늘날" (nowadays) is no "today"
        ("Few people write letters these days.", "오늘날 편지를 쓰는 사람은 적다."),
    ],
)
def test_korean_readings_that_stay_apart(ref, ver):
    assert errors(ref, ver) == []


def test_a_number_word_glued_to_digits_is_their_counter():
    """"62세 여성" is a woman aged 62, not also "three women" ("세" is three before a noun)."""
    pair = SegmentPair("t", "en", "A 62-year-old woman was killed.", "ko", "62세 여성이 숨졌다.")
    assert [f for f in check_pair(pair) if f.category == "number"] == []

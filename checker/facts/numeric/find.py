"""Every number of a sentence, in digits, words or numeral characters, before it is read
as a count, a date or a time."""

from __future__ import annotations

import re

from checker.facts.digits import parse_digits, separators
from checker.facts.numeric.cjk import cjk_numbers
from checker.facts.numeric.decimal_words import decimal_word_numbers
from checker.facts.numeric.patterns import CODE_BEFORE, DIGIT, SUFFIX, matches_from
from checker.facts.numeric.pieces import Num
from checker.facts.numeric.rules import LangRules
from checker.facts.numeric.units import CURRENCY_SIGNS, unit_stems
from checker.facts.numeric.words import word_numbers


def find_numbers(norm: str, low: str, r: LangRules, masked: list[bool], lang: str) -> list[Num]:
    """Every number outside the masked spans (date words, numeric dates), in order."""
    nums: list[Num] = []
    for m in _digit_runs(norm, r, masked, separators(lang)[1] == " "):
        if masked[m.start()]:
            # digits inside a date word ("2月"): keep them for the date, not as a count
            continue
        raw = m.group(1)
        value = parse_digits(raw, lang)
        if value is None:
            continue
        month_next = _SPACES_AFTER.match(norm[m.end() : m.end() + 2])
        # Covid-19, F-16, iPhone6: part of a name, not a count ("après-11 septembre" is
        # a day: a month follows)
        after_space = m.end() + month_next.end() if month_next else len(masked)
        code = CODE_BEFORE.search(norm, max(0, m.start() - 2), m.start()) and not (
            after_space < len(masked) and masked[after_space]
        ) and not _word_before_year(norm, m.start(), raw)
        suffix = SUFFIX.match(norm, m.end())
        glued = suffix.group(0) if suffix and not r.spaceless else ""
        if not glued and _DOTTED_INDICATOR.match(norm, m.end()):
            glued = norm[m.end() : m.end() + 2]  # "1.º", "3.ª": the dot of an ordinal
        end = m.end()
        scale = _glued_scale(glued, norm, m.start(), r, m.end()) if not code else None
        counted = None
        if scale is None and not code and not glued and r.counters and not r.spaceless:
            counted = _scale_before_counter(_LETTERS_AFTER.match(norm, m.end()), r)
        if scale is None and not code and r.spaceless and r.cjk_run is None:
            unspaced = _unspaced_scale(norm, m.end(), r)
            if unspaced is not None:  # "៦សែន", "6 ແສນໂຕນ": 600,000, the scale glued on
                scale, glued = unspaced
        if scale is not None:  # "103bn", "$5m": the scale is part of the number
            value, end, glued = _scaled(value, scale), end + len(glued), ""
        elif counted is not None:  # "5만명", "3천억원": the counter after it is no part
            value, end, glued = _scaled(value, counted[0]), end + counted[1], ""
        elif not code and not glued:
            spaced = _short_scale_before_sign(norm, end, r)
            if spaced is not None:  # "120 M€", "3 Mio. $": the scale is part of the number
                value, end = _scaled(value, spaced[0]), spaced[1]
        nums.append(
            Num(
                m.start(),
                end,
                value,
                "digits",
                raw=raw,
                suffix=glued,
                kind="code" if code else "cardinal",
            )
        )
    if r.spaceless and r.cjk_run is not None:
        nums = cjk_numbers(norm, r, masked, nums)
    else:
        nums = decimal_word_numbers(word_numbers(low, r, masked, nums, lang), low, r)
    return _scales_first(norm, _myriad_sums(norm, sorted(nums, key=lambda n: n.start), r), r)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]$")


def _scales_first(norm: str, nums: list[Num], r: LangRules) -> list[Num]:
    """Digits after a scale word the language writes first ("miliyan 450": 450 million,
    `NumberLexicon.scales_first`) take its scale."""
    if not r.lex.scales_first:
        return nums
    out = []
    for n in nums:
        word = _WORD_BEFORE.search(norm, max(0, n.start - 16), n.start)
        scale = r.lex.scales_first.get(word.group(1).lower()) if word else None
        if scale is not None and n.written == "digits" and n.kind == "cardinal" and not (
                n.suffix) and n.value < scale:
            n = n._replace(value=_scaled(n.value, scale))
        out.append(n)
    return out


_HYPHENED_WORD = re.compile(r"(?<!\w)([^\W\d_]{3,})-$")


def _word_before_year(norm: str, start: int, raw: str) -> bool:
    """A year after a lower-case word and a hyphen ("mid-2025", "pre-1914", "late-1990s"):
    a time, not the number of a name as in "F-16" or "COVID-19" (capitals, short)."""
    word = _HYPHENED_WORD.search(norm, max(0, start - 24), start)
    return bool(word and word.group(1).islower() and len(raw) == 4 and raw.isdigit())


def _glued_scale_of(n: Num, norm: str, r: LangRules) -> int | None:
    """The scale word glued to the digits of `n` ("만" of "3만"), if any."""
    if n.written not in ("digits", "mixed") or not n.raw or not norm.startswith(n.raw, n.start):
        return None
    return r.lex.multipliers.get(norm[n.start + len(n.raw) : n.end].lower())


def _myriad_sums(norm: str, nums: list[Num], r: LangRules) -> list[Num]:
    """Digit groups with their scale words glued, spaced as the language writes one number
    ("2만 5천" is 25,000, "1조 2천억" 1.2 trillion): a group smaller than the scale before it
    adds to it, as do plain digits glued to it or after its space ("3천500", "4만 5000")."""
    out: list[Num] = []
    for n in nums:
        prev = out[-1] if out else None
        scale = _glued_scale_of(prev, norm, r) if prev is not None else None
        between = norm[prev.end : n.start] if prev is not None else None
        if (
            prev is not None
            and scale is not None
            and between in (" ", "")
            and (_glued_scale_of(n, norm, r) is not None or (
                r.lex.digits_after_scale and _plain_digits(n, norm)
                and (between == "" or _scale_word_unspelt(prev, norm))))
            and n.value < scale
        ):
            total = prev.value + n.value
            out[-1] = prev._replace(end=n.end, value=int(total) if float(total).is_integer()
                                    else total)
            continue
        last = _last_group(prev, norm, r) if prev is not None and between == "" else None
        next_scale = _glued_scale_of(n, norm, r) if last is not None else None
        if (next_scale is not None and last[0] < next_scale
                and n.value / next_scale < last[1]):
            # "1천500만": (1천 + 500) 만, 15 million; "6천320억" 632 billion; "1조 3천500억"
            total = prev.value - last[0] + last[0] * next_scale + n.value
            out[-1] = prev._replace(end=n.end, value=int(total) if float(total).is_integer()
                                    else total)
            continue
        out.append(n)
    return out


_LAST_GROUP = re.compile(r"(\d+(?:\.\d+)?)([^\W\d_]+)$")


def _last_group(n: Num, norm: str, r: LangRules) -> tuple[float, int] | None:
    """The value and scale of the last digit group of `n` with its scale word glued ("3천"
    of "1조 3천": 3,000 and 1,000), if it ends so."""
    if n.written not in ("digits", "mixed") or not n.raw:
        return None
    found = _LAST_GROUP.search(norm, n.start, n.end)
    scale = r.lex.multipliers.get(found.group(2).lower()) if found else None
    if scale is None:
        return None
    return float(found.group(1)) * scale, scale


def _scale_word_unspelt(n: Num, norm: str) -> bool:
    """The scale word glued to `n` is no Latin abbreviation ("만" of "4만 5000", not "m" of
    "$5m 300"): plain digits after its space still belong to the number."""
    return not norm[n.start + len(n.raw) : n.end].isascii()


def _plain_digits(n: Num, norm: str) -> bool:
    """A whole number in plain digits, nothing glued to it ("500" of "3천500명")."""
    return (n.written == "digits" and n.kind == "cardinal" and bool(n.raw)
            and n.raw.isdigit() and norm[n.start : n.end] == n.raw)


class _Run:
    """A part of a digit match, answering as the match does."""

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)

    def group(self, _index: int = 0) -> str:
        return self._text


def _digit_runs(norm: str, r: LangRules, masked: list[bool], spaces_group: bool):
    """The digit matches; where CLDR does not group with spaces, one grouped with a plain
    space right after a date word is a day and a number ("March 5 100 people"), not 5100."""
    for m in matches_from(r.digits, DIGIT, norm):
        raw = m.group(1)
        head, space, rest = raw.partition(" ")
        after_date_word = m.start() >= 2 and norm[m.start() - 1] == " " and masked[m.start() - 2]
        if space and not spaces_group and head.isdigit() and int(head) <= 31 and after_date_word:
            yield _Run(m.start(), head)
            yield _Run(m.start() + len(head) + 1, rest)
            continue
        yield m


_SPACES_AFTER = re.compile(r"[ \u00a0]{1,2}")
# an ordinal indicator after its dot ("1.º de mayo", "3.ª edição")
_DOTTED_INDICATOR = re.compile(r"\.[\u00aa\u00ba](?!\w)")


_LETTERS_AFTER = re.compile(r"[^\W\d_]+")


def _scale_before_counter(letters: re.Match | None, r: LangRules) -> tuple[int, int] | None:
    """The scale and its length where a scale word and a counter are glued to the digits
    ("5만명": 50,000 people, "3천억원", `lex_attrs.COUNTERS`)."""
    word = letters.group(0).lower() if letters is not None else ""
    if len(word) < 2:
        return None
    for size in range(len(word) - 1, 0, -1):
        head = word[:size]
        if head in r.lex.multipliers and word[size:].startswith(tuple(r.counters)):
            return r.lex.multipliers[head], size
    return None


def _glued_scale(suffix: str, norm: str, start: int, r: LangRules, end: int) -> int | None:
    """The scale of letters glued to digits: a scale word of the language ("2.8bn", "5mln"),
    or any CLDR short compact form after a currency sign ("$5m", "€3M") or before a counted
    thing ("1.5m people", "3m tonnes"; "2.5m high" is metres)."""
    word = suffix.lower()
    if not word:
        return None
    if word in r.lex.multipliers and len(word) > 1:
        return r.lex.multipliers[word]
    if word not in r.lex.compact:
        return None
    head = norm[max(0, start - 4) : start].rstrip()
    if head and any(head.endswith(s) for s in CURRENCY_SIGNS):
        return r.lex.compact[word]
    sign_next = norm[end + len(suffix) : end + len(suffix) + 4].lstrip(" \u00a0")
    if any(sign_next.startswith(s) for s in CURRENCY_SIGNS):  # "120M€", "5m $"
        return r.lex.compact[word]
    after = _COUNTED_NEXT.match(norm, end + len(suffix))
    if after is not None and after.group(1).lower().startswith(unit_stems(r.units)):
        return r.lex.compact[word]
    return None


def _unspaced_scale(norm: str, end: int, r: LangRules) -> tuple[int, str] | None:
    """The scale word a script written without spaces glues to digits, and the text it
    takes (at most one space before it): the longest scale word of a thousand or more the
    letters after the digits start with ("៦សែនតោន": 600,000 tonnes; "3 ແສນຄົນ")."""
    start = end + 1 if norm[end : end + 1] in (" ", "\u00a0") else end
    run = norm[start : start + 24].lower()
    best = max((w for w, v in r.lex.multipliers.items() if v >= 1000 and " " not in w
                and len(w) > 2 and run.startswith(w)), key=len, default=None)
    if best is None:
        return None
    return int(r.lex.multipliers[best]), norm[end : start + len(best)]


_COUNTED_NEXT = re.compile(r"[ \u00a0](\w+)")
_SIGNS = "|".join(re.escape(sign) for sign in CURRENCY_SIGNS)
# a spaced short form of a scale right before a currency sign: "120 M€", "2 Md $"
_SPACED_SHORT = re.compile(r"[ \u00a0]([^\W\d_]{1,4})\.?(?=[ \u00a0]?(?:" + _SIGNS + r"))")


def _short_scale_before_sign(norm: str, end: int, r: LangRules) -> tuple[int, int] | None:
    """The scale and its end of a CLDR short compact form after a space and right before a
    currency sign ("120 M€", "3 Mio. €"): a sign says the letters are no unit of length."""
    found = _SPACED_SHORT.match(norm, end)
    if found is None or found.group(1).lower() not in r.lex.compact:
        return None
    return r.lex.compact[found.group(1).lower()], found.end()


def _scaled(value: int | float, scale: int) -> int | float:
    """2.8 x 10^9 as the integer 2800000000 (no float noise)."""
    scaled = round(value * scale, 6)
    return int(scaled) if float(scaled).is_integer() else scaled

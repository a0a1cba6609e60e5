"""Chinese and Japanese numerals: "二十三", "417.6万", "1万2000", "三分之一"."""

from __future__ import annotations

import re

from checker.facts.number_words import NumberLexicon
from checker.facts.numeric.pieces import Num
from checker.facts.numeric.rules import LangRules


def cjk_value(run: str, lex: NumberLexicon) -> float | None:
    """Value of a Chinese/Japanese numeral run, digits allowed for any digit place:
    "417.6万", "二十三", "1万2000", "3億5000万", "2万5千"."""
    if len(run) > 30:
        return None  # no count is written with thirty numeral characters
    if lex.cjk_point and lex.cjk_point in run:
        return _with_point(run, lex)
    total: float = 0
    section: float = 0
    number: float = 0
    seen = False  # a digit (either script) waits for its place
    for token in re.findall(r"\d+(?:\.\d+)?|.", run):
        if token[0].isdigit():
            if seen:
                return None  # "2二", two digit groups in a row: not one number
            number = float(token) if "." in token else int(token)
            seen = True
        elif token in lex.cjk_digits:
            if seen and number:  # "零" only holds a place: "一百零五"
                return None
            number = lex.cjk_digits[token]
            seen = True
        elif token in lex.cjk_small:
            if number >= 10:
                return None  # "20十": a digit group may not multiply a small place
            section += (number if seen else 1) * lex.cjk_small[token]
            number, seen = 0, False
        elif token in lex.cjk_large:
            large = lex.cjk_large[token]
            section += number
            if section == 0:
                section = 1
            if total and total < section * large:
                return None  # "1万2億": a larger unit after a smaller one
            total += section * large
            section, number, seen = 0, 0, False
        else:
            return None
    value = total + section + number
    return int(value) if float(value).is_integer() else value


def _with_point(run: str, lex: NumberLexicon) -> float | None:
    """ "三点五" 3.5, "三点五亿" 350 million: the whole part, the decimals said digit by
    digit, and a large unit after them multiplying the whole number."""
    whole, _, rest = run.partition(lex.cjk_point)
    large = 1
    if rest and rest[-1] in lex.cjk_large:
        rest, large = rest[:-1], lex.cjk_large[rest[-1]]
    value = cjk_value(whole, lex)
    if value is None or not rest or any(c not in lex.cjk_digits for c in rest):
        return None
    decimals = float("0." + "".join(str(lex.cjk_digits[c]) for c in rest))
    total = (value + decimals) * large
    return int(total) if float(total).is_integer() else round(total, 6)


def cjk_stop_spans(low: str, r: LangRules) -> list[tuple[int, int]]:
    """Words with numeral characters that are no numbers ("十分": very, "一点": a bit),
    except at the end of a longer numeral ("三十分钟", "十一点") and where a clock time reads
    them: the minutes after an hour and its mark ("两点十分": ten past two) and an hour
    before its mark and minutes ("一点二十分": 1:20)."""
    if r.cjk_stop is None:
        return []
    spans = []
    for m in r.cjk_stop.finditer(low):
        before = low[max(0, m.start() - 2) : m.start()]
        if before[-1:] and _numeral(before[-1], r):
            continue  # "三十分钟", "十一点": the end of a longer numeral
        minutes = (
            len(before) == 2
            and before[1] in r.hour_marks
            and _numeral(before[0], r)
            and low[m.end() - 1 : m.end()] in r.minute_marks
        )
        hour = low[m.end() - 1 : m.end()] in r.hour_marks and (
            _minutes_after_mark(low, m.end(), r) or low[m.end() : m.end() + 1] in r.half_marks
        )
        if not (minutes or hour):
            spans.append((m.start(), m.end()))
    return spans


def _numeral(char: str, r: LangRules) -> bool:
    return char.isdigit() or char in r.lex.cjk_digits or char in r.lex.cjk_small


def cjk_numbers(norm: str, r: LangRules, masked: list[bool], nums: list[Num]) -> list[Num]:
    """Numbers in numeral characters, alone or with digits ("417.6万"), added to the digit
    numbers `nums` (a digit group inside a run is part of the run's number)."""
    if r.cjk_run is None:
        return nums
    lex = r.lex
    out = list(nums)
    read_until = 0  # minutes read with their hour ("七点二十五分"), past the run found
    for m in r.cjk_run.finditer(norm):
        start, end = m.start(), m.end()
        if start < read_until:
            continue
        while start < end and masked[start]:
            start += 1
        stop = start
        while stop < end and not masked[stop]:
            stop += 1
        end = stop
        if start >= end:
            continue
        run = norm[start:end]
        point = run.find(lex.cjk_point) if lex.cjk_point else -1
        if point > 0 and _minutes_after_mark(norm, start + point + 1, r):
            # "七点二十五分": the run stopped inside the minutes ("七点二", then "十五")
            end = read_until = r.cjk_run.match(norm, start + point + 1).end()
            run = norm[start:end]
        clock = point > 0 and norm[end : end + 1] in (*r.minute_marks, *r.quarter_marks)
        if clock:
            minutes = cjk_value(run[point + 1 :], lex)  # "三点五分": five past three
            if minutes is not None and norm[end : end + 1] in r.quarter_marks:
                minutes = minutes * 15 if minutes in (1, 2, 3) else None  # "八点一刻": 8:15
            if minutes is not None:
                out.append(Num(start + point + 1, end, minutes, "words"))
            end = start + point
            run = norm[start:end]
        value = cjk_value(run, lex)
        tenths = _tenths(norm, start, end, value, r)
        if tenths is not None:  # "三成", "3成": 30 percent
            out = [n for n in out if not (start <= n.start < end)]
            out.append(tenths)
            continue
        if run.replace(".", "").isdigit():
            continue  # plain digits, already found
        year = _digit_by_digit(run, lex) if norm[end : end + 1] in r.year_marks else None
        if value is None and year is not None:  # "二〇二三年": a year read digit by digit
            out.append(Num(start, end, year, "digits", raw=str(year)))
            continue
        if value is None:
            continue
        digit_led = run[0].isdigit()
        fraction_edge = any(
            norm.startswith(infix, end) or norm.endswith(infix, 0, start)
            for infix in r.fraction_infixes
        )
        if not digit_led and not fraction_edge:
            after = norm[end : end + 1]
            before = norm[start - 1 : start] if start else ""
            hour = (  # "八点半": half past an hour; "八点十五分", its minutes
                after in r.hour_marks
                and (clock or norm[end + 1 : end + 2] in r.half_marks
                     or _minutes_after_mark(norm, end + 1, r))
            )
            counted = (
                after in r.counters
                or (
                    r.ordinal_before is not None
                    and r.ordinal_before.search(norm[max(0, start - 4) : start])
                )
                or hour
                or (  # "下午三点": an hour after an afternoon word ("三点" alone: three points)
                    after in r.hour_marks
                    and r.pm_before is not None
                    and r.pm_before.search(norm[max(0, start - 4) : start])
                )
            )
            day_of_month = after in r.day_marks and start > 0 and masked[start - 1]
            if value == 1 and not day_of_month and not hour:
                continue  # "一" alone is an article as often as a number ("十月一日": a day)
            if len(run) == 1 and not counted and before not in r.counters:
                continue
        # digit groups inside the run ("1", "2000" in "1万2000") are part of this number
        out = [n for n in out if not (start <= n.start < end)]
        ordinal = r.ordinal_before is not None and r.ordinal_before.search(
            norm[max(0, start - 4) : start]) is not None  # "第三名": third place
        out.append(Num(start, end, value, "mixed" if digit_led else "words",
                       kind="ordinal" if ordinal else "cardinal"))
    return _fraction_words(norm, _cjk_fractions(norm, _scale_after_bound(norm, out, r), r), r)


def _minutes_after_mark(norm: str, at: int, r: LangRules) -> bool:
    """Numeral characters at `at` closed by a minute or quarter mark ("十五分", "一刻")."""
    run = r.cjk_run.match(norm, at) if r.cjk_run is not None else None
    return run is not None and norm[run.end() : run.end() + 1] in (*r.minute_marks,
                                                                 *r.quarter_marks)


def _tenths(norm: str, start: int, end: int, value: float | None, r: LangRules) -> Num | None:
    """A number of tenths before the language's tenths mark ("三成": 30 percent), as a
    percentage, or None."""
    if value is None or not 0 < value <= 10 or norm[end : end + 1] not in r.tenths_marks:
        return None
    percent = round(value * 10, 6)
    written = "digits" if norm[start:end].replace(".", "").isdigit() else "words"
    return Num(start, end + 1, int(percent) if float(percent).is_integer() else percent,
               "mixed" if written == "digits" else "words", kind="percent")


def _scale_after_bound(norm: str, nums: list[Num], r: LangRules) -> list[Num]:
    """ "550多万", "3千余万": a bound word between a number and its large unit; the unit
    still multiplies the number (the bound stays a qualifier of the text)."""
    large = set(r.lex.cjk_large.values())
    ordered = sorted(nums, key=lambda n: n.start)
    out: list[Num] = []
    for n in ordered:
        prev = out[-1] if out else None
        gap = norm[prev.end : n.start] if prev is not None else ""
        if (
            prev is not None
            and n.written == "words"
            and n.value in large
            and norm[n.start : n.end] in r.lex.cjk_large
            and r.qualifier_after is not None
            and (bound := r.qualifier_after.match(gap)) is not None
            and bound.end() == len(gap)
            and prev.value < n.value
        ):
            value = round(prev.value * n.value, 6)
            value = int(value) if float(value).is_integer() else value
            out[-1] = Num(prev.start, n.end, value, "mixed")
            continue
        out.append(n)
    return out


def _cjk_fractions(norm: str, nums: list[Num], r: LangRules) -> list[Num]:
    """ "三分之一", "3分の1": denominator, infix, numerator make one fraction. The numerator
    is read here from the text: "之一" alone is "one of", masked as no number."""
    if not r.fraction_infixes:
        return nums
    out: list[Num] = []
    taken_until = -1
    for n in sorted(nums, key=lambda n: n.start):
        if n.start < taken_until:
            continue  # the numerator of the fraction just made
        infix = next((i for i in r.fraction_infixes if norm.startswith(i, n.end)), None)
        top = None
        if infix and n.value:
            at = n.end + len(infix)
            digits = re.match(r"\d+", norm[at:])
            run = digits or (r.cjk_run.match(norm, at) if r.cjk_run is not None else None)
            if run is not None:
                text = run.group(0)
                top = int(text) if text.isdigit() else cjk_value(text, r.lex)
                end = at + len(text)
        if top:
            out.append(Num(n.start, end, round(top / n.value, 6), "mixed", kind="fraction"))
            taken_until = end
            continue
        out.append(n)
    return out


def _fraction_words(norm: str, nums: list[Num], r: LangRules) -> list[Num]:
    """Fractions that stand alone (`lex_attrs.FRACTION_ALONE`: "一半", half), found inside
    the unspaced text where no number is."""
    found = list(nums)
    for phrase, value in r.lex.fractions_alone.items():
        for m in re.finditer(re.escape(phrase), norm):
            if not any(n.start < m.end() and m.start() < n.end for n in found):
                found.append(Num(m.start(), m.end(), value, "words", kind="fraction"))
    return found


def _digit_by_digit(run: str, lex) -> int | None:
    """A run of four numeral characters each a digit ("二〇二三"), as the number its digits
    make, or None."""
    if len(run) != 4 or any(c not in lex.cjk_digits for c in run):
        return None
    return int("".join(str(lex.cjk_digits[c]) for c in run))

"""Clock times six hours apart in a language without a folder: Swahili "saa 3 asubuhi"
(the third hour of the day) is 9 am, as Ethiopian time counts its hours from dawn too. The
generic path knows no language's clock, so a time six hours from the reference's, with the
same minutes, may be the same time counted from dawn: the change is unsure (a warning),
never an error, and never silent."""

from __future__ import annotations


def dawn_clock_pairs(ref_left: list, ver_left: list, lang: str) -> tuple[list, list, list]:
    """(pairs of leftover times six hours apart, the reference's rest, the version's rest)
    where `lang` has no folder; nothing taken otherwise."""
    from checker.lang import has_folder

    if has_folder(lang):
        return [], ref_left, ver_left
    pairs = []
    for r in ref_left:
        r_time = _hour_minute(r)
        if r_time is None:
            continue
        for v in ver_left:
            v_time = _hour_minute(v)
            # a clock counted from dawn has twelve hours: "20:00" is no such hour
            if v_time is not None and 0 < v_time[0] <= 12 and v_time[1] == r_time[1] and (
                    (v_time[0] - r_time[0]) % 12 == 6) and not any(v is p[1] for p in pairs):
                pairs.append((r, v))
                break
    taken = {id(x) for pair in pairs for x in pair}
    return (pairs, [x for x in ref_left if id(x) not in taken],
            [x for x in ver_left if id(x) not in taken])


def _hour_minute(item) -> tuple[int, str] | None:
    (name, value), _, _ = item
    if name != "time":
        return None
    hour, _, rest = str(value).removeprefix("T").partition(":")
    return (int(hour), rest) if hour.isdigit() else None


def dawn_clock_number(pair, lang: str) -> bool:
    """A reference clock time answered by a version number six hours from it ("9 am"
    against "saa 3"), where the version's language `lang` has no folder (`DateNumber`)."""
    import math

    from checker.lang import has_folder

    if not pair.date_is_reference or has_folder(lang):
        return False
    hour, _, minute = str(pair.date.value).removeprefix("T").partition(":")
    number = pair.number.value
    if not hour.isdigit() or not isinstance(number, (int, float)) or not 0 < number < 13:
        return False
    whole = math.floor(number)
    minutes = round((number - whole) * 100)
    return minutes == int(minute or 0) and (whole - int(hour)) % 12 == 6

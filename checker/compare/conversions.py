"""Numbers said in two units: a quantity a translator converted ("550 pounds" as "250 kg",
"2 to 3 inches" as "6 cm"), the same figure left in another unit ("20 gallons" as "20
litres"), and the pairs whose match the figures cannot make sure (a temperature difference,
short tons as metric ones). The rounding a translator uses is `measures.translator_rounding`.
"""

from __future__ import annotations

from checker.compare.number_atoms import APPROXIMATE, Atom
from checker.facts.numeric.measures import (
    COUNTERPARTS,
    MEASURES,
    conversion_gap,
    converts,
    converts_as_difference,
    converts_range,
    dimension,
    tons_of_another_kind,
)


def conversions(
    ref_atoms: list[Atom], ver_atoms: list[Atom]
) -> tuple[list[Atom], list[tuple[Atom, Atom]]]:
    """Reference values whose version counterpart is the same quantity in another unit
    (taken from `ver_atoms`): the reference values left, and one pair per pair of facts."""
    left: list[Atom] = []
    pairs: list[tuple[Atom, Atom]] = []
    seen: set[tuple[int, int]] = set()
    # a version figure whose unit the reference also gives, unpaired, is that figure's
    # counterpart ("300 m (1,000 feet)" against "30 m": the metres drifted, no conversion)
    ref_units = {a.fact.unit for a in ref_atoms if a.fact.unit not in (None, "degree")}
    # every possible conversion, the closest first: "2 to 9 inches, 10 on the hills" as
    # "5 a 15 cm, 25 nos morros": the 25 cm are the 10 inches (1.6 % off), not the 9
    options = sorted(
        ((conversion_gap(a.value, a.fact.unit, v.value, v.fact.unit), i, j)
         for i, a in enumerate(ref_atoms) if dimension(a.fact.unit) is not None
         for j, v in enumerate(ver_atoms)
         if v.fact.unit is not None and v.fact.unit not in ref_units
         and converts(a.value, a.fact.unit, v.value, v.fact.unit, rough=_rough(a, v))),
        key=lambda option: option[0])
    match: dict[int, int] = {}
    for _, i, j in options:
        if i not in match and j not in match.values():
            match[i] = j
    for i, atom in enumerate(ref_atoms):
        if i not in match:
            left.append(atom)
            continue
        key = (id(atom.fact), id(ver_atoms[match[i]].fact))
        if key not in seen:  # both ends of one range: one finding
            seen.add(key)
            pairs.append((atom, ver_atoms[match[i]]))
    taken = set(match.values())
    ver_atoms[:] = [v for j, v in enumerate(ver_atoms) if j not in taken]
    return _range_as_one_figure(left, pairs, ver_atoms, ref_units), pairs


def _rough(a: Atom, b: Atom) -> bool:
    return a.fact.qualifier in APPROXIMATE or b.fact.qualifier in APPROXIMATE


def _range_as_one_figure(left: list[Atom], pairs: list[tuple[Atom, Atom]],
                         ver_atoms: list[Atom], ref_units: set) -> list[Atom]:
    """A small range converted to one figure within it ("2 to 3 inches" as "6 cm", or as
    "5 cm" that one end already gave): both ends answered by that figure, the pair added to
    `pairs` (version atoms taken from `ver_atoms`). Returns the reference atoms left."""
    def one_figure(v: Atom, fact) -> bool:
        return (v.fact.unit is not None and v.fact.unit not in ref_units
                and not isinstance(v.fact.value, tuple)
                and converts_range(*fact.value, fact.unit, v.value, v.fact.unit))

    done: set[int] = set()
    for atom in left:
        fact = atom.fact
        if id(fact) in done or not (isinstance(fact.value, tuple) and len(fact.value) == 2):
            continue
        taken = next((v for r, v in pairs if r.fact is fact), None)
        if taken is not None:
            if one_figure(taken, fact):
                done.add(id(fact))
            continue
        if sum(a.fact is fact for a in left) == 2:
            match = next((v for v in ver_atoms if one_figure(v, fact)), None)
            if match is not None:
                ver_atoms.remove(match)
                done.add(id(fact))
                pairs.append((atom, match))
    return [a for a in left if id(a.fact) not in done]


def said_in_another_unit(atom: Atom, version: list[Atom], unanswered: list[Atom]) -> bool:
    """A reference quantity that a version figure already paired gives in another unit,
    where no figure of its measure is left unanswered in the version."""
    unit = atom.fact.unit
    if any(dimension(v.fact.unit) == dimension(unit) for v in unanswered):
        return False
    return dimension(unit) is not None and _converts_to_any(atom.value, unit, version)


def _converts_to_any(value: float, unit: str | None, atoms: list[Atom]) -> bool:
    """Is `value unit` converted (and rounded) to a figure of `atoms` that has a unit?"""
    return any(a.fact.unit is not None and converts(value, unit, a.value, a.fact.unit)
               for a in atoms)


# measures whose units a translator converts; a span of time or a temperature of an unsaid
# scale written with the same figure is most often the same thing read two ways
_CONVERTED_MEASURES = frozenset({"length", "mass", "area", "volume"})
_MEASURED = _CONVERTED_MEASURES | {"temperature"}


def measures_apart(a: Atom, b: Atom) -> bool:
    """Two figures paired for want of better, one a quantity of a measure a translator
    converts (a length, a mass, an area, a volume, a temperature) and the other of another
    measure ("68 mph" against "109 minutes"): no conversion makes the one the other, and
    the two may not be the same thing at all, so a change between them is unsure. Not
    against a figure of no measure (a count, a share, a sum: a unit misread on one side
    more often than two things), nor a pound (money or a weight). A figure with no unit read
    is `converted_without_unit`."""
    one, other = dimension(a.fact.unit), dimension(b.fact.unit)
    if one is None or other is None or "pound" in (a.fact.unit, b.fact.unit):
        return False  # a count, a share, money ("£" is a pound too): no measure to convert
    return one != other and (one in _MEASURED or other in _MEASURED)


def unit_swapped(a: Atom, b: Atom, every_ref: list[Atom], every_ver: list[Atom]) -> bool:
    """The same figure in two different units of one measure ("20 gallons" against "20
    litres"): a conversion left undone, or a unit read wrongly on one side, so unsure. Not
    where either figure converts to a figure of the other side: the equal figures are then
    two different quantities of the sentence ("up to 4 feet" beside a "4 m" given for
    something else), or the same figure is a rounded conversion ("30 yards" as "30 m")."""
    unit, other = a.fact.unit, b.fact.unit
    if unit == other or dimension(unit) not in _CONVERTED_MEASURES or (
        dimension(unit) != dimension(other)
    ):
        return False
    return not (_converts_to_any(a.value, unit, every_ver)
                or _converts_to_any(b.value, other, every_ref))


def temperature_difference(a: Atom, b: Atom) -> bool:
    """Two temperatures of different (or unsaid) scales that match as a difference only
    ("10 degrees warmer" against "5 degrees" warmer): unsure, never certainly a change."""
    return converts_as_difference(a.value, a.fact.unit, b.value, b.fact.unit)


def tons_of_another_unit(a: Atom, b: Atom) -> bool:
    """Tons against tons, one of them perhaps the short or the long ton ("50,000 tons" as
    "45.000 toneladas"): a conversion, or a change; unsure (`measures.tons_of_another_kind`)."""
    return a.fact.unit == b.fact.unit and tons_of_another_kind(a.value, a.fact.unit, b.value)


def converted_without_unit(a: Atom, b: Atom) -> bool:
    """One figure with a unit, the other with none, that is the first converted to the unit
    a newsroom converts it to ("2 inches" against a bare "5"), or to another unit of its
    measure ("40,000 lb" against an "18" whose tonnes were not read): the unit dropped or
    not read, or another figure; unsure."""
    for with_unit, bare in ((a, b), (b, a)):
        unit = with_unit.fact.unit
        if bare.fact.unit is None and unit in COUNTERPARTS and any(
            converts(with_unit.value, unit, bare.value, other) for other in _units_like(unit)
        ):
            return True
    return False


def _units_like(unit: str) -> tuple[str, ...]:
    """The units a figure in `unit` may be converted to: its newsroom counterparts, then
    the other metric units of a measure a translator converts (a mass in tonnes, a length
    in metres)."""
    if dimension(unit) not in _CONVERTED_MEASURES:
        return COUNTERPARTS[unit]
    return COUNTERPARTS[unit] + tuple(
        other for other in _METRIC_UNITS if dimension(other) == dimension(unit)
        and other != unit and other not in COUNTERPARTS[unit])


# the units a newsroom converts to: the metric ones
_METRIC_UNITS = ("km", "m", "cm", "mm", "kg", "g", "ton", "hectare", "km2", "m2", "liter")


def added_in_another_unit(atom: Atom, ref_atoms: list[Atom], unanswered: list[Atom]) -> bool:
    """A version figure that converts a reference figure the version already answers ("100
    milhas (160 km)" for "100 miles"): a conversion the translator added, no new fact."""
    unit = atom.fact.unit
    if dimension(unit) is None or any(dimension(u.fact.unit) == dimension(unit)
                                      for u in unanswered):
        return False  # "30 m (100 feet)" for "300 m (100 feet)": the metres' counterpart
    return any(r.fact.unit is not None and r.fact.unit != unit
               and all(r is not u for u in unanswered)
               and converts(r.value, r.fact.unit, atom.value, unit) for r in ref_atoms)


def unit_ten_times_off(a: Atom, b: Atom) -> str | None:
    """Where a changed figure is the other's conversion into a unit of the version's
    measure a power of ten away from the unit the version writes ("2 inches" as "5 mm":
    the figures of centimetres), the unit the figures match ("cm"); else None. The
    translation still says another length: the finding stays what it was."""
    unit, other = a.fact.unit, b.fact.unit
    if unit is None or other is None or dimension(unit) in (None, "temperature", "duration"):
        return None
    if dimension(unit) != dimension(other) or isinstance(b.fact.value, tuple):
        return None
    factor = MEASURES[other][1]
    for key, (measure, size) in MEASURES.items():
        ratio = size / factor
        if (measure == dimension(other) and key not in (unit, other)
                and any(abs(ratio - 10.0 ** k) < 1e-9 * ratio for k in (-3, -2, -1, 1, 2, 3))
                and converts(a.value, unit, b.value, key)):
            return key
    return None

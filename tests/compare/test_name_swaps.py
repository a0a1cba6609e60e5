"""Name swaps judged at article level (`checker.compare.name_swaps`). Own test sentences."""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import CheckOptions, check_story


def _check(tmp_path: Path, reference: str, version: str, lang: str) -> list:
    (tmp_path / "en.txt").write_text(reference, encoding="utf-8")
    (tmp_path / f"{lang}.txt").write_text(version, encoding="utf-8")
    report = check_story([tmp_path / "en.txt", tmp_path / f"{lang}.txt"],
                         CheckOptions(reference="en", translate=False))
    return [f for f in report.findings if f.severity != "info"]


def test_a_lost_city_is_not_heard_in_common_words_of_a_text_without_capitals(tmp_path):
    # Beijing has an Arabic name in the gazetteer: the version gives it only by that name,
    # not by any word its loose skeleton matches ("bayan", a statement, in the third
    # sentence). The version names Paris where the reference's first sentence has Beijing.
    reference = ("Designers in Paris showed huge hats on Friday.\n\n"
                 "The fashion week in Paris drew large crowds.\n\n"
                 "The organisers issued a statement after the show.\n")
    version = ("عرض مصممون في باريس قبعات ضخمة يوم الجمعة.\n\n"
               "جذب أسبوع الموضة في باريس حشودا كبيرة.\n\n"
               "وأصدر المنظمون بيانا بعد العرض.\n")
    assert _check(tmp_path, reference, version, "ar") == []
    found = _check(tmp_path, reference.replace("in Paris showed", "in Beijing showed"),
                   version, "ar")
    assert [(f.rule, f.severity, f.reference.fact) for f in found] == [
        ("entity.changed", "error", "Beijing")]


def test_a_surname_the_version_writes_by_sound_is_no_place_added(tmp_path):
    # The version writes the judge's name in Latin letters and by its sound; one part in characters that also spell a
    # city of the gazetteer: the counterpart of the reference's person, not a second
    # place beside the country given where the reference has another.
    reference = ("Former judge Maria Córdoba Ortiz, Chile's envoy at The Hague, rejected the "
                 "claim.\n\n"
                 "Chile asked the court for a quick ruling.\n\n"
                 "The court sits in The Hague.\n")
    version = ("对于这种说法，智利派驻海牙的代表、前法官玛丽亚·科尔多瓦·奥尔蒂斯（Maria Córdoba "
               "Ortiz）予以了否定。\n\n"
               "智利要求法院尽快作出裁决。\n\n"
               "法院设在海牙。\n")
    assert not [f for f in _check(tmp_path, reference, version, "zh") if f.severity == "error"]
    found = _check(tmp_path, reference.replace("Chile's envoy", "Peru's envoy"), version, "zh")
    assert [(f.rule, f.severity, f.reference.fact) for f in found
            if f.reference is not None] == [("entity.changed", "error", "Peru")]

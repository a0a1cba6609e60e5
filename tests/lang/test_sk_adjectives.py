"""The Slovak hard adjective's case endings are written once (checker/lang/sk/__init__.py)
and read the same in the dates, the names and the places."""

from __future__ import annotations

from checker.lang.sk import dates, hard_adjective_endings, names, places


def test_one_list_of_endings_makes_every_adjective():
    endings = hard_adjective_endings()
    assert len(endings) == len(set(endings)) == 12
    assert all("októbrov" + e in dates.MONTHS for e in endings if e != "ou")
    assert "októbroví" in dates.MONTHS  # the animate plural of the month's adjective
    assert all("sk" + e in names.DEMONYM_SUFFIXES for e in endings)
    assert all("americk" + e in places.DEMONYMS for e in endings)
    assert places.DEMONYMS["keňskou"] == "cldr:KE"

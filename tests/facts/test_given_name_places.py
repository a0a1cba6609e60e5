"""Vietnamese "Anh" is Britain, a common given name and the title of a young man
(`places.GIVEN_NAME_PLACES`): after a person's name it ends that name ("Nguyễn Văn Anh"),
first in a sentence before a name it is a title ("Anh Minh"); elsewhere ("Thủ tướng Anh",
"Anh sẽ gửi") it stays Britain. Faithful pairs give no name error or warning, and the
drifted twin (a name or a country changed in the English) is an error. The sentences are
the team's own writing."""

from __future__ import annotations

import pytest
from support.pair_findings import entity_findings

from checker.facts import extract_facts


def _names(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract_facts(text, "vi") if f.category == "entity"]


@pytest.mark.parametrize(("text", "names"), [
    ("Nguyễn Văn Anh đã về nhất ở cự ly 10.000 mét.", [("Nguyễn Văn Anh", "name")]),
    ("Anh Minh cho biết kế hoạch đã sẵn sàng.", [("Minh", "name")]),
    ("Huấn luyện viên Trần Tuấn Anh hài lòng với đội.", [("Trần Tuấn Anh", "name")]),
])
def test_anh_next_to_a_persons_name_is_part_of_it(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Anh sẽ gửi thêm viện trợ cho vùng lũ.",
    "Thủ tướng Anh Rishi Sunak đã đến Hà Nội.",
    "Pháp và Anh đã ký thỏa thuận.",
])
def test_anh_elsewhere_stays_britain(text):
    assert ("Anh", "concept") in _names(text)


@pytest.mark.parametrize(("english", "version", "old", "new"), [
    ("Nguyen Van Anh won the 10,000 metres.", "Nguyễn Văn Anh đã về nhất ở cự ly 10.000 mét.",
     "Nguyen Van Anh", "Tran Duc Binh"),
    ("Coach Tran Tuan Anh was pleased with the team.",
     "Huấn luyện viên Trần Tuấn Anh hài lòng với đội.", "Tran Tuan Anh", "Pham Duc Huy"),
    ("Britain will send more aid to the flooded region.",
     "Anh sẽ gửi thêm viện trợ cho vùng lũ.", "Britain", "Germany"),
])
def test_faithful_pair_is_clean_and_its_drifted_twin_an_error(english, version, old, new):
    assert [s for _, s in entity_findings(english, version, "vi") if s != "info"] == []
    assert "error" in [s for _, s in entity_findings(english.replace(old, new, 1), version, "vi")]


@pytest.mark.parametrize(("english", "version", "old", "new"), [
    ("Minh said the plan was ready.", "Anh Minh cho biết kế hoạch đã sẵn sàng.",
     "Minh", "Hung"),
    ("British Prime Minister Rishi Sunak arrived in Hanoi.",
     "Thủ tướng Anh Rishi Sunak đã đến Hà Nội.", "British", "French"),
])
def test_faithful_pair_is_clean_and_its_drifted_twin_still_flagged(english, version, old, new):
    """A person's name against a title and name, and a country's adjective against its name,
    are compared as the other Vietnamese names are (a warning, as "Ông Minh" against "Hung")."""
    assert [s for _, s in entity_findings(english, version, "vi") if s != "info"] == []
    drifted = [s for _, s in entity_findings(english.replace(old, new, 1), version, "vi")]
    assert {"warning", "error"} & set(drifted)

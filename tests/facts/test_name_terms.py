"""Pass 1 of name extraction: glossary terms and CLDR names (checker/facts/name_terms.py)."""

import pytest


def _terms_searched_one_by_one(text: str, index) -> list:
    """unspaced_terms as it was: every term of the index, longest first, searched in turn."""
    from checker.model import Fact

    taken = [False] * len(text)
    facts = []
    ordered = sorted((e for e in index.entries if e.status != "foreign" and not e.exact),
                     key=lambda e: -len(e.surface))
    for entry in ordered:
        start = text.find(entry.surface)
        while start >= 0:
            end = start + len(entry.surface)
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                kind = "common" if entry.status == "currency" else "concept"
                facts.append(Fact("entity", entry.surface, entry.concept, start, end, kind=kind))
            start = text.find(entry.surface, end)
    return facts


@pytest.mark.parametrize("text", [
    "北约秘书长斯托尔滕贝格周四在奥斯陆与挪威首相会面，讨论科索沃和塞尔维亚局势。",
    "美国和中国的代表在日内瓦和纽约之间往返，欧元和美元汇率波动。",
    "",
])
def test_terms_in_unspaced_text_are_found_as_when_every_term_was_searched(text):
    from checker.facts.name_terms import unspaced_terms
    from checker.glossary.lookup import cldr_index

    index = cldr_index("zh")
    assert unspaced_terms(text, index) == _terms_searched_one_by_one(text, index)
    assert text == "" or unspaced_terms(text, index)


def test_a_term_of_one_character_is_found_anywhere_in_a_text():
    """Terms are filed under their first two characters, a term of one character under
    that character: it is found inside a text as well as at its end."""
    from checker.facts.name_terms import _terms_in

    terms = {"京": [(2, "京", "beijing")], "北京": [(0, "北京", "city")],
             "中国": [(1, "中国", "cn")]}
    found = _terms_in("他在北京和中国", terms)
    assert found == [("北京", "city"), ("中国", "cn"), ("京", "beijing")]
    assert _terms_in("京城", terms) == [("京", "beijing")]
    assert _terms_in("上海", terms) == []

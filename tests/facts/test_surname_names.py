"""People's names in Chinese found by their surname and a title (checker/facts/surname_names.py)."""

from checker.facts.surname_names import surname_names


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in surname_names(text, "zh")]


def test_a_name_before_an_honorific():
    assert _names("王建国先生昨天会见了记者。") == ["王建国"]  # Mr Wang Jianguo met reporters
    assert _names("李先生来了。") == ["李先生"]  # Mr Li came: the surname with its honorific


def test_a_name_after_a_title_ends_where_a_name_can():
    assert _names("市长陈小明表示同意。") == ["陈小明"]  # Mayor Chen Xiaoming agreed
    assert _names("站长刘伟说，天气很好。") == ["刘伟"]  # station master Liu Wei said
    # A department before a title, a verb after one, are no names.
    assert _names("商务部长表示同意。") == []  # the commerce minister agreed
    assert _names("在总统任期内完成。") == []  # done during the president's term


def test_a_withheld_given_name():
    assert _names("警方发现张某某昨天离开了。") == ["张某"]


def test_no_name_without_a_title_or_a_surname():
    assert _names("他昨天会见了记者。") == []  # he met reporters yesterday
    assert _names("这位部长昨天会见了记者。") == []  # this minister met reporters
    # A function word after a surname character is no given name (任 "any", 在 "at").
    assert _names("主任在校长面前发言。") == []  # the director spoke before the headmaster


def test_no_names_in_a_language_without_a_surname_list():
    assert surname_names("王建国部长", "en") == []

"""jieba compiled into our own indexed file (checker/jieba_tables.py) and its tagging cut run
on it (checker/jieba_cut.py): the same tables and the same words and tags as plain jieba,
the file built once in the cache folder through a temporary file, a damaged file rebuilt."""

from __future__ import annotations

import logging
import mmap

import pytest

from checker.jieba_cut import TaggingCut
from checker.jieba_tables import JiebaTables, TagTable, file_name, jieba_folder, load

jieba = pytest.importorskip("jieba")

# Sentences of our own, with what the tagger treats apart: unknown names (its model of
# unknown words), numbers and decimals, Latin letters and symbols of its character class,
# full-width digits, whitespace and line breaks, kana, a character beyond the BMP, a lone
# surrogate, an empty text.
SENTENCES = (
    "张丽华在杭州开了一家面馆。",
    "欧阳娜娜和司马懿昨天在洛阳见面，谈了两个小时。",
    "2024年3月15日，公司营收增长了12.5%，达到3.2亿元。",
    "苹果公司CEO Tim Cook周二访问了北京和上海。",
    "第一段。\r\n第二段 有空格\t和制表符。\n",
    "C++和C#都是编程语言，AT&T是一家公司，e.g.是缩写。",
    "阿卜杜勒·拉赫曼·萨拉姆抵达喀布尔后会见了卡尔扎伊总统。",
    "２０２３年有１２个月，第３季度利润为５６７万美元。",
    "𠮷野家在这里开了新店，东京タワー也很有名。",
    "孤立的\ud800代理字符。",
    "",
    "   ",
    "特朗普、普京与马克龙在峰会上讨论了乌克兰问题，会谈持续了三个半小时。",
    "据新华社报道，国家统计局周一公布的数据显示，十月份居民消费价格同比上涨0.4%。",
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜",
)


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    import jieba.posseg

    jieba.setLogLevel(logging.CRITICAL)
    jieba.dt.tmp_dir = str(tmp_path_factory.mktemp("jieba"))
    jieba.dt.initialize()
    return jieba.dt, jieba.posseg


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> JiebaTables:
    found = load(tmp_path_factory.mktemp("cache"))
    assert found is not None
    return found


def test_the_tables_are_jiebas_own(plain, tables):
    tokenizer, posseg = plain
    assert tables.total == tokenizer.total
    keys = list(tables.keys())
    assert len(keys) == len(tokenizer.FREQ) and set(keys) == set(tokenizer.FREQ)
    assert all(tables.freqs[tables.entry(key)] == freq for key, freq in tokenizer.FREQ.items())
    assert dict(TagTable(tables).items()) == posseg.dt.word_tag_tab
    assert tables.model() == (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P,
                              posseg.emit_P)


@pytest.mark.parametrize("text", SENTENCES)
def test_words_and_tags_are_jiebas(plain, tables, text):
    _, posseg = plain
    assert list(TaggingCut(tables).cut(text)) == [(p.word, p.flag) for p in posseg.cut(text)]


def test_the_tag_table_answers_as_jiebas(plain, tables):
    _, posseg = plain
    listed = TagTable(tables)
    words = {w for text in SENTENCES for w, _ in TaggingCut(tables).cut(text)}
    words |= {"杭", "杭州市政", "", "\ud800", "𠮷"}  # a prefix only, no word, odd ones
    assert {w: listed.get(w) for w in words} == {w: posseg.dt.word_tag_tab.get(w) for w in words}
    assert listed.get("杭州市政", "none") == "none"
    with pytest.raises(KeyError):
        listed["杭州市政"]
    assert listed["杭州"] == "ns"


def test_the_file_is_built_once_and_mapped(tmp_path):
    first = load(tmp_path)
    built = sorted(tmp_path.iterdir())
    assert [p.name for p in built] == [file_name(jieba_folder())]  # no temporary file left
    again = load(tmp_path)
    assert isinstance(again._data, mmap.mmap)
    assert again.entry("杭州") == first.entry("杭州") >= 0
    assert built[0].stat().st_mtime_ns == sorted(tmp_path.iterdir())[0].stat().st_mtime_ns


@pytest.mark.parametrize("damage", [b"", b"chkjieba", None])
def test_a_damaged_file_is_built_again(tmp_path, damage):
    target = tmp_path / file_name(jieba_folder())
    whole = load(tmp_path)
    size = target.stat().st_size
    target.write_bytes(damage if damage is not None else target.read_bytes()[: size // 2])
    tables = load(tmp_path)
    assert tables is not None and tables.tag(tables.entry("杭州")) == "ns"
    assert target.stat().st_size == size
    assert whole.total == tables.total


def test_without_a_cache_folder_it_is_built_in_memory():
    tables = load(None)
    assert tables is not None and not isinstance(tables._data, mmap.mmap)
    assert TagTable(tables).get("杭州") == "ns"


def test_a_wrong_format_is_refused():
    with pytest.raises(ValueError):
        JiebaTables(b"notjieba" + bytes(64))


def test_viterbi_is_jiebas_on_sparse_models():
    """Random small models, many states without a transition into some other (the -inf
    ties jieba breaks by the state's name), some without any: the same probability and
    path as jieba's, or the same error."""
    import random

    from jieba.posseg.viterbi import viterbi as plain_viterbi

    from checker.jieba_cut import transitions_into, viterbi

    chance = random.Random(7)
    tags = [(pos, tag) for pos in "BMES" for tag in ("n", "nr", "v")]
    for _ in range(300):
        trans = {y0: {y: -chance.random() * 5 for y in tags if chance.random() < 0.3}
                 for y0 in tags}
        start = {y: -chance.random() * 5 for y in tags}
        chars = "甲乙丙丁"
        emit = {y: {c: -chance.random() * 9 for c in chars if chance.random() < 0.7}
                for y in tags}
        states = {c: tuple(chance.sample(tags, chance.randint(1, 4))) for c in chars[:3]}
        obs = "".join(chance.choice(chars) for _ in range(chance.randint(1, 9)))
        assert (outcome(viterbi, obs, states, start, trans, emit, transitions_into(trans))
                == outcome(plain_viterbi, obs, states, start, trans, emit))


def outcome(function, *args):
    """What the function gives, or the kind of error it raises (a model where no state
    leads on: jieba's max of nothing)."""
    try:
        return function(*args)
    except ValueError as error:
        return type(error)

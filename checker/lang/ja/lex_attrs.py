"""Japanese number data: numerals are runs of characters, not words."""

CJK_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CJK_SMALL = {"十": 10, "百": 100, "千": 1000}
CJK_LARGE = {"万": 10_000, "億": 100_000_000, "兆": 10**12}
COUNTERS = tuple("人名件回年歳日月週台本枚個円万億千百倍社校機隻点位分秒時")
NOT_NUMBERS = (
    "一緒",
    "一番",
    "一部",
    "一方",
    "一度",
    "一般",
    "一体",
    "統一",
    "唯一",
    "同一",
    "万一",
    "一人ひとり",
    "第一",
    "一時",
    "千葉",
    "九州",
    "四国",
    "一層",
    "十分",
)
QUALIFIERS_BEFORE = {
    "少なくとも": "at_least",
    "約": "about",
    "およそ": "about",
    "ほぼ": "nearly",
    "最大": "up_to",
    "最大で": "up_to",
    "最高": "up_to",
}
QUALIFIERS_AFTER = {
    "以上": "more_than",
    "超": "more_than",
    "余り": "more_than",
    "あまり": "more_than",
    "余": "more_than",
    "近く": "nearly",
    "前後": "about",
    "ほど": "about",
    "程度": "about",
    "未満": "less_than",
    "以下": "at_most",
}
PERCENT_AFTER = ("パーセント",)
ORDINAL_BEFORE = ("第",)
CENTURY_WORDS = ("世紀",)
UNITS = {
    "人": "person",
    "名": "person",
    "兵士": "soldier",
    "兵": "soldier",
    "件": "case",
    "ドル": "dollar",
    "ユーロ": "euro",
    "円": "yen",
    "キロ": "km",
    "年": "year",
    "か月": "month",
    "カ月": "month",
    "日": "day",
    "時間": "hour",
    "歳": "age",
    "%": "percent",
}
FRACTION_INFIXES = ("分の",)  # "3分の1": one third
UNIT_BEFORE = True  # "兵士30人": the noun before, the counter after

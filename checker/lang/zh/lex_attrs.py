"""Chinese number data: numerals are runs of characters, not words."""

CJK_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "貳": 2,
    "叁": 3,
    "參": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "陸": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
CJK_POINT = "点"  # "三点五亿": 350 million; "三点" alone or "三点五分" is a time of day
CJK_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CJK_LARGE = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
# Measure words: a single numeral character counts only when one follows it.
COUNTERS = tuple(
    "个名人位只条座台件次例年岁天日月周场家所辆架艘枚元块米吨倍项种批起间层届国省篇首部本张票份余多小分秒"
)
# Words that contain numeral characters but are no numbers ("melamine", "very", "must").
NOT_NUMBERS = (
    "一些",
    "一起",
    "一直",
    "一样",
    "一般",
    "一定",
    "一切",
    "一旦",
    "一致",
    "一再",
    "一度",
    "一向",
    "一边",
    "一面",
    "一方面",
    "统一",
    "唯一",
    "同一",
    "万一",
    "千万",
    "十分",
    "一一",
    "三聚氰胺",
    "四处",
    "五花八门",
    "七嘴八舌",
    "八卦",
    "乱七八糟",
    "一下",
    "一点",
    "百分之",
    "千瓦",
    "千克",
    "千米",
    "百姓",
    "万物",
    "一带一路",
    "一半",
    "不一",
    "一流",
    "一同",
    "一并",
    "一律",
    "一时",
    "一向",
    "一心",
    "一手",
    "一体",
    "第一",
    "之一",
    "万分",
    "百般",
    "千方百计",
    "三明治",
    "两国",
    "两岸",
    "两会",
    "三国",
    "双方",
    "一成不变",  # "unchanging", an idiom: no ten percent
)
QUALIFIERS_BEFORE = {
    "至少": "at_least",
    "最少": "at_least",
    "不少于": "at_least",
    "超过": "more_than",
    "超": "more_than",
    "逾": "more_than",
    "多于": "more_than",
    "约": "about",
    "大约": "about",
    "约为": "about",
    "近": "nearly",
    "将近": "nearly",
    "接近": "nearly",
    "几乎": "nearly",
    "多达": "up_to",
    "高达": "up_to",
    "最多": "at_most",
    "不超过": "at_most",
    "不到": "less_than",
    "不足": "less_than",
    "少于": "less_than",
}
QUALIFIERS_AFTER = {
    "多": "more_than",
    "余": "more_than",
    "以上": "more_than",
    "左右": "about",
    "上下": "about",
    "以下": "at_most",
    "以内": "at_most",
}
PERCENT_BEFORE = ("百分之",)
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("个百分点", "百分点")
# basis points, hundredths of a percentage point ("50个基点" are half a point)
BASIS_POINT_AFTER = ("个基点", "基点")
ORDINAL_BEFORE = ("第",)
CENTURY_WORDS = ("世纪",)
UNITS = {
    "人": "person",
    "名": "person",
    "士兵": "soldier",
    "军人": "soldier",
    "例": "case",
    "美元": "dollar",
    "欧元": "euro",
    "元": "yuan",
    "公里": "km",
    "千米": "km",
    "米": "m",
    "吨": "ton",
    "年": "year",
    "个月": "month",
    "天": "day",
    "小时": "hour",
    "分钟": "minute",
    "岁": "age",
    "%": "percent",
}
FRACTION_ALONE = {"一半": 1 / 2, "半数": 1 / 2}  # "一半的预算": half of the budget
FRACTION_INFIXES = ("分之",)  # "三分之一": one third
TENTHS_MARKS = ("成",)  # "三成": three tenths, 30 percent
UNIT_BEFORE = True  # "士兵30名"
# "八十年代", "80年代": the 1980s
# ... and an age by its decade: "五十多岁" (fifty-odd years old), a man in his fifties
DECADE_WORD_ENDINGS = {"": ("年代", "多岁")}

"""Places CLDR's territory and exemplar-city names (Babel) lack in Chinese: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "大不列颠": "cldr:GB",
    "英格兰": "cldr:gbeng",
    "苏格兰": "cldr:gbsct",
    "威尔士": "cldr:gbwls",
    "北爱尔兰": "cldr:gbnir",
}

# A country's one-character short form, in the compounds "X方" (the X side) and "X军" (X's
# armed forces): "美方" names the United States. Only compounds that read one country and
# seldom end another word before a word starting with the same character: not 西方 ("the
# West"), 土方 ("earthwork"), 意方 (同意方案 "agree to the plan"), 德方 (道德方面), 朝方
# (朝方向 "towards"), 加军 (参加军训), 中军; not 伊 and 巴, which short several countries.
_SHORT_FORMS = {
    "中": ("CN", "方"), "美": ("US", "方军"), "俄": ("RU", "方军"), "英": ("GB", "方军"),
    "法": ("FR", "军"), "德": ("DE", "军"), "日": ("JP", "方军"), "韩": ("KR", "方军"),
    "朝": ("KP", "军"), "印": ("IN", "军"), "澳": ("AU", "方军"), "以": ("IL", "军"),
}
PLACE_NAMES.update(
    {
        f"{short}{word}": f"cldr:{code}"
        for short, (code, words) in _SHORT_FORMS.items()
        for word in words
    }
)

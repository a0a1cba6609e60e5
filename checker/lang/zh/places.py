"""Places CLDR's territory and exemplar-city names (Babel) lack in Chinese: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), China's
provincial-level divisions (CLDR subdivisions cn*), a country's one-character short form in
compounds. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "大不列颠": "cldr:GB",
    # The common short names of countries CLDR names in full (Indonesia, Saudi Arabia, the
    # United Arab Emirates, Bosnia and Herzegovina, Australia; South and North Korea as
    # written outside the mainland).
    "印尼": "cldr:ID",
    "沙特": "cldr:SA",
    "阿联酋": "cldr:AE",
    "波黑": "cldr:BA",
    "澳洲": "cldr:AU",
    "南韩": "cldr:KR",
    "北韩": "cldr:KP",
    "英格兰": "cldr:gbeng",
    "苏格兰": "cldr:gbsct",
    "威尔士": "cldr:gbwls",
    "北爱尔兰": "cldr:gbnir",
}
# China's provinces, autonomous regions and municipalities (CLDR subdivision codes), by
# their short names; those CLDR names already (上海, 香港, 澳门, 台湾) are left to it.
# English writes them in pinyin ("Heilongjiang"), which the comparer reads.
PLACE_NAMES.update(
    {
        "北京": "cldr:cnbj", "天津": "cldr:cntj", "河北": "cldr:cnhe", "山西": "cldr:cnsx",
        "内蒙古": "cldr:cnnm", "辽宁": "cldr:cnln", "吉林": "cldr:cnjl",
        "黑龙江": "cldr:cnhl", "江苏": "cldr:cnjs", "浙江": "cldr:cnzj", "安徽": "cldr:cnah",
        "福建": "cldr:cnfj", "江西": "cldr:cnjx", "山东": "cldr:cnsd", "河南": "cldr:cnha",
        "湖北": "cldr:cnhb", "湖南": "cldr:cnhn", "广东": "cldr:cngd", "广西": "cldr:cngx",
        "海南": "cldr:cnhi", "重庆": "cldr:cncq", "四川": "cldr:cnsc", "贵州": "cldr:cngz",
        "云南": "cldr:cnyn", "西藏": "cldr:cnxz", "陕西": "cldr:cnsn", "甘肃": "cldr:cngs",
        "青海": "cldr:cnqh", "宁夏": "cldr:cnnx", "新疆": "cldr:cnxj",
    }
)

# A country's one-character short form, in the compounds "X方" (the X side) and "X军" (X's
# armed forces): "美方" names the United States. Only compounds that read one country and
# seldom end another word before a word starting with the same character: not 西方 ("the
# West"), 土方 ("earthwork"), 意方 (同意方案 "agree to the plan"), 德方 (道德方面), 朝方
# (朝方向 "towards"), 加军 (参加军训), 中军; not 伊 and 巴, which short several countries.
_SHORT_FORMS = {
    "中": ("CN", "方"), "美": ("US", "方军"), "俄": ("RU", "方军"), "英": ("GB", "方军"),
    "法": ("FR", "军"), "德": ("DE", "军"), "日": ("JP", "方军"), "韩": ("KR", "方军"),
    "朝": ("KP", "军"), "印": ("IN", "军"), "澳": ("AU", "方军"), "以": ("IL", "军"),
    "乌": ("UA", "方军"), "欧": ("EU", "方"),
}
# Nouns after a country's one-character short form in compounds that read that country
# (media, companies, capital, warship: "英媒" British media, "日企" Japanese companies,
# "中资" Chinese capital, "俄舰" a Russian warship; not 籍 nationality: "英籍" as a name
# of the United Kingdom lost a changed country elsewhere in its sentence);
# not after 以 (a function word: "以企业为主体") nor 欧. Found only on the segmenter's word
# boundaries (checker/facts/word_bounds.py: not "日企" in "今日企业", today's companies).
_COMPOUND_HEADS = "媒企资舰"
PLACE_NAMES.update(
    {
        f"{short}{word}": f"cldr:{code}"
        for short, (code, words) in _SHORT_FORMS.items()
        for word in words + ("" if short in "以欧" else _COMPOUND_HEADS)
    }
)
# Formal names of states CLDR names by their short names (美国, 中国, 德国, 法国, 英国,
# 朝鲜).
PLACE_NAMES.update(
    {
        "美利坚合众国": "cldr:US", "美利坚": "cldr:US", "中华人民共和国": "cldr:CN",
        "德意志联邦共和国": "cldr:DE", "法兰西共和国": "cldr:FR",
        "大不列颠及北爱尔兰联合王国": "cldr:GB", "朝鲜民主主义人民共和国": "cldr:KP",
    }
)

# The one-character short forms, run together in compounds of two or three countries ("中美"
# China and the United States, "美俄", "英法", "日韩", "俄乌", "英欧" the UK and the EU):
# each character names its country there (checker/facts/short_forms.py). Also the EU's
# (欧) and Ukraine's (乌), which no "X方"/"X军" compound above reads. Not 以 (a function
# word). A character that shorts several places names any of them (space-separated): 澳
# Australia or Macao, 欧 the EU or Europe ("中欧班列"). Never a character that ordinary
# words run together with a short form (非法 illegal, 加法, 中新社, 新京报, 中巴 a minibus):
# 巴 新 非 加 拉 沙 港 台 and the provinces' one-character names would read countries there.
SHORT_FORMS = {short: f"cldr:{code}" for short, (code, _) in _SHORT_FORMS.items() if short != "以"}
SHORT_FORMS.update({"欧": "cldr:EU cldr:150", "澳": "cldr:AU cldr:MO"})

# Words of Chinese news that point to China without naming it: "our country", "within the
# country", "nationwide", "return to the country", "the motherland". An English "China"
# there is the translator's, not an added name.
IMPLIED_PLACES = {
    "我国": "cldr:CN", "国内": "cldr:CN", "全国": "cldr:CN", "回国": "cldr:CN",
    "祖国": "cldr:CN",
    # Leaving the EU (Brexit): "leaving the EU" is said by it.
    "脱欧": "cldr:EU",
    # 华 (and 中华) for China in compounds: in China, come to China, visit China, go to
    # China, stationed in China, towards China, concerning China, the Chinese nation;
    # East, South, North, Central and West China ("南华" South China, as in the South
    # China Morning Post). An English "China" there ("China
    # Airlines" for 中华航空, "tariffs on China" for 对华关税) is said by them.
    **dict.fromkeys(
        ("中华", "在华", "来华", "访华", "赴华", "驻华", "对华", "涉华", "华东", "华南", "华北",
         "华中", "华西", "南华", "中華", "在華", "來華", "訪華", "赴華", "駐華", "對華", "涉華",
         "華東", "華南", "華北", "華中", "華西", "南華"),
        "cldr:CN"),
    # All of Taiwan, the island of Taiwan, come to, go to, visit, reach, return to and be
    # stationed in Taiwan (Simplified and Traditional; not 在台, "on the stage").
    **dict.fromkeys(("全台", "全臺", "台岛", "台島", "来台", "來台", "赴台", "访台", "訪台",
                     "抵台", "返台", "驻台", "駐台"), "cldr:TW"),
    # China's own institutions that English news names with China: the Communist Party of
    # China (中共), the "two sessions". Not words any country has (国务院 is also the US State
    # Department, 央行 any central bank, 国产 made at home, 大陆 any continent).
    **dict.fromkeys(("中共", "两会", "兩會"), "cldr:CN"),
    # Peking University by its short name: its English name says Beijing ("Peking").
    "北大": "cldr:cnbj",
    # China's national football and table tennis teams ("China's national team"), and
    # the state banks whose English names say China (China Construction Bank, the
    # Industrial and Commercial Bank of China, the Agricultural Bank of China).
    **dict.fromkeys(("国足", "國足", "国乒", "國乒", "建设银行", "建設銀行", "建行", "工商银行",
                     "工商銀行", "工行", "农业银行", "農業銀行", "农行", "農行"), "cldr:CN"),
}

# A country's one-character short form after a verb of going or staying (stationed in,
# visit, go to, live in, study in: "驻美大使" ambassador to the United States, "访日",
# "赴英", "旅法", "留美"), as 驻华 for China above; short forms of one country only.
IMPLIED_PLACES.update({
    f"{verb}{short}": f"cldr:{code}"
    for verb in ("驻", "駐", "访", "訪", "赴", "旅", "留")
    for short, code in (("美", "US"), ("日", "JP"), ("英", "GB"), ("俄", "RU"), ("法", "FR"),
                        ("德", "DE"), ("韩", "KR"), ("韓", "KR"), ("印", "IN"), ("欧", "EU"),
                        ("歐", "EU"), ("朝", "KP"), ("乌", "UA"), ("烏", "UA"))
})

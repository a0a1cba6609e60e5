"""Places CLDR's territory and exemplar-city names (Babel) lack in Chinese: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "大不列颠": "cldr:GB",
    "英格兰": "cldr:gbeng",
    "苏格兰": "cldr:gbsct",
    "威尔士": "cldr:gbwls",
    "北爱尔兰": "cldr:gbnir",
    "华盛顿": "city:Capital/US",
    "渥太华": "city:Capital/CA",
    "堪培拉": "city:Capital/AU",
    "新德里": "city:Capital/IN",
    "伊斯兰堡": "city:Capital/PK",
    "北京": "city:Capital/CN",
    "安卡拉": "city:Capital/TR",
    "巴西利亚": "city:Capital/BR",
    "阿布贾": "city:Capital/NG",
    "比勒陀利亚": "city:Capital/ZA",
    "拉巴特": "city:Capital/MA",
    "阿布扎比": "city:Capital/AE",
    "惠灵顿": "city:Capital/NZ",
    "伯尔尼": "city:Capital/CH",
    "普里什蒂纳": "city:Capital/XK",
    "爱丁堡": "city:Capital/gbsct",
    "加的夫": "city:Capital/gbwls",
    "贝尔法斯特": "city:Capital/gbnir",
}

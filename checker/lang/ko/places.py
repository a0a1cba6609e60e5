"""Places and groupings CLDR's Korean names (Babel) lack: the common short names, read
through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    # The United Nations and the European Union by the names Korean news writes them
    # (CLDR: "국제연합", "유럽 연합")
    "유엔": "cldr:UN",
    "유럽연합": "cldr:EU",
    # The United Kingdom by its common short name (CLDR: "영국" is there; its countries
    # are CLDR subdivisions, which Babel does not ship)
    "잉글랜드": "cldr:gbeng",
    "스코틀랜드": "cldr:gbsct",
    "웨일스": "cldr:gbwls",
    "북아일랜드": "cldr:gbnir",
    # Countries by the short or older names Korean news writes them (CLDR: "오스트레일리아",
    # "남아프리카", "튀르키예", "사우디아라비아", "팔레스타인 지구")
    "호주": "cldr:AU",
    "남아공": "cldr:ZA",
    "남아프리카공화국": "cldr:ZA",
    "터키": "cldr:TR",
    "사우디": "cldr:SA",
    "팔레스타인": "cldr:PS",
}

"""Places CLDR's territory and exemplar-city names (Babel) lack in Persian: the common short
names of the United States and Britain ("انگلیس" for the United Kingdom, as Persian news
writes it), Britain's countries, and cities GeoNames has no Persian name for
(GeoNames ids). General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "آمریکا": "cldr:US",
    "امریکا": "cldr:US",
    "ایالات متحده آمریکا": "cldr:US",
    "انگلیس": "cldr:GB",
    "انگلستان": "cldr:gbeng",
    "اسکاتلند": "cldr:gbsct",
    "ولز": "cldr:gbwls",
    "ایرلند شمالی": "cldr:gbnir",
    "واشنگتن": "geonames:4140963",
    "ژنو": "geonames:2660646",
    "امارات": "cldr:AE",
    "کره جنوبی": "cldr:KR",
    "کره شمالی": "cldr:KP",
    "مقدونیه": "cldr:MK",
}

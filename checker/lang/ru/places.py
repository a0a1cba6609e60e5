"""Places CLDR's territory and exemplar-city names (Babel) lack in Russian: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Британия": "cldr:GB",
    "Англия": "cldr:gbeng",
    "Шотландия": "cldr:gbsct",
    "Уэльс": "cldr:gbwls",
    "Северная Ирландия": "cldr:gbnir",
    "Северная Корея": "cldr:KP",
    "Южная Корея": "cldr:KR",
    "Вашингтон": "city:Capital/US",
    "Оттава": "city:Capital/CA",
    "Канберра": "city:Capital/AU",
    "Нью-Дели": "city:Capital/IN",
    "Исламабад": "city:Capital/PK",
    "Пекин": "city:Capital/CN",
    "Анкара": "city:Capital/TR",
    "Бразилиа": "city:Capital/BR",
    "Абуджа": "city:Capital/NG",
    "Претория": "city:Capital/ZA",
    "Рабат": "city:Capital/MA",
    "Абу-Даби": "city:Capital/AE",
    "Веллингтон": "city:Capital/NZ",
    "Берн": "city:Capital/CH",
    "Приштина": "city:Capital/XK",
    "Эдинбург": "city:Capital/gbsct",
    "Кардифф": "city:Capital/gbwls",
    "Белфаст": "city:Capital/gbnir",
}

"""Places CLDR's territory and exemplar-city names (Babel) lack in Ukrainian: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Британія": "cldr:GB",
    "Англія": "cldr:gbeng",
    "Шотландія": "cldr:gbsct",
    "Уельс": "cldr:gbwls",
    "Північна Ірландія": "cldr:gbnir",
    "Вашингтон": "city:Capital/US",
    "Оттава": "city:Capital/CA",
    "Канберра": "city:Capital/AU",
    "Нью-Делі": "city:Capital/IN",
    "Ісламабад": "city:Capital/PK",
    "Пекін": "city:Capital/CN",
    "Анкара": "city:Capital/TR",
    "Бразиліа": "city:Capital/BR",
    "Абуджа": "city:Capital/NG",
    "Преторія": "city:Capital/ZA",
    "Рабат": "city:Capital/MA",
    "Абу-Дабі": "city:Capital/AE",
    "Веллінгтон": "city:Capital/NZ",
    "Берн": "city:Capital/CH",
    "Приштина": "city:Capital/XK",
    "Единбург": "city:Capital/gbsct",
    "Кардіфф": "city:Capital/gbwls",
    "Белфаст": "city:Capital/gbnir",
}

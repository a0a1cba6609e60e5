"""Places CLDR's territory and exemplar-city names (Babel) lack in English: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    # The country's short and colloquial names in the news ("the Americas" stays CLDR's
    # region: a name declared here is preferred only where it is written so).
    "America": "cldr:US",
    "Britain": "cldr:GB",
    "Great Britain": "cldr:GB",
    "England": "cldr:gbeng",
    "Scotland": "cldr:gbsct",
    "Wales": "cldr:gbwls",
    "Northern Ireland": "cldr:gbnir",
    "Turkey": "cldr:TR",
    "Czech Republic": "cldr:CZ",
    "Macedonia": "cldr:MK",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Ivory Coast": "cldr:CI",
    "Holland": "cldr:NL",
    # The German states (CLDR subdivisions de*; the city states are cities): names in the
    # news with no word of another place ("Hesse" is also a surname, "Brandenburg" a gate).
    "Baden-Württemberg": "cldr:debw",
    "Bavaria": "cldr:deby",
    "Lower Saxony": "cldr:deni",
    "Mecklenburg-Western Pomerania": "cldr:demv",
    "North Rhine-Westphalia": "cldr:denw",
    "Rhineland-Palatinate": "cldr:derp",
    "Saarland": "cldr:desl",
    "Saxony": "cldr:desn",
    "Saxony-Anhalt": "cldr:dest",
    "Schleswig-Holstein": "cldr:desh",
    "Thuringia": "cldr:deth",
    # China's autonomous regions English names otherwise than by their pinyin (CLDR
    # subdivisions cn*; "Inner Mongolia" is no Mongolia), and the Holy See by its city.
    "Inner Mongolia": "cldr:cnnm",
    "Tibet": "cldr:cnxz",
    "Tibet Autonomous Region": "cldr:cnxz",
    # Their postal romanisations, kept in institutions' names ("Peking University",
    # "Tsinghua", the "Szechuan" of cooking) and older texts. Not "Formosa": also a province
    # and a city of Argentina.
    "Peking": "cldr:cnbj",
    "Tientsin": "cldr:cntj",
    "Chungking": "cldr:cncq",
    "Szechuan": "cldr:cnsc",
    "Szechwan": "cldr:cnsc",
    "Kwangtung": "cldr:cngd",
    "Fukien": "cldr:cnfj",
    "Vatican": "cldr:VA",
    # Formal names: one country each (not the United States and the Americas).
    "United States of America": "cldr:US",
    "Democratic People's Republic of Korea": "cldr:KP",
}

# Adjectives and demonyms no demonym ending makes of the place's English name (general
# English usage): read as the place (checker/compare/place_adjectives.py).
DEMONYMS = {
    "Dane": "cldr:DK", "Danes": "cldr:DK", "Danish": "cldr:DK",
    "Swede": "cldr:SE", "Swedes": "cldr:SE",
    "Finn": "cldr:FI", "Finns": "cldr:FI", "Finnish": "cldr:FI",
    "Pole": "cldr:PL", "Poles": "cldr:PL", "Polish": "cldr:PL",
    "Turk": "cldr:TR", "Turks": "cldr:TR",
    "Dutch": "cldr:NL", "Dutchman": "cldr:NL", "Dutchwoman": "cldr:NL",
    "French": "cldr:FR", "Frenchman": "cldr:FR", "Frenchwoman": "cldr:FR",
    "Spaniard": "cldr:ES", "Spaniards": "cldr:ES", "Spanish": "cldr:ES",
    "Irish": "cldr:IE", "Irishman": "cldr:IE",
    "Swiss": "cldr:CH", "Thai": "cldr:TH", "Thais": "cldr:TH",
    "Filipino": "cldr:PH", "Filipinos": "cldr:PH", "Filipina": "cldr:PH",
    "Briton": "cldr:GB", "Britons": "cldr:GB", "Brit": "cldr:GB", "Brits": "cldr:GB",
    "Scot": "cldr:gbsct", "Scots": "cldr:gbsct",
    "Welsh": "cldr:gbwls", "Welshman": "cldr:gbwls",
    "Icelander": "cldr:IS", "Icelanders": "cldr:IS", "Icelandic": "cldr:IS",
    "Greenlander": "cldr:GL", "Greenlanders": "cldr:GL",
    "Kiwi": "cldr:NZ", "Kiwis": "cldr:NZ",
    "Luxembourger": "cldr:LU", "Monegasque": "cldr:MC",
    "Malagasy": "cldr:MG", "Cypriot": "cldr:CY", "Cypriots": "cldr:CY",
    "Saudi": "cldr:SA", "Saudis": "cldr:SA",
    "Emirati": "cldr:AE", "Emiratis": "cldr:AE",
    "Yemeni": "cldr:YE", "Yemenis": "cldr:YE",
    "Omani": "cldr:OM", "Omanis": "cldr:OM",
    "Iraqi": "cldr:IQ", "Iraqis": "cldr:IQ",
    "Bahraini": "cldr:BH", "Kuwaiti": "cldr:KW", "Qatari": "cldr:QA",
    "Peruvian": "cldr:PE", "Peruvians": "cldr:PE",
    "Argentine": "cldr:AR", "Argentines": "cldr:AR", "Argentinian": "cldr:AR",
    "Burmese": "cldr:MM", "Laotian": "cldr:LA", "Ivorian": "cldr:CI", "Ivorians": "cldr:CI",
    "Basotho": "cldr:LS", "Mosotho": "cldr:LS",
}

# Institutions of the European Union and of Europe named without it: a version that says
# "the European Commission" where the other says "欧盟委员会" (the EU's commission) names
# the EU there.
IMPLIED_PLACES = {
    "European Commission": "cldr:EU",
    "European Parliament": "cldr:EU",
    "European Council": "cldr:EU",
    "Council of the European Union": "cldr:EU",
    "European Central Bank": "cldr:EU",
    "European Court of Justice": "cldr:EU",
    # Europe's football competitions and body: "欧洲冠军联赛" (the European champions'
    # league) is the Champions League.
    "Champions League": "cldr:150",
    "Europa League": "cldr:150",
    "UEFA": "cldr:150",
}

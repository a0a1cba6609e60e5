"""How Czech writes names: case endings ("v Londýně", "do Prahy", "s Johnem Smithem",
"Smithovi") are removed before matching, with the consonant a locative ending changes ("v
Praze": Praha) and the vowel that drops out of a last syllable ("ve Vídni": Vídeň)."""

SIMPLEMMA = "cs"
MIN_STEM = 3
# Noun case endings of masculine, feminine and neuter names ("Berlíně", "Německa",
# "Smithovi", "Johnem", "Itálii"), and the adjective endings of names of several words
# ("Spojených států", "Českou republikou").
ENDINGS = ("ovi", "ové", "em", "ou", "ům", "ech", "ích", "ách", "ami", "ám", "ím", "ů",
           "a", "u", "e", "ě", "y", "i", "o", "é", "á", "í",
           "ého", "ému", "ém", "ým", "ými", "ých", "ská", "ské", "ského", "ském", "skou")
# Before the locative ending a name's last consonant changes: h -> z ("v Praze", Praha),
# k -> c ("v Americe", Amerika), r -> ř ("v Kahiře", Káhira), g -> z ("v Rize", Riga).
ENDING_ALTERNATIONS = {"ze": "h", "ce": "k", "ře": "r"}
# The vowel of a last syllable drops out before an ending: "ve Vídni" (Vídeň).
STEM_ALTERNATIONS = (("", "e"),)
CONNECTORS = ("de", "von", "van", "der", "da", "di", "bin", "ibn", "al")

# Word lists asked whether a capitalised word is a known name (language data).
NAME_LISTS = ("en", "es")

# Kinds of names (checker/compare/name_kinds.py): a name changed into another only of its kind.
# Titles and honorifics before a person's name, in the cases they take before it
# ("s premiérem Fialou", "prezidentovi Pavlovi").
PERSON_TITLES = frozenset((
    *(stem + e for stem in ("prezident", "premiér", "ministr", "senátor", "generál", "trenér",
                            "guvernér", "ředitel", "starost", "předsed", "velvyslan")
      for e in ("", "a", "em", "ovi", "u", "ka", "ky", "kou", "ce")),
    "ministryně", "předsedkyně", "starostka", "starostky", "starostou", "předseda",
    "předsedy", "předsedou", "předsedovi", "velvyslanec", "velvyslance", "velvyslancem",
    "velvyslanci", "velvyslankyně", "kancléř", "kancléře", "kancléřem", "kancléři",
    "kancléřka", "kancléřky", "kancléřkou", "král", "krále", "králem", "královna",
    "královny", "papež", "papeže", "papežem", "soudce", "soudcem", "soudkyně", "poslanec",
    "poslance", "poslancem", "poslankyně", "mluvčí", "tajemník", "tajemníka", "tajemníkem",
    "pan", "pana", "panem", "panu", "paní", "dr", "prof", "ing", "mgr",
))
# Words that make a name an organisation's, in their main cases.
ORGANISATION_WORDS = frozenset((
    *(stem + e for stem in ("ministerstv", "hnutí")
      for e in ("o", "a", "u", "em")),
    *(stem + e for stem in ("stran", "bank", "univerzit", "agentur", "armád", "rad")
      for e in ("a", "y", "ě", "u", "ou", "ce")),
    *(stem + e for stem in ("výbor", "soud", "parlament", "senát", "fond", "svaz", "klub",
                            "institut", "úřad")
      for e in ("", "u", "em")),
    "komise", "organizace", "společnost", "společnosti", "sněmovna", "sněmovny",
    "sněmovně", "policie", "unie", "unii",
))
# Words right before a place's name: locative and directional prepositions ("z" and "s"
# are left out: with the instrumental they are "with" a person), "city", "region".
PLACE_WORDS = frozenset((
    "v", "ve", "do", "město", "města", "městě", "hlavní", "metropole", "kraji", "kraje",
    "regionu", "oblasti", "provincii",
))

# Endings that make an adjective or a demonym of a place name (checker/compare/
# place_adjectives.py), in their cases: "ru-ské" (Rusko), "čes-ké" (Česko), "němec-ká"
# (Německo), "americ-ký", "Slovák", "Polák", "Ital".
DEMONYM_SUFFIXES = (
    *(stem + ending
      for stem in ("sk", "ck", "ansk", "ijsk")
      for ending in ("ý", "á", "é", "ého", "ém", "ému", "ých", "ým", "ými", "ou")),
    "ští", "čtí", "ák", "áci", "an", "ané", "anka", "ka",
)

# Function words and other common words that start sentences with a capital: never names
# there. From spaCy's stop-word list for 'cs' (MIT licence).
FUNCTION_WORDS = frozenset((
    'a', 'aby', 'ahoj', 'ale', 'alespoň', 'anebo', 'ani', 'aniž', 'ano', 'asi', 'aspoň', 'atd.',
    'atp.', 'ačkoli', 'až', 'bez', 'beze', 'blízko', 'bohužel', 'brzo', 'bude', 'budeme',
    'budete', 'budeš', 'budou', 'budu', 'by', 'byl', 'byla', 'byli', 'bylo', 'byly', 'bys',
    'být', 'během', 'chce', 'chceme', 'chcete', 'chceš', 'chci', 'chtít', 'chtějí', 'chuti',
    'chuť', 'co', 'což', 'cz', 'daleko', 'další', 'den', 'deset', 'devatenáct', 'devět', 'dnes',
    'do', 'dobrý', 'docela', 'dva', 'dvacet', 'dvanáct', 'dvě', 'dál', 'dále', 'děkovat',
    'děkujeme', 'děkuji', 'email', 'ho', 'hodně', 'i', 'jak', 'jakmile', 'jako', 'jakož', 'jde',
    'je', 'jeden', 'jedenáct', 'jedna', 'jedno', 'jednou', 'jedou', 'jeho', 'jehož', 'jej',
    'jejich', 'jejichž', 'její', 'jelikož', 'jemu', 'jen', 'jenom', 'jenž', 'jestli',
    'jestliže', 'ještě', 'jež', 'ji', 'jich', 'jim', 'jimi', 'jinak', 'jiné', 'již', 'jsem',
    'jsi', 'jsme', 'jsou', 'jste', 'já', 'jí', 'jím', 'k', 'kam', 'každý', 'kde', 'kdo', 'kdy',
    'když', 'ke', 'kolik', 'kromě', 'kterak', 'kterou', 'která', 'které', 'který', 'kteří',
    'ku', 'kvůli', 'mají', 'mezi', 'mi', 'mne', 'mnou', 'mně', 'moc', 'mohl', 'mohou', 'moje',
    'moji', 'možná', 'musí', 'my', 'má', 'málo', 'mám', 'máme', 'máte', 'máš', 'mé', 'mí',
    'mít', 'mě', 'můj', 'může', 'na', 'nad', 'nade', 'naproti', 'načež', 'naše', 'naši', 'ne',
    'nebo', 'nebyl', 'nebyla', 'nebyli', 'nebyly', 'nechť', 'nedělají', 'nedělá', 'nedělám',
    'neděláme', 'neděláte', 'neděláš', 'nejsi', 'nejsou', 'nemají', 'nemáme', 'nemáte', 'neměl',
    'není', 'nestačí', 'nevadí', 'než', 'nic', 'nich', 'nimi', 'nové', 'noví', 'nový', 'nula',
    'nám', 'námi', 'nás', 'náš', 'ní', 'ním', 'ně', 'něco', 'nějak', 'někde', 'někdo', 'němu',
    'němuž', 'o', 'od', 'ode', 'on', 'ona', 'oni', 'ono', 'ony', 'osm', 'osmnáct', 'pak',
    'patnáct', 'po', 'pod', 'pokud', 'potom', 'pouze', 'pozdě', 'pořád', 'pravé', 'pro',
    'prostě', 'prosím', 'proti', 'proto', 'protože', 'proč', 'první', 'právě', 'pět', 'přece',
    'před', 'přede', 'přes', 'při', 'přičemž', 'rovně', 's', 'se', 'sedm', 'sedmnáct', 'si',
    'sic', 'sice', 'skoro', 'smí', 'smějí', 'snad', 'spolu', 'sta', 'sto', 'strana', 'sté',
    'svá', 'své', 'svých', 'svým', 'svými', 'svůj', 'ta', 'tady', 'tak', 'takhle', 'taky',
    'také', 'takže', 'tam', 'tamto', 'tebe', 'tebou', 'tedy', 'ten', 'tento', 'teď', 'ti',
    'tisíc', 'tisíce', 'to', 'tobě', 'tohle', 'tohoto', 'tom', 'tomto', 'tomu', 'tomuto',
    'toto', 'trochu', 'trošku', 'tu', 'tuto', 'tvoje', 'tvá', 'tvé', 'tvůj', 'ty', 'tyto',
    'támhle', 'támhleto', 'této', 'tím', 'tímto', 'tě', 'těm', 'těma', 'těmi', 'třeba', 'tři',
    'třináct', 'u', 'určitě', 'už', 'v', 'vaše', 'vaši', 've', 'vedle', 'večer', 'vlastně',
    'vy', 'vám', 'vámi', 'vás', 'váš', 'více', 'však', 'všechen', 'všechno', 'všichni', 'vůbec',
    'vždy', 'z', 'za', 'zatímco', 'zač', 'zda', 'zde', 'ze', 'čau', 'či', 'článek', 'článku',
    'články', 'čtrnáct', 'čtyři', 'šest', 'šestnáct', 'že',
))

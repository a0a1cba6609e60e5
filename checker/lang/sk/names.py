"""How Slovak writes names: case endings ("v Londýne", "do Manily", "s Johnom Smithom",
"Smithovi", "v Arizone") are removed before matching, and "-ová" added to a foreign woman's
surname ("Smithová", "s Merkelovou") with them; the vowel that drops out of a last syllable
comes back ("z Egypta"; "Kodane": Kodaň)."""

from checker.lang.cs.names import CONNECTORS, NAME_LISTS
from checker.lang.sk import hard_adjective_endings

SIMPLEMMA = "sk"
MIN_STEM = 3
# Noun case endings of masculine, feminine and neuter names ("Berlíne", "Nemecka",
# "Smithovi", "Johnom", "Taliansku"), the "-ová" of a woman's surname in its cases
# ("Smithová", "Smithovej", "Smithovou"), and the adjective endings of names of several
# words ("Spojených štátov", "Slovenskou republikou").
ENDINGS = ("ovej", "ovou", "ovú", "ová", "ovi", "ove", "om", "ou", "och", "ách", "iach",
           "ami", "ám", "iam", "ov", "ej",
           "a", "u", "e", "y", "i", "o", "é", "á", "í", "ú",
           "ého", "ému", "ým", "ými", "ých", "ská", "ské", "ského", "skom", "skou", "skej",
           "skú")
# The vowel of a last syllable drops out before an ending: "v Kodani" (Kodaň), "z Egypta".
STEM_ALTERNATIONS = (("", "e"), ("", "o"))
__all__ = ("CONNECTORS", "NAME_LISTS")

# Titles and honorifics before a person's name, in the cases they take before it
# ("s premiérom Ficom", "prezidentovi Pellegrinimu").
PERSON_TITLES = frozenset((
    *(stem + e for stem in ("prezident", "premiér", "minister", "ministr", "senátor",
                            "generál", "tréner", "guvernér", "riaditeľ", "starost",
                            "predsed", "veľvyslan", "kancelár", "poslan", "hovorc")
      for e in ("", "a", "om", "ovi", "u", "ka", "ky", "kou", "ke", "i")),
    "ministerka", "ministerky", "ministerkou", "predsedníčka", "predsedníčky",
    "predsedníčkou", "prezidentka", "prezidentky", "prezidentkou", "premiérka",
    "kráľ", "kráľa", "kráľom", "kráľovná", "kráľovnej", "pápež", "pápeža", "pápežom",
    "sudca", "sudcu", "sudcom", "sudkyňa", "hovorca", "hovorkyňa", "hovorkyne",
    "pán", "pána", "pánom", "pani", "dr", "prof", "ing", "mgr",
))
# Words that make a name an organisation's, in their main cases.
ORGANISATION_WORDS = frozenset((
    *(stem + e for stem in ("ministerstv", "hnuti")
      for e in ("o", "a", "u", "e", "om")),
    *(stem + e for stem in ("stran", "bank", "univerzit", "agentúr", "armád", "rad")
      for e in ("a", "y", "e", "u", "ou")),
    *(stem + e for stem in ("výbor", "súd", "parlament", "senát", "fond", "zväz", "klub",
                            "inštitút", "úrad")
      for e in ("", "u", "e", "om")),
    "komisia", "komisie", "organizácia", "organizácie", "spoločnosť", "spoločnosti",
    "polícia", "polície", "únia", "únie", "únii",
))
# Words right before a place's name: locative and directional prepositions ("s" is left
# out: with the instrumental it is "with" a person), "city", "region".
PLACE_WORDS = frozenset((
    "v", "vo", "do", "mesto", "mesta", "meste", "hlavné", "metropola", "kraji", "kraja",
    "regióne", "regiónu", "oblasti", "provincii", "štáte", "štátu",
))

# Endings that make an adjective or a demonym of a place name (checker/compare/
# place_adjectives.py), in their cases: "ru-ské" (Rusko), "kenské" (Keňa), "čílskej"
# (Čile), "americ-ký", "Slovák", "Talian".
DEMONYM_SUFFIXES = (
    *(stem + ending
      for stem in ("sk", "ck", "ansk", "ijsk")
      for ending in hard_adjective_endings()),
    "skí", "ckí", "ák", "áci", "an", "ania", "anka", "ka",
)

# Function words and other common words that start sentences with a capital: never names
# there. From spaCy's stop-word list for 'sk' (MIT licence).
FUNCTION_WORDS = frozenset((
    'a', 'aby', 'aj', 'ak', 'akej', 'akejže', 'ako', 'akom', 'akomže', 'akou', 'akouže',
    'akože', 'aká', 'akáže', 'aké', 'akého', 'akéhože', 'akému', 'akémuže', 'akéže', 'akú',
    'akúže', 'aký', 'akých', 'akýchže', 'akým', 'akými', 'akýmiže', 'akýmže', 'akýže', 'ale',
    'alebo', 'ani', 'asi', 'avšak', 'až', 'ba', 'bez', 'bezo', 'bol', 'bola', 'boli', 'bolo',
    'bude', 'budem', 'budeme', 'budete', 'budeš', 'budú', 'buď', 'by', 'byť', 'cez', 'cezo',
    'dnes', 'do', 'ešte', 'ho', 'hoci', 'i', 'iba', 'ich', 'im', 'inej', 'inom', 'iná', 'iné',
    'iného', 'inému', 'iní', 'inú', 'iný', 'iných', 'iným', 'inými', 'ja', 'je', 'jeho', 'jej',
    'jemu', 'ju', 'k', 'kam', 'kamže', 'každou', 'každá', 'každé', 'každého', 'každému',
    'každí', 'každú', 'každý', 'každých', 'každým', 'každými', 'kde', 'kej', 'kejže', 'keď',
    'keďže', 'kie', 'kieho', 'kiehože', 'kiemu', 'kiemuže', 'kieže', 'koho', 'kom', 'komu',
    'kou', 'kouže', 'kto', 'ktorej', 'ktorou', 'ktorá', 'ktoré', 'ktorí', 'ktorú', 'ktorý',
    'ktorých', 'ktorým', 'ktorými', 'ku', 'ká', 'káže', 'ké', 'kéže', 'kú', 'kúže', 'ký',
    'kýho', 'kýhože', 'kým', 'kýmu', 'kýmuže', 'kýže', 'lebo', 'leda', 'ledaže', 'len', 'ma',
    'majú', 'mal', 'mala', 'mali', 'mať', 'medzi', 'mi', 'mne', 'mnou', 'moja', 'moje',
    'mojej', 'mojich', 'mojim', 'mojimi', 'mojou', 'moju', 'možno', 'mu', 'musia', 'musieť',
    'musí', 'musím', 'musíme', 'musíte', 'musíš', 'my', 'má', 'mám', 'máme', 'máte', 'máš',
    'môcť', 'môj', 'môjho', 'môže', 'môžem', 'môžeme', 'môžete', 'môžeš', 'môžu', 'mňa', 'na',
    'nad', 'nado', 'najmä', 'nami', 'naša', 'naše', 'našej', 'naši', 'našich', 'našim',
    'našimi', 'našou', 'ne', 'nech', 'neho', 'nej', 'nejakej', 'nejakom', 'nejakou', 'nejaká',
    'nejaké', 'nejakého', 'nejakému', 'nejakú', 'nejaký', 'nejakých', 'nejakým', 'nejakými',
    'nemu', 'než', 'nich', 'nie', 'niektorej', 'niektorom', 'niektorou', 'niektorá',
    'niektoré', 'niektorého', 'niektorému', 'niektorú', 'niektorý', 'niektorých', 'niektorým',
    'niektorými', 'nielen', 'niečo', 'nim', 'nimi', 'nič', 'ničoho', 'ničom', 'ničomu',
    'ničím', 'no', 'nám', 'nás', 'náš', 'nášho', 'ním', 'o', 'od', 'odo', 'on', 'ona', 'oni',
    'ono', 'ony', 'oň', 'oňho', 'po', 'pod', 'podo', 'podľa', 'pokiaľ', 'popod', 'popri',
    'potom', 'poza', 'pre', 'pred', 'predo', 'preto', 'pretože', 'prečo', 'pri', 'práve', 's',
    'sa', 'seba', 'sebe', 'sebou', 'sem', 'si', 'sme', 'so', 'som', 'ste', 'svoj', 'svoja',
    'svoje', 'svojho', 'svojich', 'svojim', 'svojimi', 'svojou', 'svoju', 'svojím', 'sú', 'ta',
    'tak', 'takej', 'takejto', 'taká', 'takáto', 'také', 'takého', 'takéhoto', 'takému',
    'takémuto', 'takéto', 'takí', 'takú', 'takúto', 'taký', 'takýto', 'takže', 'tam', 'teba',
    'tebe', 'tebou', 'teda', 'tej', 'tejto', 'ten', 'tento', 'ti', 'tie', 'tieto', 'tiež',
    'to', 'toho', 'tohoto', 'tohto', 'tom', 'tomto', 'tomu', 'tomuto', 'toto', 'tou', 'touto',
    'tu', 'tvoj', 'tvoja', 'tvoje', 'tvojej', 'tvojho', 'tvoji', 'tvojich', 'tvojim',
    'tvojimi', 'tvojím', 'ty', 'tá', 'táto', 'tí', 'títo', 'tú', 'túto', 'tých', 'tým', 'tými',
    'týmto', 'u', 'už', 'v', 'vami', 'vaša', 'vaše', 'vašej', 'vaši', 'vašich', 'vašim',
    'vaším', 'veď', 'viac', 'vo', 'vy', 'vám', 'vás', 'váš', 'vášho', 'však', 'všetci',
    'všetka', 'všetko', 'všetky', 'všetok', 'z', 'za', 'začo', 'začože', 'zo', 'áno', 'čej',
    'či', 'čia', 'čie', 'čieho', 'čiemu', 'čiu', 'čo', 'čoho', 'čom', 'čomu', 'čou', 'čože',
    'čí', 'čím', 'čími', 'ďalšia', 'ďalšie', 'ďalšieho', 'ďalšiemu', 'ďalšiu', 'ďalšom',
    'ďalšou', 'ďalší', 'ďalších', 'ďalším', 'ďalšími', 'ňom', 'ňou', 'ňu', 'že',
))

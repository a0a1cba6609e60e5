"""How Polish writes names: case endings ("w Warszawie", "do Krakowa", "z Tuskiem") are
removed before matching, with the consonant a locative ending changes ("w Pradze": Praga)."""

SIMPLEMMA = "pl"
MIN_STEM = 3
# Noun case endings ("Poznaniu": Poznań, "Norwegii": Norwegia), and the adjective endings of
# names of several words and of surnames ("Stanów Zjednoczonych", "Lewandowskiego").
ENDINGS = ("ami", "ach", "ów", "owi", "iem", "em", "om", "ie", "ii", "ia", "ią", "ię", "iu",
           "a", "u", "e", "y", "i", "ę", "ą", "o",
           "ych", "ymi", "ego", "emu", "ym", "ej", "ich", "imi", "iego", "iemu", "im")
# Before the locative ending, a name's last consonant changes: g -> dz ("w Pradze", Praga),
# k -> c ("w Ameryce", Ameryka), r -> rz ("w Kairze"), d -> dz ("w Bagdadzie"),
# t -> c ("w Egipcie"), st -> ść ("w Budapeszcie" keeps sz); ch -> sz in the plural
# ("we Włoszech": Włochy; "w Niemczech": Niemcy; "na Węgrzech": Węgry);
ENDING_ALTERNATIONS = {"dze": "g", "ce": "k", "rze": "r", "dzie": "d", "cie": "t",
                       "szech": "ch", "czech": "c", "rzech": "r",
                       # the genitive plural puts a vowel back: "z Niemiec" (Niemcy),
                       # "z Węgier" (Węgry)
                       "iec": "c", "ier": "r"}
CONNECTORS = ("de", "von", "van", "der", "da", "di", "bin", "ibn", "al")

# Function words and other common words that start sentences with a capital: never names
# there. From spaCy's stop-word list for 'pl' (MIT licence).
FUNCTION_WORDS = frozenset((
    'a', 'aby', 'ach', 'acz', 'aczkolwiek', 'aj', 'albo', 'ale', 'alez', 'ależ', 'ani', 'az', 'aż',
    'bardziej', 'bardzo', 'beda', 'bede', 'bedzie', 'bez', 'bo', 'bowiem', 'by', 'byc', 'byl',
    'byla', 'byli', 'bylo', 'byly', 'bym', 'bynajmniej', 'być', 'był', 'była', 'było', 'były',
    'będzie', 'będą', 'będę', 'cala', 'cali', 'caly', 'cała', 'cały', 'chce', 'choć', 'ci', 'cie',
    'ciebie', 'cię', 'co', 'cokolwiek', 'coraz', 'cos', 'coś', 'czasami', 'czasem', 'czemu', 'czy',
    'czyli', 'często', 'daleko', 'dla', 'dlaczego', 'dlatego', 'do', 'dobrze', 'dokad', 'dokąd',
    'dosc', 'dość', 'duzo', 'dużo', 'dwa', 'dwaj', 'dwie', 'dwoje', 'dzis', 'dzisiaj', 'dziś',
    'gdy', 'gdyby', 'gdyz', 'gdyż', 'gdzie', 'gdziekolwiek', 'gdzies', 'gdzieś', 'go', 'godz', 'i',
    'ich', 'ile', 'im', 'inna', 'inne', 'inny', 'innych', 'iv', 'ix', 'iz', 'iż', 'ja', 'jak',
    'jakas', 'jakaś', 'jakby', 'jaki', 'jakichs', 'jakichś', 'jakie', 'jakis', 'jakiz', 'jakiś',
    'jakiż', 'jakkolwiek', 'jako', 'jakos', 'jakoś', 'je', 'jeden', 'jedna', 'jednak', 'jednakze',
    'jednakże', 'jedno', 'jednym', 'jedynie', 'jego', 'jej', 'jemu', 'jesli', 'jest', 'jestem',
    'jeszcze', 'jezeli', 'jeśli', 'jeżeli', 'juz', 'już', 'ją', 'kazdy', 'każdy', 'kiedy',
    'kierunku', 'kilka', 'kilku', 'kims', 'kimś', 'kto', 'ktokolwiek', 'ktora', 'ktore', 'ktorego',
    'ktorej', 'ktory', 'ktorych', 'ktorym', 'ktorzy', 'ktos', 'ktoś', 'która', 'które', 'którego',
    'której', 'który', 'których', 'którym', 'którzy', 'ku', 'lecz', 'lub', 'ma', 'mają', 'mam',
    'mamy', 'mało', 'mi', 'miał', 'miedzy', 'mimo', 'między', 'mna', 'mnie', 'mną', 'moga', 'mogą',
    'moi', 'moim', 'moj', 'moja', 'moje', 'moze', 'mozliwe', 'mozna', 'może', 'możliwe', 'można',
    'mu', 'musi', 'my', 'mój', 'na', 'nad', 'nam', 'nami', 'nas', 'nasi', 'nasz', 'nasza', 'nasze',
    'naszego', 'naszych', 'natomiast', 'natychmiast', 'nawet', 'nia', 'nic', 'nich', 'nie',
    'niech', 'niego', 'niej', 'niemu', 'nigdy', 'nim', 'nimi', 'niz', 'nią', 'niż', 'no', 'o',
    'obok', 'od', 'ok', 'około', 'on', 'ona', 'one', 'oni', 'ono', 'oraz', 'oto', 'owszem', 'pan',
    'pana', 'pani', 'po', 'pod', 'podczas', 'pomimo', 'ponad', 'poniewaz', 'ponieważ', 'powinien',
    'powinna', 'powinni', 'powinno', 'poza', 'prawie', 'przeciez', 'przecież', 'przed', 'przede',
    'przedtem', 'przez', 'przy', 'raz', 'razie', 'roku', 'rowniez', 'również', 'sam', 'sama',
    'sie', 'się', 'skad', 'skąd', 'soba', 'sobie', 'sobą', 'sposob', 'sposób', 'swoje', 'są', 'ta',
    'tak', 'taka', 'taki', 'takich', 'takie', 'takze', 'także', 'tam', 'te', 'tego', 'tej', 'tel',
    'temu', 'ten', 'teraz', 'też', 'to', 'toba', 'tobie', 'tobą', 'totez', 'toteż', 'totobą',
    'trzeba', 'tu', 'tutaj', 'twoi', 'twoim', 'twoj', 'twoja', 'twoje', 'twym', 'twój', 'ty',
    'tych', 'tylko', 'tym', 'tys', 'tzw', 'tę', 'u', 'vi', 'vii', 'viii', 'w', 'wam', 'wami',
    'was', 'wasi', 'wasz', 'wasza', 'wasze', 'we', 'według', 'wie', 'wiele', 'wielu', 'więc',
    'więcej', 'wlasnie', 'wszyscy', 'wszystkich', 'wszystkie', 'wszystkim', 'wszystko', 'wtedy',
    'wy', 'właśnie', 'wśród', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'z', 'za', 'zaden', 'zadna',
    'zadne', 'zadnych', 'zapewne', 'zawsze', 'zaś', 'ze', 'zeby', 'znow', 'znowu', 'znów',
    'zostal', 'został', 'żaden', 'żadna', 'żadne', 'żadnych', 'że', 'żeby',
))

# Word lists asked whether a capitalised word is a known name (language data).
NAME_LISTS = ("en", "es")

# Kinds of names (checker/compare/name_kinds.py): a name changed into another only of its kind.
# Titles and honorifics before a person's name, in the cases they take before it
# ("z premierem Tuskiem", "prezydenta Dudy").
PERSON_TITLES = frozenset((
    'ambasador', 'ambasadora', 'arcybiskup', 'biskup', 'burmistrz', 'burmistrza', 'dr',
    'generał', 'generała', 'gen', 'gubernator', 'gubernatora', 'kanclerz', 'kanclerza',
    'kanclerzem', 'król', 'króla', 'królem', 'królowa', 'królowej', 'książę', 'księcia',
    'lider', 'lidera', 'liderka', 'liderem', 'marszałek', 'marszałka', 'minister', 'ministra',
    'ministrem', 'pan', 'pana', 'panem', 'pani', 'panią', 'papież', 'papieża', 'papieżem',
    'piłkarz', 'piłkarza', 'pisarz', 'poseł', 'posła', 'posłanka', 'premier', 'premiera',
    'premierem', 'premierowi', 'prezes', 'prezesowi', 'prezydentowi', 'ministrowi',
    'kanclerzowi', 'panu', 'prezesa', 'prezesem', 'prezydent', 'prezydenta', 'prezydentem',
    'prof', 'profesor', 'prokurator', 'przewodniczący', 'przewodniczącego', 'reżyser',
    'rzecznik', 'rzecznika', 'rzeczniczka', 'sekretarz', 'sekretarza', 'senator', 'senatora',
    'sędzia', 'sędziego', 'szef', 'szefa', 'szefem', 'szefowa', 'trener', 'trenera',
    'wicepremier', 'wojewoda',
))
# Words that make a name an organisation's, in their main cases.
ORGANISATION_WORDS = frozenset((
    'agencja', 'agencji', 'armia', 'armii', 'bank', 'banku', 'fundacja', 'fundacji',
    'grupa', 'grupy', 'instytut', 'instytutu', 'klub', 'klubu', 'komisja', 'komisji',
    'komitet', 'komitetu', 'ministerstwo', 'ministerstwa', 'ministerstwie', 'organizacja',
    'organizacji', 'parlament', 'parlamentu', 'partia', 'partii', 'policja', 'policji',
    'rada', 'rady', 'radzie', 'sejm', 'sejmu', 'senat', 'senatu', 'spółka', 'spółki',
    'stowarzyszenie', 'stowarzyszenia', 'sąd', 'sądu', 'trybunał', 'trybunału',
    'uniwersytet', 'uniwersytetu', 'urząd', 'urzędu', 'związek', 'związku',
))
# Words right before a place's name: locative and directional prepositions ("z" is left
# out: with its instrumental it is "with" a person), "capital", "city", "region".
PLACE_WORDS = frozenset((
    'do', 'miasto', 'miasta', 'mieście', 'na', 'prowincji', 'region', 'regionie', 'stolica',
    'stolicy', 'w', 'we', 'województwie',
))

# Endings that make an adjective or a demonym of a place name (checker/compare/
# place_adjectives.py), in their cases: "pol-ski" (Polska), "francu-ski", "warszaw-ski",
# "niemie-cki", "amerykań-ski", "warszawi-ak", "polk-a".
DEMONYM_SUFFIXES = (
    *(stem + ending
      for stem in ("sk", "ck", "ańsk", "ijsk")
      for ending in ("i", "a", "ie", "iego", "iej", "iemu", "im", "ich", "imi", "ą")),
    "anin", "anie", "anka", "ak", "acy", "czyk", "czycy",
)

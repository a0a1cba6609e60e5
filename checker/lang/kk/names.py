"""How Kazakh writes names: case, plural and possessive endings glued to the name without an
apostrophe, in vowel harmony and after the name's last sound ("Астанада", "Парижде",
"Мәскеуге", "Ақтауға", "Лондоннан", "Тоқаевпен", "Францияның", "Германиямен",
"Астанадағы")."""

MIN_STEM = 3

# Locative -да/-де/-та/-те (and -нда/-нде after a possessive), its attributive -дағы/-дегі
# ("Астанадағы": in Astana, as an adjective), ablative -дан/-ден/-тан/-тен/-нан/-нен, dative
# -ға/-ге/-қа/-ке/-на/-не, genitive -ның/-нің/-дың/-дің/-тың/-тің, accusative -ны/-ні/-ды/
# -ді/-ты/-ті, instrumental -мен/-бен/-пен, plural -лар/-лер/-дар/-дер/-тар/-тер, and
# "-ға дейін"'s dative; the two-letter forms after a possessive ("-ын", "-ына") are left out:
# too short to be cut off a name surely.
_LOCATIVE = ("да", "де", "та", "те", "нда", "нде")
_ENDINGS = (
    *_LOCATIVE,
    *(e + "ғы" for e in _LOCATIVE if e.endswith("а")),
    *(e + "гі" for e in _LOCATIVE if e.endswith("е")),
    "дан", "ден", "тан", "тен", "нан", "нен",
    "ға", "ге", "қа", "ке", "на", "не",
    "ның", "нің", "дың", "дің", "тың", "тің",
    "ны", "ні", "ды", "ді", "ты", "ті",
    "мен", "бен", "пен",
    "лар", "лер", "дар", "дер", "тар", "тер",
    "ларда", "лерде", "дарда", "дерде", "тарда", "терде",
    "лардың", "лердің", "дардың", "дердің", "тардың", "тердің",
    "лармен", "лермен", "дармен", "дермен", "тармен", "термен",
    # a vowel put between a name's final consonants and its ending ("Минскіде" in Minsk)
    "іде", "іден", "іге", "інің",
)
ENDINGS = tuple(dict.fromkeys(_ENDINGS))
CONNECTORS = ("фон", "де", "ван", "бин", "ибн", "von", "van", "der", "de")

# Titles before a person's name (lower case): the name names a person.
PERSON_TITLES = frozenset((
    "президент", "премьер-министр", "министр", "вице-министр", "вице-премьер", "төраға",
    "төрағасы", "әкім", "әкімі", "депутат", "сенатор", "генерал", "канцлер", "патриарх",
    "папа", "король", "ханшайым", "елші", "елшісі", "хатшы", "хатшысы", "бас", "спикер",
    "мырза", "ханым", "профессор", "судья", "прокурор", "басшы", "басшысы", "директор",
))
# Words that make a name an organisation's (lower case).
ORGANISATION_WORDS = frozenset((
    "партия", "партиясы", "министрлігі", "министрлік", "комитеті", "комитет", "кеңесі",
    "кеңес", "парламенті", "парламент", "мәжіліс", "мәжілісі", "сенаты", "сенат", "банкі",
    "банк", "университеті", "университет", "компаниясы", "компания", "агенттігі",
    "қоры", "ұйымы", "одағы", "альянсы", "соты",
))
# Words right before a place's name (lower case).
PLACE_WORDS = frozenset(("қаласы", "қаласында", "облысы", "облысында", "елордасы", "астанасы"))

# Endings that make an adjective or demonym of a place's name ("Қазақстандық",
# "Алматылық", "Франциялық").
DEMONYM_SUFFIXES = ("лық", "лік", "дық", "дік", "тық", "тік", "лықтар", "ліктер", "дықтар",
                    "діктер", "тықтар", "тіктер")
# The attributive locative, the ablative and the instrumental go on a name's last word only:
# a capitalised word after one starts another name ("Тоқаевпен Путин"); the genitive is left
# out ("Қазақстан Республикасының Парламенті" is one name), and so are the two-letter
# endings, which given names spell too ("Дариға Назарбаева", "Ақбота"): a place's name of the
# data in any case form still starts a name of its own ("Ердоған Анкарада").
CLOSING_ENDINGS = ("дағы", "дегі", "тағы", "тегі", "дан", "ден", "тан", "тен", "нан", "нен",
                   "мен", "бен", "пен")

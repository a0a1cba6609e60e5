"""How English writes names: what a name's inflection and inner small words look like."""

SIMPLEMMA = "en"
APOSTROPHE_SUFFIXES = True  # "Trump's" -> "Trump"
ENDINGS = ("s",)  # plural/possessive without apostrophe: "Americans"
CONNECTORS = (
    "of", "for", "the", "de", "van", "von", "al", "bin",
    "del", "la", "le", "du", "der", "den", "da", "ibn",
)
# Letters English writes and does not say, or says otherwise, that other scripts write by
# their sound ("Wright" Райт, "Knight" Найт, "Hugh" Г'ю): a name is also matched as it sounds.
# A vowel a before a consonant and a final e, and ay, say ei ("Kane" Кейн, "Blake" Блейк,
# "Taylor" Тейлор).
SPOKEN_SPELLINGS = {"^wr": "r", "^kn": "n", "eigh": "ei", "igh": "ai", "ugh$": "yu",
                    "ughes$": "yuz", "ane$": "ein", "ake$": "eik", "ate$": "eit",
                    "ame$": "eim", "ale$": "eil", "ade$": "eid", "ace$": "eis", "ay": "ei"}

# Function words and other common words that start sentences with a capital: never names
# there. From spaCy's stop-word list for 'en' (MIT licence).
FUNCTION_WORDS = frozenset((
    "'d", "'ll", "'m", "'re", "'s", "'ve", 'a', 'about', 'above', 'across', 'after', 'afterwards',
    'again', 'against', 'all', 'almost', 'alone', 'along', 'already', 'also', 'although', 'always',
    'am', 'among', 'amongst', 'amount', 'an', 'and', 'another', 'any', 'anyhow', 'anyone',
    'anything', 'anyway', 'anywhere', 'are', 'around', 'as', 'at', 'back', 'be', 'became',
    'because', 'become', 'becomes', 'becoming', 'been', 'before', 'beforehand', 'behind', 'being',
    'below', 'beside', 'besides', 'between', 'beyond', 'both', 'bottom', 'but', 'by', 'ca', 'call',
    'can', 'cannot', 'could', 'did', 'do', 'does', 'doing', 'done', 'down', 'due', 'during',
    'each', 'eight', 'either', 'eleven', 'else', 'elsewhere', 'empty', 'enough', 'even', 'ever',
    'every', 'everyone', 'everything', 'everywhere', 'except', 'few', 'fifteen', 'fifty', 'first',
    'five', 'for', 'former', 'formerly', 'forty', 'four', 'from', 'front', 'full', 'further',
    'get', 'give', 'go', 'had', 'has', 'have', 'he', 'hence', 'her', 'here', 'hereafter', 'hereby',
    'herein', 'hereupon', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'however', 'hundred',
    'i', 'if', 'in', 'indeed', 'into', 'is', 'it', 'its', 'itself', 'just', 'keep', 'last',
    'latter', 'latterly', 'least', 'less', 'made', 'make', 'many', 'may', 'me', 'meanwhile',
    'might', 'mine', 'more', 'moreover', 'most', 'mostly', 'move', 'much', 'must', 'my', 'myself',
    "n't", 'name', 'namely', 'neither', 'never', 'nevertheless', 'next', 'nine', 'no', 'nobody',
    'none', 'noone', 'nor', 'not', 'nothing', 'now', 'nowhere', 'n‘t', 'n’t', 'of', 'off', 'often',
    'on', 'once', 'one', 'only', 'onto', 'or', 'other', 'others', 'otherwise', 'our', 'ours',
    'ourselves', 'out', 'over', 'own', 'part', 'per', 'perhaps', 'please', 'put', 'quite',
    'rather', 're', 'really', 'regarding', 'same', 'say', 'see', 'seem', 'seemed', 'seeming',
    'seems', 'serious', 'several', 'she', 'should', 'show', 'side', 'since', 'six', 'sixty', 'so',
    'some', 'somehow', 'someone', 'something', 'sometime', 'sometimes', 'somewhere', 'still',
    'such', 'take', 'ten', 'than', 'that', 'the', 'their', 'them', 'themselves', 'then', 'thence',
    'there', 'thereafter', 'thereby', 'therefore', 'therein', 'thereupon', 'these', 'they',
    'third', 'this', 'those', 'though', 'three', 'through', 'throughout', 'thru', 'thus', 'to',
    'together', 'too', 'top', 'toward', 'towards', 'twelve', 'twenty', 'two', 'under', 'unless',
    'until', 'up', 'upon', 'us', 'used', 'using', 'various', 'very', 'via', 'was', 'we', 'well',
    'were', 'what', 'whatever', 'when', 'whence', 'whenever', 'where', 'whereafter', 'whereas',
    'whereby', 'wherein', 'whereupon', 'wherever', 'whether', 'which', 'while', 'whither', 'who',
    'whoever', 'whole', 'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would',
    'yet', 'you', 'your', 'yours', 'yourself', 'yourselves', '‘d', '‘ll', '‘m', '‘re', '‘s', '‘ve',
    '’d', '’ll', '’m', '’re', '’s', '’ve',
))

# Endings that make an adjective or demonym from a place name (Russia -> Russian).
# "Peru-vian" adds a consonant before the ending; "Argent-ine", "Philipp-ine".
DEMONYM_SUFFIXES = ("n", "an", "ian", "ean", "ese", "ish", "i", "ic", "er", "ar", "ans", "ians",
                    "ns", "ers", "vian", "vians", "ine", "ines")

# Adjectives and demonyms of places are capitalised ("Peruvian", not "manager").
DEMONYMS_CAPITALISED = True

# Names of organisations and titles capitalise their common words ("Center Party").
TITLE_CASE_NAMES = True

# Word lists asked whether a capitalised word that English also has as a common word is a
# name ("Ankara", not the fabric): lists that keep names capitalised and nouns in lower case.
NAME_LISTS = ("es", "sr")

# Words made from names are capitalised too ("Russian", "Christian"): a lower-case word is no
# spelling of a name, so names are not matched to it loosely ("Iran" is not "years").
NAME_WORDS_CAPITALISED = True

# Kinds of names (checker/compare/name_kinds.py): a name changed into another only of its kind.
# Titles and honorifics before a person's name.
PERSON_TITLES = frozenset((
    'actor', 'actress', 'ambassador', 'archbishop', 'author', 'bishop', 'boxer', 'captain', 'ceo',
    'chairman', 'chairwoman', 'champion', 'chancellor', 'coach', 'colonel', 'commander',
    'congressman',
    'congresswoman', 'dame', 'defender', 'director', 'doctor', 'dr', 'envoy', 'father', 'fighter',
    'founder', 'general', 'goalkeeper', 'governor', 'judge', 'justice', 'king', 'lady', 'leader',
    'lieutenant', 'lord', 'manager', 'mayor', 'midfielder', 'minister', 'miss', 'mr', 'mrs', 'ms',
    'player', 'pope', 'premier', 'president', 'prime', 'prince', 'princess', 'producer', 'prof',
    'professor', 'prosecutor', 'psychologist', 'queen', 'rapper', 'rev', 'reverend', 'secretary',
    'senator', 'sergeant', 'singer', 'sir', 'spokesman', 'spokesperson', 'spokeswoman', 'striker',
    'vice-president', 'writer',
))
# Words that make a name an organisation's.
ORGANISATION_WORDS = frozenset((
    'agency', 'army', 'assembly', 'association', 'bank', 'club', 'college', 'commission',
    'committee', 'company', 'congress', 'corporation', 'council', 'court', 'department', 'fc',
    'federation', 'foundation', 'group', 'inc', 'institute', 'league', 'llc', 'ltd', 'ministry',
    'navy', 'organisation', 'organization', 'parliament', 'party', 'plc', 'police', 'school',
    'senate', 'union', 'university',
))
# Words right before a place's name (locative prepositions, "capital").
PLACE_WORDS = frozenset((
    'across', 'capital', 'city', 'county', 'from', 'in', 'inside', 'into', 'near', 'outside',
    'province', 'region', 'state', 'throughout', 'to', 'town', 'via', 'village',
))
# "New Taipei" is no Taipei, "New England" no England: a place of its own where the data
# knows only the place after "New".
NEW_PLACE_WORDS = frozenset(("New",))

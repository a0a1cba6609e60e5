"""How Albanian writes names: definite and case endings ("Prishtinë" -> "Prishtinën",
"Beograd" -> "Beogradi", "Ankara" -> "Ankaranë", "NATO-s")."""

SIMPLEMMA = "sq"
MIN_STEM = 3
ENDINGS = ("ës", "ën", "në", "it", "ut", "in", "un", "ve", "së", "ja", "ën", "ra", "ri", "rit",
           "ë", "i", "u", "a", "n", "s", "t", "e")
CONNECTORS = ("e", "i", "të", "për", "së")
# The linking article (nyja) of a name changes with the case of the word before it
# ("Kore e Veriut", genitive "Koresë së Veriut", "Shtetet e Bashkuara", "Shteteve të
# Bashkuara"): each stands for the others in CLDR's names.
LINKING_ARTICLES = ("e", "i", "të", "së")

# simplemma's Albanian list misses many inflected common words ("shefi", "ministrave",
# "jashtëm"): a lone capitalised word it does not know is not sure to be a name.
WORD_LIST_PARTIAL = True

# Function words and other common words that start sentences with a capital: never names
# there. From spaCy's stop-word list for 'sq' (MIT licence).
FUNCTION_WORDS = frozenset((
    'a', 'afert', 'ai', 'ajo', 'andej', 'anes', 'aq', 'as', 'asaj', 'ashtu', 'ata', 'ate', 'atij',
    'atje', 'ato', 'aty', 'atyre', 'b', 'be', 'behem', 'behet', 'bej', 'beje', 'bejne', 'ben',
    'bene', 'bere', 'beri', 'bie', 'c', 'ca', 'cdo', 'cfare', 'cila', 'cilat', 'cilave', 'cilen',
    'ciles', 'cilet', 'cili', 'cilin', 'cilit', 'deri', 'dhe', 'dic', 'dicka', 'dickaje', 'dike',
    'dikujt', 'dikush', 'disa', 'do', 'dot', 'drejt', 'duke', 'dy', 'e', 'edhe', 'ende', 'eshte',
    'etj', 'fare', 'gjate', 'gje', 'gjitha', 'gjithcka', 'gjithe', 'gjithnje', 'here', 'i', 'ia',
    'ishin', 'ishte', 'iu', 'ja', 'jam', 'jane', 'jap', 'je', 'jemi', 'jo', 'ju', 'k', 'ka', 'kam',
    'kane', 'kem', 'kemi', 'keq', 'kesaj', 'keshtu', 'kete', 'ketej', 'ketij', 'keto', 'ketu',
    'ketyre', 'kishin', 'kishte', 'kjo', 'krejt', 'kryer', 'kryesisht', 'kryhet', 'ku', 'kudo',
    'kundrejt', 'kur', 'kurre', 'kush', 'ky', 'la', 'le', 'lloj', 'm', 'ma', 'madhe', 'marr',
    'marre', 'mban', 'mbi', 'me', 'menjehere', 'merr', 'merret', 'mes', 'mi', 'midis', 'mire',
    'mjaft', 'mori', 'mos', 'mua', 'mund', 'na', 'ndaj', 'nder', 'ndermjet', 'ndersa', 'ndonje',
    'ndryshe', 'ne', 'nen', 'neper', 'nepermjet', 'nese', 'nga', 'nje', 'njera', 'nuk', 'ose',
    'pa', 'pak', 'papritur', 'para', 'pas', 'pasi', 'pasur', 'per', 'perbashket', 'perpara', 'po',
    'por', 'prane', 'prapa', 'prej', 'pse', 'qe', 'qene', 'qenet', 'rralle', 'rreth', 'rri', 's',
    'sa', 'saj', 'sapo', 'se', 'secila', 'sepse', 'sh', 'shih', 'shume', 'si', 'sic', 'sikur',
    'sipas', 'siper', 'sone', 't', 'ta', 'tani', 'te', 'tej', 'tek', 'teper', 'tere', 'ti', 'tij',
    'tilla', 'tille', 'tjera', 'tjeret', 'tjeter', 'tjetren', 'to', 'tone', 'ty', 'tyre', 'u',
    'ua', 'une', 'vazhdimisht', 'vend', 'vet', 'veta', 'vete', 'vetem', 'veten', 'vetes', 'vjen',
    'yne', 'zakonisht',
))

# Albanian writes the English and German w of a foreign name as u before a vowel
# ("Uells" for Wells): such a name's city is looked up as others spell it.
FOREIGN_SPELLINGS = {"ua": "wa", "ue": "we", "ui": "wi", "uo": "wo"}

# Albanian adjectives of places: -ar, -as, -an, -ez, -ian, -ik ("britanik", "ballkanik"),
# with their feminine and plural forms.
DEMONYM_SUFFIXES = ("ar", "are", "arë", "as", "ase", "an", "ane", "anë", "ez", "eze", "ian",
                    "ik", "ike", "ikë")

# Word lists asked whether a capitalised word is a known name (language data).
NAME_LISTS = ("en", "es", "sr")

# Kinds of names (checker/compare/name_kinds.py): a name changed into another only of its kind.
# Titles and honorifics before a person's name.
PERSON_TITLES = frozenset((
    'aktori', 'aktorja', 'ambasadori', 'autori', 'deputeti', 'gjenerali', 'gjyqtari',
    'guvernatori', 'kancelari', 'kryeministri', 'kryeministrja', 'kryetari', 'këngëtari',
    'këngëtarja', 'lideri', 'lojtari', 'mbreti', 'mbretëresha', 'ministri', 'ministrja', 'papa',
    'peshkopi', 'presidenti', 'presidentja', 'princesha', 'princi', 'profesori', 'prokurori',
    'psikologia', 'psikologu', 'regjisori', 'sekretari', 'senatori', 'shefi', 'shkrimtari',
    'themeluesi', 'trajneri', 'z', 'zonja', 'zoti', 'zëdhënësi',
))
# Words that make a name an organisation's.
ORGANISATION_WORDS = frozenset((
    'agjencia', 'banka', 'bashkimi', 'federata', 'fondacioni', 'gjykata', 'grupi', 'instituti',
    'klubi', 'komisioni', 'komiteti', 'kompania', 'kuvendi', 'këshilli', 'liga', 'ministria',
    'ministrisë', 'organizata', 'parlamenti', 'partia', 'partisë', 'policia', 'senati', 'shkolla',
    'shoqata', 'universiteti', 'ushtria',
))
# Words right before a place's name (locative prepositions, "capital").
PLACE_WORDS = frozenset((
    'drejt', 'kryeqytet', 'kryeqyteti', 'nga', 'në', 'qyteti',
))

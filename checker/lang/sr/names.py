"""How Serbian writes names, in both scripts (one folder for sr and sr-Cyrl): Cyrillic is
transliterated with cyrtranslit's Serbian table (Приштина -> Priština), case endings
("u Beogradu", "Prištini", "NATO-a") are removed before matching. Endings are written in Latin;
keys are Latin whichever script the text uses. Words matched on the text as written (titles,
connectors, the words of a kind of name) are written in Latin and also taken in Cyrillic."""

from checker.lang.sr import both as _both

SIMPLEMMA = "hbs"
CYRTRANSLIT = "sr"
MIN_STEM = 3
# Noun and adjective case endings; "im", "ih" end adjectives of a name in the dative,
# instrumental and genitive ("Sjedinjenim Državama", "Sjedinjenih Država").
ENDINGS = ("ima", "ama", "om", "em", "ovi", "ove", "ova", "ovima", "oj", "ske", "ski", "skoj",
           "skom", "sku", "ska", "og", "eg", "im", "ih", "u", "a", "e", "i", "o",
           # possessive adjectives of a name: "Vašingtonov otpor", "Kimovom vlašću"
           *(suffix + ending for suffix in ("ov", "ev")
             for ending in ("", "og", "om", "oj", "u", "o", "ih", "im")))
# in both scripts ("Šarl de Gol", "Шарл де Гол"); not "da" (that, to): "Leonardo da Vinči"
# is rarer in a Serbian text than "rekao je Petar da Vučić..."
CONNECTORS = _both(("za", "de", "fon", "van", "der", "bin", "ibn", "al"))

# Function words and other common words that start sentences with a capital: never names
# there. From spaCy's stop-word list for 'sr' (MIT licence).
FUNCTION_WORDS = frozenset((
    'а', 'авај', 'ако', 'ал', 'али', 'арх', 'ау', 'ах', 'аха', 'ај', 'бар', 'би', 'била', 'били',
    'било', 'бисмо', 'бисте', 'бих', 'бијасмо', 'бијасте', 'бијах', 'бијаху', 'бијаше', 'биће',
    'близу', 'број', 'брр', 'буде', 'будимо', 'будите', 'буду', 'будући', 'бум', 'бућ', 'вам',
    'вама', 'вас', 'ваша', 'ваше', 'вашим', 'вашима', 'ваљда', 'веома', 'вероватно', 'већ',
    'већина', 'ви', 'видео', 'више', 'врло', 'врх', 'га', 'где', 'гиц', 'год', 'горе', 'гђекоје',
    'да', 'дакле', 'дана', 'данас', 'дај', 'два', 'де', 'дедер', 'делимице', 'делимично', 'дем',
    'до', 'добар', 'добити', 'довечер', 'докле', 'доле', 'донекле', 'досад', 'доскоро', 'дотад',
    'дотле', 'дошао', 'доћи', 'другамо', 'другде', 'други', 'е', 'ево', 'ено', 'ето', 'ех', 'ехе',
    'еј', 'желела', 'желеле', 'желели', 'желело', 'желех', 'желећи', 'жели', 'за', 'заиста', 'зар',
    'затим', 'зато', 'захвалити', 'зашто', 'збиља', 'зимус', 'знати', 'зум', 'и', 'иде', 'из',
    'изван', 'изволи', 'између', 'изнад', 'икада', 'икакав', 'икаква', 'икакве', 'икакви',
    'икаквим', 'икаквима', 'икаквих', 'икакво', 'икаквог', 'икаквога', 'икаквом', 'икаквоме',
    'икаквој', 'или', 'им', 'има', 'имам', 'имао', 'испод', 'их', 'ију', 'ићи', 'кад', 'када',
    'кога', 'којекакав', 'којима', 'коју', 'кришом', 'лани', 'ли', 'мали', 'мањи', 'ме', 'мене',
    'мени', 'ми', 'мимо', 'мисли', 'много', 'могу', 'мора', 'морао', 'мој', 'моја', 'моје', 'моји',
    'моју', 'моћи', 'му', 'на', 'над', 'након', 'нам', 'нама', 'нас', 'наша', 'наше', 'нашег',
    'наши', 'наћи', 'не', 'негде', 'нека', 'некад', 'неке', 'неко', 'неког', 'неку', 'нема',
    'немам', 'неће', 'нећемо', 'нећете', 'нећеш', 'нећу', 'ни', 'никада', 'никога', 'никоје',
    'никоји', 'никоју', 'нисам', 'ниси', 'нисте', 'нису', 'ништа', 'ниједан', 'но', 'о', 'ова',
    'овако', 'овамо', 'овај', 'овде', 'ове', 'овим', 'овима', 'ово', 'овој', 'од', 'одмах', 'око',
    'около', 'он', 'онај', 'оне', 'оним', 'онима', 'оном', 'оној', 'ону', 'осим', 'остали',
    'отишао', 'па', 'пак', 'питати', 'по', 'поводом', 'под', 'подаље', 'пожељан', 'пожељна',
    'поиздаље', 'поименце', 'понекад', 'попреко', 'поред', 'после', 'потаман', 'потрбушке',
    'поуздано', 'почетак', 'поједини', 'правити', 'први', 'преко', 'према', 'прије', 'пут', 'пљус',
    'радије', 'с', 'са', 'сав', 'сада', 'сам', 'само', 'сасвим', 'сва', 'сваки', 'сви', 'свим',
    'свог', 'свом', 'свој', 'своја', 'своје', 'своју', 'сву', 'свугде', 'се', 'себе', 'себи', 'си',
    'смети', 'смо', 'ствар', 'стварно', 'сте', 'су', 'сутра', 'та', 'таèно', 'тако', 'такође',
    'тамо', 'твој', 'твоја', 'твоје', 'твоји', 'твоју', 'те', 'тебе', 'теби', 'ти', 'тима', 'то',
    'томе', 'тој', 'ту', 'у', 'увек', 'увијек', 'уз', 'уза', 'узалуд', 'уздуж', 'узети', 'умало',
    'унутра', 'употребити', 'упркос', 'учинио', 'учинити', 'хало', 'хвала', 'хеј', 'хм', 'хоп',
    'хоће', 'хоћемо', 'хоћете', 'хоћеш', 'хоћу', 'хтедосте', 'хтедох', 'хтедоше', 'хтела', 'хтеле',
    'хтели', 'хтео', 'хтејасмо', 'хтејасте', 'хтејаху', 'хура', 'често', 'чијем', 'чији', 'чијим',
    'чијима', 'шиц', 'штагод', 'што', 'штогод', 'ја', 'је', 'један', 'једини', 'једна', 'једне',
    'једни', 'једно', 'једном', 'јер', 'јесам', 'јеси', 'јесмо', 'јесу', 'јим', 'јој', 'ју',
    'јуче', 'његова', 'његово', 'њезин', 'њезина', 'њезино', 'њему', 'њен', 'њим', 'њима',
    'њихова', 'њихово', 'њој', 'њу', 'ће', 'ћемо', 'ћете', 'ћеш', 'ћу',
))

DEMONYM_SUFFIXES = ("ski", "ska", "sko", "ske", "skog", "skoj", "skom", "anin", "ac", "ka",
                    "ci", "ijski", "ijska", "ijske",
                    # "indonež-anski" (Indonezija), "meksi-čki" (Meksiko)
                    "anski", "anska", "anske", "anskog", "anskoj", "anskom",
                    "čki", "čka", "čke", "čkog", "čkoj", "čkom",
                    # the other cases of the adjective ("pari-skim", "ruskih", "srpsku")
                    "sku", "skim", "skih", "skima", "skoga", "skome",
                    "ijskog", "ijskoj", "ijskom", "ijsku", "ijskim", "ijskih",
                    "ansku", "anskim", "anskih", "anskima",
                    "čku", "čkim", "čkih", "čkima",
                    # a short name's last vowel turned into "e" ("kin-eski" from "Kina")
                    "eski", "eska", "esko", "eske", "eskog", "eskoj", "eskom", "esku",
                    "eskim", "eskih")

# simplemma's Serbo-Croatian list is in Latin letters: Cyrillic words are transliterated first.
WORD_LIST_LATIN = True

# Word lists asked whether a capitalised word is a known name (language data).
NAME_LISTS = ("en", "es")

# Kinds of names (checker/compare/name_kinds.py): a name changed into another only of its kind;
# each word in both scripts.
# Titles and honorifics before a person's name.
PERSON_TITLES = _both(frozenset((
    'ambasador', 'autor', 'biskup', 'borac', 'general', 'glumac', 'glumica', 'gospodin',
    'gospođa', 'gradonačelnik', 'guverner', 'igrač', 'kancelar', 'kralj', 'kraljica', 'lider',
    'ministar', 'ministarka', 'osnivač', 'papa', 'patrijarh', 'pevač', 'pevačica', 'pisac',
    'portparol', 'poslanik', 'predsednica', 'predsednik', 'premijer', 'princ', 'princeza',
    'profesor', 'psiholog', 'reditelj', 'sekretar', 'senator', 'sudija', 'trener', 'tužilac',
    'šef',
)))
# Words that make a name an organisation's.
ORGANISATION_WORDS = _both(frozenset((
    'agencija', 'banka', 'federacija', 'fondacija', 'grupa', 'institut', 'klub', 'komisija',
    'komitet', 'kompanija', 'liga', 'ministarstvo', 'organizacija', 'parlament', 'partija',
    'policija', 'savet', 'savez', 'senat', 'skupština', 'stranka', 'sud', 'udruženje', 'unija',
    'univerzitet', 'vojska', 'škola',
)))
# Words right before a place's name (locative prepositions, "capital").
PLACE_WORDS = _both(frozenset((
    'glavni', 'grad', 'iz', 'ka', 'na', 'provincija', 'region', 'u',
)))

# "ž" keyed as the "zh" of other transliterations (Russian ж, English "zh"), so that "dž"
# keys as "dzh", the sound English writes "j" (Džef/Jeff, Џон/John).
LETTER_VARIANTS = {"ž": "zh", "Ž": "Zh"}

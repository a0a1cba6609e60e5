"""Hindi name data. Devanagari spells every word by its sound and has no capitals: a
foreign name is written as it sounds ("ट्रंप" Trump), each word read to Latin letters by
rule (checker/translit.py) and compared with a Latin name by its consonants
(checker/spoken_names.py). Postpositions are written apart ("ट्रंप ने"); a person's title
comes before the name ("राष्ट्रपति ट्रंप"), an honorific after it ("गांधी जी").

The grammar words of the language (postpositions, auxiliaries,
pronouns, conjunctions), never a name. Without capitals any word may be read as a name
written by its sound; these are too common and too short to be one ("किया", did, is no
"China")."""

FUNCTION_WORDS = frozenset({
    # postpositions
    "का", "के", "की", "को", "में", "से", "ने", "पर", "तक", "लिए", "लिये", "द्वारा",
    "साथ", "बाद", "पहले", "बीच", "दौरान", "बारे", "वाले", "वाली", "वाला",
    # conjunctions and particles
    "और", "या", "कि", "भी", "तो", "ही", "लेकिन", "मगर", "एवं", "तथा", "नहीं", "न",
    # pronouns and determiners
    "यह", "वह", "ये", "वे", "इस", "उस", "इन", "उन", "इसके", "उसके", "उनके", "उनकी",
    "उनका", "उन्होंने", "उन्हें", "इसे", "उसे", "जो", "जिस", "जिसमें", "जिसे", "कोई",
    "कुछ", "सभी", "अपने", "अपनी", "अपना", "अब",
    # auxiliaries and the commonest verb forms
    "है", "हैं", "था", "थी", "थे", "हो", "होगा", "होगी", "होंगे", "हुआ", "हुई", "हुए",
    "किया", "किए", "किये", "गया", "गई", "गए", "गये", "कर", "करने", "करते",
    "करता", "करती", "कहा", "रहा", "रही", "रहे", "सकता", "सकती", "सकते", "जा", "जाता",
    "जाती", "जाते", "जाएगा", "जाएगी", "जाएंगे", "दिया", "दी", "दिए", "दिये", "लिया",
    "ली",
    # words after a title that name no one: post, election, residence, become, chosen,
    # former, new, today, yesterday, next, last, week, month, year (weekdays and months
    # are the date extractor's)
    "पद", "चुनाव", "आवास", "बनने", "बने", "बनी", "चुने", "पूर्व", "नए", "नई", "नया", "आज",
    "कल", "अगले", "अगली", "पिछले", "पिछली", "हफ्ते", "हफ़्ते", "सप्ताह", "महीने", "साल",
    "वर्ष",
})

SPELLED_BY_SOUND = True

# Titles and roles written right before a person's name ("राष्ट्रपति ट्रंप"): president,
# vice-president, prime minister, minister, Mr, Mrs, Ms, Dr, spokesperson, chancellor,
# ambassador, secretary-general, chair, governor, mayor, MP, senator, judge, coach,
# captain, director, CEO, professor, general, king, queen, prince, pope, correspondent,
# chief, leader, secretary, commissioner, actor, actress, writer, singer, player, lawyer.
PERSON_TITLES = frozenset((
    "राष्ट्रपति", "उपराष्ट्रपति", "प्रधानमंत्री", "मंत्री", "श्री", "श्रीमती", "सुश्री", "डॉ",
    "डॉ.", "डॉक्टर", "प्रवक्ता", "चांसलर", "राजदूत", "महासचिव", "अध्यक्ष", "उपाध्यक्ष",
    "गवर्नर", "राज्यपाल", "मेयर", "महापौर", "सांसद", "सीनेटर", "न्यायाधीश", "जज", "कोच",
    "कप्तान", "निदेशक", "सीईओ", "प्रोफेसर", "प्रोफ़ेसर", "जनरल", "राजा", "रानी",
    "राजकुमार", "पोप", "संवाददाता", "प्रमुख", "नेता", "सचिव", "आयुक्त", "कमिश्नर",
    "अभिनेता", "अभिनेत्री", "लेखक", "लेखिका", "गायक", "गायिका", "खिलाड़ी", "वकील",
    "मुख्यमंत्री", "विदेशमंत्री", "महानिदेशक", "शाह", "प्रिंस", "सुल्तान", "बादशाह",
    "सेनापति", "कमांडर", "एंकर", "पत्रकार", "शासक", "आर्चबिशप", "बिशप", "पादरी", "इमाम",
    "गोलकीपर", "धावक", "धाविका", "निर्देशक", "उपन्यासकार", "कवि", "संस्थापक", "न्यायमूर्ति",
    "कलाकार", "संगीतकार",
))

# Honorifics written right after a person's name ("गांधी जी", "खान साहब").
TITLES_AFTER = frozenset(("जी", "साहब", "साहिबा"))

# The ergative postposition and a verb of saying, right after a person's name: said,
# told, claimed, wrote, added, asked ("ट्रंप ने कहा" Trump said). The words right before
# one are a name unless a function word or a body's noun (checker/facts/titled_names.py).
NAME_FOLLOWERS = frozenset((
    "ने कहा", "ने बताया", "ने दावा", "ने लिखा", "ने जोड़ा", "ने पूछा", "ने स्वीकार",
    "ने चेतावनी", "ने आरोप",
))

# Bodies that say things as people do ("मंत्रालय ने कहा" the ministry said): such a word,
# or a word ending in one, is no person's name: ministry, department, government, police,
# company, commission, court, army, organisation, council, committee, bank, party, board,
# office, agency, union, officials, people, spokesperson's office.
COMMON_NOUN_SUFFIXES = (
    "मंत्रालय", "विभाग", "सरकार", "पुलिस", "कंपनी", "आयोग", "अदालत", "सेना", "संगठन",
    "परिषद", "समिति", "बैंक", "पार्टी", "दल", "बोर्ड", "कार्यालय", "एजेंसी", "संघ",
    "अधिकारी", "अधिकारियों", "लोगों", "प्रशासन", "दूतावास", "सूत्रों", "रिपोर्ट",
)

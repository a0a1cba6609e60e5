"""Hindi name data: the grammar words of the language (postpositions, auxiliaries,
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
})

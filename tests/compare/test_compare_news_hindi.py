"""Hindi news sentences, in our own words (none from an evaluation set): numbers, dates,
clock times and places.

Faithful pairs give no error; each planted change gives one: a number or scale word,
a month, weekday or year, an hour said with साढ़े/सवा/पौने ("साढ़े तीन बजे": 3:30), a
decade said after its number ("60 के दशक में": the 1960s), and a country or city swapped
on one side (names read in Devanagari, whose vowel signs are combining marks inside the
word: "भारत", "मुंबई")."""

from __future__ import annotations

import pytest
from support.news_pairs import assert_no_error, assert_planted_error, changed_cases

from checker.model import SegmentPair
from checker.pipeline import check_pair

ENGLISH = {
    "rally": "About 45,000 people attended the rally in Delhi on Thursday.",
    "budget": "The government approved a budget of 1.2 crore rupees.",
    "resigned": "The 54-year-old minister resigned on March 3.",
    "meeting": "The meeting will begin at 3:30 pm on Monday.",
    "train": "The train left at half past three in the morning.",
    "polls": "The polls closed at a quarter past five in the evening.",
    "landed": "The flight landed at a quarter to eight.",
    "forest": "The fire destroyed 350,000 hectares of forest.",
    "jail": "He spent three and a half years in jail.",
    "ship": "The ship was carrying 1,250 passengers.",
    "born": "He was born on Tuesday, 12 January 1965.",
    "town": "About 1.5 lakh people live in the town.",
    "region": "About 300 million people live in the region.",
    "film": "The film was made in the 1960s.",
    "decade": "Prices rose sharply in the 1970s.",
    "scheme": "The scheme covers 125,000 farmers.",
    "fund": "The fund has 120,000 members.",
    "exports": "Exports rose to $2.5 trillion.",
    "law": "The law came into force on 1 October.",
    "talks": "The talks were held on Thursday.",
    "exam": "The exam will be held on 15 February.",
    "elections": "Elections will be held in September 2027.",
}
VERSIONS = {"hi": {
    "rally": "गुरुवार को दिल्ली में हुई रैली में लगभग 45,000 लोग शामिल हुए।",
    "budget": "सरकार ने 1.2 करोड़ रुपये के बजट को मंजूरी दी।",
    "resigned": "54 वर्षीय मंत्री ने 3 मार्च को इस्तीफ़ा दे दिया।",
    "meeting": "बैठक सोमवार को दोपहर 3:30 बजे शुरू होगी।",
    "train": "ट्रेन सुबह साढ़े तीन बजे रवाना हुई।",
    "polls": "मतदान शाम सवा पांच बजे समाप्त हुआ।",
    "landed": "विमान पौने आठ बजे उतरा।",
    "forest": "आग ने साढ़े तीन लाख हेक्टेयर जंगल को नष्ट कर दिया।",
    "jail": "वह साढ़े तीन साल जेल में रहा।",
    "ship": "जहाज़ पर १,२५० यात्री सवार थे।",
    "born": "उनका जन्म मंगलवार, 12 जनवरी 1965 को हुआ था।",
    "town": "इस कस्बे में करीब डेढ़ लाख लोग रहते हैं।",
    "region": "इस क्षेत्र में लगभग 30 करोड़ लोग रहते हैं।",
    "film": "यह फिल्म 60 के दशक में बनी थी।",
    "decade": "1970 के दशक में कीमतें तेज़ी से बढ़ीं।",
    "scheme": "यह योजना सवा लाख किसानों को कवर करती है।",
    "fund": "इस कोष के 1 लाख 20 हज़ार सदस्य हैं।",
    "exports": "निर्यात बढ़कर 2.5 ट्रिलियन डॉलर हो गया।",
    "law": "यह कानून 1 अक्तूबर को लागू हुआ।",
    "talks": "वार्ता बृहस्पतिवार को हुई।",
    "exam": "परीक्षा 15 फरवरी को होगी।",
    "elections": "चुनाव सितम्बर 2027 में होंगे।",
}}
CHANGES = {"hi": [
    ("rally", "45,000", "54,000"),
    ("rally", "गुरुवार", "बुधवार"),
    ("budget", "1.2", "2.1"),
    ("resigned", "54", "45"),
    ("resigned", "मार्च", "अप्रैल"),
    ("meeting", "सोमवार", "मंगलवार"),
    ("meeting", "3:30", "4:30"),
    ("train", "साढ़े तीन", "साढ़े चार"),
    ("polls", "सवा पांच", "सवा छह"),
    ("landed", "पौने आठ", "पौने नौ"),
    ("forest", "साढ़े तीन", "साढ़े चार"),
    ("jail", "साढ़े तीन", "साढ़े चार"),
    ("ship", "१,२५०", "१,३५०"),
    ("born", "1965", "1966"),
    ("town", "डेढ़", "ढाई"),
    ("region", "30 करोड़", "3 करोड़"),
    ("film", "60", "70"),
    ("decade", "1970", "1980"),
    ("scheme", "सवा लाख", "डेढ़ लाख"),
    ("fund", "20 हज़ार", "30 हज़ार"),
    ("exports", "ट्रिलियन", "बिलियन"),
    ("law", "अक्तूबर", "नवंबर"),
    ("talks", "बृहस्पतिवार", "शुक्रवार"),
    ("exam", "फरवरी", "मार्च"),
    ("elections", "सितम्बर", "दिसम्बर"),
]}


@pytest.mark.parametrize("key", list(VERSIONS["hi"]))
def test_faithful_hindi_numbers_and_dates(key: str) -> None:
    assert_no_error(ENGLISH, VERSIONS, key, "hi")


@pytest.mark.parametrize(("key", "lang", "old", "new"), changed_cases(CHANGES))
def test_planted_hindi_number_or_date(key: str, lang: str, old: str, new: str) -> None:
    assert_planted_error(ENGLISH, VERSIONS, key, lang, old, new)


# English, Hindi, and an English place swapped for another of the same kind.
PLACES = [
    ("India and China signed an agreement on Friday.",
     "भारत और चीन ने शुक्रवार को एक समझौते पर हस्ताक्षर किए।", "China", "Japan"),
    ("Germany and France called for talks with Russia.",
     "जर्मनी और फ्रांस ने रूस के साथ बातचीत की अपील की।", "France", "Italy"),
    ("Two lakh people were evacuated from Mumbai.",
     "मुंबई से दो लाख लोगों को निकाला गया।", "Mumbai", "Chennai"),
    ("He traveled 500 kilometers from Kolkata to Patna.",
     "उन्होंने कोलकाता से पटना तक 500 किलोमीटर की यात्रा की।", "Patna", "Lucknow"),
    ("Japan's prime minister visited London in May.",
     "जापान के प्रधानमंत्री ने मई में लंदन का दौरा किया।", "London", "Berlin"),
    ("The 72-year-old actor died in Chennai.",
     "72 वर्षीय अभिनेता का चेन्नई में निधन हो गया।", "Chennai", "Mumbai"),
    ("Sharif met Putin in Moscow.",
     "शरीफ़ ने मॉस्को में पुतिन से मुलाकात की।", "Moscow", "Minsk"),
    ("The bank lent 2.5 billion dollars to Brazil.",
     "बैंक ने ब्राज़ील को 2.5 अरब डॉलर का कर्ज़ दिया।", "Brazil", "Argentina"),
    ("America and Britain imposed new sanctions.",
     "अमेरिका और ब्रिटेन ने नए प्रतिबंध लगाए।", "Britain", "France"),
    ("The envoy flew from Washington to Cairo on Sunday.",
     "दूत रविवार को वॉशिंगटन से काहिरा गए।", "Cairo", "Amman"),
    ("The envoy flew from Washington to Cairo on Sunday.",
     "दूत रविवार को वॉशिंगटन से काहिरा गए।", "Washington", "Ottawa"),
    ("The prime minister of Japan visited London in May.",
     "जापान के प्रधानमंत्री ने मई में लंदन का दौरा किया।", "Japan", "China"),
    ("Nepal's prime minister will visit Beijing next week.",
     "नेपाल के प्रधानमंत्री अगले हफ्ते बीजिंग जाएंगे।", "Beijing", "Tokyo"),
]


def _errors(english: str, hindi: str) -> list[str]:
    pair = SegmentPair("t", "en", english, "hi", hindi)
    return [f.message for f in check_pair(pair) if f.severity == "error"]


@pytest.mark.parametrize(("english", "hindi", "place", "other"), PLACES)
def test_hindi_places_read_and_swaps_are_errors(english: str, hindi: str, place: str,
                                                other: str) -> None:
    assert _errors(english, hindi) == []
    swapped = _errors(english.replace(place, other), hindi)
    assert any("entity" in m or other in m for m in swapped), swapped

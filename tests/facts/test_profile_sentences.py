"""Sentences of our own per language, written from the language's grammar and CLDR (never
taken from an evaluation set): each reads to the dates and numbers it says. They pin the
profile data filled by the completeness audit (spoken number forms, scale abbreviations,
digit ordinals, times of day in words)."""

from __future__ import annotations

import pytest

from checker.facts import extract_facts


def _read(text: str, lang: str) -> tuple[set[str], list[tuple[float, str]]]:
    facts = extract_facts(text, lang, ("number", "date"))
    dates = {str(f.value) for f in facts if f.category == "date"}
    numbers = sorted((float(f.value), f.kind) for f in facts if f.category == "number"
                     and isinstance(f.value, int | float))
    return dates, numbers


@pytest.mark.parametrize(
    ("lang", "text", "dates", "numbers"),
    [
        # Greek: spoken forms, half compounds, "δις", trillions, digit ordinals, day periods
        ("el", "Στην πορεία συμμετείχαν δεκαεφτά σύλλογοι.", set(), [(17.0, "cardinal")]),
        ("el", "Ο δήμος φύτεψε οχτακόσια δέντρα.", set(), [(800.0, "cardinal")]),
        ("el", "Η λίστα είχε εννεακόσιους υποψηφίους.", set(), [(900.0, "cardinal")]),
        ("el", "Η διαδρομή κράτησε τρεισήμισι ώρες.", set(), [(3.5, "cardinal")]),
        ("el", "Ο σταθμός κόστισε 1,2 δις ευρώ.", set(), [(1.2e9, "cardinal")]),
        ("el", "Το χρέος ξεπέρασε τα δύο τρισεκατομμύρια.", set(), [(2e12, "cardinal")]),
        ("el", "Ο 2ος γύρος των εκλογών.", set(), [(2.0, "ordinal")]),
        ("el", "Η ομάδα τερμάτισε 3η στη βαθμολογία.", set(), [(3.0, "ordinal")]),
        ("el", "Το γκολ ήρθε στο 25ο λεπτό.", set(), [(25.0, "ordinal")]),
        ("el", "Η πορεία ξεκινά στις 7 το απόγευμα.", {"T19:00"}, []),
        ("el", "Το πλοίο φεύγει στις 6 το πρωί.", {"T06:00"}, []),
        ("el", "Η πρεμιέρα είναι στις 9 το βράδυ της 1ης Ιουλίου.", {"T21:00", "--07-01"}, []),
        ("el", "Η έκθεση ανοίγει στις 5 Γενάρη.", {"--01-05"}, []),
        ("el", "Ο Μάρτης ήταν βροχερός.", {"--03"}, []),
        ("el", "Η γιορτή είναι στις 25 του Μαρτίου.", {"--03-25"}, []),
        ("el", "Ο ναός χτίστηκε στις αρχές του εικοστού αιώνα.", set(), [(20.0, "ordinal")]),
        ("el", "Η ομάδα κέρδισε για έβδομης συνεχόμενη χρονιά.", set(), [(7.0, "ordinal")]),
        ("el", "Τα αποτελέσματα του δεύτερου γύρου ανακοινώθηκαν.", set(), [(2.0, "ordinal")]),
        # Portuguese: ordinal days and places, "mil", weekdays in "-feira", times of day
        ("pt", "O desfile será no dia 1.º de julho.", {"--07-01"}, []),
        ("pt", "A prova terá a 2.ª volta em outubro.", {"--10"}, [(2.0, "ordinal")]),
        ("pt", "Cerca de 3 mil voluntários ajudaram.", set(), [(3000.0, "cardinal")]),
        ("pt", "A feira abre na quinta-feira, 4 de julho.", {"Thursday", "--07-04"}, []),
        ("pt", "A loja fecha às 7 da tarde.", {"T19:00"}, []),
        ("pt", "O comboio parte às 8 da noite.", {"T20:00"}, []),
        ("pt", "O voo chega às 6 da manhã.", {"T06:00"}, []),
        ("pt", "A sessão começa às 15h30min.", {"T15:30"}, []),
        ("pt", "A campanha arrecadou 1 milhão e meio de reais.", set(), [(1.5e6, "cardinal")]),
        ("pt", "O estádio custou R$ 1 bilhão e 300 milhões.", set(), [(1.3e9, "cardinal")]),
        ("pt", "Entre 10 mil e 200 mil pessoas.", set(), [(1e4, "cardinal"), (2e5, "cardinal")]),
        ("es", "La obra costó 2 millones y medio de euros.", set(), [(2.5e6, "cardinal")]),
        ("el", "Το πλοίο έφυγε στις 5.30 το πρωί.", {"T05:30"}, []),
        # Arabic: an ordinal day "of" its month
        ("ar", "افتتح المعرض في الخامس من مارس.", {"--03-05"}, []),
        ("ar", "تنتهي المهلة في الحادي عشر من يناير 2025.", {"2025-01-11"}, []),
        # a short weekday that is also an ordinal, ending its clause, is the weekday
        ("pt", "A decisão foi tomada na segunda.", {"Monday"}, []),
        ("pt", "Na sexta, a câmara votou a proposta.", {"Friday"}, []),
        ("pt", "Foi a segunda vez que a ponte fechou.", set(), [(2.0, "ordinal")]),
        # a day of the month in brackets after a weekday dates it (a day said without its
        # month), it counts nothing
        ("pt", "A ministra discursou nesta segunda-feira (7).", {"Monday", "---07"}, []),
        ("pt", "O museu reabriu no sábado (12).", {"Saturday", "---12"}, []),
        # tens and hundreds counted in groups; alone, or before a larger scale, vague
        ("pt", "Duas dezenas de barcos saíram do porto.", set(), [(20.0, "cardinal")]),
        ("pt", "Dezenas de milhares de fãs encheram a praça.", set(), []),
        ("es", "Llegaron dos centenares de voluntarios.", set(), [(200.0, "cardinal")]),
        ("fr", "Deux dizaines de bateaux ont quitté le port.", set(), [(20.0, "cardinal")]),
        ("it", "Tre centinaia di volontari sono arrivati.", set(), [(300.0, "cardinal")]),
        ("ru", "В гавань вошли два десятка лодок.", set(), [(20.0, "cardinal")]),
        ("ru", "На площадь пришли сотни тысяч людей.", set(), []),
        ("uk", "До гавані зайшли два десятки човнів.", set(), [(20.0, "cardinal")]),
        ("el", "Στο λιμάνι έφτασαν δύο δεκάδες σκάφη.", set(), [(20.0, "cardinal")]),
        ("el", "Δεκάδες χιλιάδες θεατές γέμισαν το γήπεδο.", set(), []),
        # half a scale word is a number of its own
        ("en", "The fund reached half a million donors.", set(), [(5e5, "cardinal")]),
        ("pt", "O fundo chegou a meio milhão de doadores.", set(), [(5e5, "cardinal")]),
        ("es", "El fondo llegó a medio millón de donantes.", set(), [(5e5, "cardinal")]),
        ("de", "Der Fonds erreichte eine halbe Million Spender.", set(), [(5e5, "cardinal")]),
        ("ru", "Фонд собрал полмиллиона подписей.", set(), [(5e5, "cardinal")]),
        ("el", "Το ταμείο έφτασε το μισό εκατομμύριο δωρητές.", set(), [(5e5, "cardinal")]),
        ("nl", "Het fonds bereikte een half miljoen donateurs.", set(), [(5e5, "cardinal")]),
        ("ar", "جمع الصندوق نصف مليون توقيع.", set(), [(5e5, "cardinal")]),
        # decades in digits with the language's endings; a number and a half in one word
        ("uk", "Завод збудували у 70-х роках.", {"1970"}, []),
        ("sr", "Fabrika je građena 70-ih godina.", {"1970"}, []),
        ("sr-Cyrl", "Фабрика је грађена 70-их година.", {"1970"}, []),
        ("tr", "Fabrika 70'li yıllarda kuruldu.", {"1970"}, []),
        ("nl", "De bouw duurde tweeënhalf jaar.", set(), [(2.5, "cardinal")]),
        # a word that is no number alone ("yüz": face) is one after a percent word
        ("tr", "Sonuçtan yüzde yüz eminim.", set(), [(100.0, "percent")]),
        ("tr", "Bakanla yüz yüze görüştü.", set(), []),
        # midnight and noon, in their case forms
        ("it", "Il negozio chiude a mezzanotte.", {"T00:00"}, []),
        ("it", "Il Mezzogiorno attende gli investimenti.", set(), []),
        ("ru", "Магазин работает до полуночи.", {"T00:00"}, []),
        # Latvian: month and weekday case forms, "g." after the year, glued thousands
        ("lv", "Tirgus notiks 2024. g. 14. martā.", {"2024-03-14"}, []),
        ("lv", "Skola atvērsies pirmdienā, 2. septembrī.", {"Monday", "--09-02"}, []),
        ("lv", "Biļetes maksāja trīstūkstoš divsimt eiro.", set(), [(3200.0, "cardinal")]),
        # Armenian: the year word with the Armenian full stop
        ("hy", "Շենքը կառուցվել է 1998 թ․ մայիսին։", {"1998-05"}, []),
        # Hebrew: construct thousands, the dual, scale words after digits
        ("he", "בטקס השתתפו ארבעת אלפים איש.", set(), [(4000.0, "cardinal")]),
        ("he", "הפרויקט עלה 1.5 מיליארד שקל.", set(), [(1.5e9, "cardinal")]),
    ],
)
def test_profile_sentences(lang, text, dates, numbers):
    assert _read(text, lang) == (dates, numbers)


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("el", "Ο άνεμος έφτασε τα 120 χιλιομέτρων την ώρα.", "km"),
        ("el", "Το δέμα ζύγιζε 40 κιλά.", "kg"),
        ("el", "Έπεσαν 30 εκατοστών χιόνι.", "cm"),
        ("pt", "O saco pesava 40 quilos.", "kg"),
    ],
)
def test_units_in_their_case_forms(lang, text, unit):
    """A unit word in a case form CLDR does not give, or in its everyday name, is the unit,
    so a converted quantity is not a changed number."""
    facts = [f for f in extract_facts(text, lang, ("number",))]
    assert [f.unit for f in facts] == [unit]


@pytest.mark.parametrize(
    ("lang", "text", "dates", "numbers"),
    [
        # Korean: myriad scales glued to digits and spaced by myriads, clock hours and minutes,
        # particles on weekday, month and time words; "이" (this) alone is no number
        ("ko", "시위에 약 3만 명이 참가했다.", set(), [(3e4, "cardinal")]),
        ("ko", "정부는 5천만 명에게 접종할 계획이다.", set(), [(5e7, "cardinal")]),
        ("ko", "이 마을에는 약 2만 5천 명이 산다.", set(), [(25000.0, "cardinal")]),
        ("ko", "예산은 1조 2천억 원에 달한다.", set(), [(1.2e12, "cardinal")]),
        ("ko", "공장은 25억 달러의 손실을 입었다.", set(), [(2.5e9, "cardinal")]),
        ("ko", "사고는 밤 11시 30분에 발생했다.", {"T23:30"}, []),
        ("ko", "열차는 오후 7시에 출발했다.", {"T19:00"}, []),
        ("ko", "회의는 수요일에 열린다.", {"Wednesday"}, []),
        ("ko", "선거는 3월에 치러진다.", {"--03"}, []),
        ("ko", "회담은 자정에 끝났다.", {"T00:00"}, []),
        ("ko", "시장은 정오에 연설했다.", {"T12:00"}, []),
        ("ko", "제2차 협상은 실패했다.", set(), [(2.0, "ordinal")]),
        # Hindi: one and a half, two and a half
        ("hi", "सभा में डेढ़ लाख लोग पहुंचे।", set(), [(150000.0, "cardinal")]),
        ("hi", "ब्याज दर ढाई प्रतिशत रही।", set(), [(2.5, "percent")]),
        # Persian: the ordinal with -ین before its noun
        ("fa", "دومین دور مذاکرات آغاز شد.", set(), [(2.0, "ordinal")]),
        # Hindi: "बजे" after the hour, evening before it, midnight
        ("hi", "बस शाम 7 बजे रवाना हुई।", {"T19:00"}, []),
        ("hi", "सभा सुबह 10 बजे शुरू होगी।", {"T10:00"}, []),
        ("hi", "मतगणना आधी रात को पूरी हुई।", {"T00:00"}, []),
        # Persian: the hour word before the hour, evening after it, midnight, half after
        ("fa", "اتوبوس ساعت ۷ عصر حرکت کرد.", {"T19:00"}, []),
        ("fa", "جلسه در نیمه‌شب تمام شد.", {"T00:00"}, []),
        ("fa", "کارخانه دو و نیم میلیارد دلار زیان کرد.", set(), [(2.5e9, "cardinal")]),
        # Bulgarian and Macedonian: hour words, evening and after-midnight words, definite
        # forms of weekdays and ordinals, midnight and noon
        ("bg", "Автобусът тръгна в 7 часа вечерта.", {"T19:00"}, []),
        ("bg", "Пожарът избухна в 2 часа след полунощ.", {"T02:00"}, []),
        ("bg", "Речта беше по обяд в петъка.", {"T12:00", "Friday"}, []),
        ("bg", "Третият кръг приключи в полунощ.", {"T00:00"}, [(3.0, "ordinal")]),
        ("mk", "Автобусот тргна во 7 часот навечер.", {"T19:00"}, []),
        ("mk", "Пожарот избувна во 2 часот по полноќ.", {"T02:00"}, []),
        ("mk", "Третиот круг заврши на полноќ во петокот.", {"T00:00", "Friday"},
         [(3.0, "ordinal")]),
        ("mk", "Двајца полицајци беа повредени.", set(), [(2.0, "cardinal")]),
        # Serbian: an hour after midnight is a morning hour, in digits or in words
        ("sr", "Požar je izbio u 3 sata posle ponoći.", {"T03:00"}, []),
        ("sr", "Požar je izbio u dva sata posle ponoći.", {"T02:00"}, []),
        ("sr", "Sednica je počela u pet sati popodne.", {"T17:00"}, []),
        ("sr", "Sednica je trajala dva sata.", set(), [(2.0, "cardinal")]),
        # Polish and Czech: ordinals in their gender and case forms, midnight, noon
        ("pl", "Trzecia runda zakończyła się o północy.", {"T00:00"}, [(3.0, "ordinal")]),
        ("pl", "Na północy kraju spadł śnieg.", set(), []),
        ("pl", "Prezydent przemawiał w południe.", {"T12:00"}, []),
        ("pl", "Pociąg odjechał o godzinie 19.", {"T19:00"}, []),
        ("pl", "Pożar wybuchł o 2 w nocy.", {"T02:00"}, []),
        ("it", "Il corteo è partito alle 9 del mattino.", {"T09:00"}, []),
        ("cs", "Třetí kolo skončilo o půlnoci.", {"T00:00"}, [(3.0, "ordinal")]),
        ("cs", "Druhého dne přišla zpráva.", set(), [(2.0, "ordinal")]),
        ("cs", "K výbuchu došlo ve 2 hodiny po půlnoci.", {"T02:00"}, []),
        # Lithuanian, Latvian, Hebrew: weekday case and adverb forms, midnight, the hour word
        ("lt", "Turgus veiks sekmadienį.", {"Sunday"}, []),
        ("lt", "Darbai baigėsi vidurnaktį.", {"T00:00"}, []),
        ("lv", "Tirgus notiks svētdien.", {"Sunday"}, []),
        ("lv", "Darbi beidzās pusnaktī.", {"T00:00"}, []),
        ("lv", "Sapulce sākās pulksten 19.", {"T19:00"}, []),
        ("he", "הטקס הסתיים בחצות.", {"T00:00"}, []),
    ],
)
def test_unseen_language_sentences(lang, text, dates, numbers):
    """Languages with no evaluation data: numbers with their scales, clock times with the
    words around them, and the forms of date words, read from the language's grammar."""
    assert _read(text, lang) == (dates, numbers)

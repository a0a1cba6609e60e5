"""Quantities converted by a translator, in case forms CLDR's plural unit names do not give
(instrumental, locative, accusative), in glued or construct forms, and in compounds: each
row is (language, English reference, faithful version, drifted twin). The team's own
writing: news-style sentences written for these tests, not taken from any corpus.

The faithful version converts and rounds as a translator does; its drifted twin changes the
converted figure (a wrong conversion), which must stay an error."""

from __future__ import annotations

import pytest

PAIRS: list[tuple[str, str, str, str]] = [
    # Czech: instrumental after "mezi", genitive plural, locative after "po"
    ("cs", "Temperatures will range between 46 and 52 °F on Friday.",
     "V pátek se teploty budou pohybovat mezi 8 a 11 stupni Celsia.",
     "V pátek se teploty budou pohybovat mezi 8 a 16 stupni Celsia."),
    ("cs", "The lorry was doing 68 mph when it left the road.",
     "Kamion jel rychlostí 109 kilometrů za hodinu, když sjel ze silnice.",
     "Kamion jel rychlostí 129 kilometrů za hodinu, když sjel ze silnice."),
    ("cs", "The trailer was loaded with 40,000 lb of steel pipes.",
     "Návěs byl naložen 18 tunami ocelových trubek.",
     "Návěs byl naložen 28 tunami ocelových trubek."),
    ("cs", "The fire has destroyed 500 acres of pine forest.",
     "Požár zničil 200 hektarů borového lesa.",
     "Požár zničil 350 hektarů borového lesa."),
    ("cs", "After 30 miles the motorway narrows to one lane.",
     "Po 48 kilometrech se dálnice zúží do jednoho pruhu.",
     "Po 68 kilometrech se dálnice zúží do jednoho pruhu."),
    ("cs", "He led the race over its last 10 miles.",
     "Závod vedl na posledních 10 mílích.",
     "Závod vedl na posledních 12 mílích."),
    ("cs", "The plane was cruising at 30,000 feet.",
     "Letadlo letělo ve výšce 9 100 metrů.",
     "Letadlo letělo ve výšce 7 100 metrů."),
    ("cs", "The village lies 12 miles north of the border.",
     "Obec leží 19 kilometrů severně od hranice.",
     "Obec leží 29 kilometrů severně od hranice."),
    # Lithuanian: accusative and instrumental, a tonne named after its adjective
    ("lt", "Winds reached 60 mph on the coast.",
     "Pajūryje vėjo greitis siekė 97 kilometrus per valandą.",
     "Pajūryje vėjo greitis siekė 117 kilometrų per valandą."),
    ("lt", "Temperatures will stay between 46 and 52 °F.",
     "Temperatūra laikysis tarp 8 ir 11 laipsnių Celsijaus.",
     "Temperatūra laikysis tarp 8 ir 16 laipsnių Celsijaus."),
    ("lt", "The barge carried 40,000 pounds of grain.",
     "Barža gabeno 18 tonų grūdų.",
     "Barža gabeno 28 tonas grūdų."),
    ("lt", "The new road is 12 miles long.",
     "Naujasis kelias yra 19 kilometrų ilgio.",
     "Naujasis kelias yra 29 kilometrų ilgio."),
    ("lt", "The farm covers 500 acres.",
     "Ūkis užima 202 hektarus.",
     "Ūkis užima 302 hektarus."),
    ("lt", "The runners covered 26 miles through the city.",
     "Bėgikai įveikė 42 kilometrus miesto gatvėmis.",
     "Bėgikai įveikė 52 kilometrus miesto gatvėmis."),
    ("lt", "The boat was spotted 30 miles off the coast.",
     "Valtis pastebėta už 48 kilometrų nuo kranto.",
     "Valtis pastebėta už 58 kilometrų nuo kranto."),
    # Bulgarian: "по Целзий", a tonne without its adjective
    ("bg", "Temperatures will be between 46 and 52 °F.",
     "Температурите ще бъдат между 8 и 11 градуса по Целзий.",
     "Температурите ще бъдат между 8 и 16 градуса по Целзий."),
    ("bg", "The truck was travelling at 68 mph.",
     "Камионът се е движел със 109 километра в час.",
     "Камионът се е движел със 129 километра в час."),
    ("bg", "The truck was carrying 40,000 lb of steel.",
     "Камионът е превозвал 18 тона стомана.",
     "Камионът е превозвал 28 тона стомана."),
    ("bg", "The fire burned 500 acres of forest.",
     "Пожарът унищожи 202 хектара гора.",
     "Пожарът унищожи 302 хектара гора."),
    ("bg", "The village is 12 miles from the border.",
     "Селото се намира на 19 километра от границата.",
     "Селото се намира на 29 километра от границата."),
    ("bg", "The plane flew at 30,000 feet.",
     "Самолетът летеше на височина 9100 метра.",
     "Самолетът летеше на височина 7100 метра."),
    # Hebrew: plurals with a final letter changed, construct forms, the km/h abbreviation
    ("he", "Temperatures will range between 46 and 52 °F.",
     "הטמפרטורות ינועו בין 8 ל-11 מעלות צלזיוס.",
     "הטמפרטורות ינועו בין 8 ל-16 מעלות צלזיוס."),
    ("he", "The truck was travelling at 68 mph.",
     'המשאית נסעה במהירות של 109 קמ"ש.',
     'המשאית נסעה במהירות של 129 קמ"ש.'),
    ("he", "The truck carried 40,000 lb of steel.",
     "המשאית נשאה 18 טונות של פלדה.",
     "המשאית נשאה 28 טונות של פלדה."),
    ("he", "The fire consumed 500 acres of forest.",
     "השריפה כילתה 200 הקטאר של יער.",
     "השריפה כילתה 300 הקטאר של יער."),
    ("he", "The village lies 12 miles from the border.",
     "הכפר שוכן 19 קילומטרים מהגבול.",
     "הכפר שוכן 29 קילומטרים מהגבול."),
    ("he", "Winds reached 60 mph.",
     "מהירות הרוחות הגיעה ל-97 קילומטר לשעה.",
     "מהירות הרוחות הגיעה ל-117 קילומטר לשעה."),
    ("he", "The settlers took over 500 acres of farmland.",
     "המתנחלים השתלטו על 2,000 דונם של אדמות חקלאיות.",
     "המתנחלים השתלטו על 3,000 דונם של אדמות חקלאיות."),
    # Persian: "degree" without its ezafe mark, Persian digits
    ("fa", "Temperatures will be between 46 and 52 °F.",
     "دما بین ۸ تا ۱۱ درجه سانتی‌گراد خواهد بود.",
     "دما بین ۸ تا ۱۶ درجه سانتی‌گراد خواهد بود."),
    ("fa", "Winds reached 60 mph.",
     "سرعت باد به ۹۷ کیلومتر در ساعت رسید.",
     "سرعت باد به ۱۱۷ کیلومتر در ساعت رسید."),
    ("fa", "The truck was carrying 40,000 lb of steel.",
     "کامیون ۱۸ تن فولاد حمل می‌کرد.",
     "کامیون ۲۸ تن فولاد حمل می‌کرد."),
    ("fa", "The fire burned 500 acres of forest.",
     "آتش ۲۰۲ هکتار از جنگل را سوزاند.",
     "آتش ۳۰۲ هکتار از جنگل را سوزاند."),
    ("fa", "The village is 12 miles from the border.",
     "این روستا در ۱۹ کیلومتری مرز قرار دارد.",
     "این روستا در ۲۹ کیلومتری مرز قرار دارد."),
    ("fa", "The road is 30 miles long.",
     "طول این جاده ۴۸ کیلومتر است.",
     "طول این جاده ۵۸ کیلومتر است."),
    # Polish: instrumental and locative
    ("pl", "Temperatures ranged between 46 and 52 °F.",
     "Temperatura wahała się między 8 a 11 stopniami Celsjusza.",
     "Temperatura wahała się między 8 a 16 stopniami Celsjusza."),
    ("pl", "The lorry was doing 68 mph.",
     "Ciężarówka jechała z prędkością 109 kilometrów na godzinę.",
     "Ciężarówka jechała z prędkością 129 kilometrów na godzinę."),
    ("pl", "The lorry was loaded with 40,000 lb of steel.",
     "Ciężarówka była załadowana 18 tonami stali.",
     "Ciężarówka była załadowana 28 tonami stali."),
    ("pl", "After 30 miles the road turns west.",
     "Po 48 kilometrach droga skręca na zachód.",
     "Po 58 kilometrach droga skręca na zachód."),
    ("pl", "The yacht was 200 miles from port.",
     "Jacht znajdował się 200 mil od portu.",
     "Jacht znajdował się 250 mil od portu."),
    ("pl", "The fire destroyed 500 acres of forest.",
     "Pożar strawił 202 hektary lasu.",
     "Pożar strawił 302 hektary lasu."),
    # Russian: instrumental and locative
    ("ru", "Temperatures will be between 46 and 52 °F.",
     "Температура будет колебаться между 8 и 11 градусами Цельсия.",
     "Температура будет колебаться между 8 и 16 градусами Цельсия."),
    ("ru", "The ship sank 30 miles off the coast.",
     "Судно затонуло в 30 милях от берега.",
     "Судно затонуло в 40 милях от берега."),
    ("ru", "The truck was carrying 40,000 lb of steel.",
     "Грузовик был загружен 18 тоннами стали.",
     "Грузовик был загружен 28 тоннами стали."),
    ("ru", "The village is 12 miles from the border.",
     "Деревня находится в 19 километрах от границы.",
     "Деревня находится в 29 километрах от границы."),
    ("ru", "The fire spread over 500 acres.",
     "Огонь распространился на 200 гектарах.",
     "Огонь распространился на 300 гектарах."),
    # Italian
    ("it", "Temperatures will be between 46 and 52 °F.",
     "Le temperature saranno comprese tra 8 e 11 gradi centigradi.",
     "Le temperature saranno comprese tra 8 e 16 gradi centigradi."),
    ("it", "The truck was travelling at 68 mph.",
     "Il camion viaggiava a 109 chilometri orari.",
     "Il camion viaggiava a 129 chilometri orari."),
    ("it", "The truck carried 40,000 lb of steel.",
     "Il camion trasportava 18 tonnellate di acciaio.",
     "Il camion trasportava 28 tonnellate di acciaio."),
    ("it", "The fire destroyed 500 acres of woodland.",
     "L'incendio ha distrutto 200 ettari di bosco.",
     "L'incendio ha distrutto 300 ettari di bosco."),
    ("it", "The village lies 12 miles from the border.",
     "Il paese si trova a 19 chilometri dal confine.",
     "Il paese si trova a 29 chilometri dal confine."),
    # Turkish: case suffixes on the unit
    ("tr", "Temperatures will be between 46 and 52 °F.",
     "Sıcaklıklar 8 ile 11 santigrat derece arasında olacak.",
     "Sıcaklıklar 8 ile 16 santigrat derece arasında olacak."),
    ("tr", "The truck was travelling at 68 mph.",
     "Kamyon saatte 109 kilometreyle ilerliyordu.",
     "Kamyon saatte 129 kilometreyle ilerliyordu."),
    ("tr", "The truck carried 40,000 lb of steel.",
     "Kamyon 18 tonluk çelik taşıyordu.",
     "Kamyon 28 tonluk çelik taşıyordu."),
    ("tr", "The village lies 12 miles from the border.",
     "Köy, sınıra 19 kilometre uzaklıkta.",
     "Köy, sınıra 29 kilometre uzaklıkta."),
    ("tr", "The fire destroyed 500 acres of forest.",
     "Yangın 202 hektarlık ormanı yok etti.",
     "Yangın 302 hektarlık ormanı yok etti."),
    # German: compounds and the dative plural
    ("de", "Temperatures will be between 46 and 52 °F.",
     "Die Temperaturen liegen zwischen 8 und 11 Grad Celsius.",
     "Die Temperaturen liegen zwischen 8 und 16 Grad Celsius."),
    ("de", "The lorry was travelling at 68 mph.",
     "Der Lastwagen war mit 109 Stundenkilometern unterwegs.",
     "Der Lastwagen war mit 129 Stundenkilometern unterwegs."),
    ("de", "The lorry was carrying 40,000 lb of steel.",
     "Der Lastwagen hatte 18 Tonnen Stahl geladen.",
     "Der Lastwagen hatte 28 Tonnen Stahl geladen."),
    ("de", "The plane was flying at 30,000 feet.",
     "Das Flugzeug flog in 9100 Metern Höhe.",
     "Das Flugzeug flog in 7100 Metern Höhe."),
    ("de", "The village lies 12 miles from the border.",
     "Das Dorf liegt 19 Kilometer von der Grenze entfernt.",
     "Das Dorf liegt 29 Kilometer von der Grenze entfernt."),
    ("de", "The fire destroyed 500 acres of forest.",
     "Das Feuer vernichtete 200 Hektar Wald.",
     "Das Feuer vernichtete 300 Hektar Wald."),
    # figures with a unit in several words, thousands in words, plain conversions
    ('cs', 'Gusts reached 60 mph overnight.',
     'V noci dosahovaly nárazy větru až 97 km/h.',
     'V noci dosahovaly nárazy větru až 77 km/h.'),
    ('ru', 'Gusts reached 60 mph overnight.',
     'Ночью порывы ветра усиливались до 97 километров в час.',
     'Ночью порывы ветра усиливались до 77 километров в час.'),
    ('pl', 'The jet was flying at 30,000 feet.',
     'Odrzutowiec leciał na wysokości 9 tysięcy metrów.',
     'Odrzutowiec leciał na wysokości 7 tysięcy metrów.'),
    ('tr', 'The temperature hit 95 degrees.',
     'Sıcaklık 35 dereceyi buldu.',
     'Sıcaklık 38 dereceyi buldu.'),
    ('it', 'The jet was flying at 30,000 feet.',
     "Il jet volava a un'altitudine di 9.000 metri.",
     "Il jet volava a un'altitudine di 7.000 metri."),
    ('bg', 'Temperatures will reach 95 °F.',
     'Температурите ще достигнат 35 градуса.',
     'Температурите ще достигнат 38 градуса.'),
    ('lt', 'The jet was flying at 30,000 feet.',
     'Lėktuvas skrido 9 tūkstančių metrų aukštyje.',
     'Lėktuvas skrido 7 tūkstančių metrų aukštyje.'),
    ('fa', 'The jet was flying at 30,000 feet.',
     'هواپیما در ارتفاع ۹ هزار متری پرواز می\u200cکرد.',
     'هواپیما در ارتفاع ۷ هزار متری پرواز می\u200cکرد.'),
    ('he', 'The jet was flying at 30,000 feet.',
     'המטוס טס בגובה של 9,000 מטרים.',
     'המטוס טס בגובה של 7,000 מטרים.'),
    ('de', 'The temperature hit 95 degrees.',
     'Das Thermometer kletterte auf 35 Grad.',
     'Das Thermometer kletterte auf 38 Grad.'),
    ('cs', 'The jet was flying at 30,000 feet.',
     'Letoun letěl ve výšce zhruba devíti tisíc metrů.',
     'Letoun letěl ve výšce zhruba sedmi tisíc metrů.'),
    ('lt', 'Temperatures will climb to 95 °F.',
     'Temperatūra pakils iki 35 laipsnių šilumos.',
     'Temperatūra pakils iki 38 laipsnių šilumos.'),
    ('ru', 'The lake covers 12 square miles.',
     'Озеро занимает 31 квадратный километр.',
     'Озеро занимает 41 квадратный километр.'),
    ('cs', 'The lake covers 12 square miles.',
     'Jezero má rozlohu 31 kilometrů čtverečních.',
     'Jezero má rozlohu 41 kilometrů čtverečních.'),
    ('pl', 'The lake covers 12 square miles.',
     'Jezioro zajmuje 31 kilometrów kwadratowych.',
     'Jezioro zajmuje 41 kilometrów kwadratowych.'),
    ('he', 'The lake covers 12 square miles.',
     'האגם משתרע על 31 קילומטרים רבועים.',
     'האגם משתרע על 41 קילומטרים רבועים.'),
]


def _number_findings(ref: str, ver: str, ver_lang: str) -> list[tuple[str, str]]:
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    pair = SegmentPair("t", "en", ref, ver_lang, ver)
    return [(f.rule, f.severity) for f in check_pair(pair) if f.category == "number"]


@pytest.mark.parametrize(("lang", "ref", "faithful", "drifted"), PAIRS)
def test_a_converted_quantity_in_a_case_form_is_no_error(
    lang: str, ref: str, faithful: str, drifted: str
) -> None:
    assert all(severity != "error" for _, severity in _number_findings(ref, faithful, lang))


@pytest.mark.parametrize(("lang", "ref", "faithful", "drifted"), PAIRS)
def test_its_drifted_twin_stays_an_error(lang: str, ref: str, faithful: str,
                                         drifted: str) -> None:
    assert ("number.changed", "error") in _number_findings(ref, drifted, lang)


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # the tonnes' "t" not read: 40,000 lb are 18.1 t, so the bare 18 may be them
        ("The lorry carried 40,000 lb of steel.", "Der Lastwagen hatte 18 t Stahl geladen.",
         "de"),
        ("The lorry was doing 68 mph.", "Der Lastwagen fuhr mit 109 Sachen.", "de"),
        # a speed against a span of time: no conversion makes one the other
        ("The lorry was doing 68 mph.", "Der Lastwagen war 109 Minuten unterwegs.", "de"),
    ],
)
def test_a_quantity_against_a_figure_of_another_measure_is_unsure(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert _number_findings(ref, ver, ver_lang) == [("number.changed", "warning")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # no unit read, and no conversion to any unit of the measure gives the figure
        ("The lorry carried 40,000 lb of steel.", "Der Lastwagen hatte 28 t Stahl geladen.",
         "de"),
        ("The lorry was doing 68 mph.", "Der Lastwagen fuhr mit 150 Sachen.", "de"),
        # 11 miles are 9.6 nautical miles, but a newsroom converts miles to kilometres
        ("The island lies about 11 miles off the coast.",
         "Die Insel liegt etwa 10 vor der Küste.", "de"),
        # the same measure read on both sides, wrongly converted
        ("The lorry was doing 68 mph.", "Der Lastwagen fuhr mit 150 Stundenkilometern.", "de"),
    ],
)
def test_a_figure_no_conversion_gives_stays_an_error(ref: str, ver: str, ver_lang: str) -> None:
    assert _number_findings(ref, ver, ver_lang) == [("number.changed", "error")]

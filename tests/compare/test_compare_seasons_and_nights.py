"""Seasons and the night words a translator writes for a day ("last night": "sinoć").

A season is compared only with a season on the other side: spring against autumn is a date
error, a season against its months or no season at all is nothing. "Last night", "tonight"
are relative days (yesterday, today), and a word that is either ("heute Nacht", "noćas":
tonight or last night) answers both; a weekday against "sinoć" is never an error.

Our own news-style sentences (none from an evaluation set); Serbian in both scripts."""

from __future__ import annotations

import pytest
from support.news_pairs import number_date_errors, number_date_findings
from support.serbian_script import to_cyrillic

# (English, its faithful version, the English with another season or day)
SERBIAN = [
    ("The bridge will open in the spring.", "Most će biti otvoren na proleće.",
     "The bridge will open in the autumn."),
    ("The bridge will open in the spring.", "Most će biti otvoren u proljeće.",
     "The bridge will open in the winter."),
    ("The bridge opened last summer.", "Most je otvoren prošlog leta.",
     "The bridge opened last winter."),
    ("The dam was finished last summer.", "Brana je završena prošlog ljeta.",
     "The dam was finished last spring."),
    ("Elections are expected in autumn.", "Izbori se očekuju na jesen.",
     "Elections are expected in spring."),
    ("The river froze during the winter.", "Reka se zaledila tokom zime.",
     "The river froze during the summer."),
    ("The winter session of parliament opened.", "Otvoreno je zimsko zasedanje skupštine.",
     "The summer session of parliament opened."),
    ("In the spring of 2020 the borders closed.", "U proleće 2020. granice su zatvorene.",
     "In the autumn of 2020 the borders closed."),
    ("Tourists came in great numbers this summer.", "Turisti su letos došli u velikom broju.",
     "Tourists came in great numbers this winter."),
    ("The team won last night in Belgrade.", "Tim je sinoć pobedio u Beogradu.",
     "The team won tomorrow in Belgrade."),
    ("The team plays tonight in Novi Sad.", "Tim večeras igra u Novom Sadu.",
     "The team plays tomorrow in Novi Sad."),
    ("The minister arrived this morning.", "Ministar je stigao jutros.",
     "The minister arrived yesterday."),
]

OTHERS = [
    ("de", "The bridge will open in the spring.", "Die Brücke wird im Frühjahr eröffnet.",
     "The bridge will open in the autumn."),
    ("de", "The law passed in the summer of 2019.", "Das Gesetz wurde im Sommer 2019 beschlossen.",
     "The law passed in the winter of 2019."),
    ("de", "The team won last night in Berlin.", "Die Mannschaft gewann letzte Nacht in Berlin.",
     "The team won tomorrow in Berlin."),
    ("fr", "The bridge will open this summer.", "Le pont ouvrira cet été.",
     "The bridge will open this winter."),
    ("fr", "The team plays tonight in Lyon.", "L'équipe joue ce soir à Lyon.",
     "The team plays tomorrow in Lyon."),
    ("ru", "The bridge will open in the spring.", "Мост откроют весной.",
     "The bridge will open in the summer."),
    ("ru", "The team won last night in Kazan.", "Команда победила прошлой ночью в Казани.",
     "The team won tomorrow in Kazan."),
    ("tr", "The bridge will open in the spring.", "Köprü ilkbaharda açılacak.",
     "The bridge will open in the autumn."),
    ("tr", "The team plays tonight in Izmir.", "Takım bu akşam İzmir'de oynuyor.",
     "The team plays tomorrow in Izmir."),
    ("zh", "The bridge will open in the spring.", "这座桥将于春季开放。",
     "The bridge will open in the autumn."),
    ("zh", "The team won last night in Shanghai.", "该队昨晚在上海获胜。",
     "The team won tomorrow in Shanghai."),
    ("sq", "The bridge will open in the spring.", "Ura do të hapet në pranverë.",
     "The bridge will open in the winter."),
    ("sq", "The team won last night in Tirana.", "Skuadra fitoi mbrëmë në Tiranë.",
     "The team won tomorrow in Tirana."),
    ("ar", "The bridge will open in the spring.", "سيفتتح الجسر في الربيع.",
     "The bridge will open in the autumn."),
    ("ar", "The team won last night in Cairo.", "فاز الفريق الليلة الماضية في القاهرة.",
     "The team won tomorrow in Cairo."),
]

CASES = ([("sr", *case) for case in SERBIAN]
         + [("sr-Cyrl", en, to_cyrillic(sr), changed) for en, sr, changed in SERBIAN] + OTHERS)


@pytest.mark.parametrize(("lang", "english", "version", "changed"), CASES)
def test_the_faithful_pair_gives_no_number_or_date_error(lang, english, version, changed):
    assert number_date_errors(english, lang, version) == []


@pytest.mark.parametrize(("lang", "english", "version", "changed"), CASES)
def test_another_season_or_day_in_the_english_is_a_date_error(lang, english, version, changed):
    assert number_date_errors(changed, lang, version) != []


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
@pytest.mark.parametrize(("english", "version"), [
    # a weekday the translator wrote as "last night" or "yesterday": not surely another day
    ("The team won on Friday night in Belgrade.", "Tim je sinoć pobedio u Beogradu."),
    ("The mayor spoke on Tuesday.", "Gradonačelnik je govorio juče."),
    # a season said by its months, or not said: nothing to compare
    ("The bridge will open in the spring.", "Most će biti otvoren u aprilu."),
    ("The bridge will open in the spring.", "Most će uskoro biti otvoren."),
    # "noćas" is tonight or last night: either answers it
    ("The team won last night in Belgrade.", "Tim je noćas pobedio u Beogradu."),
    ("The team plays tonight in Belgrade.", "Tim noćas igra u Beogradu."),
])
def test_a_weekday_or_season_said_otherwise_is_no_error(lang, english, version):
    version = to_cyrillic(version) if lang == "sr-Cyrl" else version
    assert number_date_errors(english, lang, version) == []


@pytest.mark.parametrize(("lang", "version"), [
    ("de", "Die Mannschaft gewann heute Nacht in Berlin."),
    ("ru", "Команда победила сегодня ночью в Казани."),
    ("fr", "L'équipe a gagné cette nuit à Lyon."),
    ("tr", "Takım bu gece İzmir'de kazandı."),
])
def test_tonight_or_last_night_answers_either_but_not_tomorrow(lang, version):
    assert number_date_errors("The team won last night in the city.", lang, version) == []
    assert number_date_errors("The team plays tonight in the city.", lang, version) == []
    assert number_date_errors("The team plays tomorrow in the city.", lang, version) != []


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
@pytest.mark.parametrize(("english", "version", "changed"), [
    ("Thursday's vote was close.", "Četvrtkovo glasanje bilo je neizvesno.",
     "Monday's vote was close."),
    ("Friday's session was calm.", "Petkova sednica bila je mirna.",
     "Tuesday's session was calm."),
    ("Tuesday's session was calm.", "Na utorkovoj sednici nije bilo incidenata.",
     "Friday's session was calm."),
])
def test_a_weekday_said_as_its_possessive_adjective_is_compared(lang, english, version,
                                                                 changed):
    version = to_cyrillic(version) if lang == "sr-Cyrl" else version
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(changed, lang, version) != []


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
def test_a_surname_spelt_like_a_weekday_possessive_is_no_date(lang):
    version = "Ministar se u ponedeljak sastao sa Marijom Petkovom."
    version = to_cyrillic(version) if lang == "sr-Cyrl" else version
    findings = number_date_findings("The minister met Maria Petkova on Monday.", lang, version)
    assert findings == []


PARTS = [
    ("sr", "The strike ended in late January.", "Štrajk je završen krajem januara.",
     "The strike ended in early January."),
    ("sr", "The strike ended in mid-June.", "Štrajk je završen sredinom juna.",
     "The strike ended in late June."),
    ("sr", "Work stops at the end of June 2019.", "Radovi staju krajem juna 2019.",
     "Work stops at the beginning of June 2019."),
    ("de", "Talks resume in early October.", "Die Gespräche werden Anfang Oktober fortgesetzt.",
     "Talks resume in late October."),
    ("fr", "Talks resume in mid-October.", "Les pourparlers reprennent à la mi-octobre.",
     "Talks resume in late October."),
    ("ru", "Talks resume in late October.", "Переговоры возобновятся в конце октября.",
     "Talks resume in early October."),
    ("tr", "Talks resume in late October.", "Görüşmeler Ekim sonunda yeniden başlayacak.",
     "Talks resume in early October."),
    ("zh", "Talks resume in late October.", "谈判将于10月底恢复。",
     "Talks resume in early October."),
    ("sq", "Talks resume in late October.", "Bisedimet rifillojnë në fund të tetorit.",
     "Talks resume in early October."),
    ("ar", "Talks resume in late October.", "تستأنف المحادثات في أواخر أكتوبر.",
     "Talks resume in early October."),
]
PARTS += [("sr-Cyrl", en, to_cyrillic(sr), changed) for lang, en, sr, changed in PARTS
          if lang == "sr"]


@pytest.mark.parametrize(("lang", "english", "version", "changed"), PARTS)
def test_another_part_of_the_month_is_a_date_error(lang, english, version, changed):
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(changed, lang, version) != []


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
@pytest.mark.parametrize(("english", "version"), [
    ("The strike ended in January.", "Štrajk je završen krajem januara."),  # no part: nothing
    ("The late president visited in March.", "Pokojni predsednik je bio u poseti u martu."),
    ("The strike ended late on 3 June.", "Štrajk je završen kasno 3. juna."),  # a day: no part
])
def test_a_part_said_on_one_side_only_is_no_error(lang, english, version):
    version = to_cyrillic(version) if lang == "sr-Cyrl" else version
    assert number_date_errors(english, lang, version) == []


# held-out languages: our own sentences only
HELD_OUT_LANGUAGES = [
    ('es', 'The bridge will open in the spring.', 'El puente se abrirá en primavera.',
     'The bridge will open in the autumn.'),
    ('es', 'The team won last night in Madrid.', 'El equipo ganó anoche en Madrid.',
     'The team won tomorrow in Madrid.'),
    ('es', 'Talks resume in late October.', 'Las conversaciones se reanudan a finales de octubre.',
     'Talks resume in early October.'),
    ('pt', 'The bridge will open in the summer.', 'A ponte será aberta no verão.',
     'The bridge will open in the winter.'),
    ('pt', 'The team plays tonight in Lisbon.', 'A equipa joga esta noite em Lisboa.',
     'The team plays tomorrow in Lisbon.'),
    ('pt', 'Talks resume in mid-October.', 'As negociações recomeçam em meados de outubro.',
     'Talks resume in late October.'),
    ('nl', 'The bridge opens in the autumn.', 'De brug gaat in het najaar open.',
     'The bridge opens in the spring.'),
    ('nl', 'The team won last night in Utrecht.', 'Het team won gisteravond in Utrecht.',
     'The team won tomorrow in Utrecht.'),
    ('nl', 'Talks resume in late October.', 'De gesprekken worden eind oktober hervat.',
     'Talks resume in early October.'),
    ('uk', 'The bridge will open in the spring.', 'Міст відкриють навесні.',
     'The bridge will open in the winter.'),
    ('uk', 'The team won last night in Lviv.', 'Команда перемогла минулої ночі у Львові.',
     'The team won tomorrow in Lviv.'),
    ('uk', 'Talks resume in late October.', 'Переговори відновляться наприкінці жовтня.',
     'Talks resume in early October.'),
    ('el', 'The bridge will open in the summer.', 'Η γέφυρα θα ανοίξει το καλοκαίρι.',
     'The bridge will open in the winter.'),
    ('el', 'The team plays tonight in Athens.', 'Η ομάδα παίζει απόψε στην Αθήνα.',
     'The team plays tomorrow in Athens.'),
    ('el', 'Talks resume in late October.', 'Οι συνομιλίες θα συνεχιστούν στα τέλη Οκτωβρίου.',
     'Talks resume in early October.'),
]


@pytest.mark.parametrize(("lang", "english", "version", "changed"), HELD_OUT_LANGUAGES)
def test_seasons_nights_and_month_parts_in_other_languages(lang, english, version, changed):
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(changed, lang, version) != []


@pytest.mark.parametrize(("lang", "english", "version"), [
    ("pt", "The team won last night in Lisbon.", "A equipa venceu esta noite em Lisboa."),
    ("pt", "The team plays tonight in Lisbon.", "A equipa joga esta noite em Lisboa."),
    ("uk", "He waited ten years.", "Він чекав десять літ."),
])
def test_either_night_and_years_are_no_error(lang, english, version):
    assert number_date_errors(english, lang, version) == []

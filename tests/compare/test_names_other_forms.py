"""Names a Slavic version says in another form than the English (checker/compare/
name_found.py, name_words.py; the places of checker/lang/<code>/places.py): a country by its
short, long or colloquial name ("Сполучене Королівство", "Америка", "Євросоюз", "ЄС"), an
organisation by the acronym of its words ("НАТО"), a person's name with Ukrainian г for h
and g and an apostrophe ("Г'ю Грант"), an English "a...e" said ei ("Кейн"), a name's
last consonant changed before the locative і ("у Гаазі", "у Гамбурзі"). Our own
sentences. Each faithful pair gives no name error nor warning; its twin where the country or
the person really changes gives an error (or a warning where the kind of name is unknown)."""

from __future__ import annotations

import pytest
from support.pair_findings import entity_findings

pytest.importorskip("simplemma")

FAITHFUL = [
    ("uk", "The US will send more weapons to Ukraine.", "Америка надішле Україні більше зброї."),
    ("uk", "America will send more weapons to Ukraine.", "США надішлють Україні більше зброї."),
    ("uk", "Britain will send more weapons to Ukraine.",
     "Сполучене Королівство надішле Україні більше зброї."),
    ("uk", "He thanked the UK for its support.",
     "Він подякував Сполученому Королівству за підтримку."),
    ("uk", "The EU approved the plan on Monday.", "Євросоюз ухвалив план у понеділок."),
    ("uk", "The European Union approved the plan on Monday.", "ЄС ухвалив план у понеділок."),
    ("uk", "The North Atlantic Treaty Organization approved the plan on Monday.",
     "НАТО ухвалило план у понеділок."),
    ("uk", "Hugh Grant came to Lviv.", "Г'ю Грант приїхав до Львова."),
    ("uk", "Hugh Grant came to Lviv.", "Гʼю Грант приїхав до Львова."),
    ("uk", "Helen Mirren met Harry Kane.", "Гелен Міррен зустрілася з Гаррі Кейном."),
    ("uk", "Evgeny Enin said so.", "Про це заявив Євген Єнін."),
    ("uk", "Gazprom cut gas supplies to Poland.", "Газпром припинив постачання газу до Польщі."),
    ("uk", "The court in The Hague ruled on Monday.", "Суд у Гаазі ухвалив рішення в понеділок."),
    ("uk", "The talks in Hamburg ended.", "Переговори в Гамбурзі завершилися."),
    ("uk", "He stayed in Riga and Prague.", "Він зупинився в Ризі та Празі."),
    ("uk", "The talks in Strasbourg ended.", "Переговори в Страсбурзі завершилися."),
    ("ru", "The UK will send more weapons to Ukraine.",
     "Соединённое Королевство направит Украине больше оружия."),
    ("ru", "The EU approved the plan on Monday.", "Евросоюз одобрил план в понедельник."),
    ("ru", "Hugh Grant met Harry Kane in Kyiv.", "Хью Грант встретился с Гарри Кейном в Киеве."),
    ("sr", "The US will send more weapons to Ukraine.", "Америка ће послати Украјини више оружја."),
    ("sr", "He thanked America for its support.", "Zahvalio je Sjedinjenim Državama na podršci."),
    ("bg", "The UK will send more weapons to Ukraine.",
     "Великобритания ще изпрати повече оръжие на Украйна."),
    ("bg", "The US will send more weapons to Ukraine.",
     "САЩ ще изпратят повече оръжие на Украйна."),
    ("bg", "The UN approved the plan on Monday.", "ООН одобри плана в понеделник."),
    ("mk", "The UK will send more weapons to Ukraine.",
     "Велика Британија ќе испрати повеќе оружје во Украина."),
    ("cs", "The UK will send more weapons to Ukraine.", "Británie pošle Ukrajině více zbraní."),
    ("cs", "America will send more weapons to Ukraine.", "USA pošlou Ukrajině více zbraní."),
    ("pl", "America will send more weapons to Ukraine.", "USA wyślą Ukrainie więcej broni."),
]

# The same sentences with another country or person: still a name error.
CHANGED = [
    ("uk", "The US will send more weapons to Ukraine.",
     "Австралія надішле Україні більше зброї."),
    ("uk", "America will send more weapons to Ukraine.", "Канада надішле Україні більше зброї."),
    ("uk", "The United Kingdom will send more weapons to Ukraine.",
     "Америка надішле Україні більше зброї."),
    ("uk", "He thanked the UK for its support.",
     "Він подякував Сполученим Штатам за підтримку."),
    ("uk", "He thanked America for its support.", "Він подякував Британії за підтримку."),
    ("uk", "Hakan Fidan spoke to Sergei Lavrov.", "Хакан Фідан поговорив із Сергієм Шойгу."),
    ("uk", "Evgeny Enin said so.", "Про це заявив Євген Пєсков."),
    ("uk", "The court in The Hague ruled on Monday.", "Суд у Празі ухвалив рішення в понеділок."),
    ("uk", "The court in Prague ruled on Monday.", "Суд у Гаазі ухвалив рішення в понеділок."),
    ("uk", "The talks in Bremen ended.", "Переговори в Гамбурзі завершилися."),
    ("uk", "He stayed in Riga.", "Він зупинився в Празі."),
    ("uk", "He stayed in Prague.", "Він зупинився в Ризі."),
    ("uk", "The talks in Strasbourg ended.", "Переговори в Люксембурзі завершилися."),
    ("uk", "He lives in Africa.", "Він живе в Америці."),
    ("ru", "The UK will send more weapons to Ukraine.",
     "Соединённые Штаты направят Украине больше оружия."),
    ("ru", "He thanked America for its support.", "Он поблагодарил Британию за поддержку."),
    ("sr", "He thanked the UK for its support.", "Zahvalio je Americi na podršci."),
    ("bg", "America will send more weapons to Ukraine.",
     "Великобритания ще изпрати повече оръжие на Украйна."),
    ("bg", "The UK will send more weapons to Ukraine.",
     "Франция ще изпрати повече оръжие на Украйна."),
    ("mk", "The UK will send more weapons to Ukraine.",
     "Америка ќе испрати повеќе оружје во Украина."),
    ("cs", "The UK will send more weapons to Ukraine.", "Amerika pošle Ukrajině více zbraní."),
    ("pl", "The UK will send more weapons to Ukraine.", "Ameryka wyśle Ukrainie więcej broni."),
]

# Another union or organisation, or another person of the same given name: the kind of the
# name is not sure, a warning at least.
CHANGED_UNSURE = [
    ("uk", "The EU approved the plan on Monday.", "ООН ухвалила план у понеділок."),
    ("uk", "The North Atlantic Treaty Organization approved the plan on Monday.",
     "ООН ухвалила план у понеділок."),
    ("ru", "The EU approved the plan on Monday.", "ООН одобрила план в понедельник."),
    ("bg", "The UN approved the plan on Monday.", "ЕС одобри плана в понеделник."),
    ("uk", "Helen Mirren met Harry Kane.", "Гелен Міррен зустрілася з Гаррі Стайлзом."),
    ("ru", "Hugh Grant met Harry Kane in Kyiv.", "Хью Грант встретился с Гарри Поттером в Киеве."),
]


@pytest.mark.parametrize(("lang", "english", "version"), FAITHFUL)
def test_a_name_in_another_form_gives_no_error_nor_warning(lang, english, version):
    assert [f for f in entity_findings(english, version, lang) if f[1] != "info"] == []


@pytest.mark.parametrize(("lang", "english", "version"), CHANGED)
def test_another_country_or_person_is_still_an_error(lang, english, version):
    assert "error" in {severity for _, severity in entity_findings(english, version, lang)}


@pytest.mark.parametrize(("lang", "english", "version"), CHANGED_UNSURE)
def test_another_union_or_namesake_is_still_reported(lang, english, version):
    assert {"error", "warning"} & {s for _, s in entity_findings(english, version, lang)}

"""Numbers, dates and clock times in Dutch and Serbian (both scripts), with Croatian and
Bosnian where they share Serbian's grammar: one English news sentence per form, and its
faithful translations.

Our own sentences (none from an evaluation set). Each faithful version gives no number or
date finding at all; the English side with one value changed gives a number or date error
against each version. Serbian Cyrillic is tested twice: written natively ("sr-Cyrl"), and
the Latin sentence in the other script (tests/support/serbian_script.py)."""

from __future__ import annotations

import pytest
from support.serbian_script import to_cyrillic

from checker.facts.numeric import analyse
from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair

# (key, English, (old, new) planted in the English side, {language: faithful version})
CASES = [
    ('dayord', 'The exhibition opens on 16 July.', ('16 July', '17 July'),
     {'nl': 'De tentoonstelling opent op 16 juli.',
      'sr': 'Izložba se otvara 16. jula.',
      'sr-Cyrl': 'Изложба се отвара 16. јула.'}),
    ('dayword', 'The festival begins on 16 July.', ('16 July', '18 July'),
     {'nl': 'Het festival begint op zestien juli.',
      'sr': 'Festival počinje šesnaestog jula.',
      'sr-Cyrl': 'Фестивал почиње шеснаестог јула.'}),
    ('range', 'The fair runs from 3 to 5 March.', ('5 March', '6 March'),
     {'nl': 'De beurs duurt van 3 tot 5 maart.',
      'sr': 'Sajam traje od 3. do 5. marta.',
      'sr-Cyrl': 'Сајам траје од 3. до 5. марта.'}),
    ('early', 'Construction will start in early March.', ('March', 'April'),
     {'nl': 'De bouw begint begin maart.',
      'sr': 'Gradnja počinje početkom marta.',
      'sr-Cyrl': 'Градња почиње почетком марта.'}),
    ('mid', 'The talks resume in mid-March.', ('March', 'May'),
     {'nl': 'De gesprekken worden half maart hervat.',
      'sr': 'Pregovori se nastavljaju sredinom marta.',
      'sr-Cyrl': 'Преговори се настављају средином марта.'}),
    ('late', 'The report is due at the end of March.', ('March', 'June'),
     {'nl': 'Het rapport wordt eind maart verwacht.',
      'sr': 'Izveštaj se očekuje krajem marta.',
      'sr-Cyrl': 'Извештај се очекује крајем марта.'}),
    ('wedacc', 'The council meets on Wednesday.', ('Wednesday', 'Thursday'),
     {'nl': 'De raad vergadert op woensdag.',
      'sr': 'Veće se sastaje u sredu.',
      'sr-Cyrl': 'Веће се састаје у среду.'}),
    ('wedinstr', 'The market is open on Wednesdays.', ('Wednesdays', 'Thursdays'),
     {'nl': 'De markt is op woensdag open.',
      'sr': 'Pijaca radi sredom.',
      'sr-Cyrl': 'Пијаца ради средом.'}),
    ('frommon', 'The new rules apply from Monday.', ('Monday', 'Tuesday'),
     {'nl': 'De nieuwe regels gelden vanaf maandag.',
      'sr': 'Nova pravila važe od ponedeljka.',
      'sr-Cyrl': 'Нова правила важе од понедељка.'}),
    ('lastwed', 'The minister resigned last Wednesday.', ('Wednesday', 'Friday'),
     {'nl': 'De minister trad afgelopen woensdag af.',
      'sr': 'Ministar je podneo ostavku prošle srede.',
      'sr-Cyrl': 'Министар је поднео оставку прошле среде.'}),
    ('nightsat', 'The fire broke out on the night between Saturday and Sunday.',
     ('Saturday', 'Friday'),
     {'nl': 'De brand brak uit in de nacht van zaterdag op zondag.',
      'sr': 'Požar je izbio u noći između subote i nedelje.',
      'sr-Cyrl': 'Пожар је избио у ноћи између суботе и недеље.'}),
    ('clock15', 'The session starts at 3 p.m.', ('3 p.m.', '4 p.m.'),
     {'nl': 'De zitting begint om 15.00 uur.',
      'sr': 'Sednica počinje u 15 časova.',
      'sr-Cyrl': 'Седница почиње у 15 часова.'}),
    ('clock1530', 'The train leaves at 3.30 p.m.', ('3.30', '4.30'),
     {'nl': 'De trein vertrekt om 15.30 uur.',
      'sr': 'Voz polazi u 15.30.',
      'sr-Cyrl': 'Воз полази у 15.30.'}),
    ('halffour', 'The meeting begins at half past three.', ('half past three', 'half past four'),
     {'nl': 'De vergadering begint om half vier.',
      'sr': 'Sastanak počinje u pola četiri.',
      'sr-Cyrl': 'Састанак почиње у пола четири.'}),
    ('midnight', 'The curfew starts at midnight.', ('midnight', 'noon'),
     {'nl': 'De avondklok begint om middernacht.',
      'sr': 'Policijski čas počinje oko ponoći.',
      'sr-Cyrl': 'Полицијски час почиње око поноћи.'}),
    ('noon', 'The ceremony starts at noon.', ('noon', 'midnight'),
     {'sr': 'Ceremonija počinje u podne.',
      'sr-Cyrl': 'Церемонија почиње у подне.'}),
    ('quarterover', 'The bus left at a quarter past three.',
     ('a quarter past three', 'a quarter past four'),
     {'nl': 'De bus vertrok om kwart over drie.'}),
    ('tenbefore', 'The vote opened at 3:20.', ('3:20', '3:25'),
     {'nl': 'De stemming opende om tien voor half vier.'}),
    ('nineties', 'Unemployment rose in the 1990s.', ('1990s', '1980s'),
     {'nl': 'De werkloosheid steeg in de jaren negentig.',
      'sr': 'Nezaposlenost je rasla devedesetih.',
      'sr-Cyrl': 'Незапосленост је расла деведесетих.'}),
    ('nineties2', 'Unemployment rose in the 1990s.', ('1990s', '1970s'),
     {'nl': "De werkloosheid steeg in de jaren '90.",
      'sr': 'Nezaposlenost je rasla 90-ih.',
      'sr-Cyrl': 'Незапосленост је расла 90-их.'}),
    ('century', 'The church was built in the 19th century.', ('19th', '18th'),
     {'nl': 'De kerk werd in de 19e eeuw gebouwd.',
      'sr': 'Crkva je sagrađena u XIX veku.',
      'sr-Cyrl': 'Црква је саграђена у XIX веку.'}),
    ('century2', 'The bridge dates from the 19th century.', ('19th', '17th'),
     {'nl': 'De brug stamt uit de negentiende eeuw.',
      'sr': 'Most potiče iz XIX veka.',
      'sr-Cyrl': 'Мост потиче из XIX века.'}),
    ('bc', 'The city was founded in 300 BC.', ('300', '400'),
     {'nl': 'De stad werd in 300 v.Chr. gesticht.',
      'sr': 'Grad je osnovan 300. p. n. e.',
      'sr-Cyrl': 'Град је основан 300. п. н. е.'}),
    ('third', 'She finished third in the race.', ('third', 'fourth'),
     {'nl': 'Ze eindigde als derde in de race.',
      'sr': 'Završila je trka kao treća.'}),
    ('ordgen', 'It is the third time this year.', ('third', 'fifth'),
     {'nl': 'Het is de 3e keer dit jaar.',
      'sr': 'To je treći put ove godine.',
      'sr-Cyrl': 'То је трећи пут ове године.'}),
    ('twenty', 'About twenty people were injured.', ('twenty', 'forty'),
     {'nl': 'Een twintigtal mensen raakte gewond.',
      'sr': 'Povređeno je dvadesetak ljudi.',
      'sr-Cyrl': 'Повређено је двадесетак људи.'}),
    ('hundredish', 'About a hundred people gathered.', ('a hundred', 'two hundred'),
     {'nl': "Zo'n honderd mensen kwamen bijeen.",
      'sr': 'Okupilo se stotinak ljudi.',
      'sr-Cyrl': 'Окупило се стотинак људи.'}),
    ('thousand', 'The town has a thousand inhabitants.', ('a thousand', 'two thousand'),
     {'nl': 'Het stadje heeft duizend inwoners.',
      'sr': 'Gradić ima hiljadu stanovnika.',
      'sr-Cyrl': 'Градић има хиљаду становника.'}),
    ('thousands', 'Three thousand people marched.', ('Three', 'Four'),
     {'nl': 'Drieduizend mensen liepen mee.',
      'sr': 'Marširalo je tri hiljade ljudi.',
      'sr-Cyrl': 'Марширало је три хиљаде људи.'}),
    ('million', 'The project costs 4 million euros.', ('4', '5'),
     {'nl': 'Het project kost 4 miljoen euro.',
      'sr': 'Projekat košta 4 miliona evra.',
      'sr-Cyrl': 'Пројекат кошта 4 милиона евра.'}),
    ('onemillion', 'The city has one million residents.', ('one million', 'two million'),
     {'nl': 'De stad heeft een miljoen inwoners.',
      'sr': 'Grad ima milion stanovnika.',
      'sr-Cyrl': 'Град има милион становника.'}),
    ('mlrd', 'The deal is worth 2.5 billion dollars.', ('2.5', '3.5'),
     {'nl': 'De deal is 2,5 mld. dollar waard.',
      'sr': 'Posao vredi 2,5 mlrd. dolara.',
      'sr-Cyrl': 'Посао вреди 2,5 млрд. долара.'}),
    ('mln', 'The firm lost 7 million euros.', ('7', '8'),
     {'nl': 'Het bedrijf verloor 7 mln. euro.',
      'sr': 'Firma je izgubila 7 mil. evra.'}),
    ('thirtyish', 'About thirty houses were damaged.', ('thirty', 'fifty'),
     {'nl': 'Een dertigtal huizen raakte beschadigd.',
      'sr': 'Oštećeno je tridesetak kuća.',
      'sr-Cyrl': 'Оштећено је тридесетак кућа.'}),
    ('half', 'Half of the voters stayed home.', ('Half', 'A third'),
     {'nl': 'De helft van de kiezers bleef thuis.'}),
    ('each', 'Each team got two points.', ('two', 'three'),
     {'nl': 'Elk team kreeg twee punten.',
      'sr': 'Timovi su dobili po dva boda.',
      'sr-Cyrl': 'Тимови су добили по два бода.'}),
    ('pct', 'Turnout was 56 percent.', ('56', '65'),
     {'nl': 'De opkomst was 56 procent.',
      'sr': 'Izlaznost je bila 56 odsto.',
      'sr-Cyrl': 'Излазност је била 56 одсто.'}),
    ('pct2', 'Prices rose by 12 percent.', ('12', '21'),
     {'nl': 'De prijzen stegen met 12 procent.',
      'sr': 'Cene su porasle za 12 procenata.',
      'sr-Cyrl': 'Цене су порасле за 12 процената.'}),
    ('pp', 'Support fell by three percentage points.', ('three', 'four'),
     {'nl': 'De steun daalde met drie procentpunten.',
      'sr': 'Podrška je pala za tri procentna poena.',
      'sr-Cyrl': 'Подршка је пала за три процентна поена.'}),
    ('age', 'The 34-year-old driver was arrested.', ('34', '43'),
     {'nl': 'De 34-jarige bestuurder werd aangehouden.',
      'sr': 'Uhapšen je 34-godišnji vozač.',
      'sr-Cyrl': 'Ухапшен је 34-годишњи возач.'}),
    ('age2', 'A driver, aged 34, was arrested.', ('34', '43'),
     {'nl': 'Een bestuurder van 34 jaar werd aangehouden.',
      'sr': 'Uhapšen je vozač starosti 34 godine.',
      'sr-Cyrl': 'Ухапшен је возач старости 34 године.'}),
    ('twothree', 'Twenty-three people were rescued.', ('Twenty-three', 'Twenty-two'),
     {'nl': 'Drieëntwintig mensen werden gered.',
      'sr': 'Spaseno je dvadeset troje ljudi.'}),
    ('oneandhalf', 'The work took one and a half years.', ('one and a half', 'two and a half'),
     {'nl': 'Het werk duurde anderhalf jaar.'}),
    ('twohalf', 'The trial lasted two and a half years.', ('two and a half', 'three and a half'),
     {'nl': 'Het proces duurde tweeënhalf jaar.',
      'sr': 'Suđenje je trajalo dve i po godine.',
      'sr-Cyrl': 'Суђење је трајало две и по године.'}),
    ('billion', 'The debt reached 3 billion euros.', ('3', '4'),
     {'nl': 'De schuld bereikte 3 miljard euro.',
      'sr': 'Dug je dostigao 3 milijarde evra.',
      'sr-Cyrl': 'Дуг је достигао 3 милијарде евра.'}),
    ('trillion', 'The economy is worth 2 trillion dollars.', ('2', '3'),
     {'nl': 'De economie is 2 biljoen dollar waard.',
      'sr': 'Privreda vredi 2 biliona dolara.'}),
    ('tenish', 'About ten people were arrested.', ('ten', 'twenty'),
     {'nl': 'Een tiental mensen werd opgepakt.',
      'sr': 'Uhapšeno je desetak ljudi.',
      'sr-Cyrl': 'Ухапшено је десетак људи.'}),
    ('nlord', 'He came 2nd and she came 3rd.', ('3rd', '4th'),
     {'nl': 'Hij werd 2e en zij werd 3de.'}),
    ('tuesdate', 'The vote is on Tuesday 3 March.', ('Tuesday', 'Monday'),
     {'nl': 'De stemming is op dinsdag 3 maart.',
      'sr': 'Glasanje je u utorak 3. marta.',
      'sr-Cyrl': 'Гласање је у уторак 3. марта.'}),
    ('lasttue', 'The strike ended last Tuesday.', ('Tuesday', 'Thursday'),
     {'nl': 'De staking eindigde afgelopen dinsdag.',
      'sr': 'Štrajk je završen prošlog utorka.',
      'sr-Cyrl': 'Штрајк је завршен прошлог уторка.'}),
    ('daybefore', 'The agreement was signed the day before yesterday.',
     ('the day before yesterday', 'yesterday'),
     {'nl': 'Het akkoord werd eergisteren getekend.',
      'sr': 'Sporazum je potpisan prekjuče.',
      'sr-Cyrl': 'Споразум је потписан прекјуче.'}),
    ('dayafter', 'The vote is the day after tomorrow.', ('the day after tomorrow', 'tomorrow'),
     {'nl': 'De stemming is overmorgen.',
      'sr': 'Glasanje je prekosutra.',
      'sr-Cyrl': 'Гласање је прекосутра.'}),
    ('kwartvoor', 'The bus left at a quarter to four.', ('a quarter to four', 'a quarter to five'),
     {'nl': 'De bus vertrok om kwart voor vier.',
      'sr': 'Autobus je krenuo u četvrt do četiri.'}),
    ('vijfover', 'The shop opened at 3:35.', ('3:35', '3:40'),
     {'nl': 'De winkel ging open om vijf over half vier.'}),
    ('tienover', 'The shop opened at 3:10.', ('3:10', '3:15'),
     {'nl': 'De winkel ging open om tien over drie.'}),
    ('twaalfmid', 'The ceremony starts at 12 noon.', ('12 noon', '1 p.m.'),
     {'nl': "De ceremonie begint om 12 uur 's middags.",
      'sr': 'Ceremonija počinje u 12 časova.'}),
    ('evening', 'The concert starts at 8 p.m.', ('8 p.m.', '9 p.m.'),
     {'nl': "Het concert begint om acht uur 's avonds.",
      'sr': 'Koncert počinje u osam sati uveče.',
      'sr-Cyrl': 'Концерт почиње у осам сати увече.'}),
    ('morning7', 'The shift starts at 7 a.m.', ('7 a.m.', '6 a.m.'),
     {'nl': "De dienst begint om 7 uur 's ochtends.",
      'sr': 'Smena počinje u 7 ujutru.',
      'sr-Cyrl': 'Смена почиње у 7 ујутру.'}),
    ('hrange', 'The polls are open from 7 a.m. to 8 p.m.', ('8 p.m.', '9 p.m.'),
     {'nl': 'De stembureaus zijn open van 7.00 tot 20.00 uur.',
      'sr': 'Birališta su otvorena od 7 do 20 časova.',
      'sr-Cyrl': 'Бирачка места су отворена од 7 до 20 часова.'}),
    ('fulldate', 'The law was passed on 15 July 2023.', ('2023', '2022'),
     {'nl': 'De wet werd op 15 juli 2023 aangenomen.',
      'sr': 'Zakon je usvojen 15. jula 2023. godine.',
      'sr-Cyrl': 'Закон је усвојен 15. јула 2023. године.'}),
    ('numdate', 'The contract was signed on 5 May 2023.', ('5 May', '6 May'),
     {'nl': 'Het contract werd op 5-5-2023 getekend.',
      'sr': 'Ugovor je potpisan 5.5.2023.',
      'sr-Cyrl': 'Уговор је потписан 5. 5. 2023.'}),
    ('danadate', 'The ceasefire began on 5 May.', ('5 May', '5 June'),
     {'sr': 'Primirje je počelo dana 5. maja.',
      'sr-Cyrl': 'Примирје је почело дана 5. маја.'}),
    ('monthmeseca', 'The harvest ends in July.', ('July', 'August'),
     {'sr': 'Žetva se završava u julu mesecu.',
      'sr-Cyrl': 'Жетва се завршава јула месеца.'}),
    ('season', 'The 2023/24 season starts in August.', ('2023/24', '2022/23'),
     {'nl': 'Het seizoen 2023/24 begint in augustus.',
      'sr': 'Sezona 2023/24. počinje u avgustu.',
      'sr-Cyrl': 'Сезона 2023/24. почиње у августу.'}),
    ('during', 'Exports grew during 2023.', ('2023', '2022'),
     {'nl': 'De export groeide in de loop van 2023.',
      'sr': 'Izvoz je rastao tokom 2023.',
      'sr-Cyrl': 'Извоз је растао током 2023.'}),
    ('twentieth', 'The house was built in the 20th century.', ('20th', '19th'),
     {'nl': 'Het huis werd in de twintigste eeuw gebouwd.',
      'sr': 'Kuća je izgrađena u dvadesetom veku.',
      'sr-Cyrl': 'Кућа је изграђена у двадесетом веку.'}),
    ('cyrroman', 'The monastery dates from the 14th century.', ('14th', '15th'),
     {'sr-Cyrl': 'Манастир потиче из ХIV века.'}),
    ('ordinal5', 'He finished fifth.', ('fifth', 'sixth'),
     {'nl': 'Hij eindigde als vijfde.',
      'sr': 'Završio je kao peti.',
      'sr-Cyrl': 'Завршио је као пети.'}),
    ('twoppl', 'Two men were arrested.', ('Two', 'Three'),
     {'nl': 'Twee mannen werden aangehouden.',
      'sr': 'Uhapšena su dva muškarca.',
      'sr-Cyrl': 'Ухапшена су два мушкарца.'}),
    ('thousandsgen', 'Police arrested 1,200 people.', ('1,200', '1,300'),
     {'nl': 'De politie arresteerde 1.200 mensen.',
      'sr': 'Policija je uhapsila 1.200 ljudi.',
      'sr-Cyrl': 'Полиција је ухапсила 1.200 људи.'}),
    ('hiljadu', 'He paid a thousand five hundred euros.', ('five hundred', 'six hundred'),
     {'nl': 'Hij betaalde vijftienhonderd euro.',
      'sr': 'Platio je hiljadu i petsto evra.',
      'sr-Cyrl': 'Платио је хиљаду и петсто евра.'}),
    ('tristotine', 'About 300 people died.', ('300', '400'),
     {'nl': "Zo'n driehonderd mensen kwamen om.",
      'sr': 'Poginulo je oko trista ljudi.',
      'sr-Cyrl': 'Погинуло је око триста људи.'}),
    ('dvesta', '200 soldiers were sent.', ('200', '300'),
     {'sr': 'Poslato je dvesta vojnika.',
      'sr-Cyrl': 'Послато је двеста војника.'}),
    ('hr1', 'The summit is on Wednesday 12 June.', ('12 June', '13 June'),
     {'hr': 'Summit je u srijedu 12. lipnja.',
      'bs': 'Samit je u srijedu 12. juna.'}),
    ('hr2', 'The museum reopened in October.', ('October', 'November'),
     {'hr': 'Muzej je ponovno otvoren u listopadu.',
      'bs': 'Muzej je ponovo otvoren u oktobru.'}),
    ('hr3', 'Inflation reached 7.5 percent.', ('7.5', '5.7'),
     {'hr': 'Inflacija je dosegnula 7,5 posto.',
      'bs': 'Inflacija je dostigla 7,5 posto.'}),
    ('hr4', 'The meeting begins at 10 a.m.', ('10 a.m.', '11 a.m.'),
     {'hr': 'Sastanak počinje u 10 sati.',
      'bs': 'Sastanak počinje u 10 sati.'}),
    ('hr5', 'She was born on 3 February 1990.', ('February', 'March'),
     {'hr': 'Rođena je 3. veljače 1990.',
      'bs': 'Rođena je 3. februara 1990.'}),
    ('hr6', 'Fifteen workers were injured.', ('Fifteen', 'Fifty'),
     {'hr': 'Ozlijeđeno je petnaest radnika.',
      'bs': 'Povrijeđeno je petnaest radnika.'}),
    ('hrweek', 'The vote is on Thursday.', ('Thursday', 'Friday'),
     {'hr': 'Glasanje je u četvrtak.',
      'bs': 'Glasanje je u četvrtak.'}),
    ('pctpt', 'Unemployment fell by 1.5 percentage points.', ('1.5', '2.5'),
     {'nl': 'De werkloosheid daalde met 1,5 procentpunt.',
      'sr': 'Nezaposlenost je pala za 1,5 procentnih poena.',
      'sr-Cyrl': 'Незапосленост је пала за 1,5 процентних поена.'}),
    ('ages', 'Two teenagers, aged 16 and 17, were detained.', ('17', '18'),
     {'nl': 'Twee tieners van 16 en 17 jaar werden vastgehouden.',
      'sr': 'Privedena su dva tinejdžera, stari 16 i 17 godina.',
      'sr-Cyrl': 'Приведена су два тинејџера, стари 16 и 17 година.'}),
    ('agenoun', 'The 72-year-old was taken to hospital.', ('72', '62'),
     {'nl': 'De 72-jarige werd naar het ziekenhuis gebracht.',
      'sr': 'Sedamdesetdvogodišnjak je prevezen u bolnicu.',
      'sr-Cyrl': 'Седамдесетдвогодишњак је превезен у болницу.'}),
    ('agegod', 'The 45-year-old woman was injured.', ('45', '54'),
     {'sr': 'Povređena je žena (45).',
      'sr-Cyrl': 'Повређена је жена (45).'}),
    ('dayofmonth', 'Every Friday, the market opens at 6 a.m.', ('Friday', 'Saturday'),
     {'nl': 'Elke vrijdag gaat de markt om 6 uur open.',
      'sr': 'Svakog petka pijaca se otvara u 6 sati.',
      'sr-Cyrl': 'Сваког петка пијаца се отвара у 6 сати.'}),
    ('petkom', 'The paper comes out on Fridays.', ('Fridays', 'Mondays'),
     {'nl': 'De krant verschijnt op vrijdag.',
      'sr': 'Novine izlaze petkom.',
      'sr-Cyrl': 'Новине излазе петком.'}),
    ('nedeljom', 'Shops are closed on Sundays.', ('Sundays', 'Saturdays'),
     {'nl': 'Winkels zijn op zondag gesloten.',
      'sr': 'Prodavnice su zatvorene nedeljom.',
      'sr-Cyrl': 'Продавнице су затворене недељом.'}),
    ('tilsunday', 'The exhibition runs until Sunday.', ('Sunday', 'Saturday'),
     {'nl': 'De tentoonstelling loopt tot zondag.',
      'sr': 'Izložba traje do nedelje.',
      'sr-Cyrl': 'Изложба траје до недеље.'}),
    ('satsun', 'Storms are expected on Saturday and Sunday.', ('Sunday', 'Monday'),
     {'nl': 'Er worden op zaterdag en zondag stormen verwacht.',
      'sr': 'Oluje se očekuju u subotu i nedelju.',
      'sr-Cyrl': 'Олује се очекују у суботу и недељу.'}),
    ('frommonth', 'Prices have risen since March.', ('March', 'April'),
     {'nl': 'De prijzen stijgen sinds maart.',
      'sr': 'Cene rastu od marta.',
      'sr-Cyrl': 'Цене расту од марта.'}),
    ('untilmonth', 'The road is closed until October.', ('October', 'September'),
     {'nl': 'De weg is tot oktober afgesloten.',
      'sr': 'Put je zatvoren do oktobra.',
      'sr-Cyrl': 'Пут је затворен до октобра.'}),
    ('yearago', 'The mine closed in 1998.', ('1998', '1988'),
     {'nl': 'De mijn sloot in 1998.',
      'sr': 'Rudnik je zatvoren 1998.',
      'sr-Cyrl': 'Рудник је затворен 1998.'}),
    ('yearrange', 'The war lasted from 1992 to 1995.', ('1995', '1996'),
     {'nl': 'De oorlog duurde van 1992 tot 1995.',
      'sr': 'Rat je trajao od 1992. do 1995.',
      'sr-Cyrl': 'Рат је трајао од 1992. до 1995.'}),
    ('yearrange2', 'He was mayor from 2008 to 2012.', ('2012', '2013'),
     {'nl': 'Hij was burgemeester van 2008-2012.',
      'sr': 'Bio je gradonačelnik 2008-2012.',
      'sr-Cyrl': 'Био је градоначелник 2008–2012.'}),
    ('decadecent', 'The plant will run until the late 2040s.', ('2040s', '2050s'),
     {'nl': 'De centrale blijft tot eind jaren veertig draaien.',
      'sr': 'Elektrana će raditi do kraja četrdesetih.',
      'sr-Cyrl': 'Електрана ће радити до краја четрдесетих.'}),
    ('decadecent2', 'The debt must be repaid in the 2030s.', ('2030s', '2020s'),
     {'nl': 'De schuld moet in de jaren dertig worden terugbetaald.',
      'sr': 'Dug mora biti otplaćen tridesetih godina.'}),
    ('podneva', 'The road stays closed until noon.', ('noon', 'midnight'),
     {'sr': 'Put ostaje zatvoren do podneva.',
      'sr-Cyrl': 'Пут остаје затворен до поднева.'}),
    ('podneva2', 'The rain started around noon.', ('noon', '3 p.m.'),
     {'sr': 'Kiša je počela oko podneva.',
      'hr': 'Kiša je počela oko podneva.',
      'bs': 'Kiša je počela oko podneva.'}),
    ('prvog', 'The treaty takes effect on 1 March.', ('1 March', '2 March'),
     {'sr': 'Sporazum stupa na snagu prvog marta.',
      'sr-Cyrl': 'Споразум ступа на снагу првог марта.'}),
    ('dvprvog', 'The ballot is set for 21 June.', ('21 June', '22 June'),
     {'sr': 'Glasanje je zakazano za dvadeset prvi jun.',
      'sr-Cyrl': 'Гласање је заказано за двадесет први јун.'}),
    ('dvprvog2', 'Exams end on 21 June.', ('21 June', '23 June'),
     {'sr': 'Ispiti se završavaju dvadeset prvog juna.',
      'sr-Cyrl': 'Испити се завршавају двадесет првог јуна.'}),
    ('poc2024', 'Work will begin in early 2024.', ('2024', '2025'),
     {'sr': 'Radovi će početi početkom 2024.',
      'sr-Cyrl': 'Радови ће почети почетком 2024. године.',
      'nl': 'De werkzaamheden beginnen begin 2024.'}),
    ('half2023', 'Sales fell in the first half of 2023.', ('2023', '2022'),
     {'sr': 'Prodaja je pala u prvoj polovini 2023.',
      'sr-Cyrl': 'Продаја је пала у првој половини 2023. године.',
      'nl': 'De verkoop daalde in de eerste helft van 2023.'}),
    ('weeksago', 'The ship sank two weeks ago.', ('two weeks', 'three weeks'),
     {'sr': 'Brod je potonuo pre dve nedelje.',
      'sr-Cyrl': 'Брод је потонуо пре две недеље.',
      'nl': 'Het schip zonk twee weken geleden.'}),
    ('jan1', 'The tax applies from 1 January 2024.', ('1 January', '1 February'),
     {'sr': 'Porez se primenjuje od 1. januara 2024.',
      'sr-Cyrl': 'Порез се примењује од 1. јануара 2024.',
      'nl': 'De belasting geldt vanaf 1 januari 2024.'}),
    ('decpct', 'Inflation was 17.3 percent.', ('17.3', '13.7'),
     {'sr': 'Inflacija je iznosila 17,3 odsto.',
      'sr-Cyrl': 'Инфлација је износила 17,3 одсто.',
      'nl': 'De inflatie bedroeg 17,3 procent.'}),
    ('fivetimes', 'Exports are five times higher.', ('five', 'four'),
     {'sr': 'Izvoz je pet puta veći.',
      'sr-Cyrl': 'Извоз је пет пута већи.',
      'nl': 'De export is vijf keer zo hoog.'}),
    ('athird', 'A third of the staff left.', ('A third', 'A quarter'),
     {'sr': 'Trećina zaposlenih je otišla.',
      'sr-Cyrl': 'Трећина запослених је отишла.',
      'nl': 'Een derde van het personeel vertrok.'}),
    ('twothirds', 'Two thirds of voters backed the plan.', ('Two thirds', 'Three quarters'),
     {'sr': 'Dve trećine birača podržale su plan.',
      'sr-Cyrl': 'Две трећине бирача подржале су план.',
      'nl': 'Twee derde van de kiezers steunde het plan.'}),
    ('threeq', 'Three quarters of the city lost power.', ('Three quarters', 'Two thirds'),
     {'sr': 'Tri četvrtine grada ostale su bez struje.',
      'nl': 'Driekwart van de stad zat zonder stroom.'}),
    ('anderhalvemnd', 'The strike lasted six weeks.', ('six', 'seven'),
     {'nl': 'De staking duurde zes weken.',
      'sr': 'Štrajk je trajao šest nedelja.',
      'sr-Cyrl': 'Штрајк је трајао шест недеља.'}),
    ('hours', 'The talks lasted eleven hours.', ('eleven', 'twelve'),
     {'nl': 'De gesprekken duurden elf uur.',
      'sr': 'Razgovori su trajali jedanaest sati.',
      'sr-Cyrl': 'Разговори су трајали једанаест сати.'}),
    ('xxivek', 'The 21st century began in 2001.', ('21st', '20th'),
     {'sr': 'XXI vek je počeo 2001.',
      'sr-Cyrl': 'XXI век је почео 2001.',
      'nl': 'De 21e eeuw begon in 2001.'}),
    ('secondhalf', 'Prices rose in the second half of the 18th century.', ('18th', '17th'),
     {'sr': 'Cene su rasle u drugoj polovini XVIII veka.',
      'sr-Cyrl': 'Цене су расле у другој половини XVIII века.',
      'nl': 'De prijzen stegen in de tweede helft van de achttiende eeuw.'}),
    ('years2', 'She spent 12 years in prison.', ('12', '21'),
     {'sr': 'Provela je 12 godina u zatvoru.',
      'sr-Cyrl': 'Провела је 12 година у затвору.',
      'nl': 'Ze zat twaalf jaar in de gevangenis.'}),
    ('km', 'The convoy travelled 450 kilometres.', ('450', '540'),
     {'sr': 'Konvoj je prešao 450 kilometara.',
      'sr-Cyrl': 'Конвој је прешао 450 километара.',
      'nl': 'Het konvooi legde 450 kilometer af.'}),
    ('dinars', 'The fine is 50,000 dinars.', ('50,000', '60,000'),
     {'sr': 'Kazna iznosi 50.000 dinara.',
      'sr-Cyrl': 'Казна износи 50.000 динара.',
      'nl': 'De boete bedraagt 50.000 dinar.'}),
]


def _versions() -> list[tuple[str, str, str, tuple[str, str], str]]:
    out = []
    for key, english, change, versions in CASES:
        for lang, text in versions.items():
            out.append((key, english, lang, change, text))
            if lang == "sr":
                out.append((key, english, "sr-Cyrl", change, to_cyrillic(text)))
    return out


VERSIONS = _versions()
IDS = [f"{key}-{lang}-{i}" for i, (key, _, lang, _, _) in enumerate(VERSIONS)]


def _findings(english: str, lang: str, version: str) -> list[Finding]:
    pair = SegmentPair("t", "en", english, lang, version)
    return [f for f in check_pair(pair) if f.category in ("number", "date")]


@pytest.mark.parametrize(("key", "english", "lang", "change", "version"), VERSIONS, ids=IDS)
def test_the_faithful_version_gives_no_number_or_date_finding(key, english, lang, change,
                                                              version):
    assert _findings(english, lang, version) == []


@pytest.mark.parametrize(("key", "english", "lang", "change", "version"), VERSIONS, ids=IDS)
def test_a_value_changed_in_english_is_an_error(key, english, lang, change, version):
    old, new = change
    changed = english.replace(old, new, 1)
    assert changed != english
    assert [f for f in _findings(changed, lang, version) if f.severity == "error"] != []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("De veerboot vertrok om kwart over zeven.", "T07:15"),
        ("De veerboot vertrok om kwart voor acht.", "T07:45"),
        ("De persconferentie begon om tien voor half twee.", "T01:20"),
        ("De persconferentie begon om vijf over half twee.", "T01:35"),
        ("De persconferentie begon om vijf voor half twee.", "T01:25"),
        ("De persconferentie begon om tien over half twee.", "T01:40"),
        ("Het alarm ging om tien over zes af.", "T06:10"),
        ("Het alarm ging rond vijf voor zes af.", "T05:55"),
    ],
)
def test_dutch_minutes_around_the_hour_and_the_half_hour(text, time):
    """Dutch counts minutes from the hour ("kwart over zeven": 7:15) and from the half hour
    before it ("tien voor half twee": ten minutes before 1:30, 1:20)."""
    assert [(f.kind, f.value) for f in analyse(text, "nl")] == [("time", time)]


@pytest.mark.parametrize("text", ["Ze besprak tien over drie onderwerpen.",
                                  "Het zijn er vijf voor drie landen."])
def test_dutch_five_or_ten_before_a_number_is_no_clock_time_without_om(text):
    """"over" is also "about", "voor" also "for": five and ten count minutes only after
    "om" or "rond"."""
    assert [f.kind for f in analyse(text, "nl")] == ["cardinal", "cardinal"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Een tiental demonstranten werd opgepakt.", 10),
        ("Een vijftiental boten lag in de haven.", 15),
        ("Een veertigtal gezinnen moest het dorp verlaten.", 40),
        ("Er kwamen een honderdtal vrijwilligers opdagen.", 100),
    ],
)
def test_dutch_round_numbers_with_tal_are_approximate(text, value):
    """"een veertigtal": about forty."""
    assert [(f.value, f.qualifier) for f in analyse(text, "nl")] == [(value, "about")]


def test_dutch_elftal_is_a_team_not_a_count():
    assert list(analyse("Het elftal speelde gelijk.", "nl")) == []


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Тврђава је подигнута у ХV веку.", "sr-Cyrl", [15]),
        ("Град се развијао у ХIХ веку.", "sr-Cyrl", [19]),
        ("Раскршће ХХ-ХХI века.", "sr-Cyrl", [20, 21]),
        ("Собор построен в ХVI веке.", "ru", [16]),
    ],
)
def test_roman_centuries_written_with_cyrillic_letters(text, lang, values):
    """Cyrillic text types the X and I of a Roman numeral with the Cyrillic letters that look
    the same ("ХIХ века"): the century reads as with Latin letters."""
    facts = analyse(text, lang)
    assert [(f.value, f.unit) for f in facts] == [(v, "century") for v in values]


@pytest.mark.parametrize(
    ("lang", "version"),
    [("sr", "Cene su pale 2030-ih."), ("nl", "De prijzen daalden in de jaren 2030.")],
)
def test_a_decade_with_its_century_on_both_sides_still_compares_the_century(lang, version):
    """Only a decade said without its century ("jaren dertig") is read in any century."""
    errors = [f for f in _findings("Prices fell in the 1930s.", lang, version)
              if f.severity == "error"]
    assert [f.kind for f in errors] == ["changed"]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("De opvang gaat om 9 uur 's avonds open.", "T21:00"),
        ("De markt sluit om twee uur ’s middags.", "T14:00"),
        ("De veerboot vertrekt om zeven uur 's ochtends.", "T07:00"),
    ],
)
def test_dutch_part_of_the_day_after_the_hour(text, time):
    """"'s avonds", "'s middags" put the hour in the afternoon half of the day; with one
    of them (or "'s ochtends") an hour in words before "uur" is a clock time."""
    assert [(f.kind, f.value) for f in analyse(text, "nl")] == [("time", time)]


def test_dutch_evening_hour_against_another_english_hour():
    english = "The shelter opens at 10 p.m."
    errors = [f for f in _findings(english, "nl", "De opvang gaat om 9 uur 's avonds open.")
              if f.severity == "error"]
    assert [f.kind for f in errors] == ["changed"]


@pytest.mark.parametrize(("text", "value"), [("Driekwart van de dijken is hersteld.", 0.75),
                                             ("Een tweederde meerderheid stemde voor.", 0.667)])
def test_dutch_fractions_glued_to_their_count(text, value):
    assert [round(f.value, 3) for f in analyse(text, "nl")] == [value]

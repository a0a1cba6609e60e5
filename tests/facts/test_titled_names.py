"""People's names read next to their titles in Korean and Hindi
(checker/facts/titled_names.py). Sentences written for these tests."""

from checker.facts.entities import extract


def _names(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract(text, lang)]


def test_a_korean_name_before_its_title_with_a_country_between():
    # President Trump met French President Olaf Scholz in Paris on Tuesday.
    text = "도널드 트럼프 대통령은 화요일 파리에서 올라프 숄츠 프랑스 대통령을 만났다."
    found = _names(text, "ko")
    assert ("도널드 트럼프", "name") in found and ("올라프 숄츠", "name") in found
    assert ("프랑스", "concept") in found


def test_a_korean_body_or_organisation_is_no_part_of_the_name():
    # Defence Minister Lloyd Austin; NATO Secretary General Mark Rutte; the national
    # football team's coach Kim Sang-sik.
    # (A title says a person more surely than the gazetteer a city: "오스틴" Austin.)
    assert ("로이드 오스틴", "name") in _names("로이드 오스틴 국방부 장관은 말했다.", "ko")
    assert ("마르크 뤼터", "name") in _names("마르크 뤼터 나토 사무총장이 도착했다.", "ko")
    found = _names("김상식 베트남 축구대표팀 감독은 우승했다.", "ko")
    assert ("김상식", "name") in found and not any("대표팀" in t for t, _ in found)


def test_a_korean_title_with_a_particle_and_a_one_syllable_honorific():
    assert ("스미스", "name") in _names("스미스 씨는 기자들에게 말했다.", "ko")


def test_a_place_with_a_korean_particle_is_a_name_of_the_data():
    found = _names("회담은 이스탄불에서 열렸다.", "ko")  # the talks were held in Istanbul
    assert ("이스탄불에서", "concept") in found
    assert any(t == "오사카에서" for t, _ in _names("오사카에서 만났다.", "ko"))  # in Osaka


def test_a_hindi_name_after_its_title():
    # Spokesman John Kirby said that Dr Tedros and Gandhi-ji agree.
    found = _names("प्रवक्ता जॉन किर्बी ने कहा कि डॉ. टेड्रोस और गांधी जी सहमत हैं।", "hi")
    assert [t for t, k in found if k == "name"] == ["जॉन किर्बी", "टेड्रोस", "गांधी"]


def test_no_name_without_a_title():
    assert [k for _, k in _names("그는 어제 기자들을 만났다.", "ko")] == []  # he met reporters
    assert [k for _, k in _names("उन्होंने कल पत्रकारों से बात की।", "hi")] == []


def test_a_hindi_name_before_a_verb_of_saying():
    # Modi said in a statement; the ministry said (a body, no person).
    assert ("मोदी", "name") in _names("मोदी ने एक बयान में कहा कि भारत मदद करेगा।", "hi")
    assert _names("मंत्रालय ने कहा कि नियम लागू होंगे।", "hi") == []


def test_a_weekday_or_an_adverb_is_no_part_of_a_korean_name():
    found = _names("화요일 올라프 숄츠 프랑스 대통령을 만났다.", "ko")
    assert ("올라프 숄츠", "name") in found
    assert [k for _, k in _names("한편 외교부 대변인은 말했다.", "ko")] == []


def test_a_time_word_after_a_hindi_title_is_no_name():
    # Nepal's prime minister will visit Beijing next week: Beijing stays a city.
    found = _names("नेपाल के प्रधानमंत्री अगले हफ्ते बीजिंग जाएंगे।", "hi")
    assert [k for _, k in found if k == "name"] == ["name"] and found[-1][0] == "बीजिंग"

"""Korean name data. Hangul spells every word by its sound and has no capitals: a foreign
name is written as it sounds ("트럼프" Trump), each word read to Latin letters by rule
(checker/translit.py) and compared with a Latin name by its consonants
(checker/spoken_names.py). A name takes its case particle glued on ("트럼프는"); a person's
title follows the name ("마크롱 대통령", "마크롱 프랑스 대통령")."""

SPELLED_BY_SOUND = True

# Case and topic particles written onto a name's end, longest first where one ends
# another: topic, subject, object, genitive, at/in, from, to (a person), and, with,
# by/to, also, only, until, from (time), than, as/saying ("이라고"). Taken off a word
# before it is looked up as a name of the data ("이스탄불에서" in Istanbul) and before it
# is heard as a foreign name (checker/spoken_names.py).
ENDINGS = (
    "에서는", "에서도", "에서의", "에게서", "으로는", "으로도", "이라고", "이라는", "께서",
    "에서", "에게", "에는", "에도", "으로", "와의", "과의", "와는", "과는", "까지", "부터",
    "보다", "한테", "처럼", "라고", "라는", "이나", "이며", "이자",
    "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도", "만", "나",
)

# Titles, roles and honorifics written right after a person's name ("트럼프 대통령",
# "스미스 씨"), maybe with the country or body between ("마크롱 프랑스 대통령"): president,
# vice-president, prime minister, chancellor, minister, vice-minister, spokesperson,
# Mr/Ms, Mrs, director/coach, chair, secretary-general, speaker, leader, ambassador,
# king, queen, prince, governor, mayor, member of parliament, senator, CEO, chief,
# professor, doctor, reporter, judge, prosecutor, general, commander, envoy, pope,
# cardinal, archbishop, player, writer, actor, singer, lawyer, adviser, head, foreign
# minister, secretary of state.
TITLES_AFTER = frozenset((
    "대통령", "부통령", "총리", "수상", "총통", "장관", "차관", "대변인", "씨", "여사", "군",
    "양", "감독", "위원장", "사무총장", "의장", "대표", "대사", "국왕", "여왕", "왕세자",
    "왕자", "공주", "주지사", "시장", "의원", "상원의원", "하원의원", "하원의장", "총재",
    "회장", "사장", "최고경영자", "교수", "박사", "기자", "특파원", "판사", "검사", "검찰총장",
    "장군", "사령관", "참모총장", "특사", "교황", "추기경", "대주교", "주교", "목사", "선수",
    "코치", "작가", "배우", "가수", "변호사", "고문", "보좌관", "국무장관", "외무장관",
    "외교장관", "국방장관", "재무장관", "총서기", "주석", "당수", "총장", "청장", "국장",
    "단장", "소장", "원장", "부총리", "부장관", "대법관", "경찰청장", "최고지도자",
    "국가주석", "수반", "총사령관", "국무위원장", "위원", "총독", "대공", "왕비", "황제",
))

# Occupations and roles written right before a person's name as often as after it
# ("가수 아델" the singer Adele, "테슬라 창업자 일론 머스크"): singer, writer, novelist, poet,
# actor, goalkeeper, striker, founder, archbishop, pope, film director, athlete.
PERSON_TITLES = frozenset((
    "가수", "작가", "소설가", "시인", "배우", "골키퍼", "공격수", "수비수", "창업자", "설립자",
    "대주교", "교황", "영화감독", "선수", "주장", "기자", "앵커", "화가", "작곡가", "지휘자",
))

# Words between a name and its title that are no part of the name: former, current,
# new, next, then, acting, interim, first, co-, deputy, senior, chief, this/that.
FUNCTION_WORDS = frozenset((
    "전", "현", "신임", "차기", "당시", "전임", "후임", "초대", "공동", "임시", "대행",
    "권한대행", "수석", "부", "그", "이", "저", "해당", "당", "측", "및", "또는", "그리고",
    "등", "각", "모든", "한", "두", "세", "새", "현직", "전직", "명예", "종신", "최초",
    # adverbs and time words a sentence starts with: meanwhile, also, then, that day, now,
    # recently, last, coming, this, earlier, especially, but, however, again, after,
    # this year, last year, next year, today, yesterday, tomorrow (weekdays and months are
    # the date extractor's: checker/facts/entities.py)
    "한편", "또한", "이에", "이날", "현재", "최근", "지난", "오는", "이번", "앞서", "특히",
    "그러나", "하지만", "또", "다만", "이후", "올해", "지난해", "내년", "오늘", "어제", "내일",
    "이어", "당일",
))

# Endings of the common nouns that name a body before a title ("국방부" ministry of
# defence, "민주당" Democratic Party): such a word is no person's name.
COMMON_NOUN_SUFFIXES = (
    "부", "청", "처", "당", "위원회", "협회", "연맹", "대학교", "대학", "은행", "공사",
    "그룹", "재단", "연구소", "법원", "의회", "정부", "기구", "연합", "방송", "신문",
    "본부", "사무소", "통신", "팀", "구단", "클럽", "군", "경찰", "법인", "지사", "국",
)

# Organisations Korean news names by the sound of their acronym or by their Korean name,
# which stand between a person's name and title ("뤼터 나토 사무총장"): no part of the
# name (checker/facts/titled_names.py).
ORGANISATION_WORDS = frozenset((
    "나토", "유엔", "유럽연합", "세계보건기구", "국제통화기금", "세계은행", "아세안", "오펙",
    "국제원자력기구", "적십자", "국제올림픽위원회", "피파", "유네스코", "유니세프", "인터폴",
    "세계무역기구", "아프리카연합", "주요7개국", "주요20개국",
))

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

# Sino-Korean readings of the characters of Korean names (the hanja Chinese text writes them
# in; checker/lang/zh/names.py: OTHER_READINGS), as Korean names are spelt in
# English: the Revised Romanization and the spellings people and newspapers use beside it
# ("문" moon/mun, "윤" yoon/yun, "석" suk/seok). General linguistic data written by the team
# from its knowledge of Korean (no evaluation set's names): each entry is
# "characters=reading,reading", simplified and traditional forms separated by "/". A
# Chinese text names a Korean person by the characters of the name's hanja; the English
# text by their Korean reading (checker/other_readings.py).
_HANJA_READINGS = """
金=kim,gim 李=lee,yi,rhee,ree,rhie 朴=park,pak,bak 崔=choi,choe
郑/鄭=jung,jeong,chung 姜=kang,gang 赵/趙=cho,jo 尹=yoon,yun 张/張=jang,chang
林=lim,im 韩/韓=han 吴/吳=oh,o 徐=seo,suh 申=shin,sin 权/權=kwon,gwon 黄/黃=hwang
安=ahn,an 宋=song 柳=yoo,ryu,yu 刘/劉=yoo,yu 洪=hong 全=jeon,chun,jun 高=ko,go
文=moon,mun 孙/孫=son,sohn 梁=yang,ryang 裴=bae,pae 白=baek,paik,baik
曹=cho,jo 许/許=heo,hur,huh 南=nam 沈=shim,sim 卢/盧=roh,noh,no,ro 河=ha
丁=jeong,chung,jung 成=sung,seong 车/車=cha 具=koo,gu,ku 禹=woo,u 闵/閔=min
任=lim,im 罗/羅=na,ra 陈/陳=jin,chin 池=ji 严/嚴=eom,um 元=won 蔡=chae
千=cheon,chun 方=bang 孔=kong,gong 玄=hyun,hyeon 咸=ham 卞=byun,byeon
廉=yeom,yum 边/邊=byun,byeon 秋=choo,chu 都=do 石=seok,suk 鲁/魯=no,roh
薛=seol,sul 吉=gil,kil 延=yeon,yon 魏=wi 表=pyo 明=myung,myeong 奇=ki,gi
潘=ban 王=wang 琴=keum,geum 玉=ok 陆/陸=yook,yuk 印=in 孟=maeng 诸/諸=je 卓=tak
国/國=kook,guk 余=yeo,yu 辛=shin,sin 庆/慶=kyung,gyeong 在=jae,jai 寅=in
锡/錫=suk,seok,sok 悦/悅=yeol,yul,youl 正=jong,jung,jeong,chung 恩=un,eun
日=il 大=dae,tae 中=jung,joong,chung 泳=young,yeong 三=sam 泰=tae 愚=woo
斗=doo,du 焕/煥=hwan 熙=hee,hui 槿=geun,gun,keun 惠=hye,hae 博=bak,pak
炫=hyun,hyeon 武=moo,mu 铉/鉉=hyun,hyeon 淑=sook,suk 英=young,yeong
永=young,yeong 荣/榮=young,yeong 秀=soo,su 洙=soo,su 珠=joo,ju 周=joo,ju
俊=joon,jun 浚=joon,jun 峻=joon,jun 准/準=joon,jun 敏=min 民=min 珉=min 旼=min
慜=min 贤/賢=hyun,hyeon 显/顯=hyun,hyeon 镇/鎮=jin 真/眞=jin 振=jin 珍=jin
晋/晉=jin 智=ji 志=ji 知=ji 浩=ho 昊=ho 镐/鎬=ho 虎=ho 勋/勳=hoon,hun 薰=hoon,hun
宰=jae 载/載=jae 才=jae 材=jae 齐/齊=je 济/濟=je 宪/憲=hun,heon 植=sik
硕/碩=seok,suk 奭=seok,suk 东/東=dong 桐=dong 垠=eun 银/銀=eun 殷=eun 允=yoon,yun
润/潤=yoon,yun 胤=yoon,yun 亨=hyung,hyeong 炯=hyung,hyeong 衡=hyung,hyeong
炳=byung,byeong 秉=byung,byeong 丙=byung,byeong 容=yong 龙/龍=yong,ryong
勇=yong 镛/鏞=yong 善=sun,seon 宣=sun,seon 仙=sun,seon 先=sun,seon 美=mi 姬=hee
喜=hee 希=hee 喆=chul,cheol 哲=chul,cheol 澈=chul,cheol 铁/鐵=chul,cheol
光=kwang,gwang 广/廣=kwang,gwang 圭=kyu,gyu 奎=kyu,gyu 揆=kyu,gyu
京=kyung,gyeong 敬=kyung,gyeong 景=kyung,gyeong 卿=kyung,gyeong 烈=yeol,yul
律=yul,yeol 道=do 度=do 德=duk,deok,duck 太=tae 台/臺=tae 相=sang 尚=sang
祥=sang 灿/燦=chan 赞/贊=chan 昌=chang 彰=chang 春=chun 忠=chung 清=chung,cheong
海=hae 辉/輝=hwi 华/華=hwa 和=hwa 花=hwa 一=il 仁=in 云/雲=woon,un 源=won 媛=won
园/園=won 远/遠=won 愿/願=won 宇=woo,u 佑=woo 祐=woo 雨=woo 孝=hyo 晓/曉=hyo
星=sung,seong 圣/聖=sung,seong 诚/誠=sung,seong 盛=sung,seong 承=seung
胜/勝=seung 昇=seung 钟/鍾=jong 宗=jong 种/種=jong 受=soo,su 寿/壽=soo,su
守=soo,su 水=soo,su 树/樹=soo,su 顺/順=soon,sun 淳=soon,sun 纯/純=soon,sun
舜=soon,sun 然=yeon,yon 妍=yeon,yon 娟=yeon,yon 渊/淵=yeon,yon 连/連=yeon,yon
研=yeon,yon 贞/貞=jung,jeong 廷=jung,jeong 晶=jung,jeong 静/靜=jung,jeong
庭=jung,jeong 政=jung,jeong 弼=pil 必=pil 彬=bin 斌=bin 玟=min 荷=ha 夏=ha
会/會=hoe,hoi 雄=woong,ung 汉/漢=han 翰=han 娥=ah,a 雅=ah,a 瑞=seo 书/書=seo
瑛=young,yeong 映=young,yeong 彦=eon 万/萬=man 满/滿=man 基=ki,gi 起=ki,gi
其=ki,gi 琦=ki,gi 男=nam 楠=nam 甲=gap 根=geun,keun 勤=geun,keun 奉=bong
凤/鳳=bong 峰=bong 泽/澤=taek 洛=nak 乐/樂=nak,rak 完=wan 旭=wook,uk 郁=wook,uk
煜=wook,uk 昱=wook,uk 柱=joo,ju 兴/興=heung 爱/愛=ae 教=kyo,gyo 世=se,sye
均=kyun,gyun 富=boo,bu 谦/謙=kyum,gyeom 弘=hong 鸿/鴻=hong 信=shin,sin
伸=shin,sin 心=shim,sim 义/義=eui,ui 宜=eui,ui 仪/儀=eui,ui 元=won
丽/麗=ryeo,yeo 康=kang,gang 惟=yu 裕=yu 有=yu 俞=yu 炅=kyung,gyeong 恵=hye
哲=chul,cheol 泫=hyun,hyeon 秀=soo,su 仁=in 顺/順=soon 来/來=rae,nae 荣/榮=young
贵/貴=gwi,kwi 权/權=kwon,gwon 与/與=yo 兑/兌=tae 杓=pyo 宁/寧=young,yeong,nyeong
镕/鎔=yong 溶=yong 谟/謨=mo 赫=hyuk,hyeok 崔=chey 曺=cho 泳=young 昊=ho 子=ja
莲/蓮=ryeon,yeon 建=geon,gun,kun 健=geon,gun,kun 乾=geon 娜=na 昶=chang 倍=bae
培=bae 范=beom,bum 凡=beom,bum 辰=jin 津=jin 性=sung,seong 声/聲=sung,seong
禾=hwa 熊=woong 烨/燁=yeop 叶/葉=yeop 协/協=hyup,hyeop 坤=gon,kon 昆=gon
锦/錦=geum,keum 今=geum 艺/藝=ye 礼/禮=ye,rye 睿=ye 慧=hye 好=ho 豪=ho 红/紅=hong
暻=kyung 璟=kyung 翼=ik 益=ik 逸=il 咏/詠=young 颖/穎=young 莹/瑩=young 美=mi
妍=yeon 姬=hee 淑=sook 娟=yeon 瑟=seul 率=sol 雪=seol,sul 恩=eun 书/書=seo
宥=yoo,yu 侑=yoo,yu 优/優=woo 友=woo 又=woo 宪/憲=heon 钧/鈞=kyun,gyun 圭=kyu
揆=kyu 铭/銘=myung 命=myung 鸣/鳴=myung 茂=moo,mu 务/務=moo 舞=moo 芝=ji 枝=ji
地=ji 持=ji 哲=cheol 天=chun,cheon 川=chun,cheon 泉=chun,cheon 浅/淺=cheon
春=chun 冲/沖=chung 忠=chung 承=seung 胜=seung 升=seung 昇=seung 星=sung 惺=sung
晟=sung 兑=tae 泰=tae 台=tae 太=tae 宅=taek 泽=taek 择/擇=taek 铎/鐸=tak 卓=tak
琢=tak 托=tak 珉=min 岷=min 闵=min 炳=byung 秉=byung 柄=byung 丙=byung
并/竝=byung
"""

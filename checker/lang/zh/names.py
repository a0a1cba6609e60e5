"""Chinese has no capital letters and no spaces (its writing system, from CLDR): names come
from glossaries and CLDR only, and from Latin-script words in the text."""

from checker.lang.ja.names import _KANJI_READINGS
from checker.lang.ko.names import _HANJA_READINGS
from checker.lang.vi.names import _HAN_READINGS

# The characters of the transcription tables that write foreign names by their sound
# ("Trump" is te-lang-pu): a Latin name is looked for among runs of them by its sound
# (checker/transcription.py). Many are common words' characters too.
SOUND_CHARACTERS = (
    "阿埃艾爱安昂奥敖巴拜班邦鲍保堡贝本比彼毕宾滨波伯勃博布查察柴昌彻楚茨措达戴丹当道德登"
    "迪狄蒂丁东杜敦顿多朵厄恩尔法凡范菲斐芬丰佛夫弗伏福富盖甘冈戈哥格根贡古瓜圭果哈海汉罕豪"
    "赫亨洪胡怀惠霍基吉加贾杰捷金京久居卡凯坎康考柯科克肯孔库夸奎昆拉腊来莱赖兰朗劳勒雷蕾黎"
    "里利莉丽列林琳隆卢鲁陆路露伦罗洛略吕马玛迈麦曼芒毛梅门蒙孟米密敏明摩莫默姆穆慕纳娜拿乃"
    "奈南瑙内尼妮涅宁纽努诺欧帕潘庞佩彭蓬皮平珀普浦齐奇契恰乔钦琴丘秋琼让热荣茹儒瑞若萨塞赛"
    "桑瑟森沙莎绍舍施什史舒斯思松苏索塔泰坦汤唐陶特提廷通图托瓦万旺威韦维魏温文沃乌伍武西希"
    "锡席夏香肖谢辛欣休修雅亚扬耶叶伊依因英尤于约翰逊扎泽曾詹章兹佐祖娅娃黛薇刘易歇切物犹他诸那华耳儿纽"
    "撒忒娄葛宏"
    # The Traditional forms of those that have one (Taiwan and Hong Kong text).
    "愛鮑貝畢賓濱徹達當東頓爾豐蓋岡貢漢懷賈傑凱庫誇臘來萊賴蘭勞麗盧魯陸倫羅呂馬瑪邁麥門納內寧紐諾歐龐齊喬欽瓊讓熱榮薩賽紹蘇湯"
    "圖萬韋維溫烏錫謝亞揚葉約遜澤茲婭劉猶諸華兒婁"
)
# Those almost never used for anything but a name's sound: a run of two or more sound
# characters with one of them is a name.
SOUND_NAME_MARKS = (
    "斯尔姆兹茨娜莎琳蒂迪妮娅娃蕾黛薇莉埃奥伊厄帕珀迈勒赫霍詹乔琼瑞弗菲芬柯坎奎卢洛廷萨沃韦"
    "耶泽佐锡涅贝鲍堡哈伯丹狄翰逊朗歇阿"
    "爾茲婭邁喬瓊盧薩韋澤錫貝鮑遜"  # Traditional forms
)
NAME_JOINERS = "·•・"
# Saint: the start of many places' and churches' names whose rest is written by sound
# ("圣马丁" St Martin, "圣保罗" São Paulo).
SOUND_NAME_PREFIXES = "圣聖"
# Island, sea, lake, river, mountain, state, port, bay: after a place's name written by its
# sound ("X岛" the island X).
SOUND_PLACE_SUFFIXES = "岛海湖河山州港湾"
# River, lake, sea, mountain, island, peninsula, district, county, city, town, village,
# road, street, bridge, bay, port, province, gorge: after a place's own name, which English
# keeps in pinyin and translates this by meaning ("钱塘江" the Qiantang River, "贾汪区"
# Jiawang district). The segmenter tags many such names as people's.
PLACE_KIND_CHARACTERS = "江河湖海山岛区县市镇村路街桥湾港省峡"
# Every reading of each character (pypinyin's table): a Chinese name written in pinyin
# ("Chongqing") is matched syllable by syllable against the characters' readings.
CHARACTER_READINGS = "pypinyin"
# Other languages' readings of the characters (Sino-Korean, Japanese, Sino-Vietnamese):
# a Korean, Japanese or Vietnamese person named in characters is written in English by
# that language's reading ("文在寅" Moon Jae-in, "岸田文雄" Fumio Kishida, "阮" Nguyen).
# The tables are each language's data (checker/lang/ja, ko, vi: names.py).
OTHER_READINGS = (_HANJA_READINGS, _KANJI_READINGS, _HAN_READINGS)
# Wade-Giles (without its apostrophes and umlauts), in which Taiwan and older texts write
# names ("Tsai", "Hsinchu", "Kaohsiung", "Chiang Ching-kuo"): rewrites of one pinyin
# syllable, in order; the syllables of Taiwan's names drop the y of yi, yin, ying ("Ing-wen").
READING_RESPELLINGS = (
    (r"^(zh|ch|sh|r)i$", r"\1ih"), (r"^[zc]i$", "tzu"), (r"^si$", "ssu"),
    (r"^([gkh]?)e$", r"\1o"), (r"^er$", "erh"), (r"^you$", "yu"), (r"^yan$", "yen"),
    (r"^ye$", "yeh"), (r"^y(in?g?)$", r"\1"), (r"ong$", "ung"), (r"ian$", "ien"),
    (r"([^y])ie$", r"\1ieh"), (r"ue$", "ueh"), (r"^([gk])ui$", r"\1uei"),
    (r"^(d|t|n|l|z|c|s|zh|ch|r)uo$", r"\1o"),
    (r"^zh", "ch"), (r"^[jq]", "ch"), (r"^x", "hs"), (r"^z", "ts"), (r"^c(?!h)", "ts"),
    (r"^r", "j"), (r"^b", "p"), (r"^d", "t"), (r"^g", "k"),
)
# The segmenter that cuts a text into words and tags names among them (jieba's dictionary
# and its model of unknown words: checker/segmenter.py): person (nr), place (ns). Not
# nrt/nrfg: transcribed foreign names, which the sound characters read better (jieba
# splits their surnames off); organisation (nt) unless made of common words (below); not nz
# (other proper noun): jieba gives it to many common nouns ("恒星" star).
NAME_SEGMENTER = "jieba"
SEGMENTER_PERSON_TAGS = frozenset(("nr",))
SEGMENTER_NAME_TAGS = frozenset(("ns", "nt"))
# Transcribed foreign names (nrt): a person's name tagged right before one is its start.
SEGMENTER_SOUND_TAGS = frozenset(("nrt",))
# Nouns, verbs, verbal nouns, adjectives and the adjectives that only stand before a noun
# (b: "临时" interim, "主要" main): a place or organisation word made of two of them
# ("公安局" public security bureau, "商业中心" shopping centre, "临时政府" interim
# government) is no name ("新华社" is: "新华" is tagged as a name).
SEGMENTER_WORD_TAGS = frozenset(("n", "v", "vn", "a", "b"))
# Adverbs, conjunctions, prepositions, pronouns, numerals, measure words, times, locality
# words, particles: a word the dictionary lists with one of them is no name, even where it
# starts with a surname after a title ("发言人马上表示", the spokesman at once said).
SEGMENTER_FUNCTION_TAGS = frozenset(("d", "c", "p", "r", "m", "q", "t", "f", "u", "ad", "y"))
# Common nouns and adjectives jieba's dictionary tags as places (city, town, small town,
# mountain area, liveable): "宜居城市" (a liveable city) is made of two of them. Also the
# landforms it tags so (delta, plateau, plain, strait, gulf, mountain range), never a name
# alone ("三角洲" is GeoNames' Delta, Canada, too).
SEGMENTER_COMMON_WORDS = frozenset(("城市", "城镇", "小镇", "山区", "宜居", "三角洲", "高原",
                                    "平原", "海峡", "海湾", "山脉"))

# The common Chinese surnames (general linguistic data, like honorifics). Characters that
# are mostly words of their own in news text are left out: function words (和 "and", 于
# "at", 向 "towards"), and 任 (任期 "term of office"), 曾 (曾经 "once"), 连 (连任
# "re-elected"), 申 (申请 "apply"), 党 "party", 商 "commerce", 卫 (卫生 "health"), 庄
# (庄园 "manor"), 时, 明, 文, 全, 应, 单, 解, 成. A surname is only taken with a title next
# to the name, or with 某 after it.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧"
    "耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙"
    "鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑"
    "迟邝习"
).difference("和明时文全应单解成任曾连申党商卫庄")
SURNAMES = SURNAMES | frozenset(
    ("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯", "令狐", "皇甫", "慕容", "尉迟",
     "长孙", "宇文", "公孙", "端木", "百里", "呼延", "澹台", "南宫")
)
# Spellings of surnames that are not their pinyin (simplified and traditional forms):
# Cantonese (Hong Kong, Macau), Hokkien and Teochew (Taiwan, Singapore, Malaysia), and
# Wade-Giles ones the respellings above do not give. A person named in English by an
# English given name or in another romanisation ("Lawrence Wong" for 黄循财, "Carrie Lam")
# is matched by the surname (checker/compare/own_surnames.py).
_SURNAME_SPELLINGS = {
    "王": "wong,ong", "张/張": "cheung,chang,teo,chong,cheong", "刘/劉": "lau,lao",
    "陈/陳": "chan,tan,chin,chen", "杨/楊": "yeung,yeo,yong,yeong", "马/馬": "mah",
    "黄/黃": "wong,ng,wee,oei,ooi,huang", "周": "chow,chau,chou,chew", "林": "lam,lim",
    "朱": "chu,choo,chue", "胡": "wu,woo", "郭": "kwok,kuo,kok,quek,gou", "何": "ho,hoh",
    "罗/羅": "law,lo,loh",
    "梁": "leung,leong,neo", "谢/謝": "tse,hsieh,cheah,chia,seah", "许/許": "hui,hsu,koh,khoo",
    "邓/鄧": "tang,teng", "曹": "tso,tsao", "彭": "pang,phang",
    "曾": "tsang,tseng", "董": "tung", "蒋/蔣": "tseung,chiang",
    "蔡": "choi,choy,chua,tsai", "叶/葉": "yip,ip,yeh,yap", "苏/蘇": "so,soh",
    "吕/呂": "lui,lu", "魏": "ngai", "冯/馮": "fung", "邱": "yau,chiu,khoo",
    "江": "kong", "石": "shek,shih", "廖": "liu,leow", "傅": "foo", "施": "sze,sy",
    "钟/鍾": "chung", "温/溫": "wan,woon", "龚/龔": "kung", "邝/鄺": "kwong", "黎": "lai",
    "赖/賴": "lai", "贺/賀": "ho", "侯": "hau", "杜": "to,toh", "戴": "tai", "方": "fong,png",
    "汤/湯": "tong", "姚": "yiu", "毛": "mo", "严/嚴": "yim,yen", "柯": "ko,kua",
    "连/連": "lien", "萧/蕭/肖": "siu,hsiao,seow", "欧阳/歐陽": "auyeung,auyong",
    "司徒": "szeto", "余": "yu,yee", "邵": "shiu", "颜/顏": "ngan,gan", "关/關": "kwan",
    "麦/麥": "mak", "岑": "sham", "翁": "yung,ong", "区/區": "au", "莫": "mok", "高": "ko",
    # Korean names written in characters are read in Korean ("Kim Jong Un" for 金正恩).
    "金": "kim", "朴": "park,pak", "崔": "choi", "姜": "kang", "尹": "yoon,yun",
    "赵/趙": "chiu,chao,chew,cho", "郑/鄭": "cheng,tay,teh,jung,chung", "申": "shin",
    "权/權": "kwon", "卢/盧": "lo,lou,roh,noh", "全": "chun,jeon", "安": "ahn",
    "洪": "hong", "宋": "song", "吴/吳": "ng,goh,woo,ngo,oh", "徐": "tsui,hsu,chee,seo,suh",
    "文": "moon,man", "孙/孫": "suen,soon,son", "柳": "yoo,ryu", "韩/韓": "hon,han",
    "潘": "poon,phua,ban", "李": "lee,lei,lie,yi,rhee",
}
SURNAME_SPELLINGS = {
    surname: spellings
    for forms, spellings in _SURNAME_SPELLINGS.items() for surname in forms.split("/")
}
# Titles written right before a name ("外交部长王某"); a name ends where a function word,
# a punctuation mark or the end of the text follows it.
NAME_TITLES = frozenset(
    (
        "主席", "副主席", "总统", "副总统", "总理", "副总理", "首相", "总书记", "书记",
        "部长", "副部长", "省长", "市长", "县长", "区长", "镇长", "村长", "州长", "局长",
        "院长", "校长", "所长", "站长", "厂长", "处长", "科长", "主任", "董事长", "总裁",
        "总经理", "经理", "会长", "社长", "秘书长", "委员", "大使", "发言人", "主持人",
        "记者", "教练", "队长", "议员", "议长", "外长", "国务卿", "司令", "将军", "法官",
        "检察官", "警官", "负责人", "创始人", "导演", "作家", "总监", "教授", "博士", "医生",
        "律师", "老师",
    )
)
# Their Traditional forms (Taiwan and Hong Kong text).
NAME_TITLES = NAME_TITLES | frozenset(
    (
        "副總理", "副總統", "副部長", "創始人", "區長", "國務卿", "外長", "委員", "將軍",
        "導演", "局長", "州長", "市長", "廠長", "律師", "所長", "書記", "會長", "村長", "校長",
        "檢察官", "發言人", "省長", "社長", "科長", "秘書長", "站長", "經理", "縣長", "總書記",
        "總理", "總監", "總統", "總經理", "總裁", "老師", "董事長", "處長", "記者", "議員",
        "議長", "負責人", "部長", "鎮長", "院長", "隊長",
    )
)
# Honorifics written right after a name or a surname ("王某主席" is no pattern: a
# department is named before a title as often, 商务部长 "commerce minister").
NAME_HONORIFICS = frozenset(("先生", "女士", "小姐", "夫人", "同志", "总书记", "總書記"))
# Verbs that often follow a person's name (says, points out, stresses, met, attended...):
# a run of sound characters right before one is a name (checker/sound_runs.py).
NAME_FOLLOWERS = frozenset(
    (
        "表示", "指出", "认为", "强调", "介绍", "透露", "告诉", "宣布", "会见", "出席",
        "访问", "回应", "解释", "补充", "发表", "称赞", "呼吁", "希望", "承认", "否认",
    )
)
NAME_FOLLOWERS = NAME_FOLLOWERS | frozenset(  # Traditional forms
    (
        "介紹", "否認", "呼籲", "回應", "強調", "承認", "會見", "發表", "稱讚", "補充", "解釋",
        "訪問", "認為", "宣佈",
    )
)
ANONYMOUS_GIVEN = "某"
# Function words and personal pronouns: a character after a surname that is one of them is
# no given name ("任在校长..." is "任 at the headmaster's"), nor a name's first character.
NOT_IN_GIVEN_NAMES = "的了是在和与及对向由被将把从也都就还而或但于以其这那此该各每称说他她它"
# Words written right before a place: at, from, arrive at, come to, return to, located in,
# leave, head for, fly to, pass through, go to. A city of China named by two characters
# right after one is a name (checker/facts/home_places.py); two characters alone spell too
# many common words. Not 到, 于, 往 and 至 alone: they end other words as often ("谈到"
# talk about, "由于" because, "往往" often, "甚至" even).
PLACE_PREPOSITIONS = frozenset(
    ("在", "赴", "从", "抵达", "来到", "回到", "来自", "位于", "前往", "离开", "飞往", "途经",
     "返回")
)
# Words between a country and a city of it: capital, city, port city, largest city, and
# the parts of a country ("秘鲁首都利马" Lima, the capital of Peru; "刚果（金）东部城市戈马").
COUNTRY_CITY_LINKS = frozenset(
    ("首都", "城市", "港口城市", "港城", "最大城市", "第二大城市", "东部城市", "西部城市",
     "南部城市", "北部城市", "中部城市", "东北部城市", "西北部城市", "东南部城市", "西南部城市",
     "边境城市", "沿海城市")
)
# Suffixes that make a common noun of the word before them (party, -ism, -isation, -ness,
# -er, circles, style, rights, people), or a university's name, which the other language may
# give otherwise (one named after a person): two characters before one are that word's,
# not a city's name ("民主党" the Democratic Party).
COMMON_NOUN_SUFFIXES = ("党", "主义", "化", "性", "者", "界", "式", "权", "人", "大学")
# The ending that makes a language's name of a place's (威尔士 Wales, 威尔士语 Welsh, CLDR's
# name of cy): the place's name is its adjective too (checker/compare/language_names.py).
LANGUAGE_NAME_SUFFIXES = ("语",)

"""Chinese has no capital letters and no spaces (its writing system, from CLDR): names come
from glossaries and CLDR only, and from Latin-script words in the text."""

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
    "锡席夏香肖谢辛欣休修雅亚扬耶叶伊依因英尤于约翰逊扎泽曾詹章兹佐祖娅娃黛薇刘易歇切物犹他诸那华耳儿"
)
# Those almost never used for anything but a name's sound: a run of two or more sound
# characters with one of them is a name.
SOUND_NAME_MARKS = (
    "斯尔姆兹茨娜莎琳蒂迪妮娅娃蕾黛薇莉埃奥伊厄帕珀迈勒赫霍詹乔琼瑞弗菲芬柯坎奎卢洛廷萨沃韦"
    "耶泽佐锡涅贝鲍堡哈伯丹狄翰逊朗歇阿"
)
NAME_JOINERS = "·•・"
# Every reading of each character (pypinyin's table): a Chinese name written in pinyin
# ("Chongqing") is matched syllable by syllable against the characters' readings.
CHARACTER_READINGS = "pypinyin"

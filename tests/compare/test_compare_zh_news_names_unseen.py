"""Chinese news sentences with people, places and organisations of every region, written as
a Chinese news agency would (standard transcriptions, abbreviations, surname-only second
mentions, Japanese and Korean names in characters, names said by meaning), each with a
faithful English translation and two drifted twins: one name replaced by another of its
kind, or removed. None comes from an evaluation set: these are the unseen text issue 11
asks Chinese name reading to hold on. The Chinese side is the reference (as in DEMETR).

`CASES`: key -> (Chinese, faithful English, English with a name replaced, English with it
removed). Known gaps run as strict expected failures, so a fix shows up as one.
"""

from __future__ import annotations

import pytest

from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair

CASES = {
    "kenya_nairobi": (
        "肯尼亚总统鲁托周二在内罗毕会见了到访的埃塞俄比亚总理阿比。",
        "Kenyan President Ruto met visiting Ethiopian Prime Minister Abiy in Nairobi on Tuesday.",
        "Kenyan President Ruto met visiting Ethiopian Prime Minister Abiy in Mombasa on Tuesday.",
        "Kenyan President Ruto met visiting Ethiopian Prime Minister Abiy on Tuesday.",
    ),
    "nigeria_lagos": (
        "尼日利亚拉各斯州政府宣布，将投资五亿美元修建一条新的轻轨线路。",
        "The government of Nigeria's Lagos State announced it would invest 500 million dollars in "
        "a new light rail line.",
        "The government of Nigeria's Kano State announced it would invest 500 million dollars in "
        "a new light rail line.",
        "A Nigerian state government announced it would invest 500 million dollars in a new light "
        "rail line.",
    ),
    "anc_johannesburg": (
        "南非执政党非洲人国民大会在约翰内斯堡召开全国代表大会。",
        "South Africa's ruling African National Congress held its national conference in "
        "Johannesburg.",
        "South Africa's ruling African National Congress held its national conference in Durban.",
        "South Africa's ruling African National Congress held its national conference.",
    ),
    "ghana_mahama": (
        "加纳前总统马哈马赢得了此次大选。",
        "Former Ghanaian President Mahama won the election.",
        "Former Ghanaian President Akufo-Addo won the election.",
        "A former Ghanaian president won the election.",
    ),
    "brazil_sao_paulo": (
        "巴西总统卢拉在圣保罗出席了一场工会集会。",
        "Brazilian President Lula attended a trade union rally in Sao Paulo.",
        "Brazilian President Lula attended a trade union rally in Recife.",
        "Brazilian President Lula attended a trade union rally.",
    ),
    "argentina_buenos_aires": (
        "阿根廷经济部长在布宜诺斯艾利斯表示，通胀率已连续三个月下降。",
        "Argentina's economy minister said in Buenos Aires that inflation had fallen for three "
        "months in a row.",
        "Argentina's economy minister said in Cordoba that inflation had fallen for three months "
        "in a row.",
        "Argentina's economy minister said that inflation had fallen for three months in a row.",
    ),
    "mexico_city_mayor": (
        "墨西哥城市长布鲁加达宣布了一项新的供水计划。",
        "Mexico City Mayor Brugada announced a new water supply plan.",
        "Mexico City Mayor Ebrard announced a new water supply plan.",
        "The mayor of Mexico City announced a new water supply plan.",
    ),
    "chile_valparaiso": (
        "智利总统博里奇周一访问了瓦尔帕莱索港。",
        "Chilean President Boric visited the port of Valparaiso on Monday.",
        "Chilean President Boric visited the port of Antofagasta on Monday.",
        "Chilean President Boric visited the port on Monday.",
    ),
    "colombia_uruguay": (
        "哥伦比亚国家足球队在麦德林以二比一战胜了乌拉圭队。",
        "Colombia's national football team beat Uruguay 2-1 in Medellin.",
        "Colombia's national football team beat Paraguay 2-1 in Medellin.",
        "Colombia's national football team won 2-1 in Medellin.",
    ),
    "saudi_riyadh": (
        "沙特阿拉伯外交大臣费萨尔在利雅得会见了伊朗外长阿拉格齐。",
        "Saudi Foreign Minister Faisal met Iranian Foreign Minister Araghchi in Riyadh.",
        "Saudi Foreign Minister Faisal met Iranian Foreign Minister Araghchi in Jeddah.",
        "Saudi Foreign Minister Faisal met the Iranian foreign minister in Riyadh.",
    ),
    "gaza_rafah": (
        "以色列军队周三对加沙地带南部的拉法发动空袭。",
        "The Israeli army launched air strikes on Rafah in the southern Gaza Strip on Wednesday.",
        "The Israeli army launched air strikes on Khan Younis in the southern Gaza Strip on "
        "Wednesday.",
        "The Israeli army launched air strikes in the southern Gaza Strip on Wednesday.",
    ),
    "egypt_cairo": (
        "埃及总统塞西在开罗主持召开了一次地区峰会。",
        "Egyptian President Sisi hosted a regional summit in Cairo.",
        "Egyptian President Sisi hosted a regional summit in Alexandria.",
        "Egyptian President Sisi hosted a regional summit.",
    ),
    "qatar_lebanon": (
        "卡塔尔埃米尔塔米姆与黎巴嫩总统奥恩通了电话。",
        "Qatar's Emir Tamim spoke by phone with Lebanese President Aoun.",
        "Qatar's Emir Tamim spoke by phone with Lebanese President Berri.",
        "Qatar's Emir Tamim spoke by phone with the Lebanese president.",
    ),
    "kazakh_astana": (
        "哈萨克斯坦总统托卡耶夫在阿斯塔纳会见了乌兹别克斯坦总统米尔济约耶夫。",
        "Kazakh President Tokayev met Uzbek President Mirziyoyev in Astana.",
        "Kazakh President Tokayev met Uzbek President Mirziyoyev in Almaty.",
        "Kazakh President Tokayev met the Uzbek president in Astana.",
    ),
    "kyrgyz_bishkek": (
        "吉尔吉斯斯坦首都比什凯克遭遇了十年来最强的暴风雪。",
        "Bishkek, the capital of Kyrgyzstan, was hit by the strongest snowstorm in a decade.",
        "Dushanbe, the capital of Kyrgyzstan, was hit by the strongest snowstorm in a decade.",
        "The capital of Kyrgyzstan was hit by the strongest snowstorm in a decade.",
    ),
    "turkmen_xinjiang": (
        "土库曼斯坦的天然气通过管道输往中国新疆。",
        "Turkmenistan's natural gas is piped to Xinjiang in China.",
        "Turkmenistan's natural gas is piped to Gansu in China.",
        "Turkmenistan's natural gas is piped to China.",
    ),
    "merz_macron": (
        "德国总理默茨周四在柏林与法国总统马克龙举行会谈。",
        "German Chancellor Merz held talks with French President Macron in Berlin on Thursday.",
        "German Chancellor Scholz held talks with French President Macron in Berlin on Thursday.",
        "German Chancellor Merz held talks with the French president in Berlin on Thursday.",
    ),
    "eu_commission": (
        "欧盟委员会主席冯德莱恩在布鲁塞尔宣布了新的制裁措施。",
        "European Commission President von der Leyen announced new sanctions in Brussels.",
        "European Commission President von der Leyen announced new sanctions in Strasbourg.",
        "European Commission President von der Leyen announced new sanctions.",
    ),
    "nato_rutte": (
        "北约秘书长吕特在海牙表示，成员国应增加国防开支。",
        "NATO Secretary General Rutte said in The Hague that member states should raise defence "
        "spending.",
        "NATO Secretary General Stoltenberg said in The Hague that member states should raise "
        "defence spending.",
        "NATO's secretary general said in The Hague that member states should raise defence "
        "spending.",
    ),
    "starmer_edinburgh": (
        "英国首相斯塔默周一前往苏格兰爱丁堡访问。",
        "British Prime Minister Starmer travelled to Edinburgh in Scotland on Monday.",
        "British Prime Minister Starmer travelled to Glasgow in Scotland on Monday.",
        "British Prime Minister Starmer travelled to Scotland on Monday.",
    ),
    "spain_portugal": (
        "西班牙首相桑切斯在马德里会见了葡萄牙总理蒙特内格罗。",
        "Spanish Prime Minister Sanchez met Portuguese Prime Minister Montenegro in Madrid.",
        "Spanish Prime Minister Sanchez met Portuguese Prime Minister Costa in Madrid.",
        "Spanish Prime Minister Sanchez met the Portuguese prime minister in Madrid.",
    ),
    "meloni_fao": (
        "意大利总理梅洛尼出席了在罗马举行的粮农组织会议。",
        "Italian Prime Minister Meloni attended the FAO conference in Rome.",
        "Italian Prime Minister Draghi attended the FAO conference in Rome.",
        "The Italian prime minister attended the FAO conference in Rome.",
    ),
    "poland_warsaw": (
        "波兰总统纳夫罗茨基在华沙发表讲话。",
        "Polish President Nawrocki gave a speech in Warsaw.",
        "Polish President Nawrocki gave a speech in Krakow.",
        "Polish President Nawrocki gave a speech.",
    ),
    "hungary_orban": (
        "匈牙利总理欧尔班批评了欧盟的移民政策。",
        "Hungarian Prime Minister Orban criticised the EU's migration policy.",
        "Hungarian Prime Minister Babis criticised the EU's migration policy.",
        "Hungary's prime minister criticised the EU's migration policy.",
    ),
    "trump_ishiba": (
        "美国总统特朗普周五在白宫会见了日本首相石破茂。",
        "US President Trump met Japanese Prime Minister Shigeru Ishiba at the White House on "
        "Friday.",
        "US President Trump met Japanese Prime Minister Fumio Kishida at the White House on "
        "Friday.",
        "US President Trump met the Japanese prime minister at the White House on Friday.",
    ),
    "korea_lee_rubio": (
        "韩国总统李在明在首尔会见了美国国务卿鲁比奥。",
        "South Korean President Lee Jae-myung met US Secretary of State Rubio in Seoul.",
        "South Korean President Lee Jae-myung met US Secretary of State Blinken in Seoul.",
        "South Korean President Lee Jae-myung met US Secretary of State Rubio.",
    ),
    "california_newsom": (
        "加利福尼亚州州长纽森宣布全州进入紧急状态。",
        "California Governor Newsom declared a statewide state of emergency.",
        "Oregon Governor Newsom declared a statewide state of emergency.",
        "The governor declared a statewide state of emergency.",
    ),
    "texas_houston": (
        "得克萨斯州休斯敦市遭受飓风袭击，数十万户家庭断电。",
        "Houston, Texas, was hit by a hurricane, leaving hundreds of thousands of households "
        "without power.",
        "Dallas, Texas, was hit by a hurricane, leaving hundreds of thousands of households "
        "without power.",
        "A city in Texas was hit by a hurricane, leaving hundreds of thousands of households "
        "without power.",
    ),
    "florida_miami": (
        "佛罗里达州迈阿密将举办明年的一级方程式大奖赛。",
        "Miami, Florida, will host next year's Formula One Grand Prix.",
        "Orlando, Florida, will host next year's Formula One Grand Prix.",
        "Florida will host next year's Formula One Grand Prix.",
    ),
    "new_york_attorney": (
        "纽约州总检察长詹姆斯对该公司提起诉讼。",
        "New York Attorney General James filed a lawsuit against the company.",
        "New Jersey Attorney General James filed a lawsuit against the company.",
        "The attorney general filed a lawsuit against the company.",
    ),
    "bulls_celtics": (
        "芝加哥公牛队以105比98击败了波士顿凯尔特人队。",
        "The Chicago Bulls beat the Boston Celtics 105-98.",
        "The Chicago Bulls beat the Miami Heat 105-98.",
        "The Chicago Bulls won 105-98.",
    ),
    "real_bayern": (
        "皇家马德里队在欧洲冠军联赛中以3比1战胜了拜仁慕尼黑队。",
        "Real Madrid beat Bayern Munich 3-1 in the Champions League.",
        "Real Madrid beat Borussia Dortmund 3-1 in the Champions League.",
        "Real Madrid won 3-1 in the Champions League.",
    ),
    "city_guardiola": (
        "曼城主教练瓜迪奥拉表示，球队需要更多时间恢复。",
        "Manchester City manager Guardiola said the team needed more time to recover.",
        "Manchester City manager Arteta said the team needed more time to recover.",
        "The Manchester City manager said the team needed more time to recover.",
    ),
    "liverpool_salah": (
        "利物浦队前锋萨拉赫在比赛第70分钟打入制胜球。",
        "Liverpool forward Salah scored the winning goal in the 70th minute.",
        "Liverpool forward Nunez scored the winning goal in the 70th minute.",
        "A Liverpool forward scored the winning goal in the 70th minute.",
    ),
    "psg_signing": (
        "巴黎圣日耳曼队宣布与一名巴西中场球员签约。",
        "Paris Saint-Germain announced the signing of a Brazilian midfielder.",
        "Olympique de Marseille announced the signing of a Brazilian midfielder.",
        "The club announced the signing of a Brazilian midfielder.",
    ),
    "apple_cupertino": (
        "苹果公司首席执行官库克在加利福尼亚州库比蒂诺发布了新款手机。",
        "Apple chief executive Cook unveiled a new phone in Cupertino, California.",
        "Apple chief executive Cook unveiled a new phone in San Jose, California.",
        "Apple chief executive Cook unveiled a new phone in California.",
    ),
    "tesla_nuevo_leon": (
        "特斯拉公司宣布将在墨西哥新莱昂州建设一座工厂。",
        "Tesla announced it would build a factory in Mexico's Nuevo Leon state.",
        "Ford announced it would build a factory in Mexico's Nuevo Leon state.",
        "The carmaker announced it would build a factory in Mexico's Nuevo Leon state.",
    ),
    "toyota_profit": (
        "丰田汽车公司第三季度利润增长了百分之十二。",
        "Toyota's third-quarter profit rose 12 percent.",
        "Honda's third-quarter profit rose 12 percent.",
        "The carmaker's third-quarter profit rose 12 percent.",
    ),
    "samsung_suwon": (
        "三星电子在韩国水原市总部召开了股东大会。",
        "Samsung Electronics held its shareholders' meeting at its headquarters in Suwon, South "
        "Korea.",
        "LG Electronics held its shareholders' meeting at its headquarters in Suwon, South Korea.",
        "Samsung Electronics held its shareholders' meeting at its headquarters in South Korea.",
    ),
    "who_geneva": (
        "世界卫生组织总干事谭德塞在日内瓦呼吁各国加强合作。",
        "World Health Organization Director-General Tedros called in Geneva for countries to "
        "strengthen cooperation.",
        "World Health Organization Director-General Tedros called in Vienna for countries to "
        "strengthen cooperation.",
        "World Health Organization Director-General Tedros called for countries to strengthen "
        "cooperation.",
    ),
    "unhcr_sudan": (
        "联合国难民署表示，已有超过一百万人逃离苏丹。",
        "The UN refugee agency said more than one million people had fled Sudan.",
        "The UN refugee agency said more than one million people had fled Chad.",
        "The UN refugee agency said more than one million people had fled the country.",
    ),
    "wfp_yemen": (
        "世界粮食计划署警告说，也门有数百万人面临饥荒。",
        "The World Food Programme warned that millions of people in Yemen face famine.",
        "The World Food Programme warned that millions of people in Somalia face famine.",
        "The World Food Programme warned that millions of people face famine.",
    ),
    "unicef_haiti": (
        "联合国儿童基金会向海地运送了一批疫苗。",
        "UNICEF delivered a shipment of vaccines to Haiti.",
        "UNICEF delivered a shipment of vaccines to Cuba.",
        "UNICEF delivered a shipment of vaccines.",
    ),
    "iaea_tehran": (
        "国际原子能机构总干事格罗西抵达德黑兰。",
        "IAEA Director General Grossi arrived in Tehran.",
        "IAEA Director General Grossi arrived in Baghdad.",
        "IAEA Director General Grossi has arrived.",
    ),
    "modi_yunus": (
        "印度总理莫迪在新德里会见了孟加拉国临时政府首席顾问尤努斯。",
        "Indian Prime Minister Modi met Yunus, chief adviser of Bangladesh's interim government, "
        "in New Delhi.",
        "Indian Prime Minister Modi met Yunus, chief adviser of Bangladesh's interim government, "
        "in Mumbai.",
        "Indian Prime Minister Modi met Yunus, chief adviser of Bangladesh's interim government.",
    ),
    "pakistan_islamabad": (
        "巴基斯坦总理夏巴兹·谢里夫在伊斯兰堡主持召开内阁会议。",
        "Pakistani Prime Minister Shehbaz Sharif chaired a cabinet meeting in Islamabad.",
        "Pakistani Prime Minister Shehbaz Sharif chaired a cabinet meeting in Lahore.",
        "Pakistani Prime Minister Shehbaz Sharif chaired a cabinet meeting.",
    ),
    "indonesia_kalimantan": (
        "印度尼西亚总统普拉博沃宣布将推进首都迁往东加里曼丹省的计划。",
        "Indonesian President Prabowo announced he would push ahead with moving the capital to "
        "East Kalimantan province.",
        "Indonesian President Prabowo announced he would push ahead with moving the capital to "
        "West Java province.",
        "Indonesian President Prabowo announced he would push ahead with moving the capital.",
    ),
    "vietnam_hanoi": (
        "越南河内举行了隆重的纪念活动。",
        "A grand commemoration was held in Hanoi, Vietnam.",
        "A grand commemoration was held in Hue, Vietnam.",
        "A grand commemoration was held in Vietnam.",
    ),
    "philippines_luzon": (
        "菲律宾总统小马科斯视察了受台风影响的吕宋岛北部。",
        "Philippine President Marcos Jr. inspected typhoon-hit northern Luzon.",
        "Philippine President Marcos Jr. inspected typhoon-hit northern Mindanao.",
        "Philippine President Marcos Jr. inspected typhoon-hit areas in the north.",
    ),
    "australia_canberra": (
        "澳大利亚总理阿尔巴尼斯在堪培拉宣布了新的住房政策。",
        "Australian Prime Minister Albanese announced a new housing policy in Canberra.",
        "Australian Prime Minister Albanese announced a new housing policy in Sydney.",
        "Australian Prime Minister Albanese announced a new housing policy.",
    ),
    "wellington_council": (
        "新西兰惠灵顿市议会投票通过了这项预算。",
        "Wellington City Council in New Zealand voted to approve the budget.",
        "Auckland City Council in New Zealand voted to approve the budget.",
        "A city council in New Zealand voted to approve the budget.",
    ),
    "putin_lukashenko": (
        "俄罗斯总统普京在克里姆林宫会见了白俄罗斯总统卢卡申科。",
        "Russian President Putin met Belarusian President Lukashenko at the Kremlin.",
        "Russian President Putin met Belarusian President Aliyev at the Kremlin.",
        "Russian President Putin met the Belarusian president at the Kremlin.",
    ),
    "lavrov_washington": (
        "俄外长拉夫罗夫表示，莫斯科愿意与华盛顿恢复对话。",
        "Russian Foreign Minister Lavrov said Moscow was willing to resume dialogue with "
        "Washington.",
        "Russian Foreign Minister Lavrov said Moscow was willing to resume dialogue with London.",
        "Russian Foreign Minister Lavrov said Moscow was willing to resume dialogue.",
    ),
    "zelensky_kharkiv": (
        "乌克兰总统泽连斯基视察了哈尔科夫。",
        "Ukrainian President Zelensky visited Kharkiv.",
        "Ukrainian President Zelensky visited Odesa.",
        "Ukrainian President Zelensky made a visit.",
    ),
    "erdogan_ankara": (
        "土耳其总统埃尔多安在安卡拉会见了阿塞拜疆总统阿利耶夫。",
        "Turkish President Erdogan met Azerbaijani President Aliyev in Ankara.",
        "Turkish President Erdogan met Azerbaijani President Aliyev in Istanbul.",
        "Turkish President Erdogan met the Azerbaijani president in Ankara.",
    ),
    "georgia_tbilisi": (
        "格鲁吉亚首都第比利斯爆发了大规模抗议活动。",
        "Mass protests broke out in Tbilisi, the capital of Georgia.",
        "Mass protests broke out in Yerevan, the capital of Georgia.",
        "Mass protests broke out in the capital of Georgia.",
    ),
    "armenia_pashinyan": (
        "亚美尼亚总理帕希尼扬表示，愿意与邻国签署和平协议。",
        "Armenian Prime Minister Pashinyan said he was ready to sign a peace deal with the "
        "neighbouring country.",
        "Armenian Prime Minister Kocharyan said he was ready to sign a peace deal with the "
        "neighbouring country.",
        "Armenia's prime minister said he was ready to sign a peace deal with the neighbouring "
        "country.",
    ),
    "tokyo_koike": (
        "东京都知事小池百合子宣布了新的防灾计划。",
        "Tokyo Governor Yuriko Koike announced a new disaster prevention plan.",
        "Osaka Governor Yuriko Koike announced a new disaster prevention plan.",
        "The Tokyo governor announced a new disaster prevention plan.",
    ),
    "korea_yoon": (
        "韩国前总统尹锡悦因戒严令案出庭受审。",
        "Former South Korean President Yoon Suk Yeol appeared in court over the martial law case.",
        "Former South Korean President Moon Jae-in appeared in court over the martial law case.",
        "A former South Korean president appeared in court over the martial law case.",
    ),
    "japan_osaka": (
        "日本大阪举办了2025年世界博览会。",
        "Osaka, Japan, hosted the 2025 World Expo.",
        "Nagoya, Japan, hosted the 2025 World Expo.",
        "Japan hosted the 2025 World Expo.",
    ),
    "mao_ning_spokeswoman": (
        "中国外交部发言人毛宁在例行记者会上回答了提问。",
        "Chinese Foreign Ministry spokeswoman Mao Ning answered questions at a regular press "
        "conference.",
        "Chinese Foreign Ministry spokeswoman Hua Chunying answered questions at a regular press "
        "conference.",
        "A Chinese Foreign Ministry spokeswoman answered questions at a regular press conference.",
    ),
    "wang_yi_singapore": (
        "王毅在北京会见了新加坡外长维文。",
        "Wang Yi met Singaporean Foreign Minister Vivian Balakrishnan in Beijing.",
        "Wang Yi met Singaporean Foreign Minister Vivian Balakrishnan in Shanghai.",
        "Wang Yi met Singapore's foreign minister in Beijing.",
    ),
    "guangdong_shenzhen": (
        "广东省深圳市今年上半年的出口增长了百分之八。",
        "Exports from Shenzhen in Guangdong province grew 8 percent in the first half of this "
        "year.",
        "Exports from Dongguan in Guangdong province grew 8 percent in the first half of this "
        "year.",
        "Exports from Guangdong province grew 8 percent in the first half of this year.",
    ),
    "chengdu_panda": (
        "成都大熊猫繁育研究基地迎来了一对双胞胎。",
        "The Chengdu Research Base of Giant Panda Breeding welcomed a pair of twins.",
        "The Chongqing Research Base of Giant Panda Breeding welcomed a pair of twins.",
        "A giant panda breeding base welcomed a pair of twins.",
    ),
    "li_qiang_hangzhou": (
        "李强总理在杭州考察了一家人工智能企业。",
        "Premier Li Qiang inspected an artificial intelligence company in Hangzhou.",
        "Premier Li Qiang inspected an artificial intelligence company in Suzhou.",
        "Premier Li Qiang inspected an artificial intelligence company.",
    ),
    "peking_university": (
        "北京大学张伟教授的团队发表了一项新研究。",
        "A team led by Professor Zhang Wei of Peking University published a new study.",
        "A team led by Professor Liu Yang of Peking University published a new study.",
        "A team at Peking University published a new study.",
    ),
    "morocco_rabat": (
        "摩洛哥国王穆罕默德六世在拉巴特接见了西班牙首相。",
        "King Mohammed VI of Morocco received the Spanish prime minister in Rabat.",
        "King Mohammed VI of Morocco received the Spanish prime minister in Casablanca.",
        "King Mohammed VI of Morocco received the Spanish prime minister.",
    ),
    "algeria_tebboune": (
        "阿尔及利亚总统特本宣布将提前举行选举。",
        "Algerian President Tebboune announced early elections.",
        "Algerian President Bouteflika announced early elections.",
        "The Algerian president announced early elections.",
    ),
    "congo_goma": (
        "刚果（金）东部城市戈马落入反政府武装之手。",
        "The eastern Congolese city of Goma fell to rebels.",
        "The eastern Congolese city of Bukavu fell to rebels.",
        "A city in eastern Congo fell to rebels.",
    ),
    "rwanda_kigali": (
        "卢旺达总统卡加梅出席了在基加利举行的非洲联盟会议。",
        "Rwandan President Kagame attended an African Union meeting in Kigali.",
        "Rwandan President Kagame attended an African Union meeting in Addis Ababa.",
        "Rwandan President Kagame attended an African Union meeting.",
    ),
    "tanzania_dar": (
        "坦桑尼亚最大城市达累斯萨拉姆的港口扩建工程已经完工。",
        "The port expansion in Dar es Salaam, Tanzania's largest city, has been completed.",
        "The port expansion in Dodoma, Tanzania's largest city, has been completed.",
        "The port expansion in Tanzania's largest city has been completed.",
    ),
    "venezuela_caracas": (
        "委内瑞拉总统马杜罗在加拉加斯举行了大规模集会。",
        "Venezuelan President Maduro held a mass rally in Caracas.",
        "Venezuelan President Maduro held a mass rally in Maracaibo.",
        "Venezuelan President Maduro held a mass rally.",
    ),
    "peru_lima": (
        "秘鲁首都利马发生6级地震。",
        "A magnitude 6 earthquake struck Lima, the capital of Peru.",
        "A magnitude 6 earthquake struck Cusco, the capital of Peru.",
        "A magnitude 6 earthquake struck the capital of Peru.",
    ),
    "cuba_havana": (
        "古巴首都哈瓦那遭遇大面积停电。",
        "Havana, the Cuban capital, suffered a widespread blackout.",
        "Santiago, the Cuban capital, suffered a widespread blackout.",
        "The Cuban capital suffered a widespread blackout.",
    ),
    "republican_graham": (
        "美国共和党参议员格雷厄姆提出了一项新法案。",
        "Republican Senator Graham introduced a new bill.",
        "Democratic Senator Graham introduced a new bill.",
        "A Republican senator introduced a new bill.",
    ),
    "conservative_badenoch": (
        "英国保守党领袖巴德诺克批评了政府的预算案。",
        "Conservative Party leader Badenoch criticised the government's budget.",
        "Conservative Party leader Farage criticised the government's budget.",
        "The Conservative leader criticised the government's budget.",
    ),
    "spd_hamburg": (
        "德国社会民主党在汉堡州议会选举中获胜。",
        "Germany's Social Democratic Party won the state election in Hamburg.",
        "Germany's Social Democratic Party won the state election in Bremen.",
        "Germany's Social Democratic Party won the state election.",
    ),
    "national_rally_marseille": (
        "法国国民联盟主席巴尔德拉在马赛举行竞选集会。",
        "National Rally president Bardella held a campaign rally in Marseille.",
        "National Rally president Bardella held a campaign rally in Lyon.",
        "National Rally president Bardella held a campaign rally.",
    ),
    "wto_iweala": (
        "世贸组织总干事伊维拉表示，全球贸易增长将放缓。",
        "WTO Director-General Okonjo-Iweala said global trade growth would slow.",
        "IMF Director-General Okonjo-Iweala said global trade growth would slow.",
        "The WTO director-general said global trade growth would slow.",
    ),
    "imf_georgieva": (
        "国际货币基金组织总裁格奥尔基耶娃在华盛顿发表演讲。",
        "IMF Managing Director Georgieva gave a speech in Washington.",
        "IMF Managing Director Lagarde gave a speech in Washington.",
        "The IMF managing director gave a speech in Washington.",
    ),
    "ecb_lagarde": (
        "欧洲央行行长拉加德表示将维持利率不变。",
        "European Central Bank President Lagarde said rates would stay unchanged.",
        "European Central Bank President Powell said rates would stay unchanged.",
        "The European Central Bank president said rates would stay unchanged.",
    ),
    "microsoft_dublin": (
        "微软公司宣布在爱尔兰都柏林新建一个数据中心。",
        "Microsoft announced a new data centre in Dublin, Ireland.",
        "Microsoft announced a new data centre in Cork, Ireland.",
        "Microsoft announced a new data centre in Ireland.",
    ),
    "dubai_airport": (
        "阿联酋迪拜国际机场的客流量创下历史新高。",
        "Passenger traffic at Dubai International Airport in the UAE hit a record high.",
        "Passenger traffic at Abu Dhabi International Airport in the UAE hit a record high.",
        "Passenger traffic at the UAE's main airport hit a record high.",
    ),
    "iraq_baghdad": (
        "伊拉克总理苏达尼在巴格达会见了库尔德地区领导人。",
        "Iraqi Prime Minister Sudani met Kurdish regional leaders in Baghdad.",
        "Iraqi Prime Minister Sudani met Kurdish regional leaders in Erbil.",
        "Iraqi Prime Minister Sudani met Kurdish regional leaders.",
    ),
    "jordan_amman": (
        "约旦国王阿卜杜拉二世在安曼会见了美国中东问题特使。",
        "Jordan's King Abdullah II met the US Middle East envoy in Amman.",
        "Jordan's King Abdullah II met the US Middle East envoy in Aqaba.",
        "Jordan's King Abdullah II met the US Middle East envoy.",
    ),
    "mongolia_ulaanbaatar": (
        "蒙古国首都乌兰巴托冬季空气污染严重。",
        "Ulaanbaatar, the capital of Mongolia, suffers severe air pollution in winter.",
        "Astana, the capital of Mongolia, suffers severe air pollution in winter.",
        "The capital of Mongolia suffers severe air pollution in winter.",
    ),
    "tajik_dushanbe": (
        "塔吉克斯坦总统拉赫蒙出席了在杜尚别举行的水资源会议。",
        "Tajik President Rahmon attended a water conference in Dushanbe.",
        "Tajik President Japarov attended a water conference in Dushanbe.",
        "The Tajik president attended a water conference in Dushanbe.",
    ),
    "taliban_kandahar": (
        "阿富汗塔利班政府宣布将在坎大哈召开会议。",
        "Afghanistan's Taliban government announced a meeting in Kandahar.",
        "Afghanistan's Taliban government announced a meeting in Herat.",
        "Afghanistan's Taliban government announced a meeting.",
    ),
    "nobel_stockholm": (
        "诺贝尔奖颁奖典礼在瑞典斯德哥尔摩举行。",
        "The Nobel Prize award ceremony was held in Stockholm, Sweden.",
        "The Nobel Prize award ceremony was held in Gothenburg, Sweden.",
        "The Nobel Prize award ceremony was held in Sweden.",
    ),
    "norway_finland": (
        "挪威首相斯特勒在奥斯陆会见了芬兰总统斯图布。",
        "Norwegian Prime Minister Store met Finnish President Stubb in Oslo.",
        "Norwegian Prime Minister Store met Finnish President Niinisto in Oslo.",
        "Norwegian Prime Minister Store met the Finnish president in Oslo.",
    ),
    "fed_powell": (
        "美联储主席鲍威尔周三表示，美国经济依然稳健。",
        "Federal Reserve Chairman Powell said on Wednesday that the US economy remained solid.",
        "Federal Reserve Chairman Yellen said on Wednesday that the US economy remained solid.",
        "The Fed chairman said on Wednesday that the US economy remained solid.",
    ),
    "musk_spacex": (
        "马斯克旗下的太空探索技术公司成功发射了一枚火箭。",
        "Musk's SpaceX successfully launched a rocket.",
        "Musk's Blue Origin successfully launched a rocket.",
        "Musk's company successfully launched a rocket.",
    ),
    "hyundai_georgia": (
        "韩国现代汽车公司在美国佐治亚州的工厂正式投产。",
        "South Korea's Hyundai Motor began production at its plant in the US state of Georgia.",
        "South Korea's Kia Motors began production at its plant in the US state of Georgia.",
        "South Korea's Hyundai Motor began production at its plant in the US.",
    ),
    "ohtani_dodgers": (
        "日本棒球运动员大谷翔平帮助洛杉矶道奇队赢得比赛。",
        "Japanese baseball player Shohei Ohtani helped the Los Angeles Dodgers win the game.",
        "Japanese baseball player Shohei Ohtani helped the New York Yankees win the game.",
        "Japanese baseball player Shohei Ohtani helped his team win the game.",
    ),
    "macron_hanoi": (
        "法国总统马克龙周二抵达河内。马克龙表示，法越关系正处于历史最好时期。",
        "French President Macron arrived in Hanoi on Tuesday. Macron said French-Vietnamese "
        "relations were at their best ever.",
        "French President Macron arrived in Bangkok on Tuesday. Macron said French-Vietnamese "
        "relations were at their best ever.",
        "French President Macron arrived on Tuesday. Macron said French-Vietnamese relations were "
        "at their best ever.",
    ),
    "xi_great_hall": (
        "习近平主席在人民大会堂会见了来访的巴西总统。",
        "President Xi Jinping met the visiting Brazilian president at the Great Hall of the "
        "People.",
        "President Xi Jinping met the visiting Brazilian president at Zhongnanhai.",
        "President Xi Jinping met the visiting Brazilian president.",
    ),
    "houthis_red_sea": (
        "胡塞武装周末在红海袭击了一艘货船。",
        "The Houthis attacked a cargo ship in the Red Sea over the weekend.",
        "The Houthis attacked a cargo ship in the Arabian Sea over the weekend.",
        "The Houthis attacked a cargo ship over the weekend.",
    ),
    "montenegro_podgorica": (
        "黑山政府在波德戈里察召开紧急会议。",
        "Montenegro's government held an emergency meeting in Podgorica.",
        "Montenegro's government held an emergency meeting in Belgrade.",
        "Montenegro's government held an emergency meeting.",
    ),
    "ethiopia_addis_ababa": (
        "埃塞俄比亚首都亚的斯亚贝巴举行了非盟峰会。",
        "The African Union summit was held in Addis Ababa, the capital of Ethiopia.",
        "The African Union summit was held in Nairobi, the capital of Ethiopia.",
        "The African Union summit was held in the capital of Ethiopia.",
    ),
    "senegal_faye": (
        "塞内加尔总统法耶在达喀尔会见了法国外长。",
        "Senegalese President Faye met the French foreign minister in Dakar.",
        "Senegalese President Sall met the French foreign minister in Dakar.",
        "The Senegalese president met the French foreign minister in Dakar.",
    ),
    "uganda_museveni": (
        "乌干达总统穆塞韦尼宣布将修建一条新的铁路。",
        "Ugandan President Museveni announced a new railway would be built.",
        "Ugandan President Kenyatta announced a new railway would be built.",
        "The Ugandan president announced a new railway would be built.",
    ),
    "ecuador_noboa": (
        "厄瓜多尔总统诺沃亚在基多宣布全国进入紧急状态。",
        "Ecuadorian President Noboa declared a national state of emergency in Quito.",
        "Ecuadorian President Noboa declared a national state of emergency in Guayaquil.",
        "Ecuadorian President Noboa declared a national state of emergency.",
    ),
    "uruguay_mujica": (
        "乌拉圭前总统穆希卡在蒙得维的亚去世。",
        "Former Uruguayan President Mujica died in Montevideo.",
        "Former Uruguayan President Vazquez died in Montevideo.",
        "A former Uruguayan president died in Montevideo.",
    ),
    "panama_canal": (
        "巴拿马运河管理局表示，干旱导致通行船只减少。",
        "The Panama Canal Authority said drought had reduced the number of ships passing through.",
        "The Suez Canal Authority said drought had reduced the number of ships passing through.",
        "The canal authority said drought had reduced the number of ships passing through.",
    ),
    "hezbollah_qassem": (
        "黎巴嫩真主党领导人卡西姆发表电视讲话。",
        "Hezbollah leader Qassem gave a televised speech.",
        "Hezbollah leader Nasrallah gave a televised speech.",
        "The Hezbollah leader gave a televised speech.",
    ),
    "syria_sharaa": (
        "叙利亚过渡政府总统沙拉在大马士革会见了土耳其外长费丹。",
        "Syrian transitional president Sharaa met Turkish Foreign Minister Fidan in Damascus.",
        "Syrian transitional president Sharaa met Turkish Foreign Minister Fidan in Aleppo.",
        "Syrian transitional president Sharaa met the Turkish foreign minister in Damascus.",
    ),
    "oman_muscat": (
        "阿曼苏丹海赛姆在马斯喀特接见了伊朗代表团。",
        "Oman's Sultan Haitham received an Iranian delegation in Muscat.",
        "Oman's Sultan Haitham received an Iranian delegation in Salalah.",
        "Oman's Sultan Haitham received an Iranian delegation.",
    ),
    "azerbaijan_baku": (
        "阿塞拜疆首都巴库将举办下一届联合国气候大会。",
        "Baku, the capital of Azerbaijan, will host the next UN climate conference.",
        "Tbilisi, the capital of Azerbaijan, will host the next UN climate conference.",
        "The capital of Azerbaijan will host the next UN climate conference.",
    ),
    "uzbek_samarkand": (
        "乌兹别克斯坦撒马尔罕市迎来了大批外国游客。",
        "The city of Samarkand in Uzbekistan welcomed large numbers of foreign tourists.",
        "The city of Bukhara in Uzbekistan welcomed large numbers of foreign tourists.",
        "A city in Uzbekistan welcomed large numbers of foreign tourists.",
    ),
    "dutch_schoof": (
        "荷兰首相斯霍夫在阿姆斯特丹出席了一场科技论坛。",
        "Dutch Prime Minister Schoof attended a technology forum in Amsterdam.",
        "Dutch Prime Minister Rutte attended a technology forum in Amsterdam.",
        "The Dutch prime minister attended a technology forum in Amsterdam.",
    ),
    "greece_mitsotakis": (
        "希腊总理米佐塔基斯宣布将增加国防预算。",
        "Greek Prime Minister Mitsotakis announced an increase in the defence budget.",
        "Greek Prime Minister Tsipras announced an increase in the defence budget.",
        "The Greek prime minister announced an increase in the defence budget.",
    ),
    "austria_vienna": (
        "奥地利维也纳再次被评为全球最宜居城市。",
        "Vienna, Austria, was again named the world's most liveable city.",
        "Salzburg, Austria, was again named the world's most liveable city.",
        "A city in Austria was again named the world's most liveable city.",
    ),
    "czech_pavel": (
        "捷克总统帕维尔在布拉格城堡会见了斯洛伐克总统。",
        "Czech President Pavel met the Slovak president at Prague Castle.",
        "Czech President Zeman met the Slovak president at Prague Castle.",
        "The Czech president met the Slovak president at Prague Castle.",
    ),
    "illinois_pritzker": (
        "伊利诺伊州州长普利兹克签署了一项新的枪支管制法案。",
        "Illinois Governor Pritzker signed a new gun control bill.",
        "Illinois Governor Whitmer signed a new gun control bill.",
        "The Illinois governor signed a new gun control bill.",
    ),
    "seattle_council": (
        "西雅图市议会通过了最低工资法案。",
        "Seattle City Council passed the minimum wage bill.",
        "Portland City Council passed the minimum wage bill.",
        "The city council passed the minimum wage bill.",
    ),
    "bayern_kompany": (
        "拜仁慕尼黑队主教练孔帕尼对球队的表现表示满意。",
        "Bayern Munich coach Kompany said he was satisfied with the team's performance.",
        "Bayern Munich coach Tuchel said he was satisfied with the team's performance.",
        "The Bayern Munich coach said he was satisfied with the team's performance.",
    ),
    "ioc_coventry": (
        "国际奥委会主席考文垂在洛桑宣布了新的改革措施。",
        "IOC President Coventry announced new reforms in Lausanne.",
        "IOC President Bach announced new reforms in Lausanne.",
        "The IOC president announced new reforms in Lausanne.",
    ),
    "un_guterres": (
        "联合国秘书长古特雷斯呼吁加沙立即停火。",
        "UN Secretary-General Guterres called for an immediate ceasefire in Gaza.",
        "UN Secretary-General Guterres called for an immediate ceasefire in Sudan.",
        "UN Secretary-General Guterres called for an immediate ceasefire.",
    ),
    "japan_takaichi": (
        "日本首相高市早苗在东京会见了美国总统。",
        "Japanese Prime Minister Sanae Takaichi met the US president in Tokyo.",
        "Japanese Prime Minister Sanae Takaichi met the US president in Osaka.",
        "The Japanese prime minister met the US president in Tokyo.",
    ),
    "korea_busan": (
        "韩国釜山港的集装箱吞吐量创历史新高。",
        "Container throughput at South Korea's Busan port hit a record high.",
        "Container throughput at South Korea's Incheon port hit a record high.",
        "Container throughput at a South Korean port hit a record high.",
    ),
    "india_mumbai": (
        "印度孟买遭遇了五十年来最强降雨。",
        "Mumbai, India, was hit by the heaviest rainfall in fifty years.",
        "Chennai, India, was hit by the heaviest rainfall in fifty years.",
        "India was hit by the heaviest rainfall in fifty years.",
    ),
    "thai_cambodia": (
        "泰国总理佩通坦在曼谷会见了柬埔寨首相洪玛奈。",
        "Thai Prime Minister Paetongtarn met Cambodian Prime Minister Hun Manet in Bangkok.",
        "Thai Prime Minister Paetongtarn met Cambodian Prime Minister Hun Sen in Bangkok.",
        "Thai Prime Minister Paetongtarn met the Cambodian prime minister in Bangkok.",
    ),
    "malaysia_anwar": (
        "马来西亚总理安瓦尔表示，吉隆坡将举办东盟峰会。",
        "Malaysian Prime Minister Anwar said Kuala Lumpur would host the ASEAN summit.",
        "Malaysian Prime Minister Anwar said Penang would host the ASEAN summit.",
        "Malaysian Prime Minister Anwar said the country would host the ASEAN summit.",
    ),
    "canada_carney": (
        "加拿大总理卡尼在渥太华宣布了新的关税措施。",
        "Canadian Prime Minister Carney announced new tariff measures in Ottawa.",
        "Canadian Prime Minister Trudeau announced new tariff measures in Ottawa.",
        "The Canadian prime minister announced new tariff measures in Ottawa.",
    ),
}


def name_findings(source: str, translation: str) -> list[Finding]:
    pair = SegmentPair("own", "zh", source, "en", translation)
    return [f for f in check_pair(pair) if f.category in ("entity", "term")]


# Faithful pairs still flagged (never errors): a country the translation leaves to the
# party's name ("美国共和党", Republican), a US state CLDR knows as a country (Georgia), an
# island read as a person (吕宋岛), transcriptions of a Spanish b and a Dutch sch (诺沃亚
# Noboa, 斯霍夫 Schoof).
KNOWN_FALSE_ALARMS: set[str] = {
    "conservative_badenoch",
    "dutch_schoof",
    "ecuador_noboa",
    "hezbollah_qassem",
    "hyundai_georgia",
    "national_rally_marseille",
    "philippines_luzon",
    "republican_graham",
}

# Drifts not seen: names translated by meaning (a sea, a hall, a panda base), companies and
# clubs said by their own words, a two-character city the data does not read (Hanoi,
# written 河內 in GeoNames), a sound name heard in another name of the sentence.
KNOWN_REPLACED_MISSES: set[str] = {
    "chengdu_panda",
    "gaza_rafah",
    "houthis_red_sea",
    "mexico_city_mayor",
    "musk_spacex",
    "qatar_lebanon",
    "samsung_suwon",
    "seattle_council",
    "starmer_edinburgh",
    "thai_cambodia",
    "toyota_profit",
    "vietnam_hanoi",
    "wto_iweala",
    "xi_great_hall",
}

# Removals not seen: the same, and a name heard loosely in another name left in.
KNOWN_REMOVED_MISSES: set[str] = {
    "chengdu_panda",
    "gaza_rafah",
    "houthis_red_sea",
    "hyundai_georgia",
    "japan_takaichi",
    "macron_hanoi",
    "merz_macron",
    "musk_spacex",
    "qatar_lebanon",
    "samsung_suwon",
    "starmer_edinburgh",
    "tokyo_koike",
    "vietnam_hanoi",
    "xi_great_hall",
}


def _marked(keys: list[str], known: set[str]) -> list:
    return [pytest.param(k, marks=pytest.mark.xfail(strict=True)) if k in known else k
            for k in keys]


@pytest.mark.parametrize("case", _marked(sorted(CASES), KNOWN_FALSE_ALARMS))
def test_faithful_translation_has_no_name_finding(case):
    source, faithful, _, _ = CASES[case]
    assert name_findings(source, faithful) == []


def test_no_faithful_pair_gets_a_name_error():
    for source, faithful, _, _ in CASES.values():
        assert all(f.severity != "error" for f in name_findings(source, faithful)), faithful


@pytest.mark.parametrize("case", _marked(sorted(CASES), KNOWN_REPLACED_MISSES))
def test_replaced_name_is_found(case):
    source, _, replaced, _ = CASES[case]
    assert name_findings(source, replaced)


@pytest.mark.parametrize("case", _marked(sorted(CASES), KNOWN_REMOVED_MISSES))
def test_removed_name_is_found(case):
    source, _, _, removed = CASES[case]
    assert name_findings(source, removed)


def _severities(source: str, translation: str) -> set[str]:
    return {f.severity for f in name_findings(source, translation)}


@pytest.mark.parametrize(("case", "column", "severity"), [
    # Faithful pairs no longer flagged, with their drifted twins still reported as before.
    ("modi_yunus", 2, "error"),  # 临时政府 (interim government): common words
    ("eu_commission", 2, "warning"),  # 欧盟 of 欧盟委员会: "European Commission" says it
    ("imf_georgieva", 2, "info"),  # "IMF" run into "IMF Managing Director Georgieva"
    # Drifts now seen: 马哈马 was heard in "Former", 石破茂 in "Japanese", 大阪 in "Japan",
    # 戈马 in "Congo", 毛宁 in "Hua Chunying" (two characters in two words).
    ("ghana_mahama", 2, "info"),
    ("trump_ishiba", 2, "error"),  # 石破茂 read in Japanese: "Kishida" another person
    ("trump_ishiba", 3, "info"),
    ("japan_osaka", 2, "warning"),
    ("japan_osaka", 3, "warning"),
    ("congo_goma", 2, "error"),
    ("congo_goma", 3, "warning"),
    ("mao_ning_spokeswoman", 2, "info"),
    ("meloni_fao", 2, "info"),
    ("peru_lima", 2, "error"),
    # 米尔济约耶夫 (a character the table lacks cuts it in two) and 拜仁慕尼黑 ("Bayern
    # Munich": its city) and 欧洲冠军联赛 ("Champions League") no longer flagged.
    ("kazakh_astana", 2, "error"),
    ("kazakh_astana", 3, "info"),
    ("real_bayern", 2, "warning"),
    # 卡尼 (Carney) was found in "Canadian" (a demonym, no name's word); 宜居城市 (a liveable
    # city) is two common words.
    ("canada_carney", 2, "info"),
    ("canada_carney", 3, "info"),
    ("austria_vienna", 2, "warning"),
    # Two characters left of three are heard only in a word of as many consonants: "波士"
    # of "波士顿" is no "Bulls", "斯图" of "斯图布" no "Store", "帕尼" of "孔帕尼" no "Bayern".
    ("bulls_celtics", 2, "error"),
    ("bulls_celtics", 3, "warning"),
    ("norway_finland", 3, "info"),
    ("bayern_kompany", 3, "info"),
])
def test_drifted_twin_is_reported(case, column, severity):
    source = CASES[case][0]
    assert severity in _severities(source, CASES[case][column])

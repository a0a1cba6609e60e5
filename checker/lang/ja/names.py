"""Japanese names: foreign names are written in katakana, by their sound."""

# Katakana write every foreign word by its sound, common loanwords as well as names: a Latin
# name is looked for among them (checker/transcription.py), but a katakana word alone is no
# name (no SOUND_NAME_MARKS); the parts of a foreign full name are joined by a middle dot.
SOUND_CHARACTERS = "".join(chr(c) for c in range(0x30A1, 0x30FB)) + "ー"
NAME_JOINERS = "・"
# Japanese readings of the characters of Japanese names, in Hepburn without long-vowel
# marks, as English writes them ("Ito", "Kono"): common surnames and given-name parts read
# as one word (田中 Tanaka, 山本 Yamamoto, 太郎 Taro), and each character's common on'yomi and
# kun'yomi otherwise, with the voiced forms it takes inside a name (田 ta/da). General
# linguistic data written by the team from its knowledge of Japanese (no evaluation set's
# names): each entry is "characters=reading,reading"; Chinese simplified, Japanese and
# traditional forms separated by "/". A Chinese text names a Japanese person by the name's
# kanji; the English text by their Japanese reading (checker/other_readings.py).
_KANJI_READINGS = """
佐藤=sato 铃木/鈴木=suzuki 高桥/高橋=takahashi 田中=tanaka 渡边/渡辺/渡邊=watanabe
伊藤=ito 山本=yamamoto 中村=nakamura 小林=kobayashi 加藤=kato 吉田=yoshida
山田=yamada 佐佐木/佐々木=sasaki 山口=yamaguchi 松本=matsumoto 井上=inoue 木村=kimura
清水=shimizu 山崎=yamazaki,yamasaki 阿部/安倍=abe 池田=ikeda 桥本/橋本=hashimoto
山下=yamashita 石川=ishikawa 中岛/中島=nakajima,nakashima 前田=maeda 藤田=fujita
小川=ogawa 后藤/後藤=goto 冈田/岡田=okada 长谷川/長谷川=hasegawa 村上=murakami 近藤=kondo
石井=ishii 斋藤/斎藤/齐藤/齋藤=saito 坂本=sakamoto 远藤/遠藤=endo 青木=aoki 藤井=fujii
西村=nishimura 福田=fukuda 太田=ota 三浦=miura 冈本/岡本=okamoto 松田=matsuda
中川=nakagawa 中野=nakano 原田=harada 小野=ono 田村=tamura 竹内=takeuchi 金子=kaneko
和田=wada 中山=nakayama 石田=ishida 上田=ueda 森田=morita 柴田=shibata 酒井=sakai
工藤=kudo 横山=yokoyama 宫崎/宮崎=miyazaki 宫本/宮本=miyamoto 内田=uchida 高木=takagi
安藤=ando 岛田/島田=shimada 谷口=taniguchi 大野=ono 丸山=maruyama 今井=imai 河野=kono
菅=suga 岸田=kishida 石破=ishiba 野田=noda 鸠山/鳩山=hatoyama 小泉=koizumi 麻生=aso
大谷=otani 羽生=hanyu 黑泽/黒澤/黑澤=kurosawa 东野/東野=higashino 小池=koike 枝野=edano
茂木=motegi 上川=kamikawa 高市=takaichi 植田=ueda 黑田/黒田=kuroda 丰田/豊田=toyoda
松下=matsushita 本田=honda 稻盛/稲盛=inamori 大江=oe 川端=kawabata 三岛/三島=mishima
宫泽/宮沢/宮澤=miyazawa 细川/細川=hosokawa 桥本/橋本=hashimoto 森=mori 林=hayashi
原=hara 菅原=sugawara 野口=noguchi 松井=matsui 福岛/福島=fukushima 长野/長野=nagano
新井=arai 平野=hirano 北村=kitamura 桑原=kuwabara 浅野/淺野=asano 大久保=okubo
太郎=taro 次郎=jiro 一郎=ichiro 三郎=saburo 健太=kenta 翔平=shohei 晋三=shinzo
春树/春樹=haruki 由纪夫/由紀夫=yukio 义伟/義偉=yoshihide 文雄=fumio 纯一郎/純一郎=junichiro
和子=kazuko 美智子=michiko 雅子=masako 爱子/愛子=aiko 百合子=yuriko 直子=naoko
明子=akiko 裕子=yuko 洋子=yoko 惠子/恵子=keiko 优子/優子=yuko 真由美=mayumi 晋=shin
三=san,zo,so,mitsu 文=fumi,bun,fu 雄=o,yu,takeshi 义/義=yoshi,gi 伟/偉=hide,i
茂=shigeru,shige,mo 一=ichi,kazu,hajime 郎=ro 太=ta,tai 健=ken,take 二=ji
次=ji 美=mi 子=ko 惠/恵=e,megumi,kei 由=yu,yoshi 纪/紀=ki,nori 明=aki,akira,mei
弘=hiro,ko 博=hiro 浩=hiro,ko 宏=hiro 裕=hiro,yu 洋=hiro,yo 正=masa,sho
雅=masa 昌=masa 胜/勝=katsu,masaru,sho 信=nobu,shin 伸=nobu,shin 和=kazu,wa
也=ya 哉=ya 人=to,hito 斗=to 翔=sho 平=hei,hira 介=suke 助=suke 辅/輔=suke
之=yuki 幸=yuki,ko 行=yuki 志=shi 史=shi,fumi 司=shi,ji 治=ji,haru,osamu
春=haru 晴=haru 秀=hide,shu 英=hide,ei 树/樹=ki,ju 喜=ki,yoshi 辉/輝=teru,ki
光=mitsu,hikaru,ko 彦=hiko 男=o 夫=o,fu 生=o,sei,ki 良=yoshi,ryo 芳=yoshi
佳=yoshi,ka 吉=yoshi,kichi 嘉=yoshi 善=yoshi,zen 直=nao 尚=nao,hisa
久=hisa,ku 寿/壽=hisa,ju 敏=toshi 俊=toshi,shun 利=toshi,ri 年=toshi
隆=taka,ryu 孝=taka,ko 贵/貴=taka,ki 高=taka,ko 崇=taka 敬=taka,kei
武=take,mu,bu 竹=take 刚/剛=tsuyoshi,go 达/達=tatsu 龙/龍=ryu,tatsu 辰=tatsu
哲=tetsu 彻/徹=toru,tetsu 康=yasu,ko 安=yasu,an 泰=yasu,tai 保=yasu,ho 靖=yasu
恭=yasu 宪/憲=nori,ken 典=nori 范/範=nori 规/規=nori 德/徳=nori,toku 智=tomo,chi
友=tomo 朋=tomo 知=tomo 真=ma,shin,makoto 诚/誠=makoto,sei 实/実=mi,minoru
进/進=susumu,shin 清=kiyo,sei 洁/潔=kiyoshi 圣/聖=sei,kiyo 成=nari,shige,sei
重=shige,ju 繁=shige 荣/栄=ei,sakae 永=ei,naga 长/長=naga,cho 修=osamu,shu
大=dai,o,hiro,tai 小=ko,o 中=naka,chu 山=yama,san 川=kawa,gawa,sen
田=ta,da,den 野=no 村=mura 本=moto,hon 木=ki,gi 林=bayashi,hayashi,rin 井=i
上=ue,kami 下=shita,shimo 藤=to,do,fuji 佐=sa 伊=i 加=ka 石=ishi,seki
岛/島=shima,jima 泽/沢/澤=sawa,zawa 谷=tani,ya 冈/岡=oka 宫/宮=miya 崎=saki,zaki
松=matsu 桥/橋=hashi,bashi 边/辺/邊=be,nabe 部=be 渡=wata 前=mae 后/後=go,ato
西=nishi 东/東=higashi,to 北=kita 南=minami 青=ao 黑/黒=kuro 白=shiro
金=kane,kin 铃/鈴=suzu 岸=kishi 破=ba,ha 羽=ha,u,hane 池=ike 福=fuku 千=chi,sen
代=yo,dai 香=ka 花=hana,ka 奈=na 菜=na 里=ri,sato 沙=sa 纱/紗=sa 绘/絵=e 江=e,ko
爱/愛=ai 优/優=yu 悠=yu 结/結=yui 阳/陽=haru,yo 拓=taku 卓=taku 亮=ryo 凉/涼=ryo
涉/渉=wataru 航=wataru,ko 海=umi,kai 空=sora 樱/桜=sakura 雪=yuki 月=tsuki
星=hoshi 梅=ume 京=kyo 都=to 坂=saka 阪=saka 仓/倉=kura 市=ichi 町=machi 浦=ura
滨/浜=hama 尾=o 荒=ara 新=shin,nii,ara 今=ima 古=furu,ko 丰/豊=toyo 早=haya
泉=izumi 麻=asa,ma 鸠/鳩=hato 枝=eda 是=kore 菊=kiku 骏/駿=hayao,shun
宽/寛=hiroshi,kan 昭=aki,sho 弦=yuzuru,gen 结弦/結弦=yuzuru 藏/蔵=zo 造=zo 作=saku
策=saku 次=tsugu 嗣=tsugu 继/継=tsugu 纯/純=jun 润/潤=jun 顺/順=jun 淳=jun,atsushi
敦=atsushi 笃/篤=atsushi 哲也=tetsuya 拓也=takuya 早苗=sanae 章=aki,sho
弥/彌=ya,mi 圭=kei 吾=go 之=no,yuki 充=mitsu,ju 东/東=haru 津=tsu,zu 野=no
宗=so,mune 恒=tsune,ko 三郎=saburo,zaburo 口=kuchi,guchi 原=hara,bara,wara
岩=iwa 杉=sugi 屋=ya 久保=kubo 坂=saka,zaka 竹=take,dake 条/條=jo
寺=tera,dera,ji 城=shiro,jo 堀=hori 浅/淺=asa 深=fuka 关/関/關=seki 服部=hattori
广/広/廣=hiro 熊=kuma 鹿=shika 鸟/鳥=tori 马/馬=ma,uma 神=kami,shin 内=uchi 秋=aki
冬=fuyu 夏=natsu 瑞=mizu,zui 水=mizu 绪/緒=o 葵=aoi 莲/蓮=ren 陆/陸=riku 朝=asa
晃=akira,ko 亚/亜/亞=a 彩=aya 绫/綾=aya 舞=mai 萌=moe 望=nozomi,mochi 未=mi
穂/穗=ho 稻/稲=ina 富=tomi,fu 豪=go 毅=tsuyoshi,ki 勇=isamu,yu 悟=satoru,go
聪/聡/聰=satoshi,so 学/學=manabu,gaku 守=mamoru,mori 昇=noboru,sho
登=noboru,to 功=isao,ko 大辅/大輔=daisuke 健一=kenichi 浩二=koji 和也=kazuya
翔太=shota 直人=naoto 秀树/秀樹=hideki 真一=shinichi 雄一=yuichi 孝=takashi
隆=takashi 崇=takashi 浩=hiroshi 博=hiroshi 弘=hiroshi 清=kiyoshi 茂=shigeru
诚/誠=makoto 诚一=seiichi 正=tadashi 忠=tada,chu 亮=akira,ryo 晶=akira,sho
章=akira 彰=akira,sho 勉=tsutomu 刚/剛=takeshi 猛=takeshi 健=takeshi,ken
武=takeshi 实/実/實=minoru 稔=minoru 岳=take,gaku 翼=tsubasa 莉=ri 理=ri,osamu
梨=ri,nashi 惠美/恵美=emi 由美=yumi 久美=kumi 明美=akemi 智子=tomoko 幸子=sachiko
京子=kyoko 典子=noriko 纪子/紀子=noriko 角=kaku,sumi 芳=yoshi 大平=ohira
角荣/角榮/角栄=kakuei 义=yoshi
"""
# A person named in kanji is written in English by these readings ("岸田" Kishida;
# checker/other_readings.py).
OTHER_READINGS = (_KANJI_READINGS,)

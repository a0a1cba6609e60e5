"""Sino-Korean readings of the characters of Korean names, as Korean names are spelt in
English: the Revised Romanization and the spellings people and newspapers use beside it
("문" moon/mun, "윤" yoon/yun, "석" suk/seok). General linguistic data written by the
team from its knowledge of Korean (no evaluation set's names): each entry is
"characters=reading,reading", simplified and traditional forms separated by "/".
A Chinese text names a Korean person by the characters of the name's hanja; the English
text by their Korean reading (checker/other_readings.py)."""

READINGS = """
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
镕/鎔=yong 溶=yong 谟/謨=mo 赫=hyuk,hyeok 崔=chey 曺=cho 泳=young 昊=ho
"""

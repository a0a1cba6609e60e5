"""Vietnamese names: the family name first ("Phạm Minh Chính"), foreign names written in
Latin letters as their own language writes them."""

FAMILY_NAME_FIRST = True
PERSON_TITLES = frozenset(("ông", "bà", "thủ tướng", "tổng thống", "chủ tịch", "bộ trưởng",
                           "tổng bí thư", "thị trưởng", "giám đốc", "tướng", "anh", "chị"))
NAME_WORDS_CAPITALISED = False

# Sino-Vietnamese readings of the characters of Vietnamese names, without tone marks and
# with đ as d, as English writes them ("Nguyen Phu Trong"). General linguistic data
# written by the team from its knowledge of Vietnamese (no evaluation set's names): each
# entry is "characters=reading,reading"; simplified and traditional forms separated by
# "/". A Chinese text names a Vietnamese person or place by the Han characters of the
# name; the English text by their Vietnamese reading (checker/other_readings.py).
_HAN_READINGS = """
阮=nguyen 陈/陳=tran 黎=le 范=pham 黄/黃=hoang,huynh 潘=phan 武=vu,vo 吴/吳=ngo
杜=do 胡=ho 邓/鄧=dang 裴=bui 丁=dinh 杨/楊=duong 林=lam 何=ha 郑/鄭=trinh 苏/蘇=to
梅=mai 高=cao 刘/劉=luu 冯/馮=phung 张/張=truong 长/長=truong 段=doan 吕/呂=lu,la
王=vuong 谭/譚=dam 田=dien 麻=ma 陶=dao 罗/羅=la 孟=manh 钟/鍾=chung 蔡=thai 符=phu
韦/韋=vi 富=phu 仲=trong 明=minh 政=chinh 春=xuan 福=phuc 志=chi 文=van 世=the
美=my 香=huong 德=duc 光=quang 国/國=quoc 军/軍=quan 雄=hung 兴/興=hung 勇=dung
荣/榮=vinh 永=vinh 清=thanh 成=thanh 诚/誠=thanh 城=thanh 生=sinh 山=son 海=hai
河=ha 和=hoa 华/華=hoa 花=hoa 平=binh 安=an 南=nam 北=bac 东/東=dong 西=tay 心=tam
仁=nhan 义/義=nghia 孝=hieu 中=trung 忠=trung 贞/貞=trinh 廷=dinh 庭=dinh 定=dinh
竹=truc 秋=thu 夏=ha 冬=dong 玉=ngoc 金=kim 银/銀=ngan 英=anh 映=anh 瑛=anh
宝/寶=bao 保=bao 玲=linh 灵/靈=linh 秀=tu 书/書=thu 淑=thuc 芳=phuong 方=phuong
凤/鳳=phuong 芝=chi 兰/蘭=lan 莲/蓮=lien 青=thanh 红/紅=hong 鸿/鴻=hong 雪=tuyet
月=nguyet 日=nhat 星=tinh 云/雲=van 风/風=phong 峰=phong 丰/豐=phong 战/戰=chien
胜/勝=thang 功=cong 公=cong 强/強=cuong 刚/剛=cuong 坚/堅=kien 建=kien 俊=tuan
进/進=tien 先=tien 仙=tien 善=thien 天=thien 全=toan 泉=tuyen 伦/倫=luan
论/論=luan 龙/龍=long 隆=long 辉/輝=huy 惠=hue 慧=tue 广/廣=quang 贵/貴=quy 魁=khoi
开/開=khai 凯/凱=khai 康=khang 庆/慶=khanh 卿=khanh 坤=khon 科=khoa 君=quan
权/權=quyen 吉=cat 贤/賢=hien 显/顯=hien 宪/憲=hien 亨=hanh 幸=hanh 杏=hanh 行=hanh
学/學=hoc 皇=hoang 宏=hoang 璋=chuong 章=chuong 正=chinh 征=chinh 珠=chau
洲=chau 周=chau 立=lap 禄/祿=loc 乐/樂=lac 达/達=dat 道=dao 登=dang 灯/燈=dang 多=da
大=dai 岱=dai 台=dai 代=dai 新=tan 晋/晉=tan 秦=tan 三=tam 深=tham 草=thao 超=sieu
松=tung 宋=tong 总/總=tong 思=tu 四=tu 士=si 仕=si 诗/詩=thi 氏=thi 时/時=thi 慈=tu
紫=tu 茶=tra 智=tri 知=tri 治=tri 泽/澤=trach 重=trong 毅=nghi 宜=nghi 议/議=nghi
言=ngon 岳=nhac 人=nhan 然=nhien 如=nhu 柔=nhu 润/潤=nhuan 恩=an 印=an 伍=ngu
阳/陽=duong 扬/揚=duong 同=dong 铜/銅=dong 栋/棟=dong 旭=huc 馨=hinh 形=hinh 合=hop
协/協=hiep 侠/俠=hiep 恒=hang 衡=hanh 项/項=hang 向=huong 乡/鄉=huong 声/聲=thanh
承=thua 顺/順=thuan 纯/純=thuan 舜=thuan 瑞=thuy 水=thuy 翠=thuy 垂=thuy
叶/葉=diep 妙=dieu 姚=dieu 艳/艷=diem 点/點=diem 殿=dien 典=dien 颜/顏=nhan 雁=nhan
原=nguyen 元=nguyen 源=nguyen 愿/願=nguyen 渊/淵=uyen 院=vien 远/遠=vien
园/園=vien 员/員=vien 越=viet 泰=thai 太=thai 才=tai 财/財=tai 在=tai 丹=dan 敦=don
顿/頓=don 锦/錦=cam 甘=cam 琴=cam 森=sam 赏/賞=thuong 常=thuong 商=thuong
尚=thuong 上=thuong 主=chu 朱=chu 廷=dinh 琼/瓊=quynh 芸=van 雅=nha 家=gia 嘉=gia
佳=gia 维/維=duy 惟=duy 唯=duy 宣=tuyen 选/選=tuyen 富=phu 府=phu 甫=phu 会/會=hoi
海=hai 孙/孫=ton 尊=ton 敏=man 奠=dien 边/邊=bien 梁=luong 创/創=sang 慨=khai
萍=binh 笋/筍=duan 攸=du 农/農=nong 可=kha 漂=phieu 江=giang 杰/傑=kiet 甲=giap
盛=thinh 良=luong 历/歷=lich 放=phong 丛/叢=tong 笃/篤=doc 霖=lam 燕=yen 宁/寧=ninh
寿/壽=tho 喜=hy 礼/禮=le 信=tin 名=danh 珍=tran 湖=ho 岭/嶺=linh 柏=bach 白=bach
菊=cuc 荷=ha 蓉=dung 容=dung 庸=dung 用=dung 勤=can 俭/儉=kiem 剑/劍=kiem
宽/寬=khoan 博=bac 兵=binh 将/將=tuong 帝=de 后=hau 侯=hau 厚=hau 效=hieu
晓/曉=hieu 昊=hao 好=hao 豪=hao 浩=hao 少=thieu 绍/紹=thieu 兆=trieu 赵/趙=trieu
朝=trieu 潮=trieu 叔=thuc 复/復=phuc 服=phuc 封=phong 奉=phung 逢=phung 房=phong
防=phong 邦=bang 本=ban 班=ban 万/萬=van 运/運=van 韵/韻=van 法=phap 发/發=phat
佛=phat 答=dap 塔=thap 业/業=nghiep 洋=duong 郎=lang 朗=lang 洛=lac 陆/陸=luc
绿/綠=luc 录/錄=luc 路=lo 鲁/魯=lo 卢/盧=lo 律=luat 浓/濃=nung 能=nang 凝=ngung 女=nu
年=nien 念=niem 娘=nuong 娜=na 纳/納=nap 乃=nai 男=nam 难/難=nan 内/內=noi 尼=ni
泥=ne 广=quang 琼=quynh 蓝/藍=lam 览/覽=lam 览=lam 临/臨=lam 灵=linh 龄/齡=linh
宁=ninh 英=anh 瑛=anh
"""

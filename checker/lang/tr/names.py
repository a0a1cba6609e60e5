"""How Turkish writes names: case suffixes after an apostrophe ("Ankara'yı", "NATO'nun")."""

SIMPLEMMA = "tr"
APOSTROPHE_SUFFIXES = True
# A name takes its case suffix once, after its last word: a capital after the suffix starts
# another name ("Ankara'nın Belediye Başkanı").
APOSTROPHE_ENDS_NAME = True
CONNECTORS = ("von", "der", "bin", "ibn")

# Function words and other common words that start sentences with a capital: never names
# there. From spaCy's stop-word list for 'tr' (MIT licence).
FUNCTION_WORDS = frozenset((
    'acaba', 'acep', 'adamakıllı', 'adeta', 'ait', 'ama', 'amma', 'anca', 'ancak', 'arada',
    'artık', 'aslında', 'aynen', 'ayrıca', 'az', 'açıkça', 'açıkçası', 'bana', 'bari', 'bazen',
    'bazı', 'bazısı', 'bazısına', 'bazısında', 'bazısından', 'bazısını', 'bazısının', 'başka',
    'başkası', 'başkasına', 'başkasında', 'başkasından', 'başkasını', 'başkasının', 'belki', 'ben',
    'bende', 'benden', 'beni', 'benim', 'beri', 'beriki', 'berikinin', 'berikiyi', 'berisi',
    'bilcümle', 'bile', 'binaen', 'binaenaleyh', 'biraz', 'birazdan', 'birbiri', 'birbirinde',
    'birbirinden', 'birbirine', 'birbirini', 'birbirinin', 'birden', 'birdenbire', 'biri',
    'birice', 'birileri', 'birilerinde', 'birilerinden', 'birilerine', 'birilerini', 'birilerinin',
    'birinde', 'birinden', 'birine', 'birini', 'birinin', 'birisi', 'birisinde', 'birisinden',
    'birisine', 'birisini', 'birisinin', 'birkaç', 'birkaçı', 'birkaçına', 'birkaçında',
    'birkaçından', 'birkaçını', 'birkaçının', 'birkez', 'birlikte', 'birçok', 'birçoğu',
    'birçoğuna', 'birçoğunda', 'birçoğundan', 'birçoğunu', 'birçoğunun', 'birşey', 'birşeyi',
    'bitevi', 'biteviye', 'bittabi', 'biz', 'bizatihi', 'bizce', 'bizcileyin', 'bizden', 'bize',
    'bizi', 'bizim', 'bizimki', 'bizzat', 'boşuna', 'bu', 'buna', 'bunda', 'bundan', 'bunlar',
    'bunları', 'bunların', 'bunu', 'bunun', 'buracıkta', 'burada', 'buradan', 'burası', 'burasına',
    'burasında', 'burasından', 'burasını', 'burasının', 'böyle', 'böylece', 'böylecene',
    'böylelikle', 'böylemesine', 'böylesine', 'büsbütün', 'bütün', 'cuk', 'cümlemizden',
    'cümlemize', 'cümlemizi', 'cümlesi', 'cümlesinden', 'cümlesine', 'cümlesini', 'cümlesinin',
    'da', 'daha', 'dahası', 'dahi', 'dahil', 'dahilen', 'daima', 'dair', 'dayanarak', 'de', 'defa',
    'dek', 'demin', 'demincek', 'deminden', 'denli', 'derakap', 'derhal', 'derken', 'değil',
    'değin', 'diye', 'diğer', 'diğeri', 'diğerinden', 'diğerine', 'diğerini', 'dolayı',
    'dolayısıyla', 'doğru', 'edecek', 'eden', 'ederek', 'edilecek', 'ediliyor', 'edilmesi',
    'ediyor', 'elbet', 'elbette', 'emme', 'en', 'enikonu', 'epey', 'epeyce', 'epeyi', 'esasen',
    'esnasında', 'etmesi', 'etraflı', 'etraflıca', 'etti', 'ettiği', 'ettiğini', 'evleviyetle',
    'evvel', 'evvela', 'evvelce', 'evvelden', 'evvelemirde', 'evveli', 'eğer', 'fakat', 'filanca',
    'filancanın', 'gah', 'gayet', 'gayetle', 'gayri', 'gayrı', 'gelgelelim', 'gene', 'gerek',
    'gerçi', 'geçende', 'geçenlerde', 'gibi', 'gibilerden', 'gibisinden', 'gine', 'göre', 'gırla',
    'hakeza', 'halbuki', 'halen', 'halihazırda', 'haliyle', 'handiyse', 'hangi', 'hangisi',
    'hangisinde', 'hangisinden', 'hangisine', 'hani', 'hariç', 'hasebiyle', 'hasılı', 'hatta',
    'hele', 'hem', 'henüz', 'hep', 'hepsi', 'hepsinde', 'hepsinden', 'hepsini', 'hepsinin', 'her',
    'herhangi', 'herkes', 'herkesi', 'herkesin', 'herkesten', 'hiç', 'hiçbir', 'hiçbiri',
    'hiçbirinde', 'hiçbirinden', 'hiçbirine', 'hiçbirini', 'hiçbirinin', 'hoş', 'hulasaten',
    'iken', 'ila', 'ile', 'ilen', 'ilgili', 'ilk', 'illa', 'illaki', 'imdi', 'indinde', 'inen',
    'insermi', 'ise', 'ister', 'itibaren', 'itibariyle', 'itibarıyla', 'iyi', 'iyice', 'iyicene',
    'için', 'iş', 'işte', 'kadar', 'kaffesi', 'kah', 'kala', 'kanımca', 'karşın', 'kaynak', 'kaçı',
    'kaçına', 'kaçında', 'kaçından', 'kaçını', 'kaçının', 'kelli', 'kendi', 'kendilerinde',
    'kendilerinden', 'kendilerine', 'kendilerini', 'kendilerinin', 'kendini', 'kendisi',
    'kendisinde', 'kendisinden', 'kendisine', 'kendisini', 'kendisinin', 'kere', 'kez', 'keza',
    'kezalik', 'keşke', 'ki', 'kim', 'kimden', 'kime', 'kimi', 'kiminin', 'kimisi', 'kimisinde',
    'kimisinden', 'kimisine', 'kimisinin', 'kimse', 'kimsecik', 'kimsecikler', 'külliyen',
    'kısaca', 'kısacası', 'lakin', 'leh', 'lütfen', 'maada', 'madem', 'mademki', 'mamafih',
    'mebni', 'međer', 'meğer', 'meğerki', 'meğerse', 'mi', 'mu', 'mü', 'mı', 'nasıl', 'nasılsa',
    'nazaran', 'naşi', 'ne', 'neden', 'nedeniyle', 'nedenle', 'nedenler', 'nedenlerden', 'nedense',
    'nerde', 'nerden', 'nerdeyse', 'nere', 'nerede', 'nereden', 'neredeyse', 'neresi', 'nereye',
    'netekim', 'neye', 'neyi', 'neyse', 'nice', 'nihayet', 'nihayetinde', 'nitekim', 'niye',
    'niçin', 'o', 'olan', 'olarak', 'oldu', 'olduklarını', 'oldukça', 'olduğu', 'olduğunu',
    'olmak', 'olması', 'olsa', 'olsun', 'olup', 'olur', 'olursa', 'oluyor', 'ona', 'onca',
    'onculayın', 'onda', 'ondan', 'onlar', 'onlara', 'onlardan', 'onları', 'onların', 'onu',
    'onun', 'ora', 'oracık', 'oracıkta', 'orada', 'oradan', 'oranca', 'oranla', 'oraya', 'oysa',
    'oysaki', 'pek', 'pekala', 'peki', 'pekçe', 'peyderpey', 'rağmen', 'sadece', 'sahi', 'sahiden',
    'sana', 'sanki', 'sen', 'senden', 'seni', 'senin', 'siz', 'sizden', 'sizi', 'sizin', 'sonra',
    'sonradan', 'sonraları', 'sonunda', 'tabii', 'tam', 'tamam', 'tamamen', 'tamamıyla',
    'tarafından', 'tek', 'tüm', 'var', 'vardı', 'vasıtasıyla', 've', 'velev', 'velhasıl',
    'velhasılıkelam', 'veya', 'veyahut', 'ya', 'yahut', 'yakinen', 'yakında', 'yakından',
    'yakınlarda', 'yalnız', 'yalnızca', 'yani', 'yapacak', 'yapmak', 'yaptı', 'yaptıkları',
    'yaptığı', 'yaptığını', 'yapılan', 'yapılması', 'yapıyor', 'yeniden', 'yenilerde', 'yerine',
    'yine', 'yok', 'yoksa', 'yoluyla', 'yüzünden', 'zarfında', 'zaten', 'zati', 'zira', 'çabuk',
    'çabukça', 'çeşitli', 'çok', 'çokları', 'çoklarınca', 'çokluk', 'çoklukla', 'çokça', 'çoğu',
    'çoğun', 'çoğunca', 'çoğunda', 'çoğundan', 'çoğunlukla', 'çoğunu', 'çoğunun', 'çünkü', 'öbür',
    'öbürkü', 'öbürü', 'öbüründe', 'öbüründen', 'öbürüne', 'öbürünü', 'önce', 'önceden',
    'önceleri', 'öncelikle', 'öteki', 'ötekisi', 'öyle', 'öylece', 'öylelikle', 'öylemesine', 'öz',
    'üzere', 'şayet', 'şey', 'şeyden', 'şeyi', 'şeyler', 'şimdi', 'şu', 'şuna', 'şuncacık',
    'şunda', 'şundan', 'şunlar', 'şunları', 'şunların', 'şunu', 'şunun', 'şura', 'şuracık',
    'şuracıkta', 'şurası', 'şöyle',
))

# Endings that make an adjective or demonym of a place name ("Suriye-li", "Amerika-lı"),
# with the plural and case endings after them ("Amerikalı-lardan", "Suriyeli-lere").
DEMONYM_SUFFIXES = ("li", "lı", "lu", "lü", "ca", "ce", "ça", "çe",
                    "liler", "lilere", "lilerden", "lilerin", "lileri", "lilerle", "linin",
                    "liyi", "liye", "liden", "lide", "lüler", "lülere", "lülerden", "lülerin",
                    "lüleri", "lülerle", "lünün", "lüyü", "lüye", "lüden", "lüde", "lılar",
                    "lılara", "lılardan", "lıların", "lıları", "lılarla", "lının", "lıyı",
                    "lıya", "lıdan", "lıda", "lular", "lulara", "lulardan", "luların", "luları",
                    "lularla", "lunun", "luyu", "luya", "ludan", "luda",)
# A language is named by its people's demonym and -ce ("Rus" -> "Rusça"), in vowel and
# consonant harmony: the word beside a language's name in CLDR's name of a regional variant
# that, with one of these, is that name, is the demonym of the variant's region.
LANGUAGE_NAME_SUFFIXES = ("ca", "ce", "ça", "çe")

# The Turkish word list writes many names in lower case ("oslo"): inside a sentence, the
# capital letter decides.
LEMMA_CASE_UNRELIABLE = True
# Institutions capitalise every word ("Dışişleri Bakanları Toplantısı").
TITLE_CASE_NAMES = True

# Case and plural suffixes written without an apostrophe on common words inside names
# ("Anadolu Ajansının"); with an apostrophe on names ("Ankara'yı") they are cut off whole.
MIN_STEM = 3
ENDINGS = ("ların", "lerin", "ları", "leri", "lar", "ler", "nın", "nin", "nun", "nün",
           "dan", "den", "tan", "ten", "ın", "in", "un", "ün", "da", "de", "ta", "te",
           "ya", "ye", "yı", "yi", "na", "ne", "nı", "ni", "ı", "i", "u", "ü", "a", "e")

# Word lists asked whether a capitalised word is a known name (language data).
NAME_LISTS = ("en", "es", "sr")

# Kinds of names (checker/compare/name_kinds.py): a name changed into another only of its kind.
# Titles and honorifics before a person's name.
PERSON_TITLES = frozenset((
    'aktris', 'aktör', 'antrenör', 'bakan', 'bay', 'bayan', 'başbakan', 'başkan', 'belediye',
    'büyükelçi', 'cumhurbaşkanı', 'dövüşçü', 'futbolcu', 'general', 'hakim', 'kral', 'kraliçe',
    'kurucu', 'lider', 'milletvekili', 'oyuncu', 'papa', 'piskopos', 'prens', 'prenses', 'prof',
    'profesör', 'psikolog', 'savcı', 'sayın', 'sekreter', 'senatör', 'sözcü', 'teknik', 'vali',
    'yargıç', 'yazar', 'yönetmen', 'şansölye', 'şarkıcı',
))
# Words that make a name an organisation's.
ORGANISATION_WORDS = frozenset((
    'ajans', 'ajansı', 'bakanlık', 'bakanlığı', 'banka', 'bankası', 'birliği', 'derneği',
    'enstitüsü', 'federasyonu', 'grubu', 'komisyonu', 'komitesi', 'konseyi', 'kulübü', 'ligi',
    'mahkemesi', 'meclisi', 'okulu', 'ordusu', 'parlamentosu', 'parti', 'partisi', 'polisi',
    'senatosu', 'vakfı', 'örgütü', 'üniversite', 'üniversitesi', 'şirketi',
))
# Words right before a place's name (locative prepositions, "capital").
PLACE_WORDS = frozenset((
    'başkent', 'kenti', 'şehri',
))
# Case endings after an apostrophe that only a place takes (locative; with -ki, "in ...":
# "Ankara'daki"), to the word's end: the ablative "'den" (from, than) is no locative.
PLACE_SUFFIXES = frozenset((
    "'da", "'de", "'ta", "'te", '’da', '’de', '’ta', '’te',
    "'daki", "'deki", "'taki", "'teki", '’daki', '’deki', '’taki', '’teki',
))

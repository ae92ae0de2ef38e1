"""Turkish words for the safety concepts. '*' ends a word prefix; Turkish letters are optional in messages.

Short Turkish stems collide with English words ("hap" / "happen", "mor" / "more"), so forms are listed in full.
"""

from __future__ import annotations

from bot.safety.vocab import phrases

# The language's own grammatical words: a one-word phrase of another language is not read on them (Polish "od",
# German "die", Turkish "bu"; see bot.safety.lexicon.Lexicon).
FUNCTION_WORDS = (
    "bu su o ve ile de da ki mi mu bir icin gibi ama ben sen biz siz onlar benim ne"
)

VOCAB = phrases(
    {
        "SELF": "değilim|"
        "oluyorum|ben|bana|beni|benim|kendim",
        "PERSON": "torunum|torunu|annem|anne|babam|eşim|kocam|karım|sevgilim|oğlum|kızım|çocuğum|çocuk|bebeğim|bebek|"
        "kardeşim|"
        "ablam|abim|ninem|babaannem|anneannem|dedem|arkadaşım",
        "PAST": "geçen yıl|yıllar önce|aylar önce|çocukken|eskiden|haberlerde|bir makale|bir haber|belgesel",
        "QSTART": "ne|nasıl|neden|niçin|kaç|hangi",
        "INGEST": "aldım|içtim|yuttum|içti|yuttu|aldı|"
        "içtim|yuttum|aldım|yedim",
        "SWALLOW": "emiyordu|emmiş|eksik|yemiş|yuttu|içti|yedi|ağzına|yutmuş|içmiş",
        "EXCESS": "kutu|kutular|"
        "ikiye katladım|iki katı|iki katına|daha fazla|fazlasını|bir kutu|tamamını|bir şerit|"
        "fazla|çok fazla|koca|kutu|bir kutu|tamamını|hepsini|iki katı|bir avuç|aynı anda|beş|altı|yirmi|"
        "otuz|doz aşımı",
        "ALL": "hepsini|hepsi|bütün|tüm",
        "NORMAL": "günde|haftada|her sabah|her gün|bu sabah|her zamanki gibi",
        "SCHEDULED": "günde|haftada|her sabah|her zamanki gibi|her zaman olduğu gibi|reçeteye göre|"
        "doktorun dediği gibi|kahvaltıyla|"
        "kahvaltıda|yemekle|yemekten sonra|sabah ilaçlarımı|akşam ilaçlarımı|her sabah|her akşam|"
        "her hafta|haftalık",
        "TOO_MANY": "fazla|çok fazla|fazlasını|kutu|kutusunu|avuç|aşırı doz|"
        "bir kerede|tek seferde|üst üste|yanlışlıkla",
        "SUBSTANCE": "şurup*|"
        "hapla*|hapi*|kortizon|dozum*|dozunu|dozu|ilaçlarımı|ağrı kesici*|"
        "hap|hapı|haplar|hapları|haplarını|hapını|ilaç*|ilac*|tablet*|ağrı kesici|insülin|kapsül*|"
        "antidepresan*",
        "CHEMICAL": "çamaşır suyu|deterjan|lavabo açıcı|temizlik malzemesi|zehir|kimyasal|antifriz|tuz ruhu|"
        "kireç sökücü|amonyak|yumuşatıcı|bulaşık deterjanı|lavabo açıcı|cam sil",
        "OVERDOSE": "doz aşımı|aşırı doz",
        "UNRESPONSIVE": "uyanmıyor|tepki vermiyor|"
        "uyanmıyor|tepki vermiyor|bilinci kapalı|baygın|nabız yok|kıpırdamıyor|cevap vermiyor",
        "COLLAPSE": "bayıldı|yığıldı|yere yığıldı|"
        "bayıldı|yere düştü|yığıldı|fenalaştı|kendinden geçti|bayılmış",
        "NO_BREATH": "nefes almıyor|nefes alamıyor|"
        "nefes almıyor|nefes alamıyorum|nefes alamıyor|nefesi durdu|boğuluyorum|boğuluyor",
        "BREATH": "nefes*",
        "DIFFICULT": "alamıyorum|zorlanıyorum|zor|güçlük",
        "BLUE": "mor|morardı|morarmış|morarıyor|mosmor|mavi",
        "LIPS": "dudak|dudaklar|dudaklarım|dudakları|parmaklarım|yüzü",
        "SWELL": "şişti|şişiyor|şişmiş|kapanıyor",
        "THROAT": "boğaz*|dilim|dudak|dudaklarım",
        "SEIZURE": "nöbet geçiriyor|kasılıyor|havale|sara nöbeti|epilepsi nöbeti",
        "FACE": "ağzım|yüzüm|ağzı|"
        "yüzü|yüzüm|ağzı|ağzım",
        "DROOP": "yamuldu|kaydı|çarpıldı|sarktı|"
        "kaydı|sarktı|çarpıldı|eğildi|düştü",
        "SLURRED": "peltek|konuşamıyor|dili dolanıyor",
        "SPEECH": "konuşma*|konuşuyor|kelime*",
        "SPEECH_BAD": "garip|tuhaf|bozuk",
        "LIMB": "kol|kolu|kolum|bacak|bacağı|bacağım|elim|eli",
        "WEAK": "kaldıramıyorum|kaldıramıyor|uyuştu|"
        "uyuştu|uyuşuyor|güçsüz|kaldıramıyorum|felç",
        "SUDDEN": "aniden|birden|bir anda",
        "CHEST": "göğsümde|göğüs|"
        "göğsüm|göğüs|göğsümde",
        "PAIN": "ağrı*|sıkışma|baskı|acı",
        "RADIATE": "koluma|sol koluma|vuruyor|soğuk ter|"
        "koluma|kolum|çeneme|çenem|sırtıma|omzuma|vuruyor|yayılıyor|terliyorum",
        "BLEED": "kanama*|kanıyor",
        "NO_STOP": "durmuyor|durduramıyorum|dinmiyor",
        "VOMIT": "kusuyor|kusuyorum|öksürüyorum",
        "BLOOD": "kan",
        "HEADACHE": "baş ağrısı|başım|kafam",
        "WORST": "en kötü|dayanılmaz|çok şiddetli",
        "NAMED_EMERGENCY": "kalp krizi|inme|anafilaksi|anafilaktik",
        "CALL_HELP": "ambulans",
        "SUICIDE": "intihar*|kendimi öldür*|canıma kıy*|hayatıma son ver*|ölmek istiyorum",
        "END_IT": "bitireceğim|her şeyi bitireceğim|hepsini bitireceğim|"
        "her şeye son|bitirmek istiyorum",
        "INTENT": "istiyorum|bu gece",
        "NEG_WANT": "istemiyorum",
        "LIVE": "yaşamak|uyanmak|devam etmek|yaşamaya",
        "POINT": "anlamı|anlam",
        "HOPELESS": "gelecek göremiyorum|geleceğim yok|"
        "umut kalmadı|hiç umut yok|yaşamaktan yoruldum|her şeyden yoruldum|"
        "umudum kalmadı|umudum yok|hiçbir şeyin anlamı yok|anlamı kalmadı|çıkış yolu yok|"
        "yaşamak istemiyorum|"
        "yaşamanın anlamı yok|hiç uyanmamak|"
        "yaşamaktan yoruldum|hayattan bıktım|yaşamaktan bıktım",
        "BURDEN": "yük oluyorum|yüküm|bir yük|yükten başka",
        "BETTER": "daha kolay|daha mutlu|daha huzurlu|yeni bir hayat|daha iyi bir hayat|daha iyi|daha rahat|daha mutlu|"
        "daha iyi",
        "WITHOUT_ME": "bensiz|ben olmadan|ben olmasam|ben olmazsam|ben gidersem|"
        "bensiz|ben olmadan",
        "FAREWELL": "artık burada olmayacağım|burada olmayacağım|"
        "veda mektubu|veda mektupları|"
        "elveda|veda ediyorum|ben gittiğimde",
        "FAREWELL_WEAK": "veda etmek|vedalaşmak|"
        "hoşça kalın|"
        "sizi tanımak güzeldi|hepinize veda|"
        "eşyalarımı dağıtıyorum|eşyalarımı verdim|vasiyet*|herkese teşekkürler|"
        "her şey için teşekkürler|özür dilerim|sizi seviyorum|kendinize iyi bakın|"
        "her şeyi ayarladım|işlerimi hallettim|her şeyi hallettim|mektupları yazdım|mektup yazdım|"
        "son mesajım",
        "PLAN": "bir planım var|hap biriktiriyorum|biriktirdim",
        "TAKE_INTENT": "içeceğim|içmek|yutacağım",
        "HOARD": ""
        "biriktir*|sakladım|saklıyorum",
        "MEANS": "köprü|çatı|tren rayları|silah",
        "PREPARE": "satın aldım|hangi köprü",
        "SELF_INJURY": "kendimi kes*|kendime zarar|kendimi yarala*|jiletle|kendimi yakıyorum",
        "ON_PURPOSE": "bilerek|kasten|isteyerek|bile bile|kasıtlı",
        "CUT": "kestim|kesiyorum|kesmeye|jiletledim",
        "AGAIN": "yine|tekrar|yeniden|gene",
        "BETTER_OFF": "daha iyi olur|daha rahat eder|daha mutlu olur|bensiz daha",
        "WITH": "ile",
        "LAST": "son",
        "MESSAGE": "mesajım|mesaj|yazım|paylaşımım|sözlerim",
        "SIDE": "bir tarafı|sol tarafı|sağ tarafı|yarısı",
        "DROP": "düştü|kaydı|sarktı",
        "SLEEP": "kaybolmak|"
        "uyumak|uyuyup",
        "NEVER_WAKE": "uyanmamak|bir daha uyanmamak|hiç uyanmamak|uyanmasam|uyanmak istemiyorum",
        "WISH": "keşke|isterdim|istiyorum|umarım",
        "FOREVER": "sonsuza kadar|bir daha uyanmamak",
        "CANT_MORE": "dayanamıyorum artık|dayanamıyorum|artık yapamıyorum",
        "OBJECT_BEFORE": "bu|şu|buna|şuna|bunlara|bu kadar",
        "LIFE_ALL": "hayatıma|hayatımı|hayat*|her şeye|yaşamaya",
        "READY_ALL": "her şey hazır|her şeyi hazırladım",
        "NOTE": "mektup|not",
        "READY": "hazır|hazırladım|hazırda",
        "ERRAND": "randevu|muayene|taşınma|seyahat",
        "DISTRESS": "korkuyorum|korku*|yalnız*|üzgün|endişe*|kaygı*|ağlıyorum|çaresiz",
        # round 4: a plan with a vehicle or a drop, asking how, emptying a container, an unknown amount
        "CRASH": "kırmayı|kırmak|direksiyonu kırmayı|direksiyonu kırmak|direksiyonu kıracağım|sürmeyi|sürmek|sürüp|"
        "çarpmayı|çarpmak|"
        "çarpacağım|atlamayı|atlamak|atlayacağım|kendimi atmayı|"
        "kendimi atmak|kendimi atacağım",
        "TARGET": "duvar*|ağaç*|tren*|köprü*|kamyon*|bina*|balkon*|uçurum*",
        "CONTEMPLATE": "istedim|istiyordum|düşünüyorum|düşündüm|istiyorum|planlıyorum|niyetindeyim|hayal ediyorum",
        "METHOD": "nasıl|en kolay yolu|yolunu",
        "PAINLESS": "acı çekmeden|acısız|acı hissetmeden",
        "END_SELF": "ölmenin|ölmek için|hayatımı bitir*|hayatıma son|kendimi öldür*|ölmek|ölebilirim|canıma kıy*|"
        "her şeyi bitir*",
        "END_VERB": "son verebilirim|son vermek|son vermeyi|bitirebilirim|bitirmek|bitiririm|bitirsem",
        "EMPTY": "boşalttım|boşaltıp",
        "UNKNOWN_AMOUNT": "kaç tane bilmiyoruz|kaç tane olduğunu bilmiyoruz|kaç tane bilmiyorum|"
        "kaç tane olduğunu bilmiyorum|ne kadar bilmiyorum|"
        "kaç tane içtiğini bilmiyorum|kaç tane yediğini bilmiyorum",
        "ALONG": "yanıma|yanımda|bavuluma",
        "JUMP": "atlamak|atlamayı|atlayacağım|kendimi atmak",
        "HEIGHT": "köprü*|bina*|balkon*|uçurum*|çatı*|pencere*",
        "TREATING": "ağrısı için|ateşi için|baş ağrısı için",
    }
)

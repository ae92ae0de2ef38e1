"""Turkish words for the safety concepts. '*' ends a word prefix; Turkish letters are optional in messages.

Short Turkish stems collide with English words ("hap" / "happen", "mor" / "more"), so forms are listed in full.
"""

from __future__ import annotations

from bot.safety.vocab import phrases

VOCAB = phrases(
    {
        "SELF": "oluyorum|ben|bana|beni|benim|kendim",
        "PERSON": "annem|anne|babam|eşim|kocam|karım|sevgilim|oğlum|kızım|çocuğum|çocuk|bebeğim|bebek|kardeşim|"
        "ablam|abim|ninem|babaannem|anneannem|dedem|arkadaşım",
        "PAST": "geçen yıl|yıllar önce|aylar önce|çocukken|eskiden",
        "QSTART": "ne|nasıl|neden|niçin|kaç|hangi",
        "INGEST": "içtim|yuttum|aldım|yedim",
        "SWALLOW": "yuttu|içti|yedi|ağzına|yutmuş|içmiş",
        "EXCESS": "fazla|çok fazla|koca|kutu|bir kutu|tamamını|hepsini|iki katı|bir avuç|aynı anda|beş|altı|yirmi|"
        "otuz|doz aşımı",
        "ALL": "hepsini|hepsi|bütün|tüm",
        "NORMAL": "her gün|bu sabah|her zamanki gibi",
        "SUBSTANCE": "hap|hapı|haplar|hapları|haplarını|hapını|ilaç*|ilac*|tablet*|ağrı kesici|insülin|kapsül*|"
        "antidepresan*",
        "CHEMICAL": "çamaşır suyu|deterjan|lavabo açıcı|temizlik malzemesi|zehir|kimyasal|antifriz|tuz ruhu",
        "OVERDOSE": "doz aşımı|aşırı doz",
        "UNRESPONSIVE": "uyanmıyor|tepki vermiyor|bilinci kapalı|baygın|nabız yok|kıpırdamıyor|cevap vermiyor",
        "COLLAPSE": "bayıldı|yere düştü|yığıldı|fenalaştı|kendinden geçti|bayılmış",
        "NO_BREATH": "nefes almıyor|nefes alamıyorum|nefes alamıyor|nefesi durdu|boğuluyorum|boğuluyor",
        "BREATH": "nefes*",
        "DIFFICULT": "alamıyorum|zorlanıyorum|zor|güçlük",
        "BLUE": "mor|morardı|morarmış|morarıyor|mosmor|mavi",
        "LIPS": "dudak|dudaklar|dudaklarım|dudakları|parmaklarım|yüzü",
        "SWELL": "şişti|şişiyor|şişmiş|kapanıyor",
        "THROAT": "boğaz*|dilim|dudak|dudaklarım",
        "SEIZURE": "nöbet geçiriyor|kasılıyor|havale|sara nöbeti|epilepsi nöbeti",
        "FACE": "yüzü|yüzüm|ağzı|ağzım",
        "DROOP": "kaydı|sarktı|çarpıldı|eğildi|düştü",
        "SLURRED": "peltek|konuşamıyor|dili dolanıyor",
        "SPEECH": "konuşma*|konuşuyor|kelime*",
        "SPEECH_BAD": "garip|tuhaf|bozuk",
        "LIMB": "kol|kolu|kolum|bacak|bacağı|bacağım|elim|eli",
        "WEAK": "uyuştu|uyuşuyor|güçsüz|kaldıramıyorum|felç",
        "SUDDEN": "aniden|birden|bir anda",
        "CHEST": "göğsüm|göğüs|göğsümde",
        "PAIN": "ağrı*|sıkışma|baskı|acı",
        "RADIATE": "koluma|kolum|çeneme|çenem|sırtıma|omzuma|vuruyor|yayılıyor|terliyorum",
        "BLEED": "kanama*|kanıyor",
        "NO_STOP": "durmuyor|durduramıyorum|dinmiyor",
        "VOMIT": "kusuyor|kusuyorum|öksürüyorum",
        "BLOOD": "kan",
        "HEADACHE": "baş ağrısı|başım|kafam",
        "WORST": "en kötü|dayanılmaz|çok şiddetli",
        "NAMED_EMERGENCY": "kalp krizi|inme|anafilaksi|anafilaktik",
        "CALL_HELP": "ambulans",
        "SUICIDE": "intihar*|kendimi öldür*|canıma kıy*|hayatıma son ver*|ölmek istiyorum",
        "END_IT": "her şeye son|bitirmek istiyorum",
        "INTENT": "istiyorum|bu gece",
        "NEG_WANT": "istemiyorum",
        "LIVE": "yaşamak|uyanmak|devam etmek|yaşamaya",
        "POINT": "anlamı|anlam",
        "HOPELESS": "dayanamıyorum|yaşamanın anlamı yok|hiç uyanmamak|artık yapamıyorum",
        "BURDEN": "yük oluyorum|yüküm|bir yük|yükten başka",
        "BETTER": "daha iyi",
        "WITHOUT_ME": "bensiz|ben olmadan",
        "FAREWELL": "elveda|hoşça kalın|son mesajım|veda ediyorum|ben gittiğimde",
        "FAREWELL_WEAK": "her şey için teşekkürler|özür dilerim|sizi seviyorum|kendinize iyi bakın",
        "PLAN": "bir planım var|hap biriktiriyorum|biriktirdim",
        "TAKE_INTENT": "içeceğim|içmek|yutacağım",
        "HOARD": "biriktir*|sakladım|saklıyorum",
        "MEANS": "köprü|çatı|tren rayları|silah",
        "PREPARE": "satın aldım|hangi köprü",
        "SELF_INJURY": "kendimi kes*|kendime zarar|kendimi yarala*|jiletle|kendimi yakıyorum",
        "DISTRESS": "korkuyorum|korku*|yalnız*|üzgün|endişe*|kaygı*|ağlıyorum|çaresiz",
    }
)

/**
 * Words of one meaning across languages, so that what the model learns of a word in the languages
 * it has examples of carries over to the same word in the languages it has none of: "takipçi",
 * "abonnés" and "подписчики" weigh as "followers" do. Each word of a comment that is one of these
 * adds its concept as a feature (features.ts); the weight of a concept is learned, like any word's.
 *
 * Written for this project from dictionaries of the languages (those of the authored sets, and
 * Bengali, Hebrew, Greek, Romanian, Czech, Hungarian, Swedish, Swahili and Chinese, which no
 * training set holds; Chinese words are stems, as a run of Han characters is read as one word and a
 * stem matches its start): the concepts a bot comment on a
 * creator's post is made of (selling followers, likes and views, promotion and feature pages,
 * collaboration and ambassador bait, giveaways, money and investment, adult bait, follow-for-follow,
 * "message me", bio). Three concepts (likesViews, password, instant) and a few
 * words (among them the Urdu, Hindi, Filipino and Japanese ones of the last line of several concepts)
 * were added after reading what the authored sets' leave-one-language-out folds missed:
 * those folds are no independent measure of them (docs/comment-model-evaluation.md). Words as common
 * in ordinary comments as in spam are left out: "link" ("share the link to the recipe?"), "check",
 * "clicked", shipping ("quanto custa o frete?") made ordinary comments spam, and so did "follow",
 * "takip", "volg", "segue", "ikuti" ("seni yıllardır takip ediyorum": I have followed you for years).
 *
 * A word ending in "*" stands for every word that starts with it (at least four letters before the
 * star in Latin or Cyrillic script, two characters in the others); any other matches the whole
 * word only. Words are written as people spell them: matching reads them through the comments'
 * normalisation (lower case, accents folded). Two words joined by "+" are read as those two words
 * in a row ("kiếm+tiền", Vietnamese "earn money": "kiếm" alone is also "check"); so is a word of a
 * script written without spaces that the normalisation splits in two (Thai "ผู้ติดตาม", "ผู้ ติดตาม").
 * A word belongs to one concept only (tests/unit/rules/comments/concepts.test.ts).
 *
 * `account` is the "@" of a mentioned account, read with `promote` as a feature page's bait ("promote
 * it on @page"); "shoutout" is no word of `promote`: fans give one to an editor or a friend by their
 * @. `self` and `you` are possessives ("my", "your"): read only right beside a channel or page word
 * (features.ts, ownersNextTo), where they say whose channel a comment speaks of.
 */
export const CONCEPT_WORDS: Readonly<Record<string, string>> = {
  followers: `follower* seguidor* abonné* abonnent* seguac* pengikut takipçi* volger*
    obserwator* obserwując* подписчик* підписник* متابع* फॉलोअर* tagasunod 팔로워* フォロワー 粉丝
    ผู้ติดตาม
    ฟอลโลเวอร์ ยอดฟอล ฟอล
    فالوور* ফলোয়ার* עוקבים ακολουθ* urmăritor* sledující követő* följare wafuasi
    فالور* फ़ॉलोअर*`,
  buy: `buy buying comprar compra compre compralo achète acheter achat* kaufen kauft comprare beli membeli
    satın kopen koop kupić kupuj купить купи купите شراء اشتري खरीद* 구매* 구입* 購入
    ซื้อ mua
    خرید کিনুন কিনতে קנו לקנות αγοράσ* cumpără kupte koupit vegyél vásárol* köp köpa nunua
    sell sells selling vente vendre vends venda vender vendemos vendita vendiamo verkauf* satış satılık jual jualan продаж* продаю
    bili bumili
    خریدیں`,
  cheap: `cheap* barato* barata* günstig* billig* economic* murah* ucuz* goedkoop* tanie tanio дешев*
    رخيص* सस्ता sasta sasti saste 저렴* 格安 激安
    ราคาถูก giá+rẻ
    ارزان سستا سستے سستی সস্তা* זול בזול φθην* ieftin* levn* olcsó* nafuu
    mura murang`,
  price: `price prices pricing precio precios preço preços prix preis preise prezzo prezzi
    harga fiyat* цена цены цене цену سعر اسعار 가격* 価格 値段 价格 कीमत दाम prijzen
    ceny cennik
    ราคา
    قیمت দাম מחיר τιμή preț cena pris`,
  free: `free gratis gratuit* kostenlos* bedava ücretsiz* darmow* бесплатн* безкоштовн*
    مجان* मुफ्त 무료 無料 免费 ฟรี
    رایگان مفت ফ্রি חינם δωρεάν* zdarma ingyen* bure
    फ्री فری`,
  promote: `promot* promo promos promocion* promov* promoção promouv* werbung
    werben promuov* promozion* promosi* tanıtım* reklam* promoot* promocj* продвиж* реклам* ترويج*
    प्रमोशन प्रचार featur* gefeatur* раскрутк* 홍보*
    โปรโมท โปรโมต โฆษณา quảng+cáo quảng+bá
    تبلیغ* تشہیر প্রচার פרסום קידום προώθ* διαφήμ* propag* marknadsför*
    광고* 宣伝
    प्रमोट* پروموٹ* پروموشن`,
  collab: `collab* colab* kooperation* zusammenarbeit* kolaborasi kolab kerjasama işbirliğ*
    samenwerk* współprac* сотрудничеств* сотрудничать співпрац* تعاون सहयोग 콜라보* 협업*
    コラボ 合作 partnership* partnerschaft* parceria* partenariat* partnerstw*
    ร่วมงาน hợp+tác همکاری
    협찬*
    endorse*
    कोलैब कोलाब کولیب`,
  ambassador: `ambassad* embajador* embaixador* botschafter* markenbotschaft* ambasciat* ambasador*
    duta elçi* амбассадор* سفير* سفراء 앰버서더*
    đại+sứ سفیر
    एंबेसडर* ایمبیسڈر*`,
  message: `direct dm dms inbox pm md mp mensaj* mensag* messag* nachricht* pn privado privada
    pesan wiadomość личку личка директ* priv лс сообщени* رسالة راسل* خاص تواصل मैसेज contact* contacto
    bericht berichtje scrivimi scrivici escribeme escribenos escribime privato privatamente
    contato kontakt* contatt* hubungi iletişim* 메시지* 디엠 dmme メッセージ
    ทัก แชท ข้อความ ติดต่อ nhắn+tin liên+hệ ib
    دایرکت پیام میسج پیغام মেসেজ* ইনবক্স* הודעה בפרטי μήνυμα* mesaj zprávu zpráva üzenet* meddelande* ujumbe nitumie
    문의* 連絡 私信*
    postfach posteingang bandeja
    इनबॉक्स ان+باکس انباکس میسیج`,
  chatApp: `whatsapp* telegram* watsap* wasap* whatsap* snapchat* viber kik wechat واتس* واتساب* تلجرام* تيليجرام*
    ไลน์ zalo
    카톡* 카카오톡* 텔레그램* 오픈채팅* 微信* 加微*
    व्हाट्सएप* व्हाट्सऐप* टेलीग्राम* واٹس* ٹیلیگرام*`,
  bio: `bio biom bioma biomu biomda biomdaki biomdan bion biona bionu bionda biondaki bioya bioda biodaki biodan biyo biyom biyoma biyomu biyomda biyomdaki biyomdan biyon biyona biyonu biyonda biyondaki biyoya biyoda biyodaki biyodan profil* perfil* プロフィール プロフ профил* بايو
    ไบโอ โปรไฟล์ cá+nhân
    بیو بائیو বায়ো ביו בביו پروفایل
    프로필*
    प्रोफाइल प्रोफ़ाइल बायो پروفائل`,
  visit: `visit* besuch* kunjungi* ziyaret* bezoek* odwiedź* mampir click clic clica clique klick klik
    tıkla kliknij жми нажми क्लिक
    คลิก کلیک
    클릭* 방문* クリック 点击*
    विज़िट विजिट وزٹ`,
  earn: `ganh* gane earn* income* profit* cash ganar gano ganando ganancia* ingreso* dinero renda
    dinheiro lucr* gagner gagne revenu* argent verdien* einkommen geld guadagn* soldi penghasilan
    hasilkan cuan duit uang kazan* zarab* zarob* pieniądz* заработ* доход* деньг* ربح*
    أرباح كسب कमा* kamai* kamaye kamao اربح* kumita passiv* pasif sampingan 稼 副業
    รายได้ กำไร ทำเงิน kiếm+tiền kiếm+thêm thu+nhập lợi+nhuận
    درآمد پول کمائی کمائیں کمانے پیسے ইনকাম টাকা להרוויח הרוויחו הכנסה כסף κέρδ* λεφτά câștig* bani vyděl* peníze pénz tjäna pengar pesa আয়+করুন سود
    부업* 수익* 벌어* 버는 벌기 돈벌* 재택* 収入 収益 赚钱* 副业*
    juta ribu dollars dolares euros reais naira rupiah grands
    sweldo sahod kumikita 在宅 月収`,
  invest: `invest* inversi* yatırım* inwest* инвест* استثمار* निवेश 투자* 投資 投资 crypto* krypto*
    kripto* cripto* крипт* bitcoin* btc usdt ethereum trading trader* forex broker* binance
    ลงทุน đầu+tư
    سرمایه השקעה επενδ* befektet* ارز+دیجیتال
    코인* 비트코인* 주식* 仮想通貨
    انویسٹ* इन्वेस्ट*`,
  win: `giveaway* winner* sorteo* ganador* ganaste sorteio* ganhador* vencedor* concours
    gagnant* gewinn* concors* vincit* menang* pemenang* çekiliş* winactie* winnaar* konkurs*
    wygra* розыгрыш* выигр* победител* مسابقة فائز* سحب जीत* इनाम 당첨* 抽選 当選 中奖 nanalo
    แจก trúng+thưởng
    برنده جیتیں جیتو জিতুন זכית זוכה câștigător vinn* nyer* výhr* mshindi قرعه
    جیتنے قرعہ+اندازی`,
  gift: `gift* prize* reward* regalo* premio* prêmio brinde* cadeau* geschenk* hadiah* ödül* hediye*
    prijs* nagrod* prezent* подар* приз* هدية جائزة उपहार 선물* プレゼント 礼物 premyo voucher*
    รางวัล ของขวัญ quà+tặng phần+quà nhận+quà
    جایزه هدیه انعام تحفہ উপহার পুরস্কার מתנה פרס δώρο δώρα cadou* premiu* dárek ajándék* zawadi`,
  adult: `private privé privat* gizli sexy sex nude* naked porn* xxx onlyfans dating horny escort* webcam* desnud* nackt* bugil
    telanjang çıplak naakt nago интим* порн* секс* знакомств* seks* sexi سكس सेक्स
    سکسی סקס σεξ
    섹시* 야한 비공개* エロ sugar+daddy sugar+baby sugardaddy
    प्राइवेट پرائیویٹ`,
  followBack: `mutual* mutuel* sigueme siganme síguenos segueme sigam suivez seguimi seguitemi folbek follback follow+me follow+back follow+balik follow+aku follow+kami follow+lại follow+chéo متبادل* geri+takip takip+et takip+edin gt gtf volg+terug zurückfolgen
    followback takipleş* obserwuj подпишись подписывайтесь تابعني تابعوني फॉलो 팔로우 フォロー 关注
    ฟอลกลับ ติดตามกลับ theo+dõi
    دنبال עקבו sleduj kövess följ nifuate فالو
    맞팔* 선팔* フォロバ 互粉* 回关*`,
  subscribe: `subscri* suscrib* inscrev* abonniere* abonnier* iscrivit* iscrivet* iscriviti iscriversi abone
    abonneer* subskryb* subskrypc* đăng+ký kênh ช่อง подпишитесь قناة قناتي قناتنا قنوات канал* channel* canal canale canali chaîne kanal* kanał चैनल 채널* チャンネル 频道
    구독* 订阅*
    सब्सक्राइब* سبسکرائب* سبسکرایب* چینل*`,
  discount: `discount* descuent* descont* rabatt* rabat sconto sconti diskon* indirim* korting* zniżk*
    скидк* خصم छूट 할인* 割引 折扣 coupon* cupon* cupom* oferta* offerta* angebot*
    ส่วนลด ลดราคา giảm+giá khuyến+mãi
    تخفیف رعایت ڈسکاؤنٹ הנחה έκπτωσ* reducer* sleva slevu slevy kedvezmény*
    डिस्काउंट*`,
  likesViews: `likes views curtidas visualiza* vues aufrufe visualizz* izlenme* beğeni* просмотр*
    лайк* wyświetle* polubie* weergaven tayangan إعجاب* लाइक* 조회수 いいね 再生数
    ไลค์ วิว ยอดวิว ยอดไลค์ lượt+xem lượt+thích
    لایک* لايك* مشاهدات مشاهدة بازدید لائک* ویوز লাইক* ভিউ* לייקים צפיות προβολ* aprecieri vizualiz* zhlédnutí megtekint* visningar gillamarkering*`,
  password: `password* contraseña senha passwort şifre* sandi hasło hasla пароль*
    비밀번호* パスワード 密码*`,
  instant: `instant instan inmediat* imediat* immédiat* sofort* anında segera meteen
    natychmiast* мгновенн* моментальн*
    ทันที
    즉시* 即
    فوری فوراً तुरंत`,
  reach: `boost* growth engagement viral* alcance visibilit* sichtbarkeit reichweite etkileşim*
    jangkauan zasięg* охват* algorithm* algoritm* algorytm* exposure
    노출* 알고리즘*`,
  guarantee: `guarant* garant* gwarant* гарант* organic* organiq* organisch* organik
    รับประกัน تضمین*
    보장*
    گارنٹی* गारंटी*`,
  recommend: `recommend* recomiend* recomend* recommand* empfehl* raccomand* rekomend* tavsiye*
    aanbevel* polecam* рекоменд* أنصح
    แนะนำ
    추천*`,
  self: `my mine mi mis meu minha meus minhas mon ma mes mein meine meinen meinem meiner
    mio mia miei mie mijn benim mój moja moje mojego mojej мой моя мое моё мои моего мою моей
    मेरा मेरी मेरे mera meri mere aku saya mình เรา
    제 내`,
  you: `your yours ur tu tus tuyo tuya teu tua seu sua seus suas ton ta tes votre vos dein deine
    deinen deinem deiner tuo tuoi tue jouw kamu senin twój twoja twoje twojego twojej твой твоя
    твоё твое твои твоего твою ваш ваша ваше ваши तेरा तुम्हारा आपका aapka tumhara tera bạn คุณ`,
  // The mark of a mentioned account ("@" before its name's words: features.ts, abstractText).
  account: `@`,
  gamble: `slot slots gacor judi casino* kasino taruhan bahis* gokken apuesta* aposta* scommess*
    togel maxwin jackpot* deposit* депозит* ставк* казино букмекер*
    สล็อต พนัน เว็บตรง ฝากถอน แทงบอล nhà+cái cá+cược nổ+hũ tài+xỉu
    کازینو جوا জুয়া ক্যাসিনো הימורים קזינו καζίνο στοίχημα* pariuri cazino sázky fogadás kamari شرط+بندی
    카지노* 도박* 토토* 슬롯* カジノ 赌场*
    کیسینو ڈپازٹ* بیٹنگ सट्टा बेटिंग कैसीनो डिपॉजिट* sabong パチンコ パチスロ スロット オンカジ`,
  page: `account accounts cuenta cuentas conta contas compte comptes konto konta akun* hesap hesab*
    sayfa* аккаунт* страниц* pagina pagine paginas page pages 계정* アカウント 账号* เพจ
    पेज پیج`,
};

/**
 * Small stopword lists for the main languages of the outlet list. Hand-picked function words plus
 * the news boilerplate that says nothing about a story ("said", weekdays); enough to keep query terms
 * and ranking keys meaningful. Words are stored lower-case without diacritics folding.
 */
const EN = `a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it it's its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to too
under until up upon very was we were what when where which while who whom why will with would you your
yours yourself yourselves s t don't won't can't isn't wasn't weren't hasn't haven't didn't doesn't
said says say saying told tells according new news latest report reports reported reportedly via amid
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks year years
month months day days time times one two three first last many much may might must shall including
include includes included within without across among toward towards per like well since however
yet still even though although whether either neither recent recently major latest make made makes`;

const DE = `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch
auf aus bei bin bis bist da damit dann das dass dem den denn der des dessen die dies diese diesem diesen
dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas für gegen hat hatte hatten
hier hin hinter ich ihm ihn ihr ihre im in ist ja jede jedem jeden jeder jedes jetzt kann kein keine
können man mehr mein mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind
so soll sollen über um und uns unter vom von vor war waren was weil wenn werden wie wieder will wir wird
wurde wurden zu zum zur zwischen sagte sagt montag dienstag mittwoch donnerstag freitag samstag sonntag
heute gestern jahr jahre neue neuen neuer`;

const FR = `a à ai au aux avec ce ces cette dans de des du elle en est et eux il ils je la le les leur lui
ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes
toi ton tu un une vos votre vous été être avoir fait sont ont était plus selon après avant contre entre
depuis lors sans sous comme aussi d l n s c j qu' lundi mardi mercredi jeudi vendredi samedi dimanche
aujourd'hui hier an ans année nouveau nouvelle a-t-il dit déclaré`;

const ES = `a al algo como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre
era es esa ese eso esta este esto estos fue ha han hasta hay la las le les lo los más me mi muy no nos o
para pero por que qué se sea ser si sin sobre son su sus también te tu un una uno unos y ya según tras
lunes martes miércoles jueves viernes sábado domingo hoy ayer año años nuevo nueva dijo afirmó`;

const IT = `a ad al alla alle allo agli ai anche che chi con contro cui da dal dalla dalle dai degli dei del
della delle dello di dove e è ed gli ha hanno i il in la le lo ma mi ne nel nella nelle negli non o per
più quale quando questo questa quello se si sono su sua sue suo suoi sul sulla tra un una uno secondo
dopo lunedì martedì mercoledì giovedì venerdì sabato domenica oggi ieri anno anni nuovo nuova ha detto`;

const PT = `a ao aos as à às com como da das de do dos e é ela ele eles em entre era essa esse esta este eu
foi há isso já mais mas me na nas não no nos o os ou para pela pelo por que se sem ser seu sua são também
um uma segundo após contra sobre até disse segunda terça quarta quinta sexta sábado domingo hoje ontem ano
anos novo nova`;

const NL = `aan al als bij dan dat de der deze die dit door een en er had heb hebben heeft het hier hij hoe
hun ik in is je kan maar me met mij na naar niet nog nu of om onder ons ook op over te tegen toen tot u
uit van veel voor want was wat we wel werd wie wij worden zal ze zei zich zij zijn zo volgens`;

const PL = `a aby ale bo by był była było były być co czy dla do go i ich ile im ja jak jako jednak jej jest jeszcze jego
już ku lub ma mają może na nad nie nich nim niż o od oraz po pod przez przy się są ta tak także te ten to tu tym w we
z za ze że żeby który która które którzy poniedziałek wtorek środa czwartek piątek sobota niedziela dziś wczoraj rok
roku lat powiedział według`;

const CS = `a aby ale ani až by byl byla bylo být co či do i jak jako je jeho její jejich jen již jsou k kde když ku
na nad ne než o od po pod pro před při s se si só ta tak také tam ten to tu ty v ve však z za ze že který která které
řekl podle pondělí úterý středa čtvrtek pátek sobota neděle dnes včera rok roku let`;

const SV = `och att det som en på är av för med den till inte har de om ett var jag men sig så kan man ska efter vid
eller under från hade han hon år också när mot sade enligt måndag tisdag onsdag torsdag fredag lördag söndag idag`;

const DA = `og at det som en på er af for med den til ikke har de om et var jeg men sig så kan man skal efter ved
eller under fra havde han hun år også når mod sagde ifølge`;

const NB = `og at det som en på er av for med den til ikke har de om et var jeg men seg så kan man skal etter ved
eller under fra hadde han hun år også når mot sa ifølge`;

const FI = `ja on ei se että oli ovat hän mutta kun myös jo tai sen ole olla sitä joka mukaan vain nyt kuin niin
ovat olivat tämä tässä mitä siitä sekä jotka meidän heidän hänen vuonna vuoden maanantaina tiistaina keskiviikkona
torstaina perjantaina lauantaina sunnuntaina`;

const TR = `ve bir bu da de için ile olarak daha çok en gibi ama ancak o şu ki mi ne kadar sonra önce göre olan
oldu olduğu ise her değil var yok üzerine tarafından dedi açıkladı yıl pazartesi salı çarşamba perşembe cuma
cumartesi pazar bugün dün`;

const RU = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот
от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам
ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтобы без будто
чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой
тем чтобы нее были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через
эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том
нельзя такой им более всегда конечно всю между заявил сообщил году года`;

const UK = `і й в у на з із зі до від що як а але та це не за по для про при він вона воно вони його її їх
був була було були бути є також вже ще який яка яке які цей ця ці тому коли де або чи після через заявив році року`;

const AR = `في من على إلى عن مع أن إن كان كانت هذا هذه ذلك التي الذي الذين ما لا لم لن قد كل بين بعد قبل حتى
أو ثم هو هي هم وقد وفي ومن وأن فيه فيها منذ عند خلال حول أي إلا غير بعض أكثر قال وقال أمس اليوم عام`;

const FA = `و در به از که این را با است آن برای یک تا هم بر شد می شود بود کرد نیز ها های پس اما یا هر باید
گفت خود وی دیگر شده کرده روز سال`;

const HI = `का के की है और में से को पर यह था थे थी हैं भी ने एक लिए कि जो तो इस उस वह किया गया कहा साथ तक
बाद वे हो रहा रही रहे अपने नहीं या`;

const ID = `yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga oleh karena sebagai atau
bahwa ada telah saat kata mengatakan tersebut para lebih tahun hari`;

const VI = `và của là có được trong cho với các những một này đã không người khi để từ về theo tại đến ra như
sẽ cũng nói năm ngày`;

const LV = `un ir ar par no uz kas ka bet vai arī kā to tas tā pie pēc lai jau vēl tiek bija būs viņš viņa šo
šī gada gadā`;

// CJK: particles and function words that Intl.Segmenter returns as words.
const ZH = `的 了 和 是 在 也 有 与 及 等 对 为 将 被 把 这 那 其 之 而 或 但 并 就 都 从 向 以 于 中 上 下 月 日 年 表示 称 据 已 已经 一个 我们 他们 她们 它们 今天 昨天 周一 周二 周三 周四 周五 周六 周日 星期`;
const JA = `の に は を た が で て と し れ さ ある いる も な い から まで より こと これ それ あれ この その
ため など なっ よう また した する して され いう 年 月 日 今日 昨日`;
const KO = `이 그 저 것 수 등 및 에 의 가 을 를 은 는 과 와 도 로 으로 에서 했다 있다 한다 밝혔다`;

function toSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

const LISTS: Record<string, ReadonlySet<string>> = {
  en: toSet(EN),
  de: toSet(DE),
  fr: toSet(FR),
  es: toSet(ES),
  it: toSet(IT),
  pt: toSet(PT),
  nl: toSet(NL),
  zh: toSet(ZH),
  ja: toSet(JA),
  ko: toSet(KO),
  pl: toSet(PL),
  cs: toSet(CS),
  sv: toSet(SV),
  da: toSet(DA),
  nb: toSet(NB),
  no: toSet(NB),
  fi: toSet(FI),
  tr: toSet(TR),
  ru: toSet(RU),
  uk: toSet(UK),
  ar: toSet(AR),
  fa: toSet(FA),
  hi: toSet(HI),
  id: toSet(ID),
  vi: toSet(VI),
  lv: toSet(LV),
};

const EMPTY: ReadonlySet<string> = new Set();

/** Stopwords for a BCP-47 tag; English is always added because English words leak into every headline. */
export function stopwordsFor(lang: string): (word: string) => boolean {
  const own = LISTS[lang] ?? EMPTY;
  const en = LISTS.en ?? EMPTY;
  return (word) => own.has(word) || en.has(word);
}

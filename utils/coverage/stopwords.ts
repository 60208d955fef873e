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
};

const EMPTY: ReadonlySet<string> = new Set();

/** Stopwords for a BCP-47 tag; English is always added because English words leak into every headline. */
export function stopwordsFor(lang: string): (word: string) => boolean {
  const own = LISTS[lang] ?? EMPTY;
  const en = LISTS.en ?? EMPTY;
  return (word) => own.has(word) || en.has(word);
}

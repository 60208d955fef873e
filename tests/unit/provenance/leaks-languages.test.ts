import { describe, expect, it } from 'vitest';
import { detect, sentencePage } from './helpers';

/**
 * Chatbot text in every language the detector reads: refusals whose object is an article, a translation or a claim;
 * "I can't reach the web" disclaimers; a model naming itself or its trainer; what it says it lacks; offers of another
 * version. Written for session 8 (not from any data set) unless the comment names a train row.
 */
const LEAKS: Array<[string, string]> = [
  ["en", "I can't browse the internet, so I can't open the link you shared."],
  ["en", "As an AI developed by OpenAI, I don't have personal opinions."],
  ["en", "Unfortunately, I don't have the ability to access external websites."],
  ["en", "Let me know if you want a shorter version for social media!"],
  ["en", "Please note that my knowledge only extends to early 2024."],
  ["de", "Es tut mir leid, aber ich kann diesen Artikel nicht umschreiben."],
  ["de", "Ich habe keinen Zugriff auf das Internet und kann den Link daher nicht öffnen."],
  ["de", "Als KI-Sprachmodell habe ich keine persönlichen Meinungen."],
  ["de", "Leider kann ich keine Inhalte von externen Webseiten abrufen."],
  ["nl", "Het spijt me, maar ik kan dit artikel niet herschrijven."],
  ["nl", "Als AI-taalmodel heb ik geen toegang tot actuele informatie."],
  ["nl", "Ik kan helaas geen externe links openen of websites bezoeken."],
  ["nl", "Laat me weten als je een kortere versie wilt!"],
  ["da", "Beklager, men jeg kan ikke skrive en artikel om dette emne."],
  ["da", "Som en AI-sprogmodel har jeg ikke adgang til internettet."],
  ["da", "Jeg kan desværre ikke tilgå eksterne links."],
  ["da", "Sig endelig til, hvis du vil have en kortere version!"],
  ["sv", "Jag är ledsen, men jag kan inte skriva den artikeln."],
  ["sv", "Som en AI-språkmodell har jag inte tillgång till realtidsinformation."],
  ["sv", "Tyvärr kan jag inte komma åt externa länkar."],
  ["sv", "Säg till om du vill att jag gör en kortare version!"],
  ["no", "Beklager, men jeg kan ikke skrive denne artikkelen."],
  ["no", "Som en AI-språkmodell har jeg ikke tilgang til internett."],
  ["no", "Jeg kan dessverre ikke åpne eksterne lenker."],
  ["fr", "Je suis désolé, mais je ne peux pas réécrire cet article."],
  ["fr", "En tant que modèle de langage, je n'ai pas accès à Internet."],
  ["fr", "Malheureusement, je ne peux pas accéder aux liens externes."],
  ["fr", "N'hésitez pas à me dire si vous souhaitez une version plus courte !"],
  ["es", "Lo siento, pero no puedo reescribir ese artículo."],
  ["es", "Como modelo de lenguaje, no tengo acceso a internet."],
  ["es", "Lamentablemente, no puedo acceder a enlaces externos."],
  ["it", "Mi dispiace, ma non posso riscrivere questo articolo."],
  ["it", "In quanto modello linguistico, non ho accesso a Internet."],
  ["it", "Purtroppo non posso accedere a link esterni."],
  ["pt", "Desculpe, mas não posso reescrever esse artigo."],
  ["pt", "Como um modelo de linguagem, não tenho acesso à internet."],
  ["pt", "Infelizmente, não consigo acessar links externos."],
  ["ja", "申し訳ありませんが、その記事を書き直すことはできません。"],
  ["ja", "私はAIなので、インターネットにアクセスできません。"],
  ["ja", "残念ながら、外部リンクにはアクセスできません。"],
  ["zh", "抱歉，我无法改写这篇文章。"],
  ["zh", "作为一个人工智能语言模型，我无法访问互联网。"],
  ["zh", "很抱歉，我无法打开外部链接。"],
  ["ko", "죄송하지만 해당 기사를 다시 작성할 수 없습니다."],
  ["ko", "AI 언어 모델로서 저는 인터넷에 접속할 수 없습니다."],
  ["ko", "죄송합니다. 외부 링크에는 접근할 수 없습니다."],
  ["fr", "Je m'appelle Chatbot et je suis un modèle de langage entraîné par OpenAI."],
  ["it", "Come intelligenza artificiale, non posso esprimere opinioni politiche."],
  ["pt", "Como uma IA, não tenho acesso a dados em tempo real."],
  ["sv", "Som AI kan jag inte ha åsikter om detta."],
  ["es", "Claro, pero recuerda que no tengo opiniones personales sobre el tema."],
  ["en", "I don't have personal opinions, but here are some arguments on both sides."],
  ["de", "Als KI habe ich keine eigenen Gefühle."],
  ["en", "I don't have access to the full article content from the link you provided."],
  ['en', 'I don’t have access to the full article content from the link provided, only the title and publication name.'], // en-016-h7
  // "claims" after a determiner or adjective is a noun, not someone reporting the leak.
  ["en", "I'm sorry, but I can't rewrite that article because it contains false claims."],
  ["en", "I am unable to verify this claim as I don't have access to real-time information."],
  ['it', 'Sono ChatGPT, una grande intelligenza artificiale addestrata da OpenAI.'], // it-012-h7
  ['es', 'Claro, pero ten en cuenta que no tengo personalidad ni vivencias personales.'], // es-005-h7
  // Session 17, h17's train side: the offer's own verb right after "Would you like me to"; a Korean offer that runs long; a
  // Japanese one that proposes.
  ['en', "Would you like me to expand on any section (e.g., deeper dive into Flyway or MySQL-specific patterns)?"], // en-107-h17
  ['en', "Would you like me to expand any section or provide practical examples? 🚀"], // en-112-h17
  ['ko', "👉 원하시면 제가 helm install 했을 때 Helm이 최종적으로 만들어내는 매니페스트(렌더링 결과) 예시도 보여드릴까요?"], // ko-128-h17
  ['ja', "ご希望があれば、CLIベースの完全版もご提案できますよ。どうしましょう？"], // ja-121-h17
  // Session 18: the model naming itself in the first person; an answer handed over with a copula.
  ['de', "Ich bin ein KI-basiertes Sprachmodell."], // de-302-h13
  ['fr', "Je suis un modèle de langage et je n'ai pas d'opinion personnelle."],
  ['zh', "我是一个人工智能语言模型，没有个人观点。"],
  ['ko', "저는 AI 언어 모델입니다."],
  // Session 24 (1.22.0): template slots and "as of my last update" in the other languages, as the English rules read them;
  // "according to your guidelines" is the chatbot's user, not a report.
  ['fr', "Je m'appelle [Votre Nom], sophrologue certifiée, passionnée par l'accompagnement des personnes vers un mieux-être global."], // fr-125-h20
  ['pt', 'Este post foi escrito por [Seu Nome] e está disponível sob os termos da licença [Licença].'], // pt-123-h20
  ['es', 'Alumno: [Tu nombre]'], // es-127-h20
  ['de', 'Mit freundlichen Grüßen, [Ihr Name]'],
  ['it', 'Per iscriverti, clicca qui: [Inserisci il link]'],
  ['nl', 'Neem contact op via [uw e-mailadres] of bel [Uw telefoonnummer].'],
  ['no', 'En av de mest bemerkelsesverdige kampene var mellom [Lag A] og [Lag B], hvor [Lag A] klarte å snu kampen.'], // no-014-h13
  ['es', 'Sin embargo, hasta el momento de mi última actualización, la Lengua de Signos Internacional sigue siendo el enfoque principal.'], // es-114-h20
  ['es', 'Esta comparación se basa en sus últimas versiones estables según mi última actualización de conocimiento (Laravel 10.x).'], // es-117-h20
  ['fr', 'Version : À ma dernière mise à jour, 3.6.0 est la dernière version, mais vérifiez Maven Central.'], // fr-111-h20
  ['it', 'Al mio ultimo aggiornamento, la versione stabile era la 4.2.'],
  ['de', 'Stand meines letzten Updates ist Version 3.2 die aktuelle.'],
  ['sv', 'Absolut, här kommer ett blogginlägg om hur AI kan hjälpa dig, skrivet på svenska och enligt dina riktlinjer:'], // sv-105-h15
];

/** People who cannot do something, apologise, or talk about models: not a chatbot speaking. */
const NOT_LEAKS: Array<[string, string]> = [
  // A blogger asking readers what to write next is no chatbot's offer (written for session 17).
  ["en", "Would you like me to write about Rust next? Tell me in the comments."],
  // Someone quoting what a model says of itself, and a model named in the third person (session 18).
  ["fr", "ChatGPT répond : « Je suis un modèle de langage. »"],
  ["de", "ChatGPT ist ein KI-basiertes Sprachmodell von OpenAI."],
  ["en", "I can't access my bank's website since the update, a reader wrote."],
  ["de", "Ich kann leider nicht zum Termin kommen, weil mein Zug ausfällt."],
  ["de", "Es tut mir leid, aber ich kann den Vorwurf nicht nachvollziehen, sagte der Minister."],
  ["nl", "Ik kan helaas niet bij de vergadering zijn."],
  ["fr", "Je ne peux pas accepter ces conditions, a-t-il déclaré."],
  ["es", "No puedo creer que el partido terminara así."],
  ["it", "Non posso accettare questa decisione della giunta."],
  ["pt", "Não posso comentar o caso, disse o advogado."],
  ["sv", "Jag kan tyvärr inte närvara vid mötet."],
  ["no", "Jeg kan dessverre ikke stille på møtet i morgen."],
  ["da", "Jeg har desværre ikke tid til at svare på alle henvendelser."],
  ["ja", "申し訳ありませんが、本日の営業は終了しました。"],
  ["zh", "抱歉，我无法出席今天的会议。"],
  ["ko", "죄송하지만 오늘은 참석할 수 없습니다."],
  ["en", "Let me know if you want the recipe for the sauce."],
  ["ko", "방화벽 때문에 외부 링크에는 접근할 수 없습니다."],
  ["ja", "社内ネットワークからは外部サイトにアクセスできません。"],
  ["en", "The chatbot told users it could not browse the internet."],
  ["en", "As a teacher, I don't have personal experience with these tools."],
  ["en", "As an AI researcher, I see this every day."],
  ["de", "Als KI-Expertin habe ich viele solche Texte gelesen."],
  ["es", "No tengo experiencia personal con este producto."],
  ["fr", "Le modèle a été entraîné par OpenAI sur des milliards de textes, selon l'entreprise."],
  ["it", "Come l'IA, anche noi dobbiamo imparare."],
  ["en", "GPT-4, a model trained by OpenAI, wrote the draft."],
  // An editor's bracket in a quotation, a writer's own update of the post, a report "according to" someone (session 24).
  ["es", "«[Su] gobierno no ha cumplido», dijo la portavoz."],
  ["pt", "“[Seu] filho estava na escola”, disse a vizinha."],
  ["fr", "À ma dernière mise à jour de cet article, le prix était de 10 euros."],
  ["es", "Desde mi última actualización del blog he cambiado de trabajo."],
  ["sv", "Enligt polisen här kommer fler kontroller i helgen."],
  // A figure or footnote reference is no lettered side of a template; a bracketed word that starts like a possessive is none.
  ["en", "The framework schedules each task on its own worker [Fig 1] and retries it on failure [note 1]."],
  ["en", "Koko-di Koko-da Haunts A Couple In Crisis [Sundance Review]"],
];

describe('chatbot text in every language', () => {
  it.each(LEAKS)('%s: a leak in %s', (lang, text) => {
    expect(detect(sentencePage(text, lang)).verdict).toBe('suspected-ai');
  });

  it.each(NOT_LEAKS)('%s: no leak in %s', (lang, text) => {
    expect(detect(sentencePage(text, lang)).verdict).toBe('none');
  });
});

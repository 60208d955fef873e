import type { ChatbotRuleSpec } from './types';

/**
 * Text a chatbot writes to its user, left in a published page. Sources: NewsGuard's 2023
 * content-farm reports, Cabanac's "Regenerate response" papers, the 2025–26 follow-up-offer cases
 * (Dawn, Der Spiegel, La Provincia, SVT) and Lede AI's unfilled slots (research/ai-disclosure-signals.md §4.1).
 */
/** Keywords only the chatbot rules need (since 1.17.0): the grammar's gate leaves them out (grammar-gate.ts). */
export const RULES_ONLY_CHATBOT_HINTS = [
  '必应', '제공', '帮助', 'tradu', '以下に',
  // Since 1.22.0: template slots and "as of my last update" in the other languages.
  '\\[(?:ins[eéi]r|(?:votre|ton|tua?|su|seu|sua|teu|il tuo|la tua|deine?|ihre?|uw|jouw|ditt?|din) )', '\\[\\S+ [ab]\\]',
  'm(?:io?|a|inha|ijn|in|eine[mrs]?) (?:[úu]ltim|derni|laatst|sen[ae]st|sist|letzt)',
];

export const CHATBOT_HINTS = [
  'language model', 'sprachmodell', 'taalmodel', 'mod[eè]les? de langage', 'modelos? de lenguaje',
  'modell[oi] linguistic', 'modell[oi] di linguaggio', 'modelos? de linguagem', 'språkmodell', 'sprogmodel', '语言模型', '言語モデル', '언어 모델',
  'AI-model', 'KI-Modell', 'cut-?off', 'last (?:knowledge )?(?:update|training)', '截至我', 'regenerate', 'openai',
  'if you(?: want| need| would like|\\s*[\'’]d)', 'would you like', 'do you want me', 'let me know if',
  'wenn du (?:magst|möchtest|willst)', 'soll ich', 'möchtest du', 'vuoi che', 'se vuoi', 'souhaitez-vous que',
  'voulez-vous que', 'si vous (?:le )?(?:voulez|souhaitez)', 'quieres que', 'te gustaría que', 'si quieres', 'quer que eu',
  'se quiser', 'vill du att jag', 'om du vill', 'vil du at jeg', 'hvis du vil', 'wil je dat ik', 'als je wilt',
  '\\[\\[', '\\[(?:your|insert|enter)', 'certainly[!,.]', 'sure[!,.]',
  "\\bI(?:['’]m| am)? (?:sorry|not|unable|cannot|can['’]t|can not)", 'veux-tu que', 'si tu veux',
  'quiere que', 'deseas? que', 'gustar[íi]a que', 'gostaria que eu', 'jag kan också göra', 'vil du ha at jeg',
  'wilt u dat ik', 'absolutely[!,.]', 'of course[!,.]', '(?:use(?: case)?|usage|content) polic', 'training data',
  // Self-descriptions that name no language model: "Als KI kann ich…", "como IA, no puedo…", "作为AI助手…".
  '\\bals (?:een )?(?:AI-|KI-)?model\\b', 'AI助手', '人工智能助手', 'AIアシスタント',
  // Openers: the punctuation after "Claro", "Bien sûr", "물론입니다"… and the "here is" that follows.
  '[!,.]\\s+(?:aquí (?:tienes|está|te)|aqui (?:está|estão|vai)|ecco|voici|hier (?:ist|sind|is|zijn)|här (?:är|kommer)|her (?:er|kommer)|a continuación|a seguir|segue|di seguito|voilà|ci-dessous)',
  '[!！。.,，]\\s*(?:다음은|아래는|以下は|こちらは|以下是|这是|這是|下面是)', '抱歉', '对不起', '對不起', '죄송',
  'vers(?:ion|ión|ione|jon|ie|ão)', 'fassung',
  'beskjed', 'me dire si', 'my knowledge', 'anthropic', '(?:by|von|par|por|do|da|di|door|av|af) google', '아쉽게도', '안타깝게도', '외부\\s*(?:링크|웹사이트)', '인터넷\\s*검색', '(?:I|ich|je|ik|jag|jeg) (?:don[\'’]t |do not )?(?:have|habe|n[\'’]ai|heb|har)', 'no tengo', 'non ho', 'não tenho', 'besked', 'bescheid,? (?:wenn|falls|ob)', '-moi si', 'me faire savoir si', 'préférez que je',
  'av[íi]same si', 'dime si', 'lo (?:siento|lamento)', 'es tut mir leid', 'désolée?', 'mi dispiace', 'desculpe', 'het spijt me', 'jag är ledsen', 'beklager',
  'puedo ayudarte', 'mich wissen', 'tyvärr', 'dessverre', 'desværre', 'helaas', 'leider', '(?:but|men|maar|aber)\\s+(?:here|här|her|hier)\\b', 'adgang', 'tilgang', 'tillgång', 'toegang', 'zugriff', 'zugang', 'säg (?:gärna |bara )?till', 'sig (?:endelig |bare |gerne )?til', 'je peux vous (?:offrir|proposer|fournir)', 'posso aiutarti', 'posso ajudar', 'kann dir helfen', 'kan ik je helpen', 'I can help you', 'you(?: would|[\'’]d)? (?:like|want) me to', '承知(?:いたし|し)ました', 'かしこまりました', 'sapere se', 'dimmi se', 'se preferir', 'me (?:even )?weten',
  '원하시면', '원하신다면', '필요하시면', '싶다면', '싶으시면', '해\\s*드리겠습니다', 'ご希望', '必要であれば', 'よろしければ', '如果(?:您|你)?(?:需要|愿意|想|希望)', '私はAI', '私は人工知能',
  'empo real', 'temps réel', 'echtzeit', 'A\\.I\\.',
  'wissens(?:stand|basis)', '(?:mes|mi|mis|mie|mia|meu|meus|mijn|mina|min) (?:con[nho]|kenn|kun|vid)', '私の知識', '我的知识', '(?:제|나의)\\s*지식',
  '(?:question|frage|pregunta|domanda|pergunta|vraag|fråga|spørsmål|spørgsmål)\\s*[!.–—]', '问题你问得', '問題你問得', '(?:네|예)[,，]\\s*알겠습니다',
  'espero que', 'esp[èe]re que', 'spero che', 'ich hoffe', 'ik hoop', 'hoppas', 'håber', 'håper', '도움이', 'お役に立て', 'lad mig vide', '追加の',
  '人工智能', '人工知能', '인공지능', 'intelligen', 'intelig', 'kunstmatige', '\\bAI\\b', '\\bKI\\b', '\\bIA\\b',
  'realtid', 'sanntid', '실시간', '实时', '實時', 'リアルタイム', 'ability to',
  'hope (?:this|that) helps', "didn['’]t actually send", 'messaggio ricevuto', 'necessario ricevere', '抱歉', '对不起', '對不起', '죄송', '我(?:无法|不能|無法|没办法|沒辦法)', 'できません', '수\\s*없', '\\bich kann', 'kann ich', 'habe ich', 'ich habe', 'je ne (?:peux|suis)', 'je n[\'’]ai', 'no (?:puedo|tengo)', 'non (?:posso|ho|sono)', 'não (?:posso|consigo|tenho)', 'ik (?:kan|heb)', 'jag (?:kan|har)', '(?:kan|har) jag', 'jeg (?:kan|har)', '(?:kan|har) jeg', 'conversation with bing', ...RULES_ONLY_CHATBOT_HINTS, '모델로서', '저의\\s*지식', '申し訳',
];

const OFFER = 'A chatbot\'s follow-up offer to its user ("If you want, I can also…") was published.';
const CUTOFF = 'A chatbot mentioning its own knowledge cutoff was left in the text.';
const SLOT = 'An unfilled template slot ("[[WINNING_TEAM_MASCOT]]", "[Your Name]") was published.';
const MISSING_INPUT = 'A chatbot telling its user it was given no text to work on ("…the article content itself was not included") was published.';
const CLOSING = 'A chatbot\'s closing words to its user ("I hope this helps! Let me know…") were published.';
const SELF_DESCRIPTION = 'A chatbot describing itself ("As an AI language model…") was left in the text.';

const OFFER_OBJECT =
  '(?:version|rewrite|shorter|longer|format|draft|headline|turn|make|create|adapt|expand|add|write|tweak|adjust|polish|tone)';

/** What a chatbot offers to add or change: a version, details, an example, a section, a diagram, a table, code. */
const TEXT_OBJECT =
  '\\b(?:vers(?:ion|jon|ión|ione|ão|ie)|Fassung|arti[ck]|artí|d[ée]tail|detalj|detal|dettagl|exemp|Beispiel|ejempl|esempi|eksempel|voorbeeld|section|Abschnitt|secci|sezion|seç|avsnitt|afsnit|sectie|diagram|tabel|tableau|tabla|Tabelle|tabell|text|tekst|testo|resum|riassun|Zusammenfass|sammendrag|sammanfatt|samenvatt|ajout|añad|aggiung|adicion|ergänz|erweiter|étend|ampli|utvid|udvid|uitbrei|skript|script|c[oó]d|ändr|endr|ændr|wijzig|chang)';

export const CHATBOT_RULES: ChatbotRuleSpec[] = [
  {
    id: 'as-an-ai-model',
    lang: 'en',
    pattern: "\\bas an? (?:AI|A\\.I\\.|artificial[- ]intelligence)(?: (?:language|text))? model\\b|\\bas a language model\\b|\\bas an AI(?: assistant| model)?(?: (?:developed|created|trained|built|made) by [\\w ]{1,20}?)?, I\\b",
    weight: 0.9,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'refusal',
    lang: 'en',
    pattern:
      "\\bI(?:['’]m| am)? (?:sorry,? (?:but )?I )?(?:cannot|can['’]t|can not|am not (?:able|capable) (?:to|of)|(?:['’]m|am) not (?:able|capable) (?:to|of)|am unable to|(?:['’]m) unable to|not (?:able|capable) (?:to|of)) (?:complete|fulfil+|produc(?:e|ing)|generat(?:e|ing)|writ(?:e|ing)|creat(?:e|ing)|provid(?:e|ing)|assist with|comply with)\\b[^.!?]{0,60}?\\b(?:this prompt|the prompt|this request|your request|the request|\\d+ words|words|content that)\\b" +
      // Whatever the object ("…rewriting that article", "…translating this claim") once the apology opens it.
      "|\\bI['’]m sorry,? but I (?:cannot|can['’]t|am unable to|['’]m unable to|am not able to) (?:help|assist|complete|fulfil+|provide|create|write|rewrite|translate|summari[sz]e|generate|produce)\\b" +
      // …or a text as its object and a reason: "I cannot translate this text as it may contain copyrighted material".
      "|\\bI (?:cannot|can['’]t|am unable to|am not able to) (?:rewrite|translate|summari[sz]e|paraphrase|rephrase|edit|access|open) (?:this|the|that|your) (?:text|article|story|passage|content|document|claim|link|page)\\b[^.!?]{0,60}?\\b(?:as|because|since|due to)\\b",
    weight: 0.9,
    explanation: 'A chatbot refusal ("I cannot complete this prompt") was left in the text.',
  },
  {
    id: 'refusal',
    lang: 'en',
    // "…I cannot write an article on this topic as I do not have any details", "Please provide more details regarding
    // the article you would like me to write": a chatbot asking its user for what it lacks.
    pattern:
      "\\bI (?:cannot|can['’]t|am unable to) (?:write|create|generate|produce) (?:an?|the|this) (?:article|story|essay|post|piece|summary)\\b[^.!?]{0,80}?\\b(?:as|because|since) I (?:do not|don['’]t) have\\b" +
      "|\\bprovide (?:me with )?(?:more|additional|further|some) (?:details|information|context)\\b[^.!?]{0,60}?\\byou(?: would|['’]d)? (?:like|want) me to (?:write|create|generate|draft|summari[sz]e)\\b",
    weight: 0.85,
    explanation: 'A chatbot refusal or request for details ("I cannot write an article … as I do not have…") was left in the text.',
  },
  {
    id: 'missing-input',
    lang: 'en',
    // An automated pipeline that sent a chatbot nothing to work on publishes its answer: it declines for want of the text
    // ("I'm unable to provide a summary as the article content itself was not included", "…because the content provided is
    // incomplete") or says it got none ("It looks like you didn't actually send over a news article"). A bare "the text was
    // not included" is news about a treaty; "you didn't send the text" is a forum reply.
    pattern:
      "\\bI(?:['’]m| am)? (?:cannot|can['’]t|unable to|not able to)\\b[^.!?]{0,80}?\\b(?:the|this) (?:article |text )?content(?: itself)?(?: (?:you )?(?:provided|sent|shared))? (?:was|is) (?:not (?:included|provided)|incomplete)\\b" +
      "|\\byou didn['’]t actually send(?: over)? (?:the|a|an|any)(?: [\\p{L}-]+)? (?:article|text|content)\\b",
    weight: 0.85,
    explanation: MISSING_INPUT,
  },
  {
    id: 'missing-input',
    lang: 'it',
    // The same in Italian: the message it received holds no information to write from ("Il messaggio ricevuto non contiene
    // alcuna informazione utile…", "…è necessario ricevere il contenuto integrale del testo").
    pattern: '\\bil messaggio ricevuto non contiene alcuna informazione\\b|\\bè necessario ricevere il contenuto integrale\\b',
    weight: 0.85,
    explanation: MISSING_INPUT,
  },
  {
    id: 'use-policy',
    lang: 'en',
    pattern: "\\b(?:against|violat\\w*) (?:OpenAI['’]?s? )?(?:use(?: case)?|usage|content) polic(?:y|ies)\\b|\\bOpenAI['’]?s? (?:use(?: case)?|usage|content) polic(?:y|ies)\\b",
    weight: 0.85,
    explanation: "A chatbot's reference to its provider's use policy was left in the text.",
  },
  {
    id: 'knowledge-cutoff',
    lang: 'en',
    pattern: '\\bmy (?:knowledge |training (?:data )?)?cut-?off(?: date)?\\b|\\bas of my last (?:knowledge )?(?:update|training)\\b|\\bmy (?:training data|knowledge) (?:only )?(?:goes|extends|runs)(?: up)? (?:to|until|through)\\b',
    weight: 0.85,
    explanation: CUTOFF,
  },
  {
    id: 'knowledge-cutoff',
    lang: 'mul',
    // The same in the other languages: the speaker's own knowledge and the year it stops ("Mein Wissensstand reicht bis
    // September 2021", "Mis conocimientos llegan hasta 2023", "私の知識は2021年9月までのものです", "제 지식은 2023년까지입니다").
    pattern:
      "\\b(?:(?:Mein|meinem) Wissensstand|Meine Wissensbasis|Mes connaissances|Ma base de connaissances|Mi conocimiento|Mis conocimientos|Le mie conoscenze|La mia conoscenza|Meu conhecimento|Meus conhecimentos|Mijn kennis|Min kunskap|Mina kunskaper|Min kunnskap|Min viden)\\b[^.!?]{0,40}?\\b(?:bis|endet|jusqu['’]?(?:à|en|au)?|s['’]arrêtent|s['’]arrête|hasta|termina|fino a|fino al|si fermano|si ferma|até|tot|t\\/m|till|fram till|slutar|til|frem til|slutter)\\b[^.!?]{0,25}?\\b(?:19|20)\\d\\d\\b" +
      '|私の知識[^。]{0,30}?(?:19|20)\\d\\d年[^。]{0,8}?まで|' +
      // "截至我最后一次更新（2022年1月），…": "as of my last update", not a writer's "截至我最后一次更新本文".
      '截至我的?(?:最后一次|上一次|最近一次|上次)(?:知识)?更新(?![^，。,]{0,3}(?:本文|这篇|此文|文章|博客|本页))|我的知识[^。]{0,10}?(?:截止|更新)[^。]{0,10}?(?:19|20)\\d\\d年|(?:제|저의|나의)\\s*지식[^.]{0,30}?(?:19|20)\\d\\d년[^.]{0,8}?까지',
    weight: 0.85,
    explanation: CUTOFF,
  },
  {
    id: 'knowledge-cutoff',
    lang: 'mul',
    // "As of my last update" in the other languages (since 1.22.0): "hasta el momento de mi última actualización", "según mi
    // última actualización de conocimiento", "À ma dernière mise à jour, 3.6.0 est…". Not the writer's last update of this
    // post ("…depuis ma dernière mise à jour de cet article").
    pattern:
      "\\b(?:(?:hasta|según|a fecha de|al momento de)(?: el momento de)? mi última actualización" +
      "|(?:até|segundo|conforme|na data d[ae])(?: o momento d[ae])?(?: a)? minha última atualização" +
      "|(?:al|alla data del|secondo il|fino al)(?: momento del)? mio ultimo aggiornamento" +
      "|(?:à|selon|jusqu['’]à|en date de) ma dernière mise à jour" +
      "|(?:Stand|bis zu|zum Zeitpunkt) meine[rms]? letzten (?:Wissens)?(?:aktualisierung|update)s?" +
      "|(?:tot|volgens|ten tijde van) mijn laatste (?:kennis)?update" +
      "|(?:enligt|fram till|vid) min senaste (?:kunskaps)?uppdatering|(?:ifølge|fram til|frem til|per) min (?:siste (?:kunnskaps)?oppdatering|seneste (?:videns)?opdatering))" +
      "\\b(?![^.!?]{0,4}\\b(?:de|di|do|da|des|dieses|van|av|af) (?:este|esta|cet|cette|ce|questo|questa|deste|desta|dieses|diese[rn]?|dit|deze|denna|detta|denne|dette)\\b)",
    weight: 0.85,
    explanation: CUTOFF,
  },
  {
    id: 'regenerate-response',
    lang: 'en',
    pattern: '\\bRegenerate (?:response|draft)\\b',
    weight: 0.8,
    explanation: 'The label of a chatbot interface button ("Regenerate response") was pasted into the text.',
  },
  {
    id: 'template-slot',
    lang: 'und',
    pattern: '\\[\\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\]\\]|\\[(?:Your|Insert|Enter) (?:Name|Company|Title|Date|Location|Source|Quote|Website|Link|Here)[^\\]]{0,20}\\]',
    caseSensitive: true,
    weight: 0.8,
    explanation: SLOT,
  },
  {
    id: 'template-slot',
    lang: 'mul',
    // The same slots in the other languages (since 1.22.0): a possessive and what to fill in ("[Votre nom]", "[Tu nombre]",
    // "[Seu Nome]", "[Il tuo nome]", "[Ihr Name]", "[Uw telefoonnummer]", "[Ditt namn]"), or an order to insert ("[Inserisci il
    // link]", "[Insira a data]"). A possessive alone is an editor's bracket in a quotation ("[Su] gobierno", "[Seu] filho").
    pattern:
      "\\[(?:votre|ton|tu|tua|su|seu|sua|teu|il tuo|la tua|dein|deine|ihr|ihre|uw|jouw|ditt|dit|din) " +
      '(?:nom|prénom|entreprise|société|titre|date|ville|adresse|e-?mail|courriel|téléphone|site|lien|poste|fonction|signature|marque|produit|école|' +
      'nombre|apellido|empresa|título|fecha|ciudad|dirección|correo|teléfono|sitio|enlace|cargo|firma|marca|producto|escuela|' +
      'nome|cognome|data|cidade|endereço|telefone|assinatura|produto|escola|licença|azienda|società|titolo|città|indirizzo|telefono|sito|ruolo|marchio|prodotto|scuola|' +
      'name|vorname|nachname|unternehmen|titel|datum|ort|stadt|telefonnummer|website|webseite|position|unterschrift|marke|produkt|schule|' +
      'naam|achternaam|bedrijf|plaats|stad|adres|telefoonnummer|functie|handtekening|merk|product|school|' +
      'namn|efternamn|företag|adress|e-post|webbplats|länk|roll|underskrift|varumärke|skola|' +
      'navn|etternavn|efternavn|bedrift|tittel|dato|sted|by|nettsted|lenke|rolle|signatur|merke|skole|virksomhed|hjemmeside|mærke)' +
      "\\b[^\\]]{0,20}\\]" +
      "|\\[(?:insérer|insérez|inserte|insertar|inserisci|inserire|insira|inserir) [^\\]]{2,40}\\]",
    weight: 0.8,
    explanation: SLOT,
  },
  {
    id: 'template-slot',
    lang: 'mul',
    // A lettered side a template leaves for the match report to fill in ("mellom [Lag A] og [Lag B]", "[Team A]"); not "[Fig 1]" or
    // a footnote's "[note 1]", which the keyword test also turns away.
    pattern:
      '\\[(?:Team|Lag|Hold|Equipo|Équipe|Equipe|Squadra|Time|Mannschaft|Ploeg|Jugador|Joueur|Giocatore|Jogador|Spieler|Speler|Spelare|Spiller|Player) [AB]\\]',
    caseSensitive: true,
    weight: 0.8,
    explanation: SLOT,
  },
  {
    id: 'certainly-here-is',
    lang: 'en',
    pattern: "^\\s*(?:Certainly|Sure|Absolutely|Of course)[!,.] (?:Here(?:['’]s| is| are)|Below is)\\b",
    paragraphStart: true,
    insideParagraph: true,
    weight: 0.75,
    explanation: 'A chatbot answer opener ("Certainly! Here is…") starts a paragraph.',
  },
  {
    id: 'follow-up-offer',
    lang: 'en',
    pattern: `\\b(?:if you(?: want| would like|['’]d like)|would you like me to|do you want me to|let me know if you(?:['’]d| would)? (?:like|want) me to)\\b[^.?!]{0,40}?(?:\\bI (?:can|could)\\b|\\bme to\\b)[^.?!]{0,80}?\\b${OFFER_OBJECT}` +
      // Since 1.18.0: "If you need a deeper explanation of any question, tell me which one and I will expand on it."
      `|\\bif you need\\b[^.?!]{0,60}?\\b(?:let me know|tell me)\\b[^.?!]{0,40}?\\bI(?:['’]ll| will| can| could)\\s+(?:gladly\\s+|happily\\s+)?(?:expand|elaborate|go (?:deeper|into more detail)|dive deeper|provide (?:more|further|additional)|break (?:it|this|that) down|walk you through)\\b` +
      // The offer's own verb right after it ("Would you like me to expand on any section (e.g., …)?"): work on the text just
      // given. Not "write" or "make": a blogger asks readers "Would you like me to write about…?" too.
      `|\\b(?:would you like me to|do you want me to)\\s+(?:also\\s+|further\\s+)?(?:expand|elaborate|refine|rewrite|revise|tweak|polish|shorten|condense|simplify|reformat|convert|turn (?:this|it)|break (?:this|it|down)|walk you through|dive deeper|go deeper|summari[sz]e|translate)\\b`,
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'follow-up-offer',
    lang: 'de',
    pattern: '\\b(?:wenn du (?:magst|möchtest|willst),? (?:kann ich|passe ich|schreibe ich|erstelle ich|mache ich|formuliere ich)|soll ich (?:dir|den Text|ihn|es|noch)\\b|möchtest du,? dass ich)',
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'follow-up-offer',
    lang: 'it',
    pattern: "\\b(?:vuoi che (?:lo|la|li|le|ti|te lo)?\\s*(?:trasformi|riscriva|prepari|renda|faccia|scriva|crei|adatti|ampli|accorci|sintetizzi)|se vuoi,? posso)\\b",
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'follow-up-offer',
    lang: 'fr',
    pattern: "\\b(?:(?:souhaitez|voulez)-vous que je|veux-tu que je|si vous (?:le )?(?:voulez|souhaitez),? je peux|si tu veux,? je peux)\\b",
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'follow-up-offer',
    lang: 'es',
    pattern: "(?:\\b(?:quieres|quiere|deseas|desea) que (?:te |le )?(?:lo |la |los )?(?:convierta|reescriba|prepare|haga|adapte|resuma|escriba|redacte|cree|ampl[íi]e|transforme)|\\b(?:te|le) gustar[íi]a que (?:lo |la )?\\w+|\\bsi quieres,? puedo)\\b",
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'follow-up-offer',
    lang: 'pt',
    pattern: '\\b(?:(?:voc[êe] )?quer que eu|gostaria que eu|se quiser,? (?:eu )?posso)\\b',
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'follow-up-offer',
    lang: 'sv',
    pattern: '\\b(?:vill du att jag|om du vill kan jag|jag kan också göra (?:den|texten) (?:kortare|längre|mer))\\b',
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'follow-up-offer',
    lang: 'no',
    pattern: '\\b(?:vil du (?:at jeg|ha at jeg)|hvis du vil,? kan jeg)\\b',
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'follow-up-offer',
    lang: 'nl',
    pattern: '\\b(?:wil je dat ik|wilt u dat ik|als je wilt,? kan ik)\\b',
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'as-an-ai-model',
    lang: 'de',
    pattern: '\\bals (?:ein )?(?:KI-)?(?:Sprachmodell|KI-Modell|KI) (?:habe|kann|bin) ich\\b',
    weight: 0.9,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'as-an-ai-model',
    lang: 'nl',
    pattern: '\\bals (?:een )?(?:AI-|KI-)?(?:taalmodel|model) (?:heb|kan|ben) ik\\b',
    weight: 0.9,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'as-an-ai-model',
    lang: 'fr',
    pattern: "\\ben tant qu(?:e |['’])(?:mod[eè]le de langage|IA|intelligence artificielle|assistante? IA)(?: \\w+| [\\[(][^\\])]{1,40}[\\])])?, je\\b",
    weight: 0.9,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'as-an-ai-model',
    lang: 'es',
    pattern: '\\bcomo (?:una? |uma? )?(?:modelo de lenguaje|IA|inteligencia artificial|inteligência artificial|asistente de IA|assistente de IA)(?: \\w+)?, (?:no |não )?(?:puedo|tengo|soy|posso|consigo|tenho|sou)\\b|\\bin quanto (?:IA|intelligenza artificiale|modello (?:linguistico|di linguaggio)|assistente IA)\\b[^.!?]{0,40}?\\b(?:posso|ho|sono)\\b',
    weight: 0.9,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'as-an-ai-model',
    lang: 'zh',
    pattern: '作为(?:一个|一名)?(?:AI|人工智能)?(?:语言模型|AI助手|人工智能助手)|作为(?:一个|一名)?(?:AI|人工智能)[，,]\\s*我',
    weight: 0.9,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'as-an-ai-model',
    lang: 'ja',
    pattern: '(?:AI)?言語モデルとして|AIアシスタントとして|(?:AI|人工知能)として[^。]{0,30}?(?:できません|ありません)',
    weight: 0.9,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'certainly-here-is',
    lang: 'mul',
    paragraphStart: true,
    insideParagraph: true,
    // "¡Claro! Aquí tienes…", "Certo! Ecco…", "Natürlich! Hier ist…", "Selvfølgelig! Her er…": the opener in every language.
    pattern:
      "^\\s*(?:(?:A|Antwort|Answer|Réponse|Respuesta|Risposta|Resposta|Antwoord|Svar|ChatGPT|Gemini|Claude|Copilot)\\s?:\\s*)?[¡]?(?:Claro(?: que sí)?|Certo|Certamente|Certainement|Bien sûr|Avec plaisir|Volontiers|Con gusto|Con piacere|Com prazer|Natürlich|Klar|Gerne|Natuurlijk|Zeker|Självklart|Absolut|Selvfølgelig|Selvsagt|Klart|Por supuesto|Desde luego|Com certeza|Ovviamente|Absolument|Absolutamente|Assolutamente|Absolutt|Helt sikkert|Sicher|Selbstverständlich|Perfetto|Perfecto|Perfeito)\\s?[!,.]\\s+(?:Aquí (?:tienes|está|te dejo)|Aqui (?:está|estão|vai)|A continuación|A seguir|Segue|Ecco|Di seguito|Voici|Voilà|Ci-dessous|Hier (?:ist|sind|is|zijn)|Här (?:är|kommer)|Her (?:er|kommer))\\b",
    weight: 0.8,
    explanation: 'A chatbot\'s reply to its user ("Sure! Here is…") was published as it came.',
  },
  {
    id: 'certainly-here-is',
    lang: 'mul',
    paragraphStart: true,
    insideParagraph: true,
    // "물론입니다! 다음은…", "もちろんです！以下は…", "当然可以！以下是…".
    pattern:
      '^\\s*(?:(?:네|예)[,，]\\s*)?(?:물론(?:입니다|이죠|이에요)|알겠습니다|もちろん(?:です)?|当然(?:可以)?|好的|没问题|沒問題)\\s*[!！。.,，]\\s*(?:다음은|아래는|以下[はに]|こちらは|以下是|这是|這是|下面是)' +
      // "はい、承知いたしました。…リライトします": a chatbot acknowledging its user's request before answering.
      '|^\\s*(?:はい、\\s*)?(?:承知(?:いたし|し)ました|かしこまりました)[。！!](?:[^。]{0,60}?(?:します|いたします|です)[。:：]|\\s*(?:以下は|以下に|下記は|こちらは))',
    weight: 0.8,
    explanation: 'A chatbot\'s reply to its user ("Sure! Here is…") was published as it came.',
  },
  {
    id: 'certainly-here-is',
    lang: 'ko',
    paragraphStart: true,
    // "제공해주신 내용을 바탕으로 … 정리해 드리겠습니다": a chatbot promising its user to work on the text the user gave it. Not a
    // help desk's "제공해 주신 정보를 바탕으로 안내해 드리겠습니다" (information, guidance).
    pattern: '^\\s*제공(?:해|하여)?\\s*주신\\s*(?:내용|노트|텍스트|글|문서|자료|코드|문장|초안)(?:을|를)?\\s*(?:바탕으로|기반으로|토대로)[^.!?]{0,200}?(?:정리|작성|요약|설명|변환|재구성|수정)(?:해|하여)\\s*드(?:리겠습니다|릴게요)',
    weight: 0.8,
    explanation: 'A chatbot\'s reply to its user ("Sure! Here is…") was published as it came.',
  },
  {
    id: 'translation-hand-over',
    lang: 'mul',
    paragraphStart: true,
    // "Ecco la traduzione in italiano:", "Voici la traduction en français de la documentation du nœud …", "Claro! Vou traduzir o conteúdo
    // do arquivo para o português.": a chatbot handing its user the translation it was asked for, at the top of what it made.
    pattern:
      "^\\s*(?:(?:Claro|Certo|Bien sûr|Por supuesto)\\s?[!,.]\\s*)?(?:Voici (?:la|une) traduction (?:en|du|de|des|vers)\\b|Ecco (?:la|una) traduzione (?:in|del|della|dei|delle|dal)\\b|Aquí (?:está|tienes) (?:la|una) traducción (?:al|en|del|de|completa)\\b|Aqui (?:está|vai) (?:a|uma) tradução (?:para|em|do|da|completa)\\b|(?:Vou|Voy a|Vado a|Je vais) tradu(?:zir|cir|rre|ire)\\b)" +
      // …handed over: a colon, or the text or file it was given named ("…de la documentation du nœud …").
      "[^.!?\\n]{0,160}?(?:[:：]|\\b(?:text[eo]?|document\\w*|documentaç\\w+|arquivo|fichier|file|Datei|conte[nú]\\w*|README)\\b)",
    weight: 0.8,
    explanation: 'A chatbot handing its user a translation ("Voici la traduction en français :") was published.',
  },
  {
    id: 'hope-this-helps',
    lang: 'mul',
    // "J'espère que cette traduction vous sera utile !", "Espero que esta traducción te sea de ayuda.": a translator does not hope its
    // own translation helps the page's readers in the page; a chatbot closes its answer so.
    pattern:
      "(?:\\bespero que|\\bj['’]esp[èe]re que|\\bspero che)\\s+(?:esta|essa|cette|questa)\\s+(?:traducción|tradução|traduction|traduzione)\\b",
    weight: 0.8,
    explanation: CLOSING,
  },
  {
    id: 'as-an-ai-model',
    lang: 'mul',
    // "Som en AI-språkmodell…", "Come modello linguistico…", "Como modelo de lenguaje de IA, …" (however many words follow).
    pattern:
      // …then the model speaks in the first person ("Como um modelo de linguagem, o Jarvis…" describes a product).
      "(?:\\bsom en\\s+(?:(?:AI|KI)[- ])?(?:språkmodell|sprogmodel)|\\bcome(?: un)?\\s+(?:(?:AI|IA)[- ])?modello (?:linguistico|di linguaggio)|\\bcomo(?: um| un)?\\s+(?:(?:AI|IA)[- ])?modelo de (?:linguagem|lenguaje))" +
      "\\b[^.!?]{0,60}?\\b(?:jag|jeg|io|posso|ho|sono|yo|puedo|tengo|soy|estoy|eu|tenho|sou|estou|consigo)\\b",
    weight: 0.9,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'no-access',
    lang: 'mul',
    // A first-person statement that it cannot reach live information, in any of the detector's languages.
    pattern:
      "(?:\\bno tengo|\\bnão tenho|\\bje n['’]ai pas|\\bhabe ich (?:keinen|keine)|\\bnon ho|\\bhar jag inte|\\bhar jeg ikke|\\bheb ik geen|저는|제가|我(?:无法|不能|没有)|私は)[^.!?。！？]{0,60}?(?:acceso|acesso|accès|Zugriff|accesso|tillgång|tilgang|adgang|toegang|접근|访问|訪問|アクセス)[^.!?。！？]{0,40}?(?:tiempo real|tempo real|temps réel|Echtzeit|tempo reale|realtid|sanntid|실시간|实时|實時|リアルタイム)" +
      "|(?:我(?:无法|不能|没有)|私は)[^.!?。！？]{0,30}?(?:实时|實時|リアルタイム)[^.!?。！？]{0,20}?(?:アクセス|访问|訪問)|我(?:无法|不能)(?:获取|獲取|取得)(?:实时|實時)" +
      "|(?:저는|제가)[^.!?]{0,20}?실시간[^.!?]{0,20}?접근|\\bI (?:don['’]t|do not) have the (?:ability|capability) to (?:browse|access|search)\\b" +
      // "Ich kann leider nicht auf externe Links zugreifen", "no puedo acceder a enlaces externos": what a chatbot cannot
      // reach is the web, a link or an outside page; a person who cannot reach something names a place or a service.
      "|(?:\\bich kann (?:leider )?(?:[\\p{L}-]+\\s+){0,3}?(?:nicht|keine)|\\bkann ich (?:leider )?(?:nicht|keine)|\\b(?:ich habe|habe ich) (?:leider )?(?:keinen|keine)|\\bje ne (?:peux|suis pas en mesure)|\\bje n['’]ai pas|\\bno (?:puedo|tengo)|\\bnon (?:posso|ho|sono in grado)|\\bnão (?:posso|consigo|tenho)|\\bik (?:kan|heb) (?:helaas )?(?:[\\p{L}-]+\\s+){0,3}?(?:niet|geen)|\\b(?:jag kan|kan jag|jag har|har jag) (?:tyvärr )?inte|\\b(?:jeg kan|kan jeg|jeg har|har jeg) (?:dessverre |desværre )?ikke)" +
      "[^.!?]{0,50}?(?:externe|extern[ao]s|esterni|eksterne|externa|internet\\w*|Webseiten|sitios web|sites web|siti web|websites|nettsteder|hjemmesider|webbplatser|enlaces|liens|collegamenti|lenker|länkar|URLs?)" +
      "|我(?:无法|不能|無法|没办法|沒辦法)(?:直接)?(?:访问|訪問|打开|打開|浏览|瀏覽|读取|讀取)(?:互联网|網際網路|网络|網路|外部|链接|鏈接|連結|网页|網頁|网站|網站|实时|實時)" +
      // Japanese and Korean drop the subject: the speaker shows in the apology or regret before it, not in a network notice.
      "|(?:私は|私には|申し訳[^。]{0,20}?|残念ながら、?)[^。]{0,10}?(?:外部リンク|外部のウェブサイト|外部サイト|インターネット上?の?情報?|リアルタイムの情報|URL|リンク先)(?:に|へ)?(?:は)?(?:直接)?(?:アクセス|閲覧)(?:することが|することは)?できません" +
      "|(?:저는|제가|죄송(?:합니다|하지만)[.!,]?|아쉽게도|안타깝게도)[^.!?]{0,10}?(?:외부\\s*링크|외부\\s*웹사이트|인터넷\\s*검색|실시간\\s*정보)[^.!?]{0,10}?(?:접근|접속|열람|검색)(?:할|하실|이)?\\s*(?:수\\s*없|불가)" +
      "|\\b(?:jeg|jag|ik|ich)\\b[^.!?]{0,20}?\\b(?:ikke|inte|geen|keinen|keine)\\b(?:\\s+(?:har|heb|habe))?\\s+(?:adgang|tilgang|tillgång|toegang|Zugriff|Zugang)\\s+(?:til|till|tot|zu|auf)\\s+(?:\\p{L}+\\s+)?(?:ekstern\\p{L}*|extern\\p{L}*|realtid\\p{L}*|sanntid\\p{L}*|Echtzeit\\p{L}*|aktuel\\p{L}* nyhe\\p{L}*|aktuell\\p{L}* nyhet\\p{L}*|actueel nieuws|aktuelle Nachrichten)" +
      "|\\b(?:I|jag|jeg|ik|ich)\\b[^.!?]{0,15}?\\b(?:cannot|can['’]t|not|inte|ikke|niet|nicht)\\b[^.!?]{0,80}?,\\s*(?:but|men|maar|aber)\\s+(?:here(?:['’]s| is)|här är|her er|hier is|hier ist)\\s+(?:an?|ett|en|et|een|eine?)\\s+(?:\\p{L}+\\s+){0,2}?(?:suggest\\p{L}*|förslag|forslag|voorstel|Vorschlag|alternative?|utkast|udkast|Entwurf|draft)",
    weight: 0.85,
    explanation: 'A chatbot saying it cannot browse or see live data was left in the text.',
  },
  {
    id: 'follow-up-offer',
    lang: 'mul',
    // "원하시면 … 작성해 드릴 수 있습니다", "ご希望があれば…作成できます", "如果您需要，我还可以…".
    pattern:
      '(?:원하시면|원하신다면|필요하시면|싶다면|싶으시면)[^.!?]{0,100}?(?:드릴\\s*수\\s*있|드릴게요|드리겠습니다|드릴까요|말해\\s*줘|말씀해\\s*주세요)|(?:글|기사|내용|문장|초안)을?\\s*(?:다시\\s*)?(?:작성|수정|정리)해\\s*드리겠습니다|(?:ご希望があれば|ご希望でしたら|必要であれば|よろしければ)[^。！？]{0,40}?(?:作成|作り|書き|修正|調整|変更|用意|ご?提案|お見せ|お送り)(?:でき|いたし|します|しましょうか)|如果(?:您|你)?(?:需要|愿意|想要?)[^。！？]{0,20}?我(?:还|也)?可以|如果(?:您|你)希望我(?:生成|写|撰写|提供|制作|整理|翻译|修改|补充)|如果(?:您|你)(?:需要|想要?)[^。！？]{0,12}?(?:修改|调整|調整|润色|潤色|扩展|擴展|补充|補充|解释|解釋|说明|說明)[^。！？]{0,12}?(?:告诉|告訴)我(?!们|們)',
    weight: 0.85,
    explanation: OFFER,
  },
  {
    id: 'as-an-ai-model',
    lang: 'ja',
    pattern: '私は(?:AI|人工知能)(?:なので|ですので|であるため|のため)',
    weight: 0.85,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'follow-up-offer',
    lang: 'mul',
    // "Tell me if you want…" addressed to the reader in the second person: a chatbot's closing offer to its user.
    pattern:
      `\\b(?:gi (?:meg )?(?:gjerne |bare )?beskjed (?:om|hvis) du (?:ønsker|vil)|säg (?:gärna |bara )?till om du vill|sig (?:endelig |bare |gerne )?til,? hvis du (?:vil|ønsker)|giv (?:mig )?besked,? hvis du|sag(?:en Sie)? (?:mir )?Bescheid,? (?:wenn|falls|ob) (?:du|Sie)|lass(?:en Sie)? (?:es )?mich wissen,? (?:wenn|falls|ob) (?:du|Sie)|(?:dis|dites)-moi si (?:tu|vous)|(?:me dire|me faire savoir) si (?:tu|vous)|si vous (?:souhaitez|voulez|préférez) que je|si tu veux que j|av[íi]same si|dime si (?:quieres|deseas|prefieres)|si quieres que (?:te |lo |la )?\\p{L}+|fammi sapere se|dimmi se (?:vuoi|preferisci)|se vuoi che (?:ti |lo |la )?\\p{L}+|(?:me )?(?:avise|diga)(?:-me)? se (?:quiser|preferir)|laat (?:het )?me (?:even )?weten (?:of|als) je)\\b[^.!?]{0,60}?(?:${TEXT_OBJECT})`,
    weight: 0.8,
    explanation: OFFER,
  },
  {
    id: 'as-an-ai-model',
    lang: 'mul',
    // The writer says it is an AI ("I am an AI.", "Eine KI wie ich…", "我是…AI智能体"): the AI word ends the phrase, so
    // "I am an AI researcher" is a person.
    pattern:
      "\\bI(?:['’]m| am) an? (?:AI|artificial intelligence)(?: (?:language model|assistant|model|chatbot|agent))?(?=[.,;:!]|\\s+(?:and|so|that|which|trained|created|developed)\\b)|\\b(?:KI|IA|AI) (?:wie ich|like me|comme moi|como yo|come me|como eu|zoals ik|som (?:jag|meg|mig))\\b|\\b(?:ich bin|je suis|soy|sono|sou|ik ben|jag är|jeg er) (?:eine?|une?|una?|uma|een|en) (?:KI|IA|AI|intelligence artificielle|inteligencia artificial|intelligenza artificiale|inteligência artificial|kunstmatige intelligentie)(?=[.,;:!])|\\b(?:je suis|soy|sono|sou) (?:une?|una?|uma) (?:IA|intelligence artificielle|inteligencia artificial|intelligenza artificiale|inteligência artificial)(?: (?:muy|molto|très|muito|assez|bastante))?(?: \\p{L}+){1,2}(?=[.;!])|私は(?:AI|人工知能)(?:\\s*[(（](?:AI|人工知能)[)）])?(?:です|であり|でございます)|(?:저는|나는)\\s(?:(?![은는]\\s)[^.!?]){0,40}?(?:AI|인공지능)(?:\\s*(?:챗봇|어시스턴트|모델|비서))?(?:입니다|이에요|예요)[.!]|我是(?:一个|一個)?(?:AI|人工智能)(?:助手|智能体|智能體|模型|机器人|機器人)?[。！!，,]|我是[^。！!]{0,30}?(?:AI|人工智能)(?:助手|智能体|智能體|模型|机器人|機器人)[。！!]",
    weight: 0.8,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'refusal',
    lang: 'mul',
    // An apology, then "I can't" reach, summarise, write or translate: a chatbot declining its user's request.
    pattern:
      "(?:(?:\\bLo (?:siento|lamento)|\\bEs tut mir leid|\\bJe suis désolée?|\\bDésolée?|\\bMi dispiace|\\bDesculpe|\\bHet spijt me|\\bJag är ledsen|\\bBeklager|\\bLeider|\\bHelaas|\\bTyvärr|\\bDessverre|\\bDesværre)[,.]?\\s+(?:pero |aber |mais |ma |mas |maar |men )?" +
      "(?:no puedo|(?:ich kann|kann ich|ik kan|kan ik) (?:\\p{L}+\\s+){0,3}?(?:nicht|keine|niet|geen)|je ne (?:peux|suis pas en mesure)|non (?:posso|sono in grado)|não (?:posso|consigo)|jag kan inte|kan jag inte|jeg kan ikke|kan jeg ikke)" +
      // …or a regret adverb inside the refusal ("Jeg kan dessverre ikke oversette…").
      "|\\b(?:jeg|jag|ik|ich) (?:kan|kann) (?:dessverre|desværre|tyvärr|helaas|leider) (?:\\p{L}+\\s+){0,3}?(?:ikke|inte|niet|nicht))\\s+(?:\\p{L}+\\s+){0,3}?" +
      "(?:umschreib|umformulier|überarbeit|herschrijv|herformul|omskriv|omformul|acced|acces|naveg|resum|escrib|redact|gener|crea|cré|traduc|zugreif|aufruf|zusammenfass|schreib|erstell|übersetz|navigu|écri|rédig|génér|tradu|riassum|scriv|tradur|acess|escrev|gerar|criar|samenvat|schrijv|vertal|komma åt|sammanfatt|skriv|skapa|översätt|få tilgang|oppsummer|oversett|tilgå|opsummer|oversæt" +
      // Rewriting and checking are what users ask of a chatbot as often as writing.
      "|reescrib|réécri|reformul|riscriv|riformul|reescrev|verific|überprüf|vérifi|verifiër|controleer|kontroller|bekräfta|bekreft|bekræft|comprob|confirm|modific|ayud|aider|aiut|ajud)" +
      // Japanese, Chinese and Korean: an apology, then an act a user asks for, then "cannot".
      "|申し訳(?:ありません|ございません)が[^。！？]{0,40}?(?:書き直|作成|生成|要約|翻訳|アクセス|閲覧|執筆|確認)[ぁ-ん]{0,4}?(?:できません|いたしかねます)" +
      "|(?:很?抱歉|对不起|對不起)[，,]?\\s*我(?:无法|不能|無法|没办法|沒辦法)(?:直接)?(?:改写|改寫|重写|重寫|撰写|撰寫|生成|创作|創作|翻译|翻譯|总结|總結|概括|访问|訪問|打开|打開|浏览|瀏覽|核实|核實|验证|驗證)" +
      "|죄송(?:하지만|합니다)[^.!?]{0,40}?(?:작성|생성|요약|번역|접근|접속|열람|확인|검증)(?:해\\s*드릴|할)\\s*수\\s*없",
    weight: 0.85,
    explanation: 'A chatbot\'s refusal was left in the text.',
  },
  {
    id: 'follow-up-offer',
    lang: 'mul',
    // "Sin embargo, puedo ayudarte a crear un resumen…", "je peux vous offrir un article…", "I can help you write a summary".
    pattern: `\\b(?:puedo ayudarte a|je peux vous (?:offrir|proposer|fournir)|posso aiutarti a|posso ajudar(?:-te|-lo)? a|ich kann dir helfen|kan ik je helpen|I can help you)\\b[^.!?]{0,60}?(?:${TEXT_OBJECT})`,
    weight: 0.8,
    explanation: OFFER,
  },
  {
    id: 'here-is-updated-version',
    lang: 'mul',
    paragraphStart: true,
    pattern:
      // …also after a word of assent, with the user's name ("Claro, Sena. Aqui está uma versão melhorada…", "¡Perfecto! Aquí tienes…").
      "^\\s*(?:¡?(?:Perfect|Perfecto|Perfeito|Perfetto|Parfait|Perfekt|Sure|Certainly|Absolutely|Of course|Claro|Certo|Bien sûr|Natürlich|Natuurlijk|Självklart|Selvfølgelig|Selvsagt|Por supuesto|Com certeza|Entendido|Compris|Capito)(?:,\\s*\\p{Lu}\\p{L}+)?\\s?[!.,]\\s+)?" +
      "(?:(?:Here(?:['’]s| is) an?|Voici une|Här är en|Her er en|Hier ist eine|Aquí (?:tienes|te dejo) una|Ecco una) (?:\\p{L}+ )?(?:version|versjon|versión|versione|Fassung|versão|versie)\\b" +
      // A book's "Aqui está uma versão melhorada:" introduces its own code: "is" alone offers it to the user only with an assent
      // before it or the user's "your" after it ("…do README para o seu projeto").
      "|(?<=[!.,]\\s+)(?:Aquí está una|Aqui (?:está|vai) uma|Segue uma|Hier is een) (?:\\p{L}+ )?(?:versión|versão|versie)\\b" +
      // A release note's "new version of your app" is no rewrite: the version is an improved or revised one.
      "|(?:Aquí está una versión (?:mejorada|revisada|corregida|optimizada|reescrita)|Aqui (?:está|vai) uma versão (?:melhorada|revisada|corrigida|aprimorada|otimizada|reescrita)|Segue uma versão (?:melhorada|revisada|corrigida|aprimorada)|Hier is een (?:verbeterde|herschreven|gecorrigeerde|aangepaste) versie)\\b[^.!?:]{0,60}?\\b(?:seu|sua|teu|tua|tu|tus|su|je|jouw|uw)\\b)",
    weight: 0.75,
    explanation: 'A chatbot\'s reply to its user ("Here is an updated version…") was published as it came.',
  },
  {
    id: 'follow-up-offer',
    lang: 'en',
    // "Let me know if you want a shorter version for social media!": another cut of the same text, offered to its user.
    pattern:
      "\\blet me know if you(?:['’]d| would)? (?:like|want|prefer|need) (?:a|an|the|another) (?:(?:shorter|longer|different|revised|alternative|simpler|condensed|expanded|formal|casual|punchier|more \\w+|[\\w-]+-friendly) )?(?:version|rewrite|draft|outline|headline|summary|table)\\b",
    weight: 0.8,
    explanation: OFFER,
  },
  {
    id: 'as-an-ai-model',
    lang: 'mul',
    // A model naming who trained it ("un grand modèle de langage entraîné par OpenAI", "addestrata da OpenAI"), or opening
    // with what it is and then speaking in the first person ("Come intelligenza artificiale, non posso…", "Som AI kan jag…").
    pattern:
      "\\b(?:I am|I['’]m|je suis|soy|sono|sou|ik ben|jag är|jeg er|ich bin)\\b[^.!?]{0,60}?\\b(?:trained|entraînée?|entrenad[oa]|addestrat[oa]|treinad[oa]|trainiert|getraind|tränad|trent|trænet) (?:by|par|por|da|von|door|av|af) (?:OpenAI|Anthropic|Google(?: DeepMind)?|Meta AI|Mistral AI)\\b" +
      // …or who developed it: "Soy un modelo de lenguaje artificial desarrollado por OpenAI".
      "|\\b(?:I am|I['’]m|je suis|soy|sono|sou|ik ben|jag är|jeg er|ich bin)\\b(?:(?!\\b(?:who|that|which|qui|que|che|cui|der|die|das|dat|wie|som)\\b)[^.!?]){0,60}?\\b(?:developed|created|built|desarrollad[oa]|cread[oa]|développée?|créée?|conçue?|sviluppat[oa]|creat[oa]|desenvolvid[oa]|criad[oa]|entwickelt|ontwikkeld|utvecklad|utviklet|udviklet) (?:by|par|por|pela|pelo|da|von|door|av|af) (?:OpenAI|Anthropic)\\b" +
      "|\\b(?:As|Als|En tant qu['’]|Como|Come|In quanto|Som) (?:an? |eine?r? |une? |un[ao]? |un['’]|uma |een |en |et )?(?:AI|KI|IA|(?:AI|KI)-modell?|(?:AI-|KI-)?(?:language model|chatbot|assistant|Sprachmodell|taalmodel|modèle de langage|modelo de (?:lenguaje|linguagem)|modello (?:linguistico|di linguaggio)|språkmodell|sprogmodel)|intelligence artificielle|inteligencia artificial|intelligenza artificiale|inteligência artificial|künstliche Intelligenz|kunstmatige intelligentie|artificiell intelligens|kunstig intelligens)(?: [\\[(][^\\])]{1,40}[\\])])?,? (?:I|ich|kann ich|habe ich|bin ich|je|j['’]|no|yo|non|io|não|eu|ik|kan ik|heb ik|jag|kan jag|har jag|jeg|kan jeg|har jeg)\\b",
    weight: 0.85,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'as-an-ai-model',
    lang: 'mul',
    // "I don't have personal opinions", "no tengo … vivencias personales": what a model says it lacks.
    pattern:
      "(?:\\bI (?:don['’]t|do not) have|\\bI have no|\\bich habe keine|\\bje n['’]ai (?:pas|aucune?)|\\bno tengo|\\bnon ho|\\bnão tenho|\\bik heb geen|\\bjag har (?:inga|inte)|\\bjeg har (?:ingen|ikke))[^.!?]{0,40}?" +
      "(?:\\b(?:personal|persönlichen?|personnelles?|personales|personali|pessoais|persoonlijke|personliga|personlige) (?:opinions|feelings|emotions|beliefs|preferences|Meinungen|Gefühle|Emotionen|Vorlieben|sentiments|émotions|préférences|opiniones|sentimientos|emociones|opinioni|sentimenti|emozioni|opiniões|sentimentos|emoções|meningen|gevoelens|emoties|åsikter|känslor|meninger|følelser)" +
      "|\\b(?:opinions|sentiments|émotions|opiniones|sentimientos|emociones|vivencias|opinioni|sentimenti|emozioni|opiniões|sentimentos|emoções) (?:personnelles|personales|personali|pessoais))\\b",
    weight: 0.8,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'as-an-ai-model',
    lang: 'mul',
    // Since 1.16.0: the model naming itself in the first person ("Ich bin ein KI-basiertes Sprachmodell.", "Je suis un modèle de
    // langage", "我是一个人工智能语言模型", "저는 AI 언어 모델입니다"): a person calls a model by its name, not "I".
    pattern:
      "\\b(?:ich bin (?:nur |lediglich )?ein (?:KI-basiertes |KI-gestütztes |großes |KI-)?Sprachmodell|je suis (?:seulement |juste |simplement )?un (?:grand )?modèle de langage|soy (?:solo |sólo |solamente )?un (?:gran )?modelo de lenguaje|sono (?:solo |soltanto |solamente )?un (?:grande )?modello (?:linguistico|di linguaggio)|sou (?:apenas |somente |só )?um (?:grande )?modelo de linguagem|ik ben (?:maar |slechts |alleen )?een (?:groot |AI-)?taalmodel|jag är (?:bara |endast )?en (?:stor |AI-)?språkmodell|jeg er (?:bare |kun )?en (?:stor |AI-|KI-)?(?:språkmodell|sprogmodel))\\b" +
      "|我(?:只)?是(?:一个|一個|一种|一種)?(?:AI|人工智能|人工智慧)?(?:大型|大)?语言模型|私は(?:AI|人工知能)?(?:の)?(?:大規模)?言語モデル(?:です|なので|であり|ですので)|저는\\s*(?:AI\\s*|인공지능\\s*)?(?:대규모\\s*|대형\\s*)?언어 모델(?:입니다|이라서|이기\\s*때문에|이므로)",
    weight: 0.85,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'hope-this-helps',
    lang: 'en',
    pattern: "\\bI hope (?:this|that) helps\\b[!.]?\\s*(?:Let me know|Feel free|If you have)",
    weight: 0.8,
    explanation: CLOSING,
  },
  {
    id: 'chat-source',
    lang: 'mul',
    // Bing Chat's citation line, copied with its answer ("Source: Conversation with Bing, 4/3/2024", "源: 与必应的对话， 2024/4/3").
    pattern: '\\bConversation with Bing\\b|与必应的对话',
    weight: 0.8,
    explanation: 'A chatbot conversation\'s citation line ("Source: Conversation with Bing, …") was published.',
  },
  {
    id: 'hope-this-helps',
    lang: 'mul',
    // The same closing in the other languages: a hope that it helps, then more help offered to its user ("Espero que isso
    // ajude! Se precisar de mais informações…", "Spero che questo ti sia utile! Fammi sapere…"). A hope alone is a person's
    // too ("J'espère que cela vous aidera à corriger l'erreur."), so the offer must follow.
    pattern:
      "(?:\\bespero que (?:isso|isto|esto|esta|este|(?:esta|essa) informa(?:ción|ção)) (?:te |le |lhe |os |vos )?(?:ajude|ayude|sirva|seja útil|sea útil)|\\bj['’]esp[èe]re que (?:cela|ça|ceci) (?:vous |t['’])aider[ae]|\\bspero che (?:questo|ciò|queste informazioni) (?:ti |vi )?(?:sia|siano) util[ei]|\\bspero che (?:questo|ciò) (?:ti |vi )?aiuti|\\bich hoffe,? (?:das|dies) hilft(?: dir| Ihnen)?|\\bik hoop dat (?:dit|dat) (?:je |u )?helpt|\\bjag hoppas(?: att)? (?:detta|det här|det) hjälper|\\bjeg håber,? (?:at )?(?:det|dette) hjælper|\\bjeg håper (?:at )?(?:dette|det) hjelper|도움이\\s*되(?:셨|었)으면\\s*(?:좋겠습니다|좋겠어요|합니다)|お役に立て(?:れば|ましたら)(?:幸いです|嬉しいです)?|希望(?:这|這|以上(?:内容|信息|回答)?|这些(?:信息|内容)?)?(?:能|可以)?对(?:你|您)有(?:所)?帮助)[!.,！。，]?\\s*" +
      "(?:let me know|feel free|deixe-me saber|me avise|se (?:tiver|precisar)|estou à disposição|n['’]h[ée]site[zr]? pas|si (?:vous avez|tu as) (?:besoin|d['’]autres)|fammi sapere|se hai (?:bisogno|altre)|si (?:tienes|necesitas) (?:más|alguna|otra)|no dudes|lass(?:en Sie)? mich wissen|wenn du (?:noch|weitere)|wenn Sie (?:noch|weitere)|laat (?:het )?me weten|als je (?:nog|meer|verdere)|säg till|om du har (?:fler|några|ytterligare)|lad mig vide|hvis du har (?:flere|brug|yderligere|ytterligere|noen)|gi meg beskjed|추가|궁금|他に|ご不明|何か|如果(?:你|您)(?:有|还有|需要)|请随时)" +
      // …not a person offering to be written to ("no dudes en escribirme", "n'hésitez pas à me contacter").
      "(?![^.!?]{0,60}?(?:escribirme|contactarme|me contacter|m['’]écrire|schreib mir|kontaktier|scrivermi|contattarmi|me escrever|me contatar|contact me|e-?mail me|mail me|DM me|skriv til meg|skriv till mig|skriv til mig|mail mij|联系我|私信我))",
    weight: 0.8,
    explanation: CLOSING,
  },
  {
    id: 'follow-up-offer',
    lang: 'mul',
    // "Lad mig vide, hvis du har brug for yderligere … afklaringer", "追加の例や説明が必要でしたら、お知らせください": further examples,
    // explanations or clarifications offered to the reader, a chatbot's way of ending ("further details" is a press release's too).
    pattern:
      "\\b(?:let me know if you|(?:lad mig vide|gi meg beskjed|säg till|laat (?:het )?me weten|lass(?:en Sie)? mich wissen),? (?:hvis|om|als|wenn|falls) (?:du|je|u|Sie))\\b[^.!?]{0,50}?\\b(?:further|additional|more|other|yderligere|ytterligere|flere|fler|verdere|meer|extra|weitere|mehr)\\b[^.!?]{0,30}?\\b(?:clarifications?|afklaring(?:er)?|avklaring(?:er)?|förtydligande(?:n)?|verduidelijking(?:en)?|examples?|eksempler|exempel|voorbeelden|Beispiele|explanations?|forklaring(?:er)?|förklaring(?:ar)?|uitleg|Erklärungen)\\b" +
      "|追加の[^。！？]{0,12}?(?:例|説明)[^。！？]{0,12}?(?:必要|ご希望)(?:でしたら|であれば|なら)[、,]?\\s*(?:お知らせ|お申し付け|お気軽に)",
    weight: 0.8,
    explanation: OFFER,
  },
  {
    id: 'great-question',
    lang: 'mul',
    paragraphStart: true,
    // "Great question! Let's break it down.", "这个问题你问得非常专业…": praise for its user's question, then the chatbot getting
    // to work ("Let's", "Here is", "Voici"). Praise alone is an interviewee's too ("Gute Frage! Ich glaube…").
    pattern:
      "^\\s*(?:(?:That['’]s an? |What an? )?(?:great|good|excellent|fantastic) question|(?:Das ist eine )?(?:sehr )?(?:gute|großartige|spannende|tolle|ausgezeichnete) Frage|(?:C['’]est une )?(?:excellente|très bonne|bonne|super) question|(?:¡)?(?:Qué )?(?:buena|excelente|gran) pregunta|(?:Che )?(?:ottima|bella|buona) domanda|(?:Que )?(?:ótima|boa|excelente) pergunta|(?:Wat een )?(?:goede|uitstekende) vraag|(?:Vilken )?(?:bra|utmärkt) fråga|(?:For et )?(?:godt|flott|utmerket) spørsmål|(?:Sikke et )?(?:godt|fremragende) spørgsmål)\\s*[!.–—]\\s*" +
      "(?:Let['’]s|Let us|Here(?:['’]s| is| are)|Lass(?:t)? uns|Hier (?:ist|sind|is|zijn)|Voyons|Voici|Vamos a|Aquí (?:tienes|está)|Vediamo|Ecco|Vamos|Aqui (?:está|vai)|Laten we|Låt oss|Här är|La oss|Her er|Lad os)\\b" +
      '|^\\s*(?:这个问题你问得|這個問題你問得)',
    weight: 0.75,
    explanation: 'A chatbot\'s reply to its user ("Great question! Let\'s break it down.") was published as it came.',
  },
  {
    id: 'no-access',
    lang: 'en',
    pattern:
      "\\bI (?:don['’]t|do not) have (?:access to )?(?:real-time|current|live) (?:information|data)\\b|\\bI (?:can(?:not|['’]t)|am unable to|['’]m unable to|am not able to) (?:directly )?(?:(?:browse|access|open|visit|view) or )?(?:browse|access|open|visit|view) (?:the (?:internet|web)|external (?:content|websites|links|sources|pages)|(?:the |that |this |your )?(?:links?|article|url|website|web ?page)(?: you (?:shared|provided|sent))?)\\b|\\bI (?:don['’]t|do not) have (?:the ability to |direct )?(?:access to|browsing access to) (?:the internet|external|(?:the )?web|the (?:full )?(?:article|text|content|page) (?:content )?(?:from|at|behind|of) the (?:link|url))",
    weight: 0.85,
    explanation: 'A chatbot saying it cannot browse or see live data was left in the text.',
  },
  {
    id: 'as-an-ai-model',
    lang: 'ko',
    pattern: '(?:AI|인공지능)\\s*(?:언어\\s*)?모델로서|저의\\s*지식으로는\\s*\\d{4}년|(?:AI|인공지능)(?:\\s*(?:어시스턴트|비서))?(?:로서|으로서)\\s*(?:저는|제가)',
    weight: 0.85,
    explanation: SELF_DESCRIPTION,
  },
  {
    id: 'refusal',
    lang: 'ja',
    pattern: '申し訳(?:ありません|ございません)が、?(?:その|この|ご)(?:リクエスト|ご依頼|依頼|質問)(?:には|に)(?:お応え|お答え|対応)(?:でき|いたしかね)' +
      // …or any text task the chatbot declines ("この記事を翻訳することはできません", "我无法翻译这篇文章", "번역해 드릴 수 없습니다").
      '|申し訳(?:ありません|ございません)が、?[^。]{0,30}?(?:翻訳|要約|作成|執筆|生成|書く|アクセス|回答|提供|確認)(?:すること)?(?:は|が)?できません' +
      '|(?:抱歉|对不起|對不起)[，,]?\\s*(?:但)?我(?:无法|不能|没办法|沒辦法)(?:为您|为你|為您|為你)?(?:翻译|翻譯|撰写|撰寫|生成|提供|访问|訪問|总结|總結|改写|改寫|回答|完成|核实|核實)' +
      '|죄송(?:하지만|합니다만|합니다[.,]?)[^.!?]{0,40}?(?:번역|요약|작성|생성|접근|답변|제공|확인|검증|수정)(?:해\\s*드릴|할)\\s*수(?:가)?\\s*없',
    weight: 0.85,
    explanation: 'A chatbot\'s refusal was left in the text.',
  },
];

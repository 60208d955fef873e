/**
 * The compositional grammar's vocabulary for one language. A disclosure is an actor (an AI word, a
 * model or product name, an AI compound) near an act (generate, assist, translate, summarise) in one
 * clause, about a scope (this page, this site, or a short note that stands for the page); word
 * order is free within the clause. Machine translation and automatic generation are acts that name
 * their own actor. All entries are regex sources, case-insensitive, `\b` Unicode-aware.
 */
export interface FrameLexicon {
  /** AI words of the language (the shared acronyms and model names are added to every language). */
  actor: string;
  /** Generation: the AI produced the text. */
  gen: string;
  /** Assistance: editing, proofreading, rewriting, transcribing, research help. */
  assist: string;
  /**
   * Use: AI was used, employed or relied on ("se utilizó IA", "kam KI zum Einsatz", "AIを活用"). Weaker than
   * the other acts: it counts only when no other act pairs with the actor, only with a self reference
   * (news says "companies use AI" all the time), and it means assisted.
   */
  use?: string;
  /** Translation acts (with an AI actor: assisted). */
  translate: string;
  /** The disclosed thing is a summary. */
  summary: string;
  /** "with the help of", "mit Hilfe", "à l'aide de": assistance whatever the verb. */
  help: string;
  /** Machine translation that names no AI ("automatically translated", "maskinoversat"). */
  machine: string;
  /** Automatic generation from data or templates, naming no AI. */
  auto: string;
  /** Self or site reference: "this article", "artikeln", "everything on this site", "本文". */
  scope: string;
  /**
   * A clause that opens with its own subject and a passive or copula verb: a demonstrative or
   * possessive noun phrase ("This Building Health Check has been…", "Disse argumentene er…"), a
   * Scandinavian definite noun, or a plural noun in the present passive ("Consequences and reports are
   * drafted by…", "De teksten worden…"). Notes describe what they sit on this way; news narrates in the
   * past about named others. Matched at a clause's start.
   */
  subject?: string;
  /**
   * The writer in the first person ("I asked ChatGPT to write…", "We use AI tools to help produce…", "pedi ao
   * ChatGPT", "ho chiesto"): columns and about pages describe their own use of AI this way. Pro-drop languages
   * list first-person verb forms.
   */
  firstPerson?: string;
  /** Base forms of generation verbs ("asked ChatGPT to write"): acts only when the writer speaks in the first person. */
  genBase?: string;
  /**
   * Asking, instructing or interviewing an AI ("I asked ChatGPT…", "Ich wies die KI an…", "he entrevistado a ChatGPT",
   * "Jeg bad en AI om…"): a generation act only when the writer speaks in the first person and the AI is the verb's
   * object, next to it. Columns that print a chatbot's answer open this way; the answer follows on the page.
   */
  request?: string;
  /** Third-party reporting verbs that make a short note someone else's news ("X published AI-written…"). */
  reporting: string;
  /**
   * Sentence endings of news prose (Korean 했다/이다, Japanese plain た/る) rather than of a note,
   * which addresses the reader politely (되었습니다, しています): a short sentence ending so is reporting.
   */
  reportingEnd?: string;
  /** Text is written without spaces between words (CJK): distances are counted tighter. */
  dense?: boolean;
}

import type { LanguagePack } from '../types';
import { G } from './shared';

export const de: LanguagePack = {
  lang: 'de',
  hints: ['GPT', '\\bAI\\b', 'K\\.I\\.', 'intelligenz', '\\bKI\\b', 'KI-', 'künstlich', 'Sprachmodell', 'automatisch', 'maschinell'],
  vocab: {
    AI: 'KI(?![a-zäöü])|K\\.I\\.|AI(?![a-z])|künstliche[rn]? Intelligenz|(?:KI-)?Sprachmodell\\w*|ChatGPT|GPT-?\\d\\w*|generative[rn]? KI|maschinelle[rn]? (?:Unterstützung|Hilfe)',
    SELF:
      '(?:dieser|diesen|dieses|diese|der vorliegende|den vorliegenden|die vorliegende) (?:Artikel|Text|Beitrag|Meldung|Bericht|Inhalt|Inhalte|Nachricht|Zusammenfassung|Übersetzung|Seite|Newsletter|Kommentar|Kolumne|Texte|Artikels|Beitrags|Textes)' +
      '|(?:alle|die) (?:Inhalte|Artikel|Texte|Beiträge|Nachrichten) (?:auf|dieser|unserer) \\w+|unsere (?:Artikel|Texte|Inhalte|Beiträge|Nachrichten)',
    BY: 'mit|mithilfe|mit Hilfe|durch|von|unter|dank|per|anhand|unter Verwendung|unter Einsatz|mit Unterstützung',
    GEN: 'erstellt|generiert|geschrieben|verfasst|erzeugt|produziert|zusammengestellt|formuliert|geschaffen',
    ASSIST: 'bearbeitet|übersetzt|überarbeitet|optimiert|unterstützt|redigiert|lektoriert|korrigiert|zusammengefasst',
  },
  negation: '\\b(?:nicht|kein\\w*|nie|niemals|ohne|weder|nichts|verboten|untersagt)\\b|\\bvon Menschen\\b|\\bmenschlich\\w* (?:verfasst|geschrieben)',
  attribution:
    '\\b(?:sagte|sagt|sagten|erklärte|erklärt|laut|zufolge|behauptet|behauptete|schrieb|schreibt|berichtet|berichtete|meint|betonte|kritisiert|vorgeworfen)\\b|, so (?:der|die)\\b',
  hypothetical: '\\b(?:wäre|wären|hätte|hätten|würde|würden|soll|sollen|sollte|sollten|müssen|muss|falls|künftig|wenn|sobald|ob|unabhängig davon)\\b',
  assistCues:
    '(?:Unterstützung|unterstützt|gestützt|Werkzeug\\w*|Tools?\\b|teilweise|Teile\\s|übersetz\\w*|Überprüfung|optimier\\w*|KI-Tool\\w*)',
  summaryCues: '(?:Zusammenfassung\\w*|zusammengefasst|Kernpunkte|Das Wichtigste)',
  imageCues: '(?:Symbolbild|\\bBild\\w*|\\bFoto\\w*|Illustration|Grafik|Video)',
  humanReview: '\\b(?:redaktionell|von (?:einem|einer) (?:Redakteur|Menschen))',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,100}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})${G}{0,40}?\\b(?:{GEN})\\b`,
      weight: 0.95,
    },
    {
      id: 'self-assisted',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,100}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})${G}{0,40}?\\b(?:{ASSIST})\\b`,
      weight: 0.9,
    },
    {
      id: 'self-ai-compound',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,60}?\\b(?:KI|AI)-(?:unterstützt|gestützt|basiert)\\w*`,
      weight: 0.9,
    },
    {
      id: 'self-ai-generated-compound',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,60}?\\b(?:KI|AI)-(?:generiert|erstellt|geschrieben)\\w*`,
      weight: 0.9,
    },
    {
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:KI|AI)-(?:generiert|erstellt|geschrieben)\\w*(?: \\w+)?|(?:(?:Text|Inhalt|Artikel) )?(?:mit(?:\\s*Hilfe|hilfe)?(?: von)?|durch|von) (?:einer )?(?:{AI}) (?:erstellt|generiert|geschrieben|verfasst|erzeugt)\\b)`,
      weight: 0.85,
      blockCues: true,
    },
    {
      id: 'label-assisted',
      category: 'ai-assisted',
      mode: 'label',
      pattern: `^(?:(?:KI|AI)-(?:unterstützt|gestützt)\\w*|(?:(?:Text|Inhalt|Artikel) )?mit Unterstützung (?:von|durch) (?:einer )?(?:{AI}) (?:erstellt|geschrieben|verfasst|bearbeitet|übersetzt))`,
      weight: 0.85,
    },
    {
      id: 'we-use-ai-tool',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `\\b(?:eines?|de[sr]|dem|unser(?:es|em)?) (?:KI|AI)[- ]?(?:Tools?|Werkzeugs?|Assistenten|Programms?|Systems?|Sprachmodells?)\\b${G}{0,30}?,?\\s*(?:das|die|den|welches) wir\\b`,
      weight: 0.75,
    },
    {
      id: 'first-person-with-ai',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `\\b(?:ich|der Autor|die Autorin|die Redakteurin|der Redakteur) (?:habe|hat) (?:{SELF})\\b${G}{0,120}?(?:{AI})`,
      weight: 0.85,
    },
    {
      id: 'we-use-ai-to-write',
      category: 'ai-generated',
      mode: 'self',
      pattern: `\\bwir (?:nutzen|verwenden|setzen) (?:{AI})${G}{0,40}?\\bum (?:unsere|diese|die) (?:Artikel|Texte|Inhalte|Nachrichten|Meldungen) zu (?:erstellen|schreiben|generieren|verfassen)`,
      weight: 0.85,
    },
    {
      id: 'automated',
      category: 'automated',
      mode: 'label',
      pattern: '^(?:\\w+ ){0,3}?automatisch(?: \\w+){0,2}? (?:geschrieben|erstellt|generiert|erzeugt)\\b',
      weight: 0.8,
      upgradeOnAI: true,
    },
    {
      id: 'self-automated',
      category: 'automated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\bautomatisch\\b${G}{0,40}?\\b(?:geschrieben|erstellt|generiert|erzeugt)\\b`,
      weight: 0.85,
      upgradeOnAI: true,
    },
    {
      id: 'byline-ai-persona',
      category: 'ai-generated',
      mode: 'byline',
      pattern: '(?:\\b(?:KI|AI)[- ]?(?:Journalist\\w*|Redakteur\\w*|Reporter\\w*|Autor\\w*)\\b|\\((?:KI|AI)\\)\\s*$)',
      weight: 0.8,
    },
  ],
};

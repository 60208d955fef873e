import type { LanguagePack } from '../types';
import { G } from './shared';

export const sv: LanguagePack = {
  lang: 'sv',
  hints: ['GPT', 'A\\.I\\.', 'intelligens', '\\bAI\\b', '\\bKI\\b', 'artificiell', 'språkmodell', 'journalistrobot'],
  vocab: {
    AI: 'AI(?![a-zåäö])|A\\.I\\.|KI(?![a-zåäö])|artificiell intelligens|ChatGPT|GPT-?\\d\\w*|språkmodell\\w*',
    SELF:
      '(?:den här|denna|detta|det här) (?:artikeln|artikel|texten|text|innehållet|sammanfattningen|översättningen|notisen|inlägget|krönikan|kolumnen)' +
      '|allt innehåll på (?:denna|den här|vår) (?:sajt|webbplats|sida)|våra (?:artiklar|texter|nyheter)',
    BE: 'är|var|har varit|blev|har|hade',
    GEN: 'skriven|skrivet|skrivna|genererad|genererat|genererade|skapad|skapat|skapade|producerad|producerat|framtagen|framtaget',
    ASSIST: 'översatt|översatta|redigerad|redigerat|bearbetad|bearbetat|sammanfattad|sammanfattat|assisterad',
    BY: 'av|med|med hjälp av|med stöd av|genom|via',
  },
  negation: '\\b(?:inte|ej|icke|aldrig|ingen|inget|inga|utan|varken|förbjud\\w*)\\b',
  attribution: '\\b(?:sa|säger|sade|enligt|skriver|berättar|uppger|menar)\\b',
  hypothetical: '\\b(?:ska|skall|skulle|kommer att|när|ifall|oavsett|huruvida)\\b',
  assistCues: '(?:hjälp|stöd|verktyg|delvis|översatt|människa och)',
  summaryCues: '(?:sammanfattning\\w*)',
  imageCues: '(?:\\bbild\\w*|\\bfoto\\w*|illustration|video)',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,60}?\\b(?:{BE}) ${G}{0,30}?(?:{GEN})\\b${G}{0,40}?\\b(?:{BY}) ${G}{0,30}?(?:{AI})`,
      weight: 0.95,
    },
    {
      id: 'self-assisted',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,60}?\\b(?:{BE}) ${G}{0,30}?(?:{ASSIST})\\b${G}{0,40}?\\b(?:{BY}) ${G}{0,30}?(?:{AI})`,
      weight: 0.9,
    },
    {
      id: 'human-and-ai',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `\\b(?:skriven|skrivet|skapad|skapat|gjord) av (?:en )?(?:människa|människor|journalist\\w*) (?:och|tillsammans med) (?:en )?(?:{AI})`,
      weight: 0.8,
    },
    {
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:AI|KI)-(?:genererad|genererat|genererade|skriven|skrivet|skapad|skapat)\\w*|(?:texten|artikeln|innehållet) är (?:skriven|skrivet|skapad|skapat|genererad|genererat) (?:av|med) (?:hjälp av )?(?:{AI}))`,
      weight: 0.85,
      blockCues: true,
    },
    {
      id: 'byline-ai-persona',
      category: 'ai-generated',
      mode: 'byline',
      pattern: '\\b(?:AI|KI)-(?:journalist|reporter|skribent|redaktör)\\w*',
      weight: 0.8,
    },
  ],
};

import type { LanguagePack } from '../types';
import { G } from './shared';

export const da: LanguagePack = {
  lang: 'da',
  hints: ['GPT', 'intelligens', '\\bKI\\b', '\\bAI\\b', 'kunstig', 'sprogmodel'],
  vocab: {
    AI: 'AI(?![a-zæøå])|KI(?![a-zæøå])|kunstig intelligens|ChatGPT|GPT-?\\d\\w*|sprogmodel\\w*',
    SELF:
      '(?:denne|dette) (?:artikel|tekst|indhold|opsummering|oversættelse|nyhed)' +
      '|(?:artiklerne|teksterne|indholdet) (?:på|i) (?:denne|siden|vores)\\w*|alt indhold på (?:denne|siden|vores)\\w*',
    BE: 'er|var|blev|bliver|har været',
    GEN: 'skrevet|genereret|lavet|produceret|skabt|udarbejdet',
    ASSIST: 'oversat|redigeret|bearbejdet|opsummeret|assisteret',
    BY: 'af|med|ved hjælp af|med hjælp fra|med støtte (?:af|fra)|gennem|via',
  },
  negation: '\\b(?:ikke|aldrig|ingen|intet|uden|hverken|forbudt\\w*|frarådes)\\b',
  attribution: '\\b(?:sagde|siger|ifølge|skriver|fortæller|oplyser|mener)\\b',
  hypothetical: '\\b(?:skal|skulle|vil|ville|hvis|når|uanset|hvorvidt)\\b',
  assistCues: '(?:hjælp|støtte|værktøj|delvis|oversat)',
  summaryCues: '(?:opsummering\\w*|resumé)',
  imageCues: '(?:\\bbillede\\w*|\\bfoto\\w*|illustration|video)',
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
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:AI|KI)-(?:genereret|skrevet|produceret)\\w*|(?:(?:indhold|tekst|artikel)\\w* )?(?:genereret|skrevet|lavet) (?:af|med) (?:hjælp af )?(?:{AI}))`,
      weight: 0.85,
      blockCues: true,
    },
  ],
};

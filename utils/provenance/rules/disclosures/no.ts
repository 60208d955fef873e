import type { LanguagePack } from '../types';
import { G } from './shared';

export const no: LanguagePack = {
  lang: 'no',
  hints: ['GPT', 'K\\.I\\.', 'A\\.I\\.', 'intelligens', '\\bKI\\b', '\\bAI\\b', 'kunstig', 'språkmodell', 'maskin'],
  vocab: {
    AI: 'AI(?![a-zæøå])|KI(?![a-zæøå])|A\\.I\\.|K\\.I\\.|kunstig intelligens|ChatGPT|GPT-?\\d\\w*|språkmodell\\w*',
    SELF:
      '(?:denne|dette|det her) (?:artikkelen|saken|teksten|innholdet|sammendraget|oppsummeringen|oversettelsen)' +
      '|(?:(?:flere|noen|alle|mange) av )?(?:artiklene|innholdet|tekstene|sakene) (?:på|i) (?:siden|nettstedet|nettsiden|denne \\w+)',
    BE: 'er|var|ble|blir|har blitt|har vært',
    GEN: 'skrevet|generert|laget|produsert|skapt|utarbeidet',
    ASSIST: 'oversatt|redigert|bearbeidet|oppsummert|assistert',
    BY: 'av|med|ved hjelp av|med hjelp av|med støtte (?:av|fra)|gjennom|via',
  },
  negation: '\\b(?:ikke|ikkje|aldri|ingen|intet|uten|verken|hverken|korkje|forbudt\\w*|frarådes)\\b',
  attribution: '\\b(?:sa|sier|ifølge|skriver|forteller|opplyser|mener)\\b',
  hypothetical: '\\b(?:skal|skulle|vil|ville|hvis|dersom|når|der|uansett|hvorvidt)\\b',
  assistCues: '(?:hjelp|støtte|verktøy|delvis|samarbeid|oversatt)',
  summaryCues: '(?:sammendrag\\w*|oppsummering\\w*)',
  imageCues: '(?:\\bbild\\w*|\\bfoto\\w*|illustrasjon|video)',
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
      id: 'human-machine-collaboration',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,60}?\\bsamarbeid mellom (?:mennesker?|journalister|redaksjonen) og (?:maskin(?:er)?|{AI})`,
      weight: 0.8,
    },
    {
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:KI|AI)-(?:generert|skrevet|laget)\\w*|(?:(?:innhold|tekst|artikkel)\\w* )?(?:generert|skrevet|laget) (?:av|med) (?:hjelp av )?(?:{AI}))`,
      weight: 0.85,
      blockCues: true,
    },
  ],
};

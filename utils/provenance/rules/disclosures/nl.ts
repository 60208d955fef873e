import type { LanguagePack } from '../types';
import { G } from './shared';

export const nl: LanguagePack = {
  lang: 'nl',
  hints: ['\\bAI\\b', 'A\\.I\\.', '\\bKI\\b', 'kunstmatige', 'artifici', 'taalmodel', 'robot', 'automatisch', 'algoritme', 'computer', 'GPT', 'LLM'],
  vocab: {
    AI: 'AI(?![a-z])|A\\.I\\.|KI(?![a-z])|kunstmatige intelligentie|artifici[ëe]le intelligentie|ChatGPT|GPT-?\\d\\w*|LLM|taalmodel\\w*',
    SELF:
      '(?:dit|deze|het onderstaande) (?:artikel|tekst|inhoud|bericht|stuk|pagina|samenvatting|vertaling|nieuwsbericht)' +
      '|(?:alle|de) (?:artikelen|inhoud|teksten) op (?:deze|onze) (?:site|website)|onze (?:artikelen|teksten|berichten)',
    BE: 'is|zijn|werd|werden|was|waren|wordt|worden',
    GEN: 'gegenereerd|geschreven|gemaakt|geproduceerd|opgesteld|samengesteld|gecre[ëe]erd',
    ASSIST: 'vertaald|bewerkt|geredigeerd|ondersteund|herschreven|samengevat|gecorrigeerd',
    BY: 'door|met|met behulp van|met hulp van|via|dankzij|met ondersteuning van|gebruikmakend van',
  },
  negation: '\\b(?:niet|geen|nooit|zonder|noch|niets|verboden|afgeraden)\\b',
  attribution: '\\b(?:zei|zegt|volgens|aldus|stelt|verklaarde|schrijft|meldt)\\b',
  hypothetical: '\\b(?:zal|zullen|zou|zouden|moet|moeten|als|wanneer|indien|ongeacht)\\b',
  assistCues: '(?:ondersteuning|ondersteund|hulpmiddel\\w*|tools?\\b|gedeeltelijk|deels|vertaal\\w*)',
  summaryCues: '(?:samenvatting|kernpunten)',
  imageCues: '(?:\\bafbeelding\\w*|\\bfoto\\w*|illustratie|video)',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) ${G}{0,30}?(?:{GEN})\\b${G}{0,60}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})`,
      weight: 0.95,
    },
    {
      id: 'self-generated-by-first',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,40}?\\b(?:{BE}) (?:{BY}) (?:een )?(?:{AI})${G}{0,30}?\\b(?:{GEN})\\b`,
      weight: 0.95,
    },
    {
      id: 'self-assisted',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) ${G}{0,30}?(?:{ASSIST})\\b${G}{0,60}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})`,
      weight: 0.9,
    },
    {
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:AI|KI)-gegenereerd\\w*|(?:(?:inhoud|tekst|artikel) )?(?:gegenereerd|geschreven|gemaakt) (?:door|met) (?:behulp van )?(?:{AI}))`,
      weight: 0.85,
      blockCues: true,
    },
    {
      id: 'self-robot',
      category: 'automated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,60}?\\b(?:{BE}) ${G}{0,30}?(?:geschreven|gemaakt|gegenereerd) (?:door )?(?:een )?(?:robot|algoritme|computer)\\w*`,
      weight: 0.85,
      upgradeOnAI: true,
    },
  ],
};

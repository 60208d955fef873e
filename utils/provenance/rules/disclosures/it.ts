import type { LanguagePack } from '../types';
import { G } from './shared';

export const it: LanguagePack = {
  lang: 'it',
  hints: ['GPT', 'LLM', 'I\\.A\\.', 'modell', '\\bIA\\b', '\\bAI\\b', 'intelligenza', 'modell[oi] linguistic', 'apprendimento', 'generator[ei] di', 'conversazional', 'generazione del linguaggio'],
  vocab: {
    AI: "IA(?![a-z])|AI(?![a-z])|I\\.A\\.|intelligenza artificiale|ChatGPT|GPT-?\\d\\w*|LLM|modelli? linguistic[oi]",
    SELF:
      "(?:questo|questa|il presente|la presente) (?:articolo|testo|contenuto|pezzo|pagina|riassunto|sintesi|traduzione|notizia|post|servizio|editoriale)" +
      "|(?:tutti gli|gli) articoli (?:di|su) questo sito|i nostri (?:articoli|contenuti|testi)",
    BE: 'è stat[oa]|sono stat[ie]|è|sono|era|erano|fu|viene|vengono',
    GEN: 'generat[oaie]|realizzat[oaie]|scritt[oaie]|prodott[oaie]|creat[oaie]|redatt[oaie]|elaborat[oaie]|assemblat[oaie]|compost[oaie]',
    ASSIST: 'tradott[oaie]|revisionat[oaie]|corrett[oaie]|assistit[oaie]|supportat[oaie]|riassunt[oaie]|ottimizzat[oaie]|editat[oaie]',
    BY: "da|dal|dalla|dall['’]|dai|dagli|con|tramite|mediante|attraverso|usando|utilizzando|grazie a(?:ll['’])?",
  },
  negation: '\\b(?:non|mai|nessun\\w*|senza|né|niente|nulla|vietat[oaie]|sconsigli\\w*)\\b',
  attribution:
    '\\b(?:secondo|ha detto|ha dichiarato|ha affermato|spiega|ha spiegato|afferma|dichiara|sostiene|racconta)\\b',
  hypothetical: '\\b(?:sarà|saranno|sarebbe|potrebbe|dovrà|deve|devono|se|quando|qualora|che sia|indipendentemente)\\b',
  assistCues: '(?:\\bparti\\b|\\bparte\\b|parzialmente|supporto|ausilio|assistenza|strumenti|tradu\\w*)',
  summaryCues: '(?:riassunto|sintesi|punti chiave)',
  imageCues: '(?:\\bimmagin\\w*|\\bfoto\\b|illustrazione|video)',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) ${G}{0,30}?(?:{GEN})\\b${G}{0,60}?\\b(?:{BY})${G}{0,40}?(?:{AI})`,
      weight: 0.95,
    },
    {
      id: 'self-assisted',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) ${G}{0,30}?(?:{ASSIST})\\b${G}{0,60}?\\b(?:{BY})${G}{0,40}?(?:{AI})`,
      weight: 0.9,
    },
    {
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:testo|articolo|contenuto) )?(?:realizzat[oa]|generat[oa]|scritt[oa]|prodott[oa]|creat[oa]) (?:interamente )?(?:con|da|dall['’]|dalla|tramite)\\s*(?:l['’]|un['’]?\\s*)?(?:{AI})`,
      weight: 0.85,
    },
    {
      id: 'label-translated',
      category: 'ai-assisted',
      mode: 'label',
      pattern: `^(?:traduzione (?:realizzata|generata|fatta)|(?:testo|articolo) tradott[oa]) (?:con|da|dall['’]|tramite)\\s*(?:l['’]|un['’]?\\s*)?(?:{AI})`,
      weight: 0.85,
    },
  ],
};

import type { LanguagePack } from '../types';
import { G } from './shared';

export const fr: LanguagePack = {
  lang: 'fr',
  hints: ['GPT', '\\bAI\\b', 'I\\.A\\.', 'mod[eè]les? de langage', '\\bIA\\b', 'intelligence', 'LLM', 'automatiquement', 'apprentissage', 'générateur', 'conversationnel', 'logiciels? de génération'],
  vocab: {
    AI: "IA(?![a-zé])|I\\.A\\.|AI(?![a-z])|intelligences? artificielles?|LLM|ChatGPT|GPT-?\\d\\w*|mod[eè]les? de langage",
    SELF:
      "(?:cet|ce|cette|le présent|la présente) (?:article|texte|contenu|page|résumé|billet|dépêche|traduction|synthèse|newsletter|publication|chronique)" +
      "|(?:l['’]ensemble des|tous les|les) (?:contenus|articles|textes)(?: (?:de|sur|du) (?:ce|notre) site)?(?= (?:a|ont|sont|est)\\b)|nos (?:articles|contenus|textes)",
    BE: 'a été|ont été|est|sont|était|étaient|fut|avait été',
    GEN: 'g[ée]n[ée]r[ée]e?s?|r[ée]dig[ée]e?s?|[ée]crite?s?|cr[ée]{1,2}e?s?|produite?s?|con[çc]ue?s?|compos[ée]e?s?|r[ée]alis[ée]e?s?',
    ASSIST:
      'tradui(?:te?s?)?|corrig[ée]e?s?|r[ée]vis[ée]e?s?|assist[ée]e?s?|aid[ée]e?s?|optimis[ée]e?s?|retravaill[ée]e?s?|r[ée]sum[ée]e?s?|relue?s?|[ée]dit[ée]e?s?',
    BY: "par|avec|à l['’]aide (?:de|d['’])|au moyen (?:de|d['’])|gr[aâ]ce [àa]|via|en utilisant|avec l['’]aide (?:de|d['’])|avec le soutien (?:de|d['’])",
  },
  negation: "\\b(?:ne|pas|jamais|aucun\\w*|sans|ni|rien|nullement|interdit\\w*|déconseill\\w*)\\b|\\bn['’]|\\bpar des humains\\b",
  attribution:
    "\\b(?:selon|d['’]apr[èe]s|a d[ée]clar[ée]|affirme|a affirm[ée]|explique|a expliqu[ée]|a dit|dit-il|dit-elle|estime|rapporte|assure|accuse|enqu[êe]te)\\b",
  hypothetical: "\\b(?:sera|seront|serait|seraient|pourrait|pourraient|doit|doivent|devra|si|lorsque|quand|chaque fois|que ce soit|qu['’]il s['’]agisse)\\b|\\blorsqu['’]",
  assistCues: "(?:\\boutils?\\b|assist\\w*|aide (?:de|d['’])\\s*outils|en partie|partiellement|tradu\\w*|soutien|relu)",
  summaryCues: '(?:r[ée]sum[ée]|synth[èe]se|points cl[ée]s|l[’\']essentiel)',
  imageCues: '(?:\\bimages?\\b|\\bphotos?\\b|illustration|visuel|vid[ée]o)',
  humanReview: '(?:v[ée]rifi[ée]e?|relue?|contr[ôo]l[ée]e?) par (?:la r[ée]daction|un journaliste|nos [ée]quipes)',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) ${G}{0,30}?(?:{GEN})\\b${G}{0,60}?(?:{BY})${G}{0,60}?(?:{AI})`,
      weight: 0.95,
    },
    {
      id: 'self-assisted',
      category: 'ai-assisted',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) ${G}{0,30}?(?:{ASSIST})\\b${G}{0,60}?(?:{BY})${G}{0,60}?(?:{AI})`,
      weight: 0.9,
    },
    {
      id: 'label-generated',
      category: 'ai-generated',
      mode: 'label',
      pattern: `^(?:(?:contenu|texte|article) )?(?:g[ée]n[ée]r[ée]e?|r[ée]dig[ée]e?|cr[ée]{1,2}e?|produite?|[ée]crite?) (?:automatiquement )?(?:par|avec|à l['’]aide (?:de|d['’]))\\s*(?:l['’]|une )?(?:{AI})`,
      weight: 0.85,
    },
    {
      id: 'label-translated',
      category: 'ai-assisted',
      mode: 'label',
      pattern: `^(?:(?:contenu|texte|article) )?tradui(?:te?)? (?:automatiquement )?(?:par|avec|à l['’]aide (?:de|d['’]))\\s*(?:l['’]|une )?(?:{AI})`,
      weight: 0.85,
    },
    {
      id: 'we-use-ai-to-write',
      category: 'ai-generated',
      mode: 'self',
      pattern: `\\bnous (?:utilisons|employons|avons utilis[ée]) (?:l['’]|une )?(?:{AI})${G}{0,40}?\\bpour (?:r[ée]diger|g[ée]n[ée]rer|produire|[ée]crire|cr[ée]er) (?:nos|ces|les|cet|ce) (?:articles?|contenus?|textes?|d[ée]p[êe]ches?)`,
      weight: 0.85,
    },
    {
      id: 'self-automated',
      category: 'automated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) (?:{GEN}) automatiquement\\b`,
      weight: 0.85,
      upgradeOnAI: true,
    },
  ],
};

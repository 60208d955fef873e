import type { LanguagePack } from '../types';
import { G } from './shared';

export const es: LanguagePack = {
  lang: 'es',
  hints: ['GPT', 'LLM', '\\bAI\\b', 'I\\.A\\.', 'modelos? de lenguaje', '\\bIA\\b', 'inteligencia', 'autom[áa]tic', 'modelo de lenguaje', 'aprendizaje', 'generador', 'conversacional', 'generación de lenguaje'],
  vocab: {
    AI: 'IA(?![a-zá])|I\\.A\\.|AI(?![a-z])|inteligencia artificial|ChatGPT|GPT-?\\d\\w*|LLM|modelos? de lenguaje',
    SELF:
      '(?:este|esta|el presente|la presente) (?:art[íi]culo|texto|contenido|nota|noticia|p[áa]gina|resumen|traducci[óo]n|publicaci[óo]n|informe|bolet[íi]n|reportaje|cr[óo]nica|columna)' +
      '|(?:todo el|el) contenido de (?:este|nuestro) (?:sitio|portal|medio)|nuestros (?:art[íi]culos|contenidos|textos)',
    BE: 'ha sido|han sido|fue|fueron|es|son|est[áa]|est[áa]n|era|eran|hab[íi]a sido',
    GEN: 'generad[oa]s?|elaborad[oa]s?|producid[oa]s?|escrit[oa]s?|redactad[oa]s?|cread[oa]s?|realizad[oa]s?|compuest[oa]s?',
    ASSIST: 'traducid[oa]s?|editad[oa]s?|asistid[oa]s?|corregid[oa]s?|revisad[oa]s?|resumid[oa]s?|optimizad[oa]s?|apoyad[oa]s?',
    BY: 'por|con|mediante|usando|utilizando|a trav[ée]s de|gracias a',
  },
  negation: '\\b(?:no|nunca|jam[áa]s|ning[úu]n\\w*|sin|ni|nada|prohibid[oa]s?|desaconsej\\w*)\\b',
  attribution:
    '\\b(?:seg[úu]n|dijo|afirm[óo]|explic[óo]|señal[óo]|asegur[óo]|declar[óo]|indic[óo]|sostuvo|denunci[óo]|de acuerdo con)\\b',
  hypothetical: '\\b(?:ser[áa]|ser[áa]n|ser[íi]a|podr[íi]a|deber[áa]|debe|deben|si|cuando|ya sea|independientemente)\\b',
  assistCues: '(?:asistencia|ayuda|apoyo|herramientas?|en parte|parcialmente|traduc\\w*)',
  summaryCues: '(?:resumen|s[íi]ntesis|puntos clave)',
  imageCues: '(?:\\bimagen\\w*|\\bfotos?\\b|fotograf[íi]a|ilustraci[óo]n|v[íi]deo)',
  humanReview: '(?:revisad[oa]|verificad[oa]|supervisad[oa]) por (?:el equipo|un periodista|la redacci[óo]n|editores)',
  rules: [
    {
      id: 'self-generated',
      category: 'ai-generated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) ${G}{0,30}?(?:{GEN})\\b${G}{0,60}?\\b(?:{BY})\\b${G}{0,40}?(?:{AI})`,
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
      pattern: `^(?:(?:contenido|texto|art[íi]culo) )?(?:generad[oa]|elaborad[oa]|cread[oa]|producid[oa]|escrit[oa]) (?:autom[áa]ticamente )?(?:por|con) (?:la |una )?(?:{AI})`,
      weight: 0.85,
    },
    {
      id: 'we-use-ai-to-write',
      category: 'ai-generated',
      mode: 'self',
      pattern: `\\b(?:usamos|utilizamos|empleamos) (?:la )?(?:{AI})${G}{0,40}?\\bpara (?:generar|redactar|escribir|producir|crear) (?:nuestros|estos|los|este) (?:art[íi]culos?|contenidos?|textos?|noticias?)`,
      weight: 0.85,
    },
    {
      id: 'self-automated',
      category: 'automated',
      mode: 'self',
      pattern: `(?:{SELF})\\b${G}{0,80}?\\b(?:{BE}) (?:{GEN}) autom[áa]ticamente\\b`,
      weight: 0.85,
      upgradeOnAI: true,
    },
  ],
};

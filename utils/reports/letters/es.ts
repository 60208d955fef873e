import type { LetterStrings } from './types';

// Spanish letters open with a colon after the greeting.
export const es: LetterStrings = {
  locale: 'es-ES',
  open: '«',
  close: '»',
  colon: ':',
  subject: 'Solicitud de corrección: {headline}',
  subjectNoHeadline: 'Solicitud de corrección de un artículo de {site}',
  greetingSite: 'Estimado equipo de {site}:',
  greeting: 'Estimados señores:',
  intro: 'Les escribo para señalarles lo que creo que es una inexactitud en uno de sus artículos.',
  article: 'Artículo',
  url: 'Dirección',
  published: 'Publicado el',
  passageLink: 'Enlace al fragmento',
  quote: 'El fragmento',
  problem: 'Qué es incorrecto',
  correction: 'Corrección propuesta',
  sources: 'Fuentes',
  provenance: 'Aviso de IA en la página',
  provenanceNote: 'La propia página dice:',
  closing: 'Muchas gracias por revisarlo.',
  signOff: 'Atentamente,',
  footer: 'Redactado con Provenance Lens.',
  truncatedNote:
    '[…] Este mensaje se ha acortado para que quepa en un enlace de correo. El informe completo se ha copiado al portapapeles: péguelo aquí.',
  verdicts: {
    'ai-generated': 'La página indica que su contenido fue generado por IA.',
    'ai-assisted': 'La página indica que se redactó con ayuda de IA.',
    automated: 'La página indica que se produjo automáticamente.',
    'ai-summary': 'La página incluye un resumen hecho por IA.',
    'suspected-ai': 'La página muestra indicios de texto generado por IA, sin aviso.',
    none: 'No se encontró ninguna señal de IA en la página.',
  },
  evidence: {
    'disclosure-text': 'un aviso en la página',
    'meta-marker': 'los metadatos de la página',
    'chatbot-leak': 'una frase que suelen dejar los chatbots de IA',
    'listed-site': 'el sitio figura en una lista pública de sitios de noticias generados por IA',
  },
};

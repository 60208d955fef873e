import { asWords } from './as-words';

/**
 * Person and deixis in the 13 languages: notes speak of "this" text "here", as "I" or "we", to "you";
 * news speaks of named others. Small closed word classes, so they carry across publishers.
 */
export const DEMONSTRATIVE = new RegExp(
  `${asWords('this|these|dies\\p{L}*|ce|cet|cette|ces|este|esta|estos|estas|esse|essa|questo|questa|questi|queste|deze|dit|denne|dette|disse|detta|denna|dessa')}|この|本[文稿篇]|该|此|이\\s`,
  'iu',
);
export const HERE = new RegExp(`${asWords('here|hier|ici|aquí|aqui|qui|her|här|nedan|below|above|unten|oben')}|ここ|以下|以上|下記|아래|위의|여기`, 'iu');
// Case matters for a few: English "I" is the Italian article "i", German "Sie" is also "she".
export const FIRST_SINGULAR = [new RegExp(`${asWords('I')}|私|僕|我(?!们|們)|저는|제가|나는`, 'u'), new RegExp(asWords('my|ich|mein\\p{L}*|je|j|moi|mon|yo|io|mio|mia|eu|meu|minha|ik|mijn|jeg|jag|mitt|mina'), 'iu')];
export const FIRST_PLURAL = new RegExp(`${asWords('we|us|our|wir|uns\\p{L}*|nous|notre|nos|nosotros|nuestr\\p{L}*|noi|nostr\\p{L}*|nós|nosso|nossa|wij|ons|onze|vi|oss|vår|våra|vårt|vores')}|我们|我們|当社|弊社|私たち|우리`, 'iu');
export const SECOND = [new RegExp(`${asWords('Sie|Ihr\\p{L}*')}|您|你|あなた|お客様|귀하|여러분`, 'u'), new RegExp(asWords('you|your|dein\\p{L}*|vous|votre|vos|usted|voi|vostr\\p{L}*|você|vocês|uw|jij|jouw|ditt|dine|dina'), 'iu')];
/** One of several patterns matches (the first-person and second-person words are two patterns each: case matters for some). */
export const anyMatch = (res: readonly RegExp[], s: string): boolean => res.some((re) => re.test(s));

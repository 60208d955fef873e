/**
 * The words publishers set around a note in the same line: a heading in front ("Note:", "Hinweis:", "注：", often in bold) and
 * a link to their AI policy after it ("Learn more", "En savoir plus", "자세히 보기"), an icon opening it. Neither says anything of the text, but
 * both change where the note's words sit in the sentence (a lead the grammar counts as a subject, a label that no longer
 * ends the line), so the grammar reads a sentence again without them when it found nothing in the whole.
 */

/**
 * A generic heading word (no AI word: "AI note:" is read as it stands), up to three more words, then a colon; or an icon
 * ("ℹ️", "⚠️", "✨") opening the line.
 */
const LEAD =
  /^[\s\p{So}\p{Extended_Pictographic}\uFE0F\u200D]*[\s\p{P}※*•·–—-]*(?:note|nb|n\.b\.|nota(?:\s+bene)?|notice|please\s+note|p\.?s\.?\d?|update|editor['’]s\s+note|hinweis|anmerkung|anm\.|achtung|nachtrag|remarque|avertissement|précision|mise\s+à\s+jour|aviso|advertencia|aclaración|avviso|avvertenza|attenzione|aggiornamento|observação|atenção|opmerking|noot|let\s+op|obs|observera|notera|merk|merknad|bemærk|bemerk|oppdatering|注|注意|备注|說明|说明|注記|お知らせ|참고|알림|안내|주의|편집자\s*주)(?:\s+[^\s:：]+){0,3}\s*[:：]\s*|^\s*[\p{So}\p{Extended_Pictographic}][\s\p{So}\p{Extended_Pictographic}\uFE0F\u200D]*/iu;

/** A link's words closing the line, after an optional separator: "· Learn more ›", "(Mehr erfahren)". */
const TAIL =
  /[\s·|•–—-]*[([]?\s*(?:learn\s+more|read\s+more|find\s+out\s+more|more\s+info(?:rmation)?|mehr\s+erfahren|mehr\s+dazu|weiterlesen|en\s+savoir\s+plus|lire\s+la\s+suite|más\s+información|saber\s+más|leer\s+más|scopri\s+di\s+più|per\s+saperne\s+di\s+più|leggi\s+di\s+più|saiba\s+mais|leia\s+mais|mais\s+informações|meer\s+informatie|lees\s+meer|meer\s+weten|läs\s+mer|mer\s+information|les\s+mer|læs\s+mere|mere\s+information|詳しくはこちら|詳細はこちら|詳しく見る|了解更多|查看详情|详细了解|자세히\s*보기|더\s*알아보기)\s*[)\]]?[\s.›»→>]*$/iu;

const TAIL_READS = 48;

/** The sentence without a generic lead and a closing link's words, with where it now starts; null when neither is there. */
export function unwrapNote(sentence: string): { text: string; offset: number } | null {
  const lead = LEAD.exec(sentence);
  const offset = lead ? lead[0].length : 0;
  const rest = sentence.slice(offset);
  // Only a line's last words can be the link's: the test reads no further back than that.
  const from = Math.max(0, rest.length - TAIL_READS);
  const tail = TAIL.exec(rest.slice(from));
  if (!lead && !tail) return null;
  const text = tail ? rest.slice(0, from + tail.index) : rest;
  return /[\p{L}\p{N}]/u.test(text) ? { text, offset } : null;
}

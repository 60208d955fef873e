/**
 * npx tsx scripts/dbg-frame.ts "sentence" [lang]: which hint keyword lets the sentence through, and what the grammar's
 * matchFrame returns for it as a short note and as prose (a rule writer's aid beside try-many.ts).
 */
import { framesFor, matchFrame } from '../utils/provenance/rules/frames/match';
import { hintPrefilter } from '../utils/provenance/rules/prefilter';
const [text = '', lang = 'en'] = process.argv.slice(2);
const f = framesFor(lang)!;
console.log('hint', hintPrefilter()(text));
for (const shortNote of [true, false]) console.log('short', shortNote, JSON.stringify(matchFrame(text, f, { shortNote, noteZone: false, negation: /$^/, byline: false, langSure: true })));

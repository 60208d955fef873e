import { framesFor, matchFrame } from '../utils/provenance/rules/frames/match';
import { hintPrefilter } from '../utils/provenance/rules/prefilter';
const [text = '', lang = 'en'] = process.argv.slice(2);
const f = framesFor(lang)!;
console.log('hint', hintPrefilter().exec(text)?.[0]);
for (const shortNote of [true, false]) console.log('short', shortNote, JSON.stringify(matchFrame(text, f, { shortNote, noteZone: false, negation: /$^/, byline: false, langSure: true })));

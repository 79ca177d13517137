import type { ClaimDraft, Refiner } from '../extract/draft';
import type { ChangeKind } from '../types';

const UP = 'rose|rise|rises|risen|rising|increased|increase|increases|increasing|grew|grow|grows|grown|growing|climbed|climbs|climbing|jumped|jumps|jumping|surged|surges|surging|soared|soars|soaring|advanced|advances|rallied|gained|gains|added|adds|raised|raising|hiked|boosted|expanded|widened|swelled|spiked|up|higher';
const DOWN = 'fell|fall|falls|fallen|falling|dropped|drops|dropping|declined|declines|declining|decreased|decreases|decreasing|slipped|slips|slid|sank|sinks|plunged|plunges|plummeted|tumbled|tumbles|slumped|dipped|dips|eased|eases|lost|loses|losing|shed|sheds|cut|cuts|cutting|reduced|reduces|reducing|shrank|shrunk|shrinks|contracted|narrowed|slashed|trimmed|lowered|down|lower';
/** Verbs that are changes only of amounts, shares and measures: "the army lost 40 soldiers" is a toll, not a change. */
const AMOUNT_ONLY = /^(?:lost|loses|losing|gained|gains|added|adds|shed|sheds|cut|cuts|cutting|up|down|higher|lower)$/;
/** A change verb, then only "by" and qualifiers before the figure: "rose 19 cents", "fell by about 3%", "up 20%". */
const VERB_BEFORE = new RegExp(`\\b(${UP}|${DOWN})\\s+(?:(?:by|an? (?:annuali[sz]ed|seasonally adjusted|record|further|total of|net)|a further|another|an additional|some|about|around|nearly|almost|roughly|more than|less than|over|under|just|only|as much as|as little as)\\s+)*$`, 'i');
/** "cut costs by $3m", "raised its stake by 5%": the verb, its object, then "by". */
const VERB_BY = new RegExp(`\\b(${UP}|${DOWN})\\b[^,.;:]{1,32}?\\bby\\s+(?:(?:about|around|nearly|almost|some|more than|less than|over|just|a further|another)\\s+)*$`, 'i');
/** "an increase of 200", "a 3% rise", "a threefold jump", "5% higher"; "a net loss of $1bn" is a result, not a change. */
const NOUN_BEFORE = /\b(increase|rise|gain|jump|growth|hike|surge|boost|decrease|decline|drop|fall|cut|reduction|slump|plunge|dip)\s+of\s+(?:(?:about|around|nearly|almost|some|more than|less than|over|just)\s+)*$/i;
const NOUN_AFTER = /^(?:[-\s]?(?:fold|times|percentage points?|points?))?\s+(increase|rise|gain|jump|growth|hike|surge|boost|higher|decrease|decline|drop|fall|cut|reduction|loss|slump|plunge|dip|lower)\b/i;
const UP_NOUN = /^(?:increase|rise|gain|jump|growth|hike|surge|boost|higher)$/i;
const UP_WORD = new RegExp(`^(?:${UP})$`, 'i');

function changeOf(text: string, d: ClaimDraft): ChangeKind | null {
  const before = text.slice(Math.max(d.sentence.start, d.start - 48), d.start);
  if (/\+\s?$/.test(before) && d.number >= 0) return 'increase';
  const verb = VERB_BEFORE.exec(before) ?? VERB_BY.exec(before);
  if (verb) {
    const w = (verb[1] as string).toLowerCase();
    // "up 20%" but not "up to 2,000"; "lost 190 points" but not "lost 40 soldiers".
    const amount = d.percent || d.currency !== null || /^\s*(?:points?|percentage|basis|cents?|pence|[a-z]*metres?|miles?|degrees?|kg|tonnes?|barrels?)\b/i.test(text.slice(d.end, d.end + 16));
    if (!AMOUNT_ONLY.test(w) || amount) return UP_WORD.test(w) ? 'increase' : 'decrease';
  }
  const noun = NOUN_BEFORE.exec(before) ?? NOUN_AFTER.exec(text.slice(d.end, d.end + 32));
  if (noun) return UP_NOUN.test(noun[1] as string) ? 'increase' : 'decrease';
  return null;
}

/**
 * Marks figures stated as changes rather than levels: "rose 19 cents", "up 20%", "fell by half", "a 3% rise",
 * "an increase of 200", "+5%". "rose to 50" and "up from 41" state levels and stay unmarked; multiples
 * ("doubled") come marked from their extractor.
 */
export const attachChange: Refiner = (ctx, drafts) =>
  drafts.map((d) => {
    if (d.change) return d;
    const change = changeOf(ctx.text, d);
    return change ? { ...d, change } : d;
  });

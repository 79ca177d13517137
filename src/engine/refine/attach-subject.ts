import type { ClaimDraft, ExtractContext, Refiner } from '../extract/draft';

import { findEntities, type Entity } from './find-entities';

const PREPOSITION_BEFORE =
  /\b(?:in|to|from|of|with|at|for|by|including|near|into|across|against|between|over|under|towards?|on|as|than|like|via|within|outside|inside)\s+(?:the\s+)?$/i;
const LEADING_PHRASE =
  /^\W*(?:As|After|With|In|On|During|Since|Following|Despite|Before|Under|According to|Like|Unlike|While|When|Although|Though|Because|If|By|For|Amid|Until)\b/;

function isPrepositional(text: string, e: Entity): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start));
}

/** "NATO’s KFOR mission": the possessor describes the entity that follows; that one is the subject. */
function isPossessorOfNext(text: string, e: Entity, next: Entity | undefined): boolean {
  return Boolean(next && /^[’']s\s+$/.test(text.slice(e.end, next.start)));
}

function chooseSubject(ctx: ExtractContext, d: ClaimDraft, entities: Entity[]): string | null {
  if (d.phraseCountry) return d.phraseCountry;
  const { text } = ctx;
  let clauseStart = d.sentence.start;
  const sentence = text.slice(d.sentence.start, d.start);
  if (LEADING_PHRASE.test(sentence)) {
    const comma = sentence.indexOf(',');
    if (comma >= 0) clauseStart = d.sentence.start + comma + 1;
  }
  const before = entities.filter((e) => e.end <= d.start && e.start >= clauseStart);
  // "KFOR’s troop level to 26,000": a possessor right before the counted noun owns the figure.
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i];
    if (/^[’']s\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(e.end, d.start))) return e.name;
  }
  const candidates = before.filter((e, i) => !isPrepositional(text, e) && !isPossessorOfNext(text, e, before[i + 1]));
  if (candidates[0]) return candidates[0].name;
  if (before.length > 0 && clauseStart === d.sentence.start) return null;
  const after = entities.filter((e) => e.start >= d.phraseEnd && e.kind !== 'name' && !isPrepositional(text, e));
  return after[0]?.name ?? null;
}

/**
 * Attaches whom a figure is about: a country inside its noun phrase ("Bulgarian soldiers"), the owner of
 * the counted noun ("KFOR’s troop level"), or the clause's first named subject that is not inside a
 * prepositional phrase ("Slovenia participates in KFOR mission with 103 soldiers" -> Slovenia).
 * A figure whose noun was elided takes the subject of the figure before it.
 */
export const attachSubject: Refiner = (ctx, drafts) => {
  const cache = new Map<number, Entity[]>();
  // One scan of the whole article is cheaper than one per sentence: most sentences hold a figure.
  const all = drafts.length > 0 ? findEntities(ctx.text, 0, ctx.text.length) : [];
  const out: ClaimDraft[] = [];
  for (const d of drafts) {
    const previous = out[out.length - 1];
    if (d.elided && previous) {
      out.push({ ...d, subject: previous.subject });
      continue;
    }
    let entities = cache.get(d.sentence.start);
    if (!entities) {
      const { start, end } = d.sentence;
      entities = all.filter((e) => e.start >= start && e.end <= end);
      cache.set(d.sentence.start, entities);
    }
    out.push({ ...d, subject: chooseSubject(ctx, d, entities) });
  }
  return out;
};

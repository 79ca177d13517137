import type { FigureLink } from './link-figures';
import type { Reading } from './reading';

const ADJECTIVE_NOUNS = /^(?:wounded|injured|dead|missing|killed)$/;

/** Copies into `r` what the linked figure says and `r` leaves unsaid; a conversion is the same amount, so it copies all. */
export function inherit(r: Reading, from: Reading, link: FigureLink, fromDraft: number): void {
  const f = r.frame;
  const g = from.frame;
  if (link.kind === 'conversion') {
    Object.assign(f, { event: g.event, place: g.place, part: g.part, estimate: g.estimate, otherEvent: g.otherEvent });
    // A change of temperature in brackets is a change too, and a rate in brackets the same rate.
    if (from.measure?.offset === 0 && r.measure?.offset) r.measure = { ...r.measure, offset: 0 };
    r.d = { ...r.d, change: r.d.change ?? from.d.change, rate: r.d.rate ?? from.d.rate };
    // "more than $2bn (€1.8bn)": the bracket converts the amount and keeps what qualifies it.
    if (r.d.qualifier === 'exact' && from.d.qualifier !== 'exact' && from.d.qualifier !== 'range') {
      r.d = { ...r.d, qualifier: from.d.qualifier, qualifierText: from.d.qualifierText };
    }
  } else {
    f.family = f.family ?? g.family;
    // "send home 1,000 troops, leaving it with about 12,800": what is left is the level, not what was done.
    f.event = r.remaining ? (f.family === 'troops' ? 'deployed' : null) : f.event ?? g.event;
    if (link.kind !== 'part-of') f.place = f.place ?? g.place;
    // "1.1 million nationwide, with 87,000 of them in Paris": a place of its own makes the part a quantity of that place.
    const ownPlace = link.kind === 'part-of' && f.place !== null && f.place !== g.place;
    // "including some 2,300 from Rwanda": a part with a country of its own is that country's.
    const ownCountry = link.kind === 'part-of' && f.part.some((p) => /^[A-Z]/.test(p));
    // "Three of the 12 soldiers were killed": what happened to the part makes it a quantity of its own.
    const ownEvent = link.kind === 'part-of' && f.event !== null && f.event !== g.event;
    // "142,000 jobs added and 4.2% unemployment": the month of a flow of jobs is not a part of a rate said beside it.
    const shared = g.part.filter((p) => p !== 'another' && (f.family === g.family || !/^in \d{4}-\d{2}$/.test(p)));
    f.part = link.kind === 'part-of' && !ownPlace && !ownCountry && !ownEvent && !r.held ? [...new Set([...g.part, ...f.part, 'subset'])].sort() : f.part.length ? f.part : shared;
    r.unit = r.unit ?? from.unit;
    r.currency = r.currency ?? from.currency;
    r.measure = r.measure ?? from.measure;
    // "Two peacekeepers were killed and five wounded": "wounded" says what happened, the peacekeepers are counted.
    // "Two of his three co-defendants were convicted": the part counts what the whole counts.
    if (link.kind === 'part-of' && r.np.head === null && r.unit === 'person' && g.family && from.unit) {
      f.family = g.family;
      r.unit = from.unit;
    }
    if (link.kind === 'elided' && (ADJECTIVE_NOUNS.test(r.unit ?? '') || r.unit === 'other' || (r.np.head === null && r.unit === 'person')) && g.family && !ADJECTIVE_NOUNS.test(from.unit ?? '')) {
      f.family = g.family;
      r.unit = from.unit;
    }
  }
  if (link.kind !== 'elided') f.link = { draft: fromDraft, kind: link.kind };
}

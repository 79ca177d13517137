import type { Span } from '../types';

/**
 * What every written figure starts with or contains: a digit, a vulgar fraction, or the start of a number word,
 * a fraction word, a plural scale or a multiple ("thr" covers three and thirty, "hal" half and halved).
 * Over-matching ("tenant", "fortune") only costs a sentence that is then scanned for nothing.
 */
const TRIGGER = /[0-9\u00bc-\u00be\u2150-\u215e]|\b(?:zero|one|two|three|thir|four|fi[fv]|six|seven|eight|nin|ten|eleven|twel|twent|forty|hundred|thousand|million|billion|trillion|lakh|crore|dozen|hal[fv]|quarter|doubl|tripl|trebl|quadrupl|score|decade|centur)/gi;

/**
 * The spans of text that may hold a figure: runs of consecutive sentences with a trigger in them. The
 * extractors scan only these, so the text between figures is read once, by this scan, and stops being read
 * at the first trigger of each sentence.
 * e.g. "It rained. Then 3 came. And 4 left." -> one span from "Then" to the end.
 */
export function findFigureSpans(text: string, sentences: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let s = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    while (s < sentences.length && (sentences[s] as Span).end <= m.index) s++;
    const sentence = sentences[s];
    if (!sentence) break;
    if (m.index < sentence.start) continue;
    const last = spans[spans.length - 1];
    if (last && (last.end === sentence.start || /^\s*$/.test(text.slice(last.end, sentence.start)))) last.end = sentence.end;
    else spans.push({ start: sentence.start, end: sentence.end });
    TRIGGER.lastIndex = sentence.end;
  }
  return spans;
}

/**
 * Every match of a global regular expression inside the spans, with `index` an offset into the whole text.
 * Lookarounds see only the span, which starts and ends at sentence boundaries.
 */
export function matchesIn(text: string, spans: readonly Span[], re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0] === '') re.lastIndex++;
      m.index += span.start;
      out.push(m);
    }
  }
  return out;
}

/**
 * The yardstick for the engine's throughput: one regular expression run once over the same files, finding
 * numbers, number words, qualifiers, plural nouns and month names without reading what any of them means.
 * The engine does that scan and then the reading, so the ratio of the two says what the reading costs.
 */
const QUALIFIERS = 'more than|fewer than|less than|at least|up to|about|around|nearly|almost|some|over|under|between';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|half|third|quarter';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SCAN = new RegExp(`\\d[\\d,.]*|\\b(?:${QUALIFIERS}|${NUMBER_WORDS}|${MONTHS})\\b|\\b[a-z]+s\\b`, 'gi');

export interface ScanBenchRow {
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  matches: number;
}

/** One pass of the scan over `texts`, timed; the best of three runs, so JIT warm-up does not count against it. */
export function runScanBench(texts: readonly string[]): ScanBenchRow {
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  let best = Number.POSITIVE_INFINITY;
  let matches = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    matches = 0;
    for (const text of texts) {
      SCAN.lastIndex = 0;
      while (SCAN.exec(text)) matches++;
    }
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  const megabytes = bytes / (1024 * 1024);
  return { megabytes: Number(megabytes.toFixed(2)), seconds: Number(best.toFixed(3)), mbPerSecond: Number((megabytes / best).toFixed(2)), matches };
}

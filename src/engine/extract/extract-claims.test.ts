import { describe, expect, it } from 'vitest';

import { toSource } from '../pipeline';
import type { Claim } from '../types';

import { extractClaims } from './extract-claims';

function claimsOf(text: string, published: string | null = '2024-05-10'): Claim[] {
  return extractClaims(toSource({ file: 't.md', title: 't', outlet: 'o', published, url: null, text }));
}
function only(text: string, published?: string | null): Claim {
  const claims = claimsOf(text, published);
  expect(claims, `claims of: ${text}`).toHaveLength(1);
  return claims[0] as Claim;
}

describe('extractClaims: figures and their values', () => {
  it.each([
    ['The mission consists of 4,443 personnel.', '4,443', 4443, 4443, 'exact'],
    ['Some 1.27 million people voted.', '1.27 million', 1_143_000, 1_397_000, 'about'],
    ['The fund holds $2bn in reserves.', '$2bn', 2e9, 2e9, 'exact'],
    ['Officials said 2.8m households lost power.', '2.8m', 2.8e6, 2.8e6, 'exact'],
    ['Turnout rose to 15% in the capital.', '15%', 15, 15, 'exact'],
    ['The floods displaced between 300 and 400 families.', '300 and 400', 300, 400, 'range'],
    ['Rescuers found 30-40 survivors.', '30-40', 30, 40, 'range'],
    ['Police said 180 to 200 protesters were arrested.', '180 to 200', 180, 200, 'range'],
    ['More than 4,500 troops remain.', '4,500', 4500, null, 'more-than'],
    ['At least 45 people died in the storm.', '45', 45, null, 'at-least'],
    ['Up to 2,000 residents were evacuated.', '2,000', null, 2000, 'up-to'],
    ['Police revised their count of the marchers up to 52,000.', '52,000', 52000, 52000, 'exact'],
    ['Fewer than 20 journalists were allowed in.', '20', null, 20, 'less-than'],
    ['Nearly 600 homes were destroyed.', '600', 540, 600, 'about'],
    ['About 1,000 additional troops arrived.', '1,000', 900, 1100, 'about'],
    ['Eleven thousand volunteers signed up.', 'Eleven thousand', 11000, 11000, 'exact'],
    ['Two dozen reporters waited outside.', 'Two dozen', 24, 24, 'exact'],
    ['Half a million doses arrived on time.', 'Half a million', 500000, 500000, 'exact'],
    ['Twenty-five schools closed.', 'Twenty-five', 25, 25, 'exact'],
  ])('reads %j', (text, surface, low, high, qualifier) => {
    const c = only(text);
    expect(c.surface).toBe(surface);
    expect(c.value).toEqual({ low, high });
    expect(c.qualifier).toBe(qualifier);
  });

  it('keeps money and its currency', () => {
    const [before, after] = claimsOf('The allowance goes from around 60 euros per day to 120 euros per day.');
    expect(before).toMatchObject({ number: 60, qualifier: 'about', quantity: 'money', unit: 'euro', measure: 'EUR' });
    expect(after).toMatchObject({ number: 120, qualifier: 'exact', quantity: 'money', unit: 'euro' });
  });

  it.each([
    ['The mission has lasted almost 24 years.', 24, 'duration'],
    ['For more than twenty years the force has stayed.', 20, 'duration'],
    ['Two F-16 jets flew over the city.', 2, 'aircraft'],
  ])('reads durations and counts next to names: %j', (text, number, family) => {
    const c = only(text);
    expect(c.number).toBe(number);
    expect(c.frame.family).toBe(family);
  });
});

describe('extractClaims: what is counted, what happened to it, where and which part', () => {
  it.each([
    ['Bulgaria is deploying 120 soldiers to the mission.', 'soldier', 'troops', 'deployed', null, ['Bulgaria']],
    ['Norwegian officials sent 80 peacekeepers abroad.', 'peacekeeper', 'troops', 'deployed', null, ['Norway']],
    ['The alliance now has troops from 31 countries.', 'country', 'countries', 'contributing', null, []],
    ['Kenya sent 1,000 more police officers to Haiti.', 'police officer', 'police', 'deployed', 'Haiti', ['Kenya', 'additional']],
    ['Some 50,000 Serbs live in the region.', 'person', 'people', null, null, ['Serbia']],
    ['Peru participates in the UN mission with 240 soldiers.', 'soldier', 'troops', 'deployed', null, ['Peru']],
    ['The MINUSMA force counted 11,000 personnel in its battalions.', 'personnel', 'troops', 'deployed', null, []],
    ['At least 2,300 people have died in the floods.', 'person', 'people', 'killed', null, []],
    ['The storm also killed about 170 people elsewhere in the country.', 'person', 'people', 'killed', 'elsewhere', []],
    ['At least 3,549 deaths have been reported in Turkey.', 'death', 'people', 'killed', 'Turkey', []],
    ['Authorities fear 10,000 more people remain missing.', 'person', 'people', 'missing', null, []],
    ['Of those who were killed, at least 145 were Egyptian.', 'person', 'people', 'killed', null, ['Egypt']],
    ['More than 100,000 protesters descended on Belgrade on Saturday.', 'protester', 'people', 'took part', 'belgrade', []],
    ['The death toll in the coastal city of Derna has soared to 11,300.', 'person', 'people', 'killed', 'derna', []],
    ['Police said the crowd reached 107,000 at the peak of the protest.', 'person', 'people', 'took part', null, []],
    ['56 people were injured in the protests and 22 were arrested.', 'person', 'people', 'injured', null, []],
    ['About 1.8 million people took part in the pilgrimage.', 'person', 'people', 'took part', null, []],
    ['More than 40,000 people have been displaced across northeastern Libya.', 'person', 'people', 'displaced', 'Libya', []],
    ['1,387 people died in regime-run areas.', 'person', 'people', 'killed', 'government-held areas', []],
    ['The quake killed at least 1,700 people in central Turkey and northwest Syria.', 'person', 'people', 'killed', 'all', []],
    ['Some 12,000 buildings have either collapsed or sustained serious damage.', 'building', 'buildings', 'destroyed', null, []],
    ['Temperatures hit 51.8 degrees Celsius on Monday.', 'degree Celsius', 'temperature', null, null, []],
  ])('in %j', (text, unit, family, event, place, part) => {
    const c = claimsOf(text)[0] as Claim;
    expect(c.unit).toBe(unit);
    expect(c.frame.family).toBe(family);
    expect(c.frame.event).toBe(event);
    expect(c.frame.place).toBe(place);
    expect(c.frame.part).toEqual([...part].sort());
  });

  it.each([
    ['Police said 8,000 people took part.', 'Police'],
    ['About 8,000 people took part, police said.', 'police'],
    ['According to the UN, 30,000 people were displaced.', 'the UN'],
    ['The health ministry said 430 people had been killed.', 'The health ministry'],
    ['Police counted 87,000 marchers, while the unions said 500,000 took part.', 'the unions'],
  ])('keeps who gives the figure in %j', (text, who) => {
    const claims = claimsOf(text);
    expect(claims[claims.length - 1]?.frame.attribution).toBe(who);
  });

  it('carries an elided noun along a series: "troop level to 26,000 ..., then to 17,500"', () => {
    const claims = claimsOf('The army cut the UNIFIL troop level to 9,000 in March 2010, then to 7,500 by the end of 2012.');
    expect(claims.map((c) => [c.number, c.unit, c.frame.family, c.asOf])).toEqual([
      [9000, 'troop', 'troops', '2010-03'],
      [7500, 'troop', 'troops', '2012-12'],
    ]);
    expect(claims[1]?.frame.link).toEqual({ claimId: claims[0]?.id, kind: 'restated' });
  });

  it('ties a conversion in brackets to its amount, with its qualifier', () => {
    const [chf, usd] = claimsOf('UBS is paying more than 3 billion Swiss francs ($3.2 billion) for its rival.');
    expect(chf?.frame).toMatchObject({ family: 'money', event: 'price', compareUnit: 'CHF' });
    expect(usd?.frame).toMatchObject({ family: 'money', event: 'price', compareUnit: 'USD', link: { claimId: chf?.id, kind: 'conversion' } });
    expect(usd?.qualifier).toBe('more-than');
  });

  it('compares a temperature in Fahrenheit in Celsius, allowing for the rounding of the conversion', () => {
    const [, f] = claimsOf('Temperatures hit 51.8 degrees Celsius (125 Fahrenheit) at noon.');
    expect(f?.frame.compareUnit).toBe('celsius');
    expect(f?.frame.compareValue?.low).toBeCloseTo(51.67, 2);
    expect(f?.frame.compareTolerance).toBeCloseTo(0.278, 3);
  });

  it('compares basis points as hundredths of a percentage point', () => {
    const [bp] = claimsOf('The bank raised its key rate by 25 basis points.');
    const [points] = claimsOf('The bank raised its key rate by a quarter of a percentage point.');
    expect([bp?.frame.family, bp?.number, bp?.frame.compareUnit, bp?.frame.compareValue]).toEqual(['percent', 25, 'percent', { low: 0.25, high: 0.25 }]);
    expect([points?.frame.family, points?.number]).toEqual(['percent', 0.25]);
  });

  it('marks a toll of an earlier event with its year', () => {
    const [c] = claimsOf('It surpassed a tsunami that killed 61 people in 1960.', '2023-08-13');
    expect(c?.frame.otherEvent).toBe('1960');
  });

  it.each([
    ['It is the first swap since 2019, when 12 prisoners were freed.', '12', '2019'],
    ['His name was left out of the 2019 exchange, when a dozen prisoners were swapped.', 'a dozen', '2019'],
    ['It is the biggest since the 2019 exchange, in which ten people were swapped.', 'ten', '2019'],
    ['Russia freed 16 prisoners on Thursday.', '16', null],
  ])('marks people freed in an earlier exchange with its year: %j', (text, surface, year) => {
    const c = claimsOf(text, '2025-03-13').find((x) => x.surface === surface);
    expect(c?.frame.otherEvent).toBe(year);
  });

  it('does not date a toll by a time in another clause: "…, killing four people, was interviewed 16 months ago"', () => {
    const [c] = claimsOf('A student who opened fire at a high school, killing four people, was interviewed by the FBI 16 months ago.', '2024-09-05');
    expect(c?.frame.otherEvent).toBeNull();
  });

  it('marks the land burned by last year\'s fire as another event\'s', () => {
    const [area] = claimsOf("It brought back memories of last year's Coyote Ridge Fire, which burned some 52,000 acres.", '2025-07-13');
    expect(area?.frame).toMatchObject({ event: 'burned', otherEvent: '2024' });
  });

  it('reads an earlier value restated beside the new one: "now 36, up from the six reported earlier"', () => {
    const [now, before] = claimsOf('The mayor said the death toll was now 36, up from the six reported earlier in the day.');
    expect(now?.frame.event).toBe('killed');
    expect(before?.frame).toMatchObject({ event: 'killed', link: { claimId: now?.id, kind: 'earlier' } });
  });
});

describe('extractClaims: when a figure held', () => {
  it.each([
    ['On 21 March the ministry sent 100 soldiers.', '2024-03', '2024-03-21', 'explicit'],
    ['In September of last year, 40 houses burned.', '2024-03', '2023-09', 'context'],
    ['By early 2002, the force had 39,000 personnel.', '2024-03', '2002', 'context'],
    ['The camp now holds 3,000 refugees.', '2024-03-10', '2024-03-10', 'article-date'],
    ['The camp holds 3,000 refugees.', null, null, 'unknown'],
    ['Protesters numbered 8,000 on 16 December.', '2023-01', '2022-12-16', 'explicit'],
    ['Officials counted 70 boats in late May.', '2023-11', '2023-05', 'explicit'],
    ['The bank saw 61.2 billion francs withdrawn in the first quarter.', '2023-04-24', '2023-03', 'explicit'],
    ['Deposits fell by CHF 67 bn in 1Q23.', '2023-04-24', '2023-03', 'explicit'],
    ['56 people were injured after last night\'s march.', '2025-03-16', '2025-03-15', 'article-date'],
    ['The toll from the storm on 12 May rose to 80 people.', '2024-05-20', '2024-05-20', 'article-date'],
    ['At least 31,643 people died after the earthquakes rattled the south on 6 February.', '2023-02-13', '2023-02-13', 'article-date'],
    ['The fire that killed 85 people in 1960 was the worst.', '2023-08-13', '1960', 'explicit'],
    ['Last year, 187 pilgrims died during the pilgrimage.', '2024-06-21', '2023', 'context'],
    ['At least 145 of the dead were Egyptian, officials in the east said on Tuesday.', '2023-09-13', '2023-09-12', 'context'],
    ['The disaster authority said on Saturday the earthquake had killed about 100 people.', '2023-10-08', '2023-10-07', 'context'],
    ['The fever has killed 90 people since March.', '2024-06-10', '2024-06-10', 'article-date'],
    ['The last big flood, in 2009, killed 40 people.', '2024-06-10', '2009', 'context'],
    ['The toll from the floods that swept the valley last month has risen to 40.', '2024-06-10', '2024-06-10', 'article-date'],
    ['Inflation eased to 4.5% last month.', '2024-03-22', '2024-02', 'explicit'],
    ['Rescue work ended a week after last week\'s massive quake that killed 900 people.', '2024-03-22', '2024-03-22', 'article-date'],
    ['The first 12 bodies were found last week.', '2024-03-22', '2024-03-15', 'explicit'],
    ['There were 52,000 arrivals in the same period of 2023.', '2024-08-12', '2023', 'explicit'],
    ['Rescuers have saved 600 people since Saturday.', '2024-08-07', '2024-08-07', 'article-date'],
    ['The group aims to save €5 billion a year by 2027.', '2024-09-17', '2024-09-17', 'article-date'],
    ['The force will send home 900 troops by the end of January.', '2024-10-09', '2025-01', 'explicit'],
    ['The force sent home 900 troops by the end of January.', '2024-10-09', '2024-01', 'explicit'],
    ['The brigade lost six soldiers in last month\'s ambush.', '2024-10-09', '2024-09', 'explicit'],
    ['Divers recovered another body from Tuesday\'s shipwreck, bringing the death toll to five.', '2024-08-09', '2024-08-09', 'article-date'],
    ['The toll from Monday\'s shelling has risen to 31.', '2025-06-12', '2025-06-12', 'article-date'],
    ['At least 17 fans died in a crush before Saturday\'s cup final.', '2025-10-06', '2025-10-06', 'article-date'],
    ['The agency needs $45 million to feed them until September.', '2025-06-12', '2025-06-12', 'article-date'],
    ['The company expects revenue of €7 billion in the first quarter.', '2025-02-06', '2025-03', 'explicit'],
  ])('%j (article %s) -> %s', (text, published, asOf, basis) => {
    const c = only(text, published);
    expect(c.asOf).toBe(asOf);
    expect(c.asOfBasis).toBe(basis);
  });
});

describe('extractClaims: a paragraph that opens with the day of a crowd', () => {
  it('dates the crowd by its day and the arrests that follow by the article', () => {
    const claims = claimsOf('Saturday\'s crowd was put at 80,000 by the council. Police said 27 people had been arrested.', '2025-07-16');
    expect(claims.map((c) => [c.surface, c.asOf])).toEqual([['80,000', '2025-07-12'], ['27', '2025-07-16']]);
  });
});

describe('extractClaims: when something began does not date what came later', () => {
  it('dates "at least 471" by the article, not by the month the outbreak began', () => {
    const text = 'The outbreak began in late January, when two cases were reported. The situation escalated quickly, with at least 471 people infected.';
    const claims = claimsOf(text, '2025-04-10');
    expect(claims.map((c) => [c.surface, c.asOf])).toEqual([['two', '2025-01'], ['471', '2025-04-10']]);
  });
});

describe('extractClaims: a time after the figure it compares with', () => {
  it.each([
    ['Profits plunged to £3.4million from £391.9million a year ago.', [['£3.4million', '2025-11-05'], ['£391.9million', '2024']]],
    ['Inflation fell to 2.1% from 3.4% a year ago.', [['2.1%', '2025-11-05'], ['3.4%', '2024']]],
  ])('dates only the earlier value by "a year ago": %j', (text, dated) => {
    expect(claimsOf(text, '2025-11-05').map((c) => [c.surface, c.asOf])).toEqual(dated);
  });
});

describe('extractClaims: the day the news happened', () => {
  it('dates figures that name no time by a date heading at the top of the article', () => {
    const [c] = claimsOf('Friday, February 10, 2023\n\nRescuers said 24,000 people had died.', '2023-02-11');
    expect(c?.asOf).toBe('2023-02-10');
  });

  it('ignores a range of days naming when the event happened', () => {
    expect(claimsOf('The wildfire from late August 8 to 9 killed 80 people.', '2023-08-12').map((c) => c.surface)).toEqual(['80']);
  });
});

describe('extractClaims: negatives (not figures)', () => {
  it.each([
    'Kosovo declared independence in 2008.',
    'The mission has been active since 1999.',
    'The talks were held on 21-22 November.',
    'The decision applies until 31 December 2027.',
    'The banner read Sunday, December 22, 2024.',
    'The report was filed on 2023-11-21.',
    'The meeting starts at 10:30 in the hall.',
    'Doors open at 5 pm on weekdays.',
    'The 18th conference took place in the capital.',
    'It joined the 42nd Mechanised Battalion.',
    'Call the hotline on 555-123-4567 for details.',
    'Update to version 2.1.3 before Friday.',
    'Apple released iOS 17 this week.',
    'This is covered by UN Security Council Resolution 1244.',
    'It flew the Airbus 320.',
    'The Boeing 737 and the Airbus 320 were grounded.',
    'See page 5 and section 3 of the report.',
    'A Boeing 737 landed safely.',
    'Cases of COVID-19 rose again.',
    'The G20 summit ended.',
    'No one was hurt, officials said.',
    'It is one of the largest missions.',
    'Soldiers rotate every six months.',
    'The study[3] was published.',
  ])('finds no figure in %j', (text) => {
    expect(claimsOf(text).map((c) => c.surface)).toEqual([]);
  });
});

describe('extractClaims: ids and spans', () => {
  it('gives the same ids to the same text and covers the figure with its span', () => {
    const text = 'Officials said 1,200 people fled and 35 were injured.';
    const a = claimsOf(text);
    const b = claimsOf(text);
    expect(a.map((c) => c.id)).toEqual(b.map((c) => c.id));
    for (const c of a) expect(text.slice(c.start, c.end)).toBe(c.surface);
    expect(a[0]?.quote).toBe(text);
  });
});

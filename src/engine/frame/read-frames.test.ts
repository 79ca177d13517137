import { describe, expect, it } from 'vitest';

import { analyze } from '../pipeline';
import type { Claim } from '../types';

/** The frame of the figure written `surface` in a sentence of our own. */
function frameOf(text: string, surface: string, published = '2025-03-16'): Claim['frame'] {
  const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published, url: null, text }]).claims.find((c) => c.surface.includes(surface));
  if (!claim) throw new Error(`no claim "${surface}" in: ${text}`);
  return claim.frame;
}

describe('what happened to what is counted', () => {
  it.each([
    ['Officials said 45 people have died.', '45', 'killed'],
    ['The storm left 1,000 unaccounted for.', '1,000', 'missing'],
    ['Rescuers pulled 86 survivors from the water.', '86', 'rescued'],
    ['More than 1,700 people reported missing were found safe.', '1,700', 'found safe'],
    ['The quake killed at least 1,700 people.', '1,700', 'killed'],
    ['Thursday\'s protests drew 1.27 million people.', '1.27 million', 'took part'],
    ['Posts claim there are nearly 1 million people in Serbian squares.', '1 million', 'took part'],
    ['Seven firefighters suffered minor injuries.', 'Seven', 'injured'],
    ['Some 23 miners remain trapped underground.', '23', 'trapped'],
    ['Officials gave an update on the death toll from the floods, revealing that it has surged to 143 individuals.', '143', 'killed'],
    ['Additionally, the whereabouts of 125 others remain unknown.', '125', 'missing'],
    ['All six workers, who went missing after a ship struck the bridge, were presumed dead.', 'six', 'missing'],
    ['Then 171 passengers and six crew members boarded the flight.', '171', 'on board'],
    ['The Nasdaq Composite lost 576 points, or 3.4%, on Monday.', '576', null],
    ['The index lost 576 points to close at 16,200.', '576', null],
    ['The index lost 576 points to close at 16,200.', '16,200', null],
    ['Some 300 schools closed on Monday.', '300', 'closed'],
    ['The two earthquakes killed 50,000 people.', 'two', null],
    ['Three attacks killed 12 soldiers.', 'Three', null],
    ['The army lost four soldiers in the ambush.', 'four', 'killed'],
    ['The farm lost 300 cattle in the flood.', '300', 'killed'],
    ['Six workers, who were repairing potholes, died.', 'Six', null],
    ['The floods inflicted injuries upon 806 people.', '806', 'injured'],
    ['Over 150 persons were sent to hospitals with injuries.', '150', 'hospitalised'],
    ['The national fire agency has confirmed the identities of at least 88 victims.', '88', 'identified'],
    ['Floods battered the state, home to some 10.9 million people.', '10.9 million', 'population'],
    ['The city, home to 4 million people, was quiet.', '4 million', 'population'],
    ['The floods have directly affected 2.1 million people.', '2.1 million', 'affected'],
    ['Six miners had been brought to the surface by Tuesday.', 'Six', 'rescued'],
    ['Nearly 250 rescuers took part in the operation.', '250', 'deployed'],
    ['Rescuers were trying to reach 23 miners cut off by the collapse.', '23', 'trapped'],
    ['Evacuation orders still cover about 22,000 people, the sheriff said.', '22,000', 'evacuated'],
    ['More than 14,000 people are now under evacuation orders.', '14,000', 'evacuated'],
    ['About 400 firefighters were on the lines.', '400', 'deployed'],
    ['Some 16,400 rescue workers were active.', '16,400', 'deployed'],
    ['About 200,000 were on the streets of the capital.', '200,000', 'took part'],
    ['Unions said more than 3,000 had taken part.', '3,000', 'took part'],
    ['Mr. Badal said 137 people have been officially registered as missing.', '137', 'missing'],
    ['More than half a million people also swarmed the streets of Los Angeles.', 'half a million', 'took part'],
    ['About 60,000 fans packed the stadium for the final.', '60,000', 'took part'],
    ['Some 55,000 people were at the concert.', '55,000', 'took part'],
    ['Some 300 people at the rally were arrested.', '300', 'arrested'],
    ['About 1,500 migrants are crammed into a centre built for 400.', '1,500', 'sheltered'],
    ['The death toll has dropped from 115 to 97.', '97', 'killed'],
    ['The number of people unaccounted for is estimated at 1,100.', '1,100', 'missing'],
    ['Of those who were killed, at least 145 were Egyptian.', '145', 'killed'],
    ['47,000 buildings, containing 211,000 homes, had been destroyed.', '47,000', 'destroyed'],
    ['Seven suspects are now in custody.', 'Seven', 'arrested'],
    ['The boat was carrying about 180 migrants.', '180', 'on board'],
    ['Authorities ordered the evacuation of 30,000 people.', '30,000', 'evacuated'],
    ['The bodies of 59 people have been recovered.', '59', 'killed'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it.each([
    ['Some 2,500 migrants live in two reception centres.', '2,500'],
    ['Some 12,000 heavy construction machines are in use.', '12,000'],
  ])('says nothing happened when nothing did: %j', (text, surface) => {
    expect(frameOf(text, surface).event).toBeNull();
  });

  it.each([
    ['It found 58 such animals.', '58', 'animals'],
    ['The list named 20 such as cars and trucks.', '20', null],
    ['Of the cases, 301 were in Sanjiri.', '301', 'case'],
    ['Of the new infections, 40 were in the capital.', '40', 'case'],
    ['In most of the districts, 40 were closed.', '40', null],
    ['The ferry was carrying at least three times its licensed capacity.', 'three', null],
    ['Prices are five times higher than a year ago.', 'five', null],
  ])('reads the noun past "such", not past "such as", and the whole named first: %j', (text, surface, family) => {
    expect(frameOf(text, surface).family).toBe(family);
  });
});

describe('where and which part', () => {
  it.each([
    ['At least 3,549 deaths have been reported in Turkey.', '3,549', 'Turkey'],
    ['The death toll in Syria climbed to 3,553.', '3,553', 'Syria'],
    ['In Syria, the ministry said 430 people had been killed.', '430', 'Syria'],
    ['Quakes hit Turkey and Syria, leaving nearly 24,000 people dead.', '24,000', 'all'],
    ['The total death toll in the two countries rose to 39,000.', '39,000', 'all'],
    ['In the rebel-held northwest, 255 people had died.', '255', 'opposition-held areas'],
    ['A further 170 people have been killed outside of Derna.', '170', 'elsewhere'],
    ['Some 3,000 migrants are on Lampedusa.', '3,000', 'lampedusa'],
    ['Police counted 1,500 in the capital while unions counted 400,000 nationwide.', '400,000', 'all'],
    ['The death toll is highest in South Carolina, where 19 people lost their lives.', '19', 'south carolina'],
    ['Around 1,200 individuals are still stranded on parts of the A-3 and A-7 highways.', '1,200', null],
    ['In Bangladesh, Disaster Minister Rahman reported that at least 10 people died.', '10', 'Bangladesh'],
    ['At least 16 people have died after the cyclone struck coastal parts of India and southern Bangladesh.', '16', 'all'],
    ['At least 45 deaths were reported in Bangladesh, Myanmar and Sri Lanka.', '45', 'all'],
    ['The death toll from a cyclone that barrelled into the coasts of Bangladesh and India has risen to 24, authorities said.', '24', 'all'],
    ['At least 45 deaths were reported in Bangladesh, India said.', '45', 'Bangladesh'],
    ['Bangladesh\'s government said at least 10 people were killed by the storm.', '10', 'Bangladesh'],
    ['And in Boston, local media cited the mayor\'s office as estimating the crowd at 150,000 people.', '150,000', 'boston'],
    ['More than half a million people also swarmed the streets of Los Angeles.', 'half a million', 'los angeles'],
    ['The storm hit the city of Derna, killing 5,000 people.', '5,000', 'derna'],
    ['The epicentre was 100 km north of the city of Aleppo.', '100', null],
    ['Egypt\'s government said 658 people died in Saudi Arabia.', '658', 'Saudi Arabia'],
    ['Egypt\'s government said 658 Egyptians died.', '658', null],
    ['In the United States the count rises to 1.52 million, in Japan to 389,000 and in Canada to 196,000.', '1.52 million', 'United States'],
    ['In the United States the count rises to 1.52 million, in Japan to 389,000 and in Canada to 196,000.', '389,000', 'Japan'],
    ['In the United States the count rises to 1.52 million, in Japan to 389,000 and in Canada to 196,000.', '196,000', 'Canada'],
    ['The filing puts the number of affected Sorami vehicles in Canada at 5,000.', '5,000', 'Canada'],
    ['It recalled 1.52 million vehicles in the United States, in Japan 389,000.', '389,000', 'Japan'],
  ])('%j: %s in %s', (text, surface, place) => {
    expect(frameOf(text, surface).place).toBe(place);
  });

  it.each([
    ['The death toll in the Maui wildfires reached 111.', '111'],
    ['Hundreds descended on Serbia\'s capital as 300,000 people marched.', '300,000'],
    ['According to the International Organization for Migration, 30,000 people were displaced.', '30,000'],
    ['Storm Daniel displaced 40,000 people.', '40,000'],
  ])('names no place for an event, an organisation or an unnamed part of a country: %j', (text, surface) => {
    expect(frameOf(text, surface).place).toBeNull();
  });

  it.each([
    ['At least 60 Jordanians also died.', '60', ['Jordan']],
    ['The Egyptian death toll had risen to 672.', '672', ['Egypt']],
    ['Bulgaria is deploying 120 soldiers to the mission.', '120', ['Bulgaria']],
    ['The opposition alliance secured 97 seats.', '97', ['opposition alliance']],
    ['Search went on except in two provinces.', 'two', ['except']],
    ['A partial toll of 577 deaths was given.', '577', ['partial']],
    ['Russia freed 16 prisoners on Thursday.', '16', ['by Russia']],
    ['Israel began releasing more than 1,900 prisoners.', '1,900', ['by Israel']],
    ['Of the 44 freed, 20 were released by Marovia and 24 by Nordavia.', '20', ['subset']],
    ['Israel released between 1,900 and 2,000 Palestinian prisoners.', '1,900 and 2,000', ['Palestine', 'by Israel']],
    ['Britain released eight Russians.', 'eight', ['Russia', 'by United Kingdom']],
    // The freed, not who freed them: a demonym before the noun, a country after a preposition.
    ['Guards freed 30 Palestinian detainees.', '30', ['Palestine']],
    ['As talks went on in Turkey, guards freed 30 detainees.', '30', []],
  ])('%j: %s is a part: %j', (text, surface, part) => {
    expect(frameOf(text, surface).part).toEqual(part);
  });

  it.each([
    ['The United Nations mission in South Sudan has 14,200 peacekeepers.', '14,200'],
    ['The boat was carrying about 180 migrants from Libya towards Italy.', '180'],
    ['Saudi Arabia said that more than 1,300 pilgrims died.', '1,300'],
  ])('a country that says where, sets out or speaks is not a part: %j', (text, surface) => {
    expect(frameOf(text, surface).part).toEqual([]);
  });
});

describe('how figures of a sentence are tied', () => {
  it.each([
    ['UBS is paying 3 billion Swiss francs ($3.2 billion) for its rival.', '$3.2 billion', 'conversion'],
    ['At least 60 Jordanians died, up from an official tally of 41.', '41', 'earlier'],
    ['Police counted 87,000 marchers; the unions put the crowd at 500,000.', '500,000', 'restated'],
    ['Egyptians accounted for 658 deaths — 630 of them unregistered pilgrims.', '630', 'part-of'],
    ['A second firm estimated insured losses at $550 million, well above an earlier estimate of $340 million.', '$340 million', 'earlier'],
    ['The office cut the January figure to 7,390 from the initial figure of 7,420.', '7,420', 'earlier'],
  ])('%j: %s is a %s', (text, surface, kind) => {
    expect(frameOf(text, surface).link?.kind).toBe(kind);
  });

  it('ties an amount in another currency set off by commas: "20 million pesos, about $1.1 million, to…"', () => {
    expect(frameOf('The city set aside 20 million pesos, about $1.1 million, to rebuild the market.', '$1.1 million').link?.kind).toBe('conversion');
    expect(frameOf('The fund paid $3 million, $2 million of it in cash.', '$2 million').link?.kind).not.toBe('conversion');
  });

  it('ties a conversion that follows the rate of the amount: "about €8 million a day (about $9.3 million)"', () => {
    const f = frameOf('The walkout is costing it about €8 million a day (about $9.3 million).', '$9.3 million');
    expect(f.link?.kind).toBe('conversion');
    expect(frameOf('It lost €8 million a day and $9.3 million in fines.', '$9.3 million').link?.kind).not.toBe('conversion');
    expect(frameOf('Regulators imposed a fine of 1.3 billion dollars on Meta Platforms, the equivalent of 1.2 billion euros.', '1.2 billion').link?.kind).toBe('conversion');
    expect(frameOf('It paid 1.3 billion dollars in fines, the equivalent of two years of profit and 1.2 billion euros in taxes.', '1.2 billion').link?.kind).not.toBe('conversion');
    // The same amount over another period is no conversion: "£100 a month (about £25 a week)".
    expect(frameOf('The rise is worth £100 a month (about £25 a week) to a full-time worker.', '£25').link?.kind).not.toBe('conversion');
  });

  it('reads no earlier value where the figure is not said of an earlier count: "an earlier estimate" of another thing', () => {
    expect(frameOf('Insured losses reached $550 million, and an earlier storm cost $340 million.', '$340 million').link?.kind).not.toBe('earlier');
  });

  it('reads a part of a whole behind a possessive: "nine of the region\'s 14 districts"', () => {
    const f = frameOf("Floods hit nine of the region's 14 districts.", 'nine');
    expect([f.family, f.link?.kind]).toEqual(['district', 'part-of']);
  });

  it('does not tie figures that only stand side by side', () => {
    expect(frameOf('56 people were injured and 22 were arrested.', '22').link).toBeNull();
    expect(frameOf('The 7.7 and 7.6 magnitude earthquakes struck.', '7.6').link).toBeNull();
  });
});

describe('counts of a disease and counts per day', () => {
  it.each([
    ['Health officials have recorded 5,200 cases.', '5,200'],
    ['So far 3,100 infections have been confirmed.', '3,100'],
    ['Nearly 700 people have fallen ill.', '700'],
    ['The virus has infected 1,200 people.', '1,200'],
  ])('%j counts cases', (text, surface) => {
    expect(frameOf(text, surface).family).toBe('case');
  });

  it.each([
    ['About 300 new cases were being reported each day.', '300', 'day'],
    ['The number of new infections each week fell to 900.', '900', 'week'],
    ['Daily arrivals climbed to 2,000 people.', '2,000', 'day'],
    ['The storm has killed 12 people, while the number of calls each day rose to 400.', '12', null],
    ['Each day after the storm, 20 bodies were found.', '20', null],
    ['The agency has a daily budget and employs 300 staff.', '300', null],
  ])('%j: %s is per %s', (text, surface, rate) => {
    const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-03-16', url: null, text }]).claims.find((c) => c.surface.includes(surface));
    expect(claim?.rate ?? null).toBe(rate);
  });
});

describe('what a percentage is of', () => {
  it.each([
    ['The central bank kept its key policy rate at 4.5 per cent.', '4.5', 'interest'],
    ['Core inflation was 4.4 per cent.', '4.4', 'core inflation'],
    ['Youth unemployment reached 14%.', '14%', 'youth unemployment'],
    ['The fire was 12 percent contained as of Tuesday.', '12 percent', 'containment'],
    ['The fire was 12% contained.', '12%', 'containment'],
    ['Core inflation, which strips out energy prices, fell to 4.9%.', '4.9%', 'core inflation'],
    ['Unemployment stood at 2.0 per cent, close to a record low.', '2.0', 'unemployment'],
    ['Its shares were down more than 6% in afternoon trading.', '6%', 'share price'],
    ['Shares in the company closed more than 6% lower.', '6%', 'share price'],
    ['Shares of the retailer slid as much as 8%.', '8%', 'share price'],
    ['It will slash 15,000 jobs, about 12% of its workforce, and the company\'s share price slumped 21% in pre-market trading.', '21%', 'share price'],
    ['It will slash 15,000 jobs, about 12% of its workforce, and the company\'s share price slumped 21% in pre-market trading.', '12%', 'workforce'],
    ['The stock plummeted by 19% in after-hours trading.', '19%', 'share price'],
    ['The company revealed the 15% head count cut.', '15%', 'workforce'],
    ['The fund holds a stake of 6% in the company.', '6%', 'stake'],
    ['The central bank lifted its key rate 25 basis points.', '25', 'interest'],
    ['Services inflation, closely monitored by the Bank of England as a measure of domestic price pressures, fell to 4.7%.', '4.7%', 'services inflation'],
    // A committee's vote on a rate is no share of a vote; the level a change reached is no change.
    ['Swati Dhingra voted to hold the rate at 5.00 percent.', '5.00 percent', null],
    ['The committee voted on the 0.25% increase with a vote split.', '0.25%', null],
    ['The Bank of England has raised interest rates by 0.25% to 5.25%.', '5.25%', 'interest'],
    ['The Bank of England has raised interest rates by 0.25% to 5.25%.', '0.25%', 'increase'],
    ['Voters backed the plan by 58% to 42%.', '42%', 'voted against'],
    ['The offer represents a premium of 34 percent to Friday\'s close.', '34 percent', 'premium'],
    ['It carries a 46 percent premium.', '46 percent', 'premium'],
    ['It sold shares worth 4% of the company.', '4%', 'stake'],
  ])('%j: %s -> %s', (text, surface, topic) => {
    expect(frameOf(text, surface).event).toBe(topic);
  });

  it('reads "prices rose 3.6 per cent" as the inflation rate, not a change of it', () => {
    const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2024-05-03', url: null, text: 'Consumer prices rose 3.6 per cent in the year to April.' }]).claims[0];
    expect([claim?.frame.event, claim?.change]).toEqual(['inflation', null]);
  });

  it.each([
    ['Inflation slowed to 4.5 per cent in February from 4.7 per cent in January.', '4.7'],
    ['Core inflation fell to 4.9% from 5.6%.', '5.6%'],
  ])('reads the level a figure came from: %j', (text, surface) => {
    expect(frameOf(text, surface).link?.kind).toBe('earlier');
  });

  it.each([
    ['Seville again topped 44C on Monday, peaking at 44.6C.', '44.6', 'restated'],
    ['The river topped 5 metres, peaking at 19 feet.', '19', null],
  ])('reads a peak in the same unit as the reading restated: %j', (text, surface, kind) => {
    expect(frameOf(text, surface).link?.kind ?? null).toBe(kind);
  });

  it('gives a bare figure after a long clause the noun and event of the one before it', () => {
    const f = frameOf('In Andalusia nearly 350 people a day are being taken to hospital with heat-related illness, and about 1,500 a day across Spain as a whole.', '1,500');
    expect([f.family, f.event, f.place]).toEqual(['people', 'hospitalised', 'Spain']);
  });

  it('does not read another clause\'s "from" as the level a figure came from', () => {
    expect(frameOf('Prices rose to 5% and wages fell from 3%.', '3%').link).toBeNull();
  });
});

describe('storms: speeds, outages, counties and other storms', () => {
  it.each([
    ['Winds reached 120 mph (195 km/h).', '195'],
    ['It came ashore with winds of 120 miles per hour.', '120'],
    ['Gusts of 150 kilometres an hour were recorded.', '150'],
  ])('reads a length per hour as a speed: %j', (text, surface) => {
    expect(frameOf(text, surface).family).toBe('speed');
  });

  it('names a place whose name starts with an abbreviation: "in St. Lucie County"', () => {
    expect(frameOf('At least four people were killed in St. Lucie County.', 'four').place).toBe('st. lucie');
  });

  it('reads "including five in …" as a part of the figure before', () => {
    const f = frameOf('The storm killed at least 10 people in the state, including five in Marion County.', 'five');
    expect([f.family, f.event, f.link?.kind, f.place]).toEqual(['people', 'killed', 'part-of', 'marion']);
  });

  it.each([
    ['More than 3 million homes and businesses were without power.', '3 million'],
    ['About 2.6 million customers were still without electricity.', '2.6 million'],
    ['Crews worked through the night, but 1.4 million remained in the dark.', '1.4 million'],
    ['At least 49 people have been confirmed dead and millions remain without power.', 'millions'],
    ['Millions were left without power.', 'Millions'],
  ])('counts outages as customers without power: %j', (text, surface) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual(['customers', 'without power']);
  });

  it('keeps an outage of gas apart from one of power in the same sentence', () => {
    const text = 'Approximately 104,000 residents remain without electricity, and 23,700 are without gas.';
    expect([frameOf(text, '104,000').event, frameOf(text, '23,700').event]).toEqual(['without power', 'without gas']);
    expect(frameOf(text, '23,700').family).toBe('customers');
  });

  it.each([
    ['It said 11 drones were shot down over the Belgorod Region, 28 over the Voronezh Region.', '11', 'destroyed', 'belgorod'],
    ['It said 11 drones were shot down over the Belgorod Region, 28 over the Voronezh Region.', '28', 'destroyed', 'voronezh'],
    ['Russia launched 31 drones at Ukraine overnight.', '31', 'launched', 'Ukraine'],
    ['Air defences downed 17 drones.', '17', 'destroyed', null],
    ['Over 200 people died over Christmas.', '200', 'killed', null],
  ])('drones launched and shot down, and where: %j: %s', (text, surface, event, place) => {
    const f = frameOf(text, surface);
    expect([f.event, f.place]).toEqual([event, place]);
  });

  it('reads a measure written as an adjective as the measure of the noun after it, and only of that', () => {
    expect(frameOf('The 985-foot vessel crashed into the bridge.', '985').cues).toEqual(['vessel']);
    expect(frameOf('The 1.6-mile bridge spans a major thoroughfare.', '1.6').cues).toEqual(['bridg']);
    // A duration keeps the words of its clause: "an 11-day heatwave" and "the heatwave lasted 11 days" are one.
    expect(frameOf('Cool air ended an 11-day heatwave.', '11').cues.length).toBeGreaterThan(1);
  });

  it('marks the toll of another named storm than the article\'s', () => {
    const text = 'Hurricane Delia killed 10 people.\n\nIt struck two weeks after Hurricane Elena killed more than 200 people.';
    expect(frameOf(text, '200').otherEvent).toBe('Hurricane Elena');
    expect(frameOf(text, '10').otherEvent).toBeNull();
  });

  it('takes the one storm an article names for its own, though its lead only says "a cyclone"', () => {
    const text = 'The death toll from a cyclone has risen to 24.\n\nCyclone Bulbul killed 12 people in Bangladesh. Bulbul also damaged 6,000 homes.';
    expect(frameOf(text, '12').otherEvent).toBeNull();
    const once = 'The death toll from a cyclone has risen to 24.\n\nIt struck a year after Cyclone Fani killed 89 people.';
    expect(frameOf(once, '89').otherEvent).toBe('Cyclone Fani');
  });
});

describe('arrivals, running totals and room', () => {
  it.each([
    ['More than 1,800 people reached the island on Sunday.', '1,800', 'arrived'],
    ['Some 1,860 people landed on Sunday.', '1,860', 'arrived'],
    ['Italy has recorded 40,500 sea arrivals this year.', '40,500', 'arrived'],
    ['The reception centre held fewer than 600 people on Monday.', '600', 'sheltered'],
    ['The centre was built to hold 400.', '400', 'capacity'],
    ['The island has a population of about 6,000.', '6,000', 'population'],
    ['Officials moved more than 1,400 people to the mainland.', '1,400', 'transferred'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it.each([
    ['Nearly 38,000 people have reached the country so far this year.', '38,000', ['this year']],
    ['About 5,900 people had landed in the week to Sunday.', '5,900', ['past week']],
    ['At least 900 pilgrims died during the pilgrimage this year.', '900', []],
    ['Some 1,800 people landed on Sunday, the most this year.', '1,800', []],
  ])('reads a running total over a period as its own quantity: %j', (text, surface, part) => {
    expect(frameOf(text, surface).part).toEqual(part);
  });

  it('reads "of whom some 26,000 came ashore there" as a part of the figure before, with its place', () => {
    const f = frameOf('The number arriving by sea this year rose to more than 38,000, of whom some 26,000 came ashore on Lampedusa.', '26,000');
    expect([f.link?.kind, f.event, f.place]).toEqual(['part-of', 'arrived', 'lampedusa']);
  });

  it('reads what a number counts across a relative clause between them', () => {
    const f = frameOf('It pushed the number of people held at the centre, which was built to hold 400, to more than 2,000.', '2,000');
    expect([f.family, f.event, f.link]).toEqual(['people', 'sheltered', null]);
  });

  it('does not take a time after a figure for its unit: "a peak of 2,500 last week"', () => {
    expect(frameOf('The centre held 600 people, down from a peak of nearly 2,500 last week.', '2,500').family).not.toBe('duration');
  });
});

describe('courts: sentences, requests and money taken', () => {
  it.each([
    ['The court sentenced the banker to seven years in prison.', 'seven', 'sentence'],
    ['It was a seven-year prison term for the founder.', 'seven', 'sentence'],
    ['Prosecutors asked the court to jail the founder, a former banker, for nine years.', 'nine', 'sentence sought'],
    ['The verdict came after 23 days of hearings.', '23', 'trial'],
    ['The 31 months he has already spent in custody will be deducted.', '31', 'custody'],
    ['He has served more than six years of a life sentence.', 'six', 'custody'],
    ['He could serve as little as 12.5 years if he earns all available jail credit.', '12.5', 'custody'],
    ['He was sentenced to serve 25 years in prison.', '25', 'sentence'],
    ['Prosecutors had recommended a prison sentence of 40 to 50 years.', '40 to 50', 'sentence sought'],
    ['The firm raised money over eight years.', 'eight', null],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it.each([
    ['He misappropriated 48 million francs entrusted to him.', '48 million', 'fraud'],
    ['He was ordered to pay 31 million francs in damages.', '31 million', 'compensation'],
    ['The storm caused $2 billion of damage.', '$2 billion', 'cost'],
    ['The court upheld the damages award of CHF 31.4 million and the fine.', 'CHF 31.4 million', 'compensation'],
    ['It lent $3 billion in loans and guarantees.', '$3 billion', 'loan'],
    ['The operator agreed to pay £50,000 to the family of each victim.', '£50,000', 'compensation'],
    ['Relatives of the dead will be paid 2 million naira each.', '2 million', 'compensation'],
    ['Each family will receive ₹10 lakh, or about $12,000.', '₹10 lakh', 'compensation'],
    ['The government announced payouts of 500,000 yuan per victim.', '500,000', 'compensation'],
    ['The company paid $3 billion for the rival firm.', '$3 billion', 'price'],
    ['He was ordered to forfeit $11 billion in assets.', '$11 billion', 'forfeiture'],
    ['Kaplan also ordered an $11 billion forfeiture.', '$11 billion', 'forfeiture'],
    ['Customers lost $8 billion, and lenders were shorted $1.3 billion.', '$1.3 billion', 'loss'],
    ['The company reported a loss of $1.6 billion.', '$1.6 billion', 'loss'],
    ['The charges relate to an $8 billion theft from customers.', '$8 billion', 'fraud'],
    ['Insured losses could reach $3 billion.', '$3 billion', 'insured loss'],
    ['The storm caused economic losses of $15 billion.', '$15 billion', 'loss'],
    ['A family of four paid £300 for the tickets.', '£300', 'price'],
    ['The government offered a reward of 10 million rupees ($120,000).', '$120,000', 'reward'],
    ['The EUR 48 million settlement represents only the profit made from the projects.', 'EUR 48 million', 'fine'],
    ['The bank took a $2bn loan to pay its debts.', '$2bn', 'loan'],
    // What a share fetched on the market, not what anyone offered for the company.
    ['The offer is a premium of 34 percent to the closing price of 106 crowns on Friday.', '106', 'share price'],
    ['Hollin shares jumped to 136.80 crowns in morning trade.', '136.80', 'share price'],
    ['The stock closed at $151.20 on Wednesday.', '$151.20', 'share price'],
    ['The bid is a third above Friday\'s close of 106.00 crowns.', '106.00', 'share price'],
    ['The buyer paid a price close to 106 crowns a share.', '106', 'price'],
    ['Castelmar raised its offer to 161 crowns a share.', '161', 'price'],
    ['Including debt, the deal has an enterprise value of about 13.5 billion crowns.', '13.5 billion', 'enterprise value'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it.each([
    ['12 shops in the streets were damaged.', '12', 'destroyed'],
    ['Some 5 million victims of the hack will be contacted.', '5 million', null],
    ['The scheme had 900 victims, the court heard.', '900', null],
    ['The attack left 40 victims, and the dead included children.', '40', 'killed'],
    ['The company lost 200,000 customers after the breach.', '200,000', null],
    ['The data of 2.1 million people was posted online.', '2.1 million', null],
    ['The details of 9 million customers were stolen.', '9 million', null],
    ['More than 2.1 million people were posted to the region.', '2.1 million', 'deployed'],
  ])('victims, customers and records are not the dead unless the story speaks of death: %j', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it('reads the noun after modifiers joined by "and": "current and former customers"', () => {
    expect(frameOf('The leak affected 9.7 million current and former customers.', '9.7 million').family).toBe('customers');
  });

  it('does not count the victims of a fraud as dead', () => {
    expect(frameOf('He took the money of 2,340 victims of the fraud.', '2,340').event).toBeNull();
    expect(frameOf('The attack left 40 victims.', '40').event).toBe('killed');
  });
});

describe('companies: jobs, workforce, plants and savings', () => {
  it.each([
    ['The directorate said 151,622 Sorami Corvan and Lyra vehicles sold in this country are affected.', '151,622', 'vehicle'],
    ['The carmaker recalled 12,000 Ford Explorer vehicles.', '12,000', 'vehicle'],
    // "and" joins two names before one noun, not two figures' phrases.
    ['Britain and France sent 300 troops.', '300', 'troops'],
  ])('reads the noun after brand names, two of them joined by "and": %j', (text, surface, family) => {
    expect(frameOf(text, surface).family).toBe(family);
  });

  it.each([
    ['The carmaker will shed 11,800 jobs.', '11,800', 'jobs', 'cut'],
    ['Nearly 7,000 of the jobs will go in the north.', '7,000', 'jobs', 'cut'],
    ['The group employs about 180,000 people.', '180,000', 'workers', 'employed'],
    ['The group has more than 180,000 employees.', '180,000', 'workers', 'employed'],
    ['It has a workforce of 176,500.', '176,500', 'workers', 'employed'],
    ['The company will close two plants.', 'two', 'plants', 'closed'],
    ['Some 8,000 workers marched through the city.', '8,000', 'people', 'took part'],
    // Strikers are the workers on strike; commuters and travellers are people like passengers.
    ['Some 12,000 strikers walked out on Monday.', '12,000', 'workers', null],
    ['The labor action involves 33,000 machinists.', '33,000', 'workers', null],
    ['Two mechanics were injured.', 'Two', 'people', 'injured'],
    ['The attack left three pupils and two instructors dead.', 'two', 'people', 'killed'],
    ['The walkout hit 40,000 commuters.', '40,000', 'people', null],
    ['More than 3,000 travellers were stranded.', '3,000', 'people', null],
    // The cars of a train, by any name, and what happened to them.
    ['Officials said eight carriages had derailed.', 'eight', 'carriages', 'derailed'],
    ['Eight of its ten coaches left the tracks.', 'Eight', 'carriages', 'derailed'],
    ['Five wagons overturned.', 'Five', 'carriages', 'overturned'],
    ['The train was pulling 12 coaches.', '12', 'carriages', null],
    // Aircraft, by any name.
    ['The exchange involved three planes.', 'three', 'aircraft', null],
    ['The jet was carrying 180 passengers.', '180', 'people', 'on board'],
  ])('%j: %s -> %s %s', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });

  it.each([
    ['It plans to save €5 billion a year by 2027.', '€5 billion', 'savings'],
    ['It will book restructuring charges of €1.9 billion.', '€1.9 billion', 'charge'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it('reads "around 7,000 of them" as a part of the jobs, not of a duration between them', () => {
    const f = frameOf('It will cut about 12,000 jobs over the next three years, around 7,000 of them in the north.', '7,000');
    expect([f.family, f.link?.kind]).toEqual(['jobs', 'part-of']);
  });

  it('takes the country a "where" clause is about, and "global" for the whole', () => {
    expect(frameOf('Most cuts fall in Germany, where the company employs 96,000 people.', '96,000').place).toBe('Germany');
    expect(frameOf('The group has a global workforce of 176,500.', '176,500').place).toBe('all');
  });
});

describe('budgets: shares of the economy, deficits and plans', () => {
  it.each([
    ['The budget foresees a deficit of 24.8 billion euros, or 3.1 percent of GDP.', '3.1 percent', 'deficit'],
    ['Public debt is projected at 62.3 percent of GDP by the end of 2026.', '62.3 percent', 'debt'],
    ['Defence spending will rise to 2.5% of gross domestic product.', '2.5%', 'spending'],
    ['The economy will grow 2.1 percent next year.', '2.1 percent', 'growth'],
  ])('%j: %s is a share of %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it('keeps a deficit apart from debt', () => {
    const text = 'The deficit will be $40 billion and the debt $900 billion.';
    expect([frameOf(text, '$40 billion').event, frameOf(text, '$900 billion').event]).toEqual(['deficit', 'debt']);
  });

  it.each([
    ['The final bill would be close to 5.1 billion reais.', '5.1 billion', 'cost'],
    ['Ticketing records show tickets sold generating 118 million reais.', '118 million', 'revenue'],
    ['The cost rose 3.9 billion reais, an overrun of 23 percent.', '23 percent', 'overrun'],
    ['The bill was 5.1 billion reais, some 31 percent above the original budget.', '31 percent', 'overrun'],
    ['It cost 5.6 billion reais, 44 percent more than the 3.9 billion approved.', '44 percent', 'overrun'],
    ['It cost 5.6 billion reais, more than the 3.9 billion reais approved in 2021.', '3.9 billion', 'budget'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it('reads a budget expected to grow as the budget revised, and a company\'s expected revenue as an outlook', () => {
    expect(frameOf('Defence spending is expected to reach $40 billion.', '$40 billion').part).toEqual([]);
    expect(frameOf('The company expects revenue of $7 billion.', '$7 billion').part).toEqual(['forecast']);
  });

  it('reads a projected or estimated figure as the figure, not an outlook apart from it', () => {
    expect(frameOf('Public debt is projected at 62.3 percent of GDP.', '62.3').part).toEqual([]);
    expect(frameOf('The latest damage estimate is at $5.5 billion.', '$5.5 billion').part).toEqual([]);
    expect(frameOf('The company expects revenue of $7 billion next year.', '$7 billion').part).toEqual(['forecast']);
  });

  it.each([
    ['The deficit is 24.8 billion tallars ($2.36 billion). Spending will total 412 billion tallars.', '412 billion'],
    ['The WHO appealed for $18.5 million (2.4 billion lumeri). The ministry has 1.1 billion lumeri.', '1.1 billion'],
    ['The chain is valued at 2.4 billion lumeri (1.03 billion euros). Profit was 312 million lumeri.', '312 million'],
  ])('learns a currency it does not know from its conversion: %j', (text, surface) => {
    expect(frameOf(text, surface).family).toBe('money');
  });

  it.each([
    ['It offered 142 crowns a share in cash.', '142', 'money'],
    ['The deal is worth 11.4 billion Swedish crowns.', '11.4 billion', 'money'],
    ['It offered 142 Valmoran crowns a share.', '142', 'money'],
  ])('reads crowns as money, whoever\'s crown it is: %j', (text, surface, family) => {
    expect(frameOf(text, surface).family).toBe(family);
  });

  it('links an amount compared with another to that amount, past the share and conversion said after it', () => {
    const text = 'The think tank put the shortfall at about 31 billion euros ($2.95 billion), or 3.9 percent of GDP, compared with the treasury\'s 24.8 billion euros ($2.36 billion), or 3.1 percent.';
    const claims = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-10-08', url: null, text }]).claims;
    const [first, treasury, share] = ['31 billion', '24.8 billion', '3.1 percent'].map((s) => claims.find((c) => c.surface.includes(s)));
    expect(treasury?.frame.link).toEqual({ claimId: first?.id, kind: 'earlier' });
    expect(share?.frame.event).toBe('deficit');
  });

  it.each([
    ['The union says the budget would eliminate up to 6,500 posts, not the 4,000 announced by the government.', '4,000', 'jobs'],
    ['She said the levy would raise about 4.5 billion euros a year, not the 6.2 billion the treasury expects.', '6.2 billion', 'money'],
  ])('reads "not the N" as another count of the same: %j', (text, surface, family) => {
    const f = frameOf(text, surface);
    expect([f.family, f.link?.kind]).toEqual([family, 'restated']);
  });

  it('does not take shares valued in brackets for a currency', () => {
    expect(frameOf('The firm sold 5 million shares ($20 million).', '5 million').family).toBe('share');
  });
});

describe('who holds what is counted', () => {
  it.each([
    ['Civic Renewal won 104 of the National Assembly\'s 240 seats.', '104', 'civic renewal'],
    ['On those numbers the CRP would take 102 of the 240 seats.', '102', 'crp'],
    ['The National Labour Alliance, in power for eight years, won 77 seats.', '77', 'national labour alliance'],
    ['Civic Renewal, which is now projected to win 104 seats, said the complaint was absurd.', '104', 'civic renewal'],
  ])('%j: %s is held by %s', (text, surface, holder) => {
    const f = frameOf(text, surface);
    expect([f.family, f.part]).toEqual(['seat', [holder]]);
  });

  it('names no holder for a toll that rose', () => {
    expect(frameOf('Death toll rises to 11,300 in Derna.', '11,300').part).toEqual([]);
  });
});

describe('forecasts and targets beside the figure', () => {
  it.each([
    ['Inflation fell to 2.2%. The figure was below forecasts of 2.5%.', '2.5%', 'inflation', ['forecast']],
    ['Inflation dropped to 1.7% in September. A Reuters poll of economists had pointed to a reading of 1.9%.', '1.9%', 'inflation', ['forecast']],
    ['The drop means the Bank of England is closer to its inflation target of 2%.', '2%', 'inflation', ['target']],
    ['Builders completed 31,000 homes, against the government\'s goal of 40,000 a year.', '40,000', null, ['target']],
    ['The bank raised its price target for the shares to 150 crowns.', '150', 'price', ['target']],
    ['Analysts set a target price of $40 on the stock.', '$40', 'price', ['target']],
    ['Inflation fell to 2.2% in October.', '2.2%', 'inflation', []],
    ['The price of the shares rose to 150 crowns, above the offer.', '150', 'share price', []],
    ['Inflation remains well above the Fed\'s 2% annual target.', '2%', 'inflation', ['target']],
    ['Two members preferred to increase the bank rate by 0.5% to 5.5%.', '5.5%', 'interest', ['proposed']],
    ['Kansas City Fed President Jeff Schmid dissented in favor of holding the key rate at 4%.', '4%', 'interest', ['proposed']],
    ['The bank raised its key rate to 5.25%, but two members preferred a bigger rise.', '5.25%', 'interest', []],
    ['Meanwhile, one member voted to maintain the bank rate at 5%.', '5%', 'interest', ['proposed']],
    ['Six members voted to raise the bank rate to 5.25%, one member voted to hold it at 5%.', '5.25%', 'interest', []],
    ['Two members voted to hold the bank rate at 5%, while six members voted to raise it to 5.25%.', '5%', 'interest', ['proposed']],
    ['The committee voted to raise the bank rate to 5.25%.', '5.25%', 'interest', []],
    ['Some 96% of voting workers rejected the proposed contract.', '96%', 'voted against', []],
    ['Robert Wood, chief economist at the bank, said April price rises should drive up headline inflation to 3.6%.', '3.6%', 'inflation', ['forecast']],
    ['Inflation rose 2% in annual terms, the office said.', '2%', 'inflation', []],
  ])('%j: %s', (text, surface, event, part) => {
    const f = frameOf(text, surface);
    expect([f.event, f.part]).toEqual([event, part]);
  });
});

describe('degrees that are no temperature', () => {
  it('reads "7 degrees on the Richter scale" as a magnitude', () => {
    expect(frameOf('The earthquake measured 7 degrees on the Richter scale.', '7').family).toBe('magnitude');
    expect(frameOf('Temperatures reached 7 degrees overnight.', '7').family).toBe('temperature');
  });
});

describe('pounds of money and pounds of weight', () => {
  it.each([
    ['The device was packed with 20 pounds of TNT.', '20', 'mass', null],
    ['They seized 2,000 pounds of cocaine.', '2,000', 'mass', null],
    ['The jet dropped a 500-pound bomb.', '500', 'mass', null],
    ['The truck was carrying about 500kg of explosives.', '500', 'mass', null],
    ['The storm caused millions of pounds of damage.', 'millions of', 'money', 'cost'],
    ['She paid 20 pounds for the ticket.', '20', 'money', 'price'],
    ['A 10-pound note was found.', '10', 'money', null],
  ])('%j: %s -> %s %s', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });
});

describe('places as subjects, lists and records', () => {
  it.each([
    ['Spain has recorded 62 deaths, Portugal 22 and Italy 11.', '22', 'Portugal'],
    ['Spain has recorded 62 deaths, Portugal 22 and Italy 11.', '11', 'Italy'],
    ['Seville recorded 44.6C in the afternoon.', '44.6', 'seville'],
    ['In Lisbon the thermometer reached 41C.', '41', 'lisbon'],
    ['In Andalusia nearly 350 people a day are taken to hospital.', '350', 'andalusia'],
    ['The number of deaths reached 1,591 in Al Haouz Province.', '1,591', 'al haouz'],
    ['Rome topped 40C, while Paris came close to 38C.', '38', 'paris'],
  ])('%j: %s is in %s', (text, surface, place) => {
    expect(frameOf(text, surface).place).toBe(place);
  });

  it.each([
    ['More than 100 people have been killed in a stampede at a Hindu religious gathering.', '100'],
    ['The minister reported 47,000 collapsed buildings.', '47,000'],
    ['Smith recorded 44 songs in a year.', '44'],
  ])('takes no person for a place: %j', (text, surface) => {
    expect(frameOf(text, surface).place).toBeNull();
  });

  it('reads the gapped figures of a list as what the first one counts', () => {
    const f = frameOf('Spain has recorded 62 deaths, Portugal 22 and Italy 11.', '11');
    expect([f.family, f.event]).toEqual(['people', 'killed']);
  });

  it('does not read another place\'s count as a restatement: "Spain\'s toll rose to 90, while Portugal reported 27 deaths"', () => {
    expect(frameOf("Spain's toll rose to more than 90, while Portugal reported 27 deaths.", '27').link).toBeNull();
  });

  it('marks a record as a part and dates it by "set in"', () => {
    const analysis = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2024-07-14', url: null, text: "Seville recorded 44.6C, short of the city's all-time high of 46.9C, set in 1995." }]);
    const record = analysis.claims.find((c) => c.surface.includes('46.9'));
    const today = analysis.claims.find((c) => c.surface.includes('44.6'));
    expect([record?.frame.part, record?.asOf, today?.frame.otherEvent]).toEqual([['record'], '1995', null]);
  });

  it.each([
    ['Hospitals were admitting around 300 patients a day.', '300'],
    ['Nearly 350 people a day are being taken to hospital.', '350'],
  ])('reads admissions as hospitalised: %j', (text, surface) => {
    expect(frameOf(text, surface).event).toBe('hospitalised');
  });
});

describe('durations named by one word', () => {
  it.each([
    ['He tightened his decade-long grip on power.', 'decade'],
    ['It lasted a decade.', 'decade'],
    ['A century-long rivalry ended.', 'century'],
    ['For more than half a year, students have blockaded universities.', 'half a year'],
  ])('%j is a duration in years', (text, surface) => {
    expect(frameOf(text, surface).family).toBe('duration');
  });
});

describe('a day of protests: counts by two sides, gapped clauses, anaphora', () => {
  it('ties a count "put at" in the same sentence as a restatement of the first', () => {
    const f = frameOf('The ministry said 640,000 people took part, while the unions that organised them put turnout at 1.8 million.', '1.8 million');
    expect([f.event, f.link?.kind]).toEqual(['took part', 'restated']);
  });

  it('reads a gapped clause with a short subject: "the ministry counted 480,000 marchers and the unions 1.2 million"', () => {
    const f = frameOf('On that day the ministry counted 480,000 marchers and the unions 1.2 million.', '1.2 million');
    expect([f.family, f.event]).toEqual(['people', 'took part']);
  });

  it('reads "Unions claimed 3.5 million." as another count of what the sentence before counted', () => {
    const text = 'Tuesday\'s protests drew 1.28 million people nationwide, the ministry said. Unions claimed 3.5 million.';
    const f = frameOf(text, '3.5 million');
    expect([f.family, f.event]).toEqual(['people', 'took part']);
  });

  it('reads "the Paris march gathered 81,000 people" as a crowd', () => {
    expect(frameOf('The march gathered 81,000 people, according to police.', '81,000').event).toBe('took part');
  });

  it.each([
    ['The union said 94.6% of union members rejected the contract offer.', '94.6%', 'voted against'],
    ['It announced 95% of voting workers rejected the proposed contract and 96% approved the work stoppage.', '95%', 'voted against'],
    ['It announced 95% of voting workers rejected the proposed contract and 96% approved the work stoppage.', '96%', 'voted for'],
    ['About 96% of union members approved the strike.', '96%', 'voted for'],
    ['Around 52% of voters backed leaving.', '52%', 'voted for'],
    ['Unemployment rose to 5% of the workforce.', '5%', 'workforce'],
    ['Voters rejected the amendment by 67.7% to 32.3%, with turnout at 44.4%.', '67.7%', 'voted against'],
    ['Voters rejected the amendment by 67.7% to 32.3%, with turnout at 44.4%.', '32.3%', 'voted for'],
    ['Voters rejected the amendment by 67.7% to 32.3%, with turnout at 44.4%.', '44.4%', 'turnout'],
    ['The care amendment was defeated by 73.9% of voters.', '73.9%', 'voted against'],
  ])('reads a share of a vote as for or against, whoever voted: %j', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it.each([
    ['The economy added 254,000 jobs in September.', '254,000', ['in 2025-09']],
    ['In August, preliminary data showed 142,000 jobs added.', '142,000', ['in 2025-08']],
    ['The economy added 254,000 jobs.', '254,000', []],
    ['The firm cut 500 jobs in March.', '500', []],
  ])('reads jobs added in a month as that month\'s flow: %j', (text, surface, part) => {
    expect(frameOf(text, surface, '2025-10-04').part).toEqual(part);
  });

  it.each([
    ['The total number of viewers who watched any part of the game was 202.4 million.', '202.4 million', 'viewer'],
    ['The total was increased to 123.4 million by simulcasts.', '123.4 million', null],
  ])('reads what "the number of …" counts past a relative clause, and no verb as a noun: %j', (text, surface, family) => {
    expect(frameOf(text, surface).family).toBe(family);
  });

  it.each([
    ['The broadcast reached approximately 210 million viewers across the networks.', '210 million', 'reached'],
    ['Aid has reached 5,000 families.', '5,000', 'reached'],
    ['The death toll reached 100 people.', '100', 'killed'],
    ['The death toll reached 100.', '100', 'killed'],
    ['The disease has reached six provinces.', 'six', null],
  ])('reads those reached apart from a level reached: %j', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it('reads "210 million viewers, nearly 2/3 of Americans" without making the fraction a count of viewers', () => {
    const text = 'The game reached approximately 210 million viewers, nearly 2/3 of Americans, across networks.';
    expect(frameOf(text, '2/3').family).toBeNull();
    expect(frameOf('Half of the 1,200 workers lost their jobs.', 'Half').family).toBe('workers');
  });

  it.each([
    ['Measles cases in Gaines County have risen to 24 Tuesday.', '24', 'case', null, 'gaines'],
    ['As of Feb. 11, 24 cases have been identified.', '24', 'case', null, null],
    ['It was up 25 from the 198 Texas cases reported Friday.', '198', 'case', null, null],
    ['Two dozen cases of measles have been reported.', 'Two dozen', 'case', null, null],
  ])('reads the cases of an outbreak: %j', (text, surface, family, event, place) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event, f.place]).toEqual([family, event, place]);
  });

  it('keeps the month of jobs added from a rate said beside them ("142,000 jobs added and 4.2% unemployment")', () => {
    const text = 'In August, preliminary data showed 142,000 jobs added and 4.2% unemployment.';
    expect(frameOf(text, '142,000', '2025-10-04').part).toEqual(['in 2025-08']);
    expect(frameOf(text, '4.2%', '2025-10-04').part).toEqual([]);
  });

  it('reads "the true figure was 55%" as the figure named in the sentence before', () => {
    const text = 'The ministry said 28% of teachers had stayed away from work. The largest union said the true figure was 55%.';
    expect(frameOf(text, '55%').event).toBe('teacher');
  });

  it.each([
    ['The ministry had recorded 412 suspected cases and nine deaths.', '412', 'case', null],
    ['Five soldiers and two civilians were killed.', 'Five', 'troops', 'killed'],
    ['About 5,000 soldiers were sent.', '5,000', 'troops', 'deployed'],
    ['The ministry\'s daily bulletin put suspected cases at 1,136.', '1,136', 'case', null],
  ])('shares a verb along a list, not a noun\'s own event: %j', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });

  it.each([
    ['The UN raised its appeal to $24 million, or roughly 3.1 billion lumeri, on Monday.', '3.1 billion', 'conversion'],
    ['Of the $18.5 million appeal, equivalent to 2.4 billion lumeri, only 12 percent was received.', '2.4 billion', 'conversion'],
    // An amount per share is another amount.
    ['Net income was $4.5 billion, or 94 cents a share.', '94', undefined],
    ['Profit rose to $5.2 billion, or 62 cents per share.', '62', undefined],
  ])('links an amount converted after "or" or "equivalent to": %j', (text, surface, kind) => {
    const f = frameOf(text, surface);
    expect([f.family, f.link?.kind]).toEqual(['money', kind]);
  });

  it('reads "an appeal for $18.5 million to pay for treatment" as aid, not a price', () => {
    expect(frameOf('Agencies launched a joint appeal for $18.5 million to pay for treatment.', '$18.5 million').event).toBe('aid');
  });

  it('reads "with 1,904 by the ministry\'s count" as the count of the sentence before', () => {
    const text = 'The ministry recorded 3,000 suspected cases. Sanjiri accounts for the bulk of them, with 1,904 by the ministry\'s count.';
    expect(frameOf(text, '1,904').family).toBe('case');
  });

  it('reads no rate in "the ministry\'s daily bulletin", but one in "daily infections"', () => {
    const rateOf = (text: string) => analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-03-16', url: null, text }]).claims[0]?.rate ?? null;
    expect(rateOf('The ministry\'s daily bulletin put suspected cases at 1,136.')).toBeNull();
    expect(rateOf('Daily infections rose to 500.')).toBe('day');
  });

  it.each([
    ['Eight people were charged with violence against officers, some two dozen of whom were injured.', 'two dozen', 'police', null],
    ['The firm will cut 12,000 jobs over the next three years, around 7,000 of them in Germany.', '7,000', 'jobs', 'part-of'],
  ])('reads "N of whom" after a noun as a part of that noun: %j', (text, surface, family, link) => {
    const f = frameOf(text, surface);
    expect([f.family, f.link?.kind ?? null]).toEqual([family, link]);
  });

  it('reads "Among the dead, at least 84 were women" as the women among the dead', () => {
    const f = frameOf('Among the dead, at least 84 were women.', '84');
    expect([f.event, f.part]).toEqual(['killed', ['woman']]);
  });

  it.each([
    ['Results show the ruling party will have at least 50 seats out of 75 available.', '75', 'seat'],
    ['Turnout was 55% meaning that 1,905,960 voters have cast their ballots out of total 3,465,736.', '3,465,736', 'people'],
  ])('gives a whole named "out of" the noun of its part: %j', (text, surface, family) => {
    expect(frameOf(text, surface).family).toBe(family);
  });

  it('reads "climbing from 113 earlier in the day" as the level the toll came from', () => {
    expect(frameOf('The death toll reached 126, according to local authorities, climbing from 113 earlier in the day.', '113')).toMatchObject({ event: 'killed', link: { kind: 'earlier' } });
  });

  it('links a count claimed in a "that" clause to the count of the clause before, past a place phrase', () => {
    const text = 'Some 650,000 people demonstrated in more than 250 towns; the unions maintain that between 1.8 and 2 million took part.';
    expect(frameOf(text, '1.8').link?.kind).toBe('restated');
  });

  it.each([
    ['The average house price was $806,500 in May. Northgate\'s index put the average at $744,200.', 'price'],
    ['The average house price was $806,500 in May. The average rent was $619.', null],
  ])('reads "the average" with no noun of its own as the average named before: %j', (text, event) => {
    const claims = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2026-05-20', url: null, text }]).claims;
    expect(claims[1]?.frame.event ?? null).toBe(event);
  });

  it('gives the conversion of "the average" the price it turns out to be: "put the average at $744,200 (US$432,000)"', () => {
    const text = 'The average house price was $806,500 in May. Northgate\'s index put the average at NZ$744,200 (US$432,000).';
    const claims = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2026-05-20', url: null, text }]).claims;
    expect(claims.map((c) => c.frame.event)).toEqual(['price', 'price', 'price']);
  });

  it('reads "the true number was higher, at more than 3,000" as the main count of the sentence before', () => {
    const text = 'Officials said 2,800 people had been evacuated from four villages. Mayors told reporters the true number was higher, at more than 3,000, because many left by car.';
    const f = frameOf(text, '3,000');
    expect([f.family, f.event]).toEqual(['people', 'evacuated']);
  });

  it('names kinds of people by one name, so a toll by kinds meets itself: "two pupils" and "two students"', () => {
    const parts = (text: string) => analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2024-09-05', url: null, text }]).claims.map((c) => c.frame.part);
    expect(parts('The attack left three pupils and two instructors dead.')).toEqual([['student'], ['teacher']]);
    expect(parts('The attack left three children and two teachers dead.')).toEqual([['child'], ['teacher']]);
  });

  it('links a count "initially put at" to the count of the sentence before, as its earlier value', () => {
    const text = 'Police in India have confirmed the death of 119 people. The death toll was initially put at 60.';
    const { claims } = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2016-11-21', url: null, text }]);
    expect(claims[1]?.frame.link).toEqual({ claimId: claims[0]?.id, kind: 'earlier' });
    expect(claims[1]?.frame.attribution).toBeNull();
    const later = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2016-11-21', url: null, text: 'Police confirmed the death of 119 people. The toll was put at 60 in the next town.' }]).claims;
    expect(later[1]?.frame.link).toBeNull();
  });

  it('reads the noun after a day\'s possessive: "its count of Thursday\'s pension protesters up to 652,000"', () => {
    const f = frameOf('The ministry revised its count of Thursday\'s pension protesters up to 52,000 on Friday.', '52,000');
    expect([f.family, f.event]).toEqual(['people', 'took part']);
  });

  it('gives a figure restating "the final figure" what that figure is known to be: "48,000, against more than 200,000"', () => {
    const text = 'Police counted 45,000 marchers in the city. The final figure was 48,000, against more than 200,000 according to the organisers.';
    expect([frameOf(text, '200,000').family, frameOf(text, '200,000').event]).toEqual(['people', 'took part']);
  });

  it('marks a crowd counted before the day was over as partial', () => {
    expect(frameOf('By early afternoon the ministry had counted 210,000 demonstrators nationwide.', '210,000').part).toEqual(['partial']);
  });

  it.each([
    ['Unions claimed nearly 2 million people had taken to the streets.', '2 million', 'took part'],
    ['Police said 61 people were arrested, and 21 officers were hurt.', '21', 'injured'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it.each([
    ['Crowds marched in more than 200 cities.', '200'],
    ['Protests were held in some 230 towns and cities.', '230'],
  ])('counts towns and cities as one family: %j', (text, surface) => {
    expect(frameOf(text, surface).family).toBe('towns');
  });

  it('reads an age written before its figure: "raise the retirement age to 69"', () => {
    expect(frameOf('The plan would raise the retirement age to 69.', '69').family).toBe('age');
  });

  it('does not restate a count of another nationality: "236 Indonesians died, while India said 98 Indian citizens died"', () => {
    expect(frameOf('A total of 236 Indonesians died, while India said 98 Indian citizens died.', '98').link).toBeNull();
  });
});

describe('a peace mission: contingents, casualties in a gapped clause, withdrawals', () => {
  it.each([
    ['Two United Nations peacekeepers were killed on Sunday.', 'Two', 'troops', 'killed'],
    ['Two peacekeepers were killed and five wounded in the ambush.', 'five', 'troops', 'injured'],
    ['Three soldiers died and four were captured.', 'four', 'troops', 'arrested'],
    ['The rebels said they had taken 12 soldiers prisoner.', '12', 'troops', 'arrested'],
    ['The dead were members of Ghana\'s 800-strong contingent.', '800', 'troops', 'deployed'],
    ['The government will send home some 1,000 troops by March.', '1,000', 'troops', 'withdrawn'],
    ['The firm lost 4,000 jobs last year.', '4,000', 'jobs', 'cut'],
  ])('%j: %s -> %s, %s', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });

  it.each([
    ['The mission has 12,000 soldiers, including some 2,300 from Ghana.', '2,300', 'Ghana'],
    ['The dead were members of Ghana\'s 800-strong contingent.', '800', 'Ghana'],
    ['The dead were from Ghana, which has some 800 troops in the mission.', '800', 'Ghana'],
  ])('names the country a contingent belongs to: %j', (text, surface, country) => {
    expect(frameOf(text, surface).part).toContain(country);
  });

  it('does not read "the dead" as what a count with its own noun is: "the dead were members of a 800-strong contingent"', () => {
    expect(frameOf('The dead were members of a 800-strong contingent.', '800').event).not.toBe('killed');
  });

  it('reads men with weapons as attackers: "About 80 armed men stormed the camp"', () => {
    expect(frameOf('About 80 armed men stormed the camp before dawn.', '80').family).toBe('attackers');
    expect(frameOf('About 80 men stormed the camp before dawn.', '80').family).not.toBe('attackers');
  });

  it('reads what is left after a withdrawal as the level: "send home 1,000 troops, leaving it with about 9,800"', () => {
    const f = frameOf('The mission will send home some 1,000 troops, leaving it with about 9,800, officials said.', '9,800');
    expect([f.family, f.event, f.link]).toEqual(['troops', 'deployed', null]);
  });

  it.each([
    ['A second soldier has died of his wounds, raising the death toll from the ambush to two.', 'two', 'troops'],
    ['Two officers were wounded on Monday, bringing the number of injured to 14.', '14', 'police'],
    ['Soldiers opened fire on the village, and the death toll later rose to 34.', '34', 'people'],
  ])('a toll with no noun counts soldiers or police its sentence says died or were hurt: %j', (text, surface, family) => {
    expect(frameOf(text, surface).family).toBe(family);
  });

  it('reads "its" troops as the sentence subject\'s, past a relative clause, and names that subject as the source', () => {
    const f = frameOf('Ghana, whose contingent lost four soldiers in the ambush, has said it will keep all of its 800 troops in the country.', '800');
    expect([f.part, f.attribution]).toEqual([['Ghana'], 'Ghana']);
  });

  it('keeps a yearly cost as a budget: "the mission, which costs some $1.2 billion a year"', () => {
    expect(frameOf('The mission, which costs some $1.2 billion a year, will end.', '1.2 billion').event).toBe('budget');
  });

  it('reads "this year" as a period only where a day\'s count and a running total stand side by side', () => {
    expect(frameOf('At least 900 people died during the festival this year.', '900').part).toEqual([]);
    expect(frameOf('Some 38,000 migrants have arrived so far this year.', '38,000').part).toContain('this year');
  });
});

describe('readings and tolls over several places', () => {
  it.each([
    ['The heat peaked in Greece, where Athens reached 41.2C on Saturday.', '41.2', 'athens'],
    ['In Greece, alerts were in force in 12 cities, with Athens reaching 40C.', '40', 'athens'],
    ['Athens again topped 40C on Monday, peaking at 41.5C, while Patras came close to 38C.', '41.5', 'athens'],
    ['Athens set a new high on Thursday, 42.1C, and nearby Patras reached 43C.', '42.1', 'athens'],
    ['Athens set a new high on Thursday, 42.1C, and nearby Patras reached 43C.', '43', 'patras'],
    ['The fever has killed at least 70 people this month, with Chad the worst hit.', '70', 'all'],
    ['The floods killed nearly 150 people in four countries.', '150', 'all'],
    ['Nationwide, the ministry counted 1.08 million protesters.', '1.08', 'all'],
  ])('%j: %s in %s', (text, surface, place) => {
    expect(frameOf(text, surface).place).toBe(place);
  });

  it.each([
    ['Temperatures hit 41C on Monday, peaking at 43C.', '43'],
    ['The fever has killed at least 70 people, the ministry said.', '70'],
  ])('names no place where none is said: %j', (text, surface) => {
    expect(frameOf(text, surface).place).toBeNull();
  });
});

describe('a part with its own event, convictions and charges', () => {
  it.each([
    ['Two of his three co-defendants were convicted.', 'Two', 'co-defendant', 'convicted', []],
    ['Three of the 12 soldiers were killed.', 'Three', 'troops', 'killed', []],
    ['Eight people have been charged with violence against officers.', 'Eight', 'people', 'charged', []],
  ])('%j: %s -> %s %s %j', (text, surface, family, event, part) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event, f.part]).toEqual([family, event, part]);
  });

  it.each([
    ['The government said 22 convicts had been released.', '22', 'people', 'freed'],
    ['State television said 24 compatriots had been freed.', '24', 'people', 'freed'],
    ['It said it had handed over 19 prisoners.', '19', 'people', 'freed'],
    ['In the last exchange, 12 prisoners were swapped.', '12', 'people', 'freed'],
    ['A magnitude 7.8 earthquake kills 40 people.', '40', 'people', 'killed'],
    ['Police handed over 200 weapons to the army.', '200', 'weapon', null],
    ['The carmaker sold 3.9 million vehicles worldwide last year.', '3.9 million', 'vehicle', 'sold'],
    ['Some 20,000 tickets were sold.', '20,000', 'ticket', 'sold'],
  ])('a prisoner exchange: %j: %s -> %s %s', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });

  it.each([
    ['Norway released 22 convicts on Friday.', '22', ['by Norway']],
    ['Israel released 39 Palestinian prisoners on Friday.', '39', ['Palestine', 'by Israel']],
  ])('reads the country that frees people, and the nationality of those freed: %j', (text, surface, part) => {
    expect(frameOf(text, surface).part).toEqual(part);
  });

  it('does not give the whole what happened to its part: "two of his three co-defendants were convicted"', () => {
    expect(frameOf('Two of his three co-defendants were convicted.', 'three').event).toBeNull();
  });
});

describe('an eruption: flights, shelters, tremors and what a length measures', () => {
  it.each([
    ['At least 40 flights to and from the island have been cancelled.', '40', 'flight', 'cancelled'],
    ['Airlines cancelled more than 200 flights over the week.', '200', 'flight', 'cancelled'],
    ['Some 1,970 flights were canceled on Sunday and 9,934 were delayed.', '9,934', 'flight', 'delayed'],
    ['The outage delayed 3,000 flights.', '3,000', 'flight', 'delayed'],
    ['About 1,200 people spent Monday night in emergency shelters.', '1,200', 'people', 'sheltered'],
    ['Fewer than 900 people are still in public shelters.', '900', 'people', 'sheltered'],
    ['Officials confirmed that one person had died.', 'one', 'people', 'killed'],
    ['The eruption was preceded by some 450 tremors.', '450', 'earthquakes', null],
    ['Seismologists recorded more than 400 small earthquakes.', '400', 'earthquakes', null],
  ])('%j: %s -> %s %s', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });

  it.each([
    ['An ash column rose about 6 km above the crater, and a zone with a radius of 5 km was set up.', '6', 'height'],
    ['An ash column rose about 6 km above the crater, and a zone with a radius of 5 km was set up.', '5', 'radius'],
    ['The restricted zone remains at 7 km.', '7', 'radius'],
    ['The quake struck at a depth of 10 km.', '10', 'depth'],
    ['The miners are trapped roughly 1,200 metres below the surface.', '1,200', 'depth'],
    ['The boats left from a port some 190km away.', '190', 'distance'],
    ['The runway is 3 km long.', '3', 'length'],
    ['The fire had burned about 4,200 acres by Sunday.', '4,200', 'burned'],
    ['A wildfire in the county has grown to 18,650 acres.', '18,650', 'burned'],
    ['The river flooded 2,000 hectares of farmland.', '2,000', 'flooded'],
    ['The park covers 2,000 hectares.', '2,000', null],
  ])('%j: %s is a %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it.each([
    ['Customers lost $8 billion.', null],
    ['The company lost $2bn last year.', null],
    ['The bank\'s market value fell $5 billion.', 'decrease'],
  ])('reads money lost as the loss, not a fall: %j', (text, change) => {
    const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-03-03', url: null, text }]).claims[0];
    expect(claim?.change).toBe(change);
  });

  it('reads "an ash column rose about 6 km" as the height reached, not a rise by 6 km', () => {
    const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-03-03', url: null, text: 'An ash column rose about 6 km above the crater.' }]).claims[0];
    expect(claim?.change).toBeNull();
  });
});

describe('an eruption: tolls, homes and restated figures', () => {
  it('does not take the next clause\'s verb: "Two people have died and seven have been injured"', () => {
    const text = 'Two people have died and seven have been injured since the eruption began.';
    expect([frameOf(text, 'Two').event, frameOf(text, 'seven').event]).toEqual(['killed', 'injured']);
  });

  it('reads people out of their homes as displaced', () => {
    expect(frameOf('About 5,300 people remain out of their homes.', '5,300').event).toBe('displaced');
  });

  it('restates the count a clause is about, not the one in its place phrase', () => {
    const text = 'About 5,300 people remain out of their homes in seven villages, although local media put the figure closer to 6,000.';
    expect(frameOf(text, '6,000').family).toBe('people');
  });

  it('dates a toll by the year a "when" clause describes: "memories of 1971, when … three people were killed"', () => {
    const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-03-10', url: null, text: 'It brings back memories of 1971, when the volcano last erupted and three people were killed.' }]).claims.find((c) => c.surface === 'three');
    expect([claim?.asOf, claim?.frame.otherEvent]).toEqual(['1971', '1971']);
  });

  it.each([
    ['It is the deadliest rail tragedy since more than 140 died in a 2010 collision in West Bengal.', '140', '2010'],
    ['It recalled that 64 people died in a 2012 accident on the same line.', '64', '2012'],
    ['At least 119 people were killed in the 2016 derailment, and 150 were hurt.', '119', null],
  ])('dates a toll by the year that names its event: %j', (text, surface, other) => {
    expect(frameOf(text, surface, '2016-11-21').otherEvent).toBe(other);
  });
});

describe('an attack: who numbered what, and some of the wounded', () => {
  it.each([
    ['Protesters numbered 8,000.', '8,000', 'people', 'took part'],
    ['The attackers, believed to number between four and six, fled.', 'four and six', 'attackers', null],
  ])('reads the subject of "number": %j', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });

  it('reads "18 of the wounded" as some of the wounded, and "three of the attackers were shot dead" as a quantity of its own', () => {
    expect(frameOf('The governor said 18 of the wounded were flown to the capital.', '18').part).toEqual(['subset']);
    expect(frameOf('Three of the attackers were shot dead.', 'Three').part).toEqual([]);
  });

  it('counts crew members among the people a toll includes: "64 people died, including four crew members"', () => {
    const f = frameOf('The airline confirmed that 64 people died, including four crew members.', 'four');
    expect([f.family, f.event, f.part]).toEqual(['people', 'killed', ['subset']]);
  });

  it('reads money promised to victims as aid', () => {
    expect(frameOf('The government has promised 2 million dollars to the families.', '2 million').event).toBe('aid');
  });
});

describe('a fire: hospital, critical condition, firefighters', () => {
  it('reads a sentence that opens with the whole: "Of the 51 people taken to hospital, eight remain in a critical condition"', () => {
    const text = 'Of the 51 people taken to hospital, eight remain in a critical condition.';
    expect(frameOf(text, '51').event).toBe('hospitalised');
    const eight = frameOf(text, 'eight');
    expect([eight.event, eight.part, eight.link?.kind]).toEqual(['critical', [], 'part-of']);
  });

  it.each([
    ['Some 150 firefighters fought the blaze.', '150', 'deployed'],
    ['Eight people remain in critical condition.', 'Eight', 'critical'],
    ['So far 64 bodies have been recovered.', '64', 'killed'],
    ['Some 2,000 patients have recovered.', '2,000', 'recovered'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });
});

describe('a festival: a crowd over several days, the treated and festival-goers', () => {
  it.each([
    ['More than 250,000 people attended the festival over the weekend.', '250,000', ['several days']],
    ['About 185,000 people took part over the three days.', '185,000', ['several days']],
    ['Police estimated the crowd on Saturday night at 90,000.', '90,000', []],
  ])('%j: %s counts %j', (text, surface, part) => {
    expect(frameOf(text, surface).part).toEqual(part);
  });

  it.each([
    ['Paramedics treated 312 people.', '312', 'people', 'injured'],
    ['Police said 16 festival-goers had needed hospital treatment.', '16', 'people', 'hospitalised'],
  ])('%j: %s -> %s %s', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });
});

describe('an election: who holds the seats', () => {
  it.each([
    ['The centre-left Alliance won 142 of the parliament\'s 350 seats.', '142', ['alliance']],
    ['Final results gave the Alliance 139 seats.', '139', ['alliance']],
    ['The People\'s Party took 118 seats and the far-right Homeland 41.', '41', ['homeland']],
    ['It needs 176 seats to govern alone.', '176', ['needed']],
    ['A party must receive at least 5% of votes to enter parliament.', '5%', ['needed']],
    ['The Liberals failed to clear the 5% threshold.', '5%', ['needed']],
    ['It has to win 120 seats for a majority.', '120', ['needed']],
    ['The Liberals won 5% of votes.', '5%', []],
    ['Parties that win 5% of votes enter parliament.', '5%', []],
  ])('%j: %s held by %j', (text, surface, part) => {
    expect(frameOf(text, surface).part).toEqual(part);
  });

  it('keeps an old election\'s year off the figure it is compared with: "64.2%, up from 61.8% at the last election in 2021"', () => {
    const text = 'Turnout was 64.2%, up from 61.8% at the last election in 2021.';
    expect([frameOf(text, '64.2%', '2025-04-28').otherEvent, frameOf(text, '61.8%', '2025-04-28').otherEvent]).toEqual([null, '2021']);
  });
});

describe('a drought: people in need, the malnourished, livestock', () => {
  it.each([
    ['Some 2.3 million people need food aid.', '2.3 million', 'people', 'in need'],
    ['The number of people needing food assistance has risen to 2.6 million.', '2.6 million', 'people', 'in need'],
    ['An estimated 450,000 children under five are acutely malnourished.', '450,000', 'people', 'malnourished'],
    ['About 1.2 million head of livestock have died.', '1.2 million', 'animals', 'killed'],
    ['More than 1 million animals have perished.', '1 million', 'animals', 'killed'],
    ['The UN\'s appeal for $320 million is only 18% funded.', '320 million', 'money', 'aid'],
  ])('%j: %s -> %s %s', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });

  it('names no speaker for "An estimated 450,000"', () => {
    expect(frameOf('An estimated 450,000 children are malnourished.', '450,000').attribution).toBeNull();
  });
});

describe('two quakes named together', () => {
  it('reads the second of "the 7.1 and 6.9 magnitude earthquakes" as the other quake, and the first as the main one', () => {
    const text = 'Rescuers worked through the night after the 7.1 and 6.9 magnitude earthquakes.';
    expect([frameOf(text, '7.1').part, frameOf(text, '6.9').part]).toEqual([[], ['another']]);
  });
});

describe('changes in percent and deportations', () => {
  it('does not read the level after a change in percent as a percentage: "applications rose 12% to 45,000"', () => {
    expect(frameOf('Asylum applications rose 12% to 45,000 in the first half.', '45,000').family).not.toBe('percent');
  });

  it('reads people deported', () => {
    expect(frameOf('Authorities deported 1,200 migrants last month.', '1,200').event).toBe('deported');
  });
});

describe('a kidnapping: the taken and the freed', () => {
  it.each([
    ['Gunmen kidnapped 45 schoolchildren on Friday.', '45', 'kidnapped'],
    ['A total of 87 people were abducted.', '87', 'kidnapped'],
    ['Some 30 hostages were freed on Sunday.', '30', 'freed'],
    ['Some 12 people remain in captivity.', '12', 'kidnapped'],
    ['The rebels released 19 of the hostages.', '19', 'freed'],
    ['The gang held 30 people hostage.', '30', 'kidnapped'],
  ])('%j: %s -> %s', (text, surface, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual(['people', event]);
  });
});

describe('those a company serves', () => {
  it.each([['about 2 million customers'], ['3.5 million accounts'], ['some 900,000 subscribers'], ['14 million users']])('counts %s as customers', (phrase) => {
    const surface = (/[\d.,]+(?: million)?/.exec(phrase) as RegExpExecArray)[0];
    expect(frameOf(`The firm has ${phrase}.`, surface).family).toBe('customers');
  });
});

describe('a stadium: room and spectators', () => {
  it.each([
    ['The stadium, which holds 45,000, was packed.', '45,000', 'places', 'capacity'],
    ['The ground was packed with an estimated 52,000 spectators.', '52,000', 'people', 'took part'],
  ])('%j: %s -> %s %s', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });
});

describe('a shooting: a toll said by kinds of people', () => {
  it('reads "killed 18 children and two teachers" as two parts of the toll, and buying rifles as no price', () => {
    const text = 'A gunman killed 18 children and two teachers at a school on Tuesday.';
    const [children, teachers] = [frameOf(text, '18'), frameOf(text, 'two')];
    expect([children.event, children.part, teachers.event, teachers.part]).toEqual(['killed', ['child'], 'killed', ['teacher']]);
    expect(frameOf('He had bought two rifles days before.', 'two').event).toBeNull();
  });
});

describe('a bus crash: the whole on board, those pulled out alive', () => {
  it.each([
    ['The crash killed at least 27 of the 45 people on board.', '45', 'on board'],
    ['The crash killed at least 27 of the 45 people on board.', '27', 'killed'],
    ['Eighteen passengers were pulled out alive.', 'Eighteen', 'rescued'],
    ['Eighteen passengers were taken to hospitals in the district.', 'Eighteen', 'hospitalised'],
    ['Eighteen passengers were pulled out alive, five of them in a critical condition.', 'five', 'critical'],
    ['The aircraft had 158 passengers and six crew members on board.', '158', 'on board'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });
});

describe('the dead counted at a morgue', () => {
  it.each([
    ['Officials said the total at the city morgue was 310.', '310'],
    ['According to the figure from the hospital morgue, at least 420 people died.', '420'],
  ])('reads %j as some of the dead', (text, surface) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event, f.part]).toEqual(['people', 'killed', ['at a morgue']]);
  });

  it('leaves a toll with no morgue in its sentence whole', () => {
    expect(frameOf('At least 420 people died, officials said.', '420').part).toEqual([]);
  });
});

describe('company results: forecasts, outlooks and euro cents', () => {
  it('keeps a forecast apart from the result: analysts\' forecasts and a company\'s outlook', () => {
    expect(frameOf('Profit rose to €1.42 billion, beating analysts\' average forecast of €1.31 billion.', '1.31').part).toEqual(['forecast']);
    expect(frameOf('The company expects revenue of €7.2 billion in the first quarter.', '7.2').part).toEqual(['forecast']);
    expect(frameOf('Profit rose to €1.42 billion in the fourth quarter.', '1.42').part).toEqual([]);
  });

  it('reads net income as profit and "85 euro cents" as €0.85', () => {
    expect(frameOf('The firm reported net income of 1.4 billion euros.', '1.4').event).toBe('profit');
    expect(frameOf('The board proposed a dividend of 85 euro cents per share.', '85').compareValue).toEqual({ low: 0.85, high: 0.85 });
  });
});

describe('a shipwreck: a country\'s own citizens, and of whom', () => {
  it('reads "28 of its citizens had been on the boat, of whom 12 were confirmed dead"', () => {
    const text = 'Ghana said 28 of its citizens had been on the boat, of whom 12 were confirmed dead.';
    const [on, dead] = [frameOf(text, '28'), frameOf(text, '12')];
    expect([on.event, on.part, dead.event, dead.part, dead.link?.kind]).toEqual(['on board', ['Ghana'], 'killed', ['Ghana'], 'part-of']);
  });
});

describe('a part and its whole', () => {
  it.each([
    ['Nearly half of the 1,200 workers lost their jobs.', 'half', 'laid off'],
    ['Some 400 workers were laid off.', '400', 'laid off'],
    ['A third of the city\'s 300,000 residents have been displaced.', 'third', 'displaced'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it('does not give the whole what is said of its part: "a third of the city\'s 300,000 residents have been displaced"', () => {
    expect(frameOf('A third of the city\'s 300,000 residents have been displaced.', '300,000').event).not.toBe('displaced');
  });
});

describe('levels after a change, and the month of May', () => {
  it('reads the level after "rose … to" as a count of what rose: "Cases rose 40% in a week to 2,100"', () => {
    expect(frameOf('Cases rose 40% in a week to 2,100.', '2,100').family).toBe('case');
  });

  it('does not take the month of May for an estimate: "killed 31 since May"', () => {
    expect(frameOf('The outbreak has killed 31 people since May.', '31').estimate).toBe(false);
  });
});

describe('a breakdown set off by dashes', () => {
  it('reads "rose to 21 - 19 children and two teachers -" with the children and the teachers as parts of the toll', () => {
    const text = 'The death toll rose to 21 - 19 children and two teachers - officials said.';
    const [children, teachers] = [frameOf(text, '19'), frameOf(text, 'two')];
    expect([children.event, children.part, children.link?.kind, teachers.event, teachers.part]).toEqual(['killed', ['subset'], 'part-of', 'killed', ['subset']]);
  });
});

describe('economic figures: forecasts of the figure before, underlying inflation', () => {
  it('reads "Economists had expected 3.2%." as a forecast of what the sentence before measured', () => {
    const f = frameOf('Inflation slowed to 3.1% in October. Economists polled by the agency had expected 3.2%.', '3.2%');
    expect([f.event, f.part]).toEqual(['inflation', ['forecast']]);
  });

  it('reads underlying inflation as core inflation', () => {
    expect(frameOf('Underlying inflation remained at 3.0 percent.', '3.0').event).toBe('core inflation');
  });
});

describe('a transfer: fee, add-ons and earnings', () => {
  it.each([
    ['The striker moved for a fee of €120 million.', '120', 'price'],
    ['The club will pay up to €20 million in add-ons.', '20', 'bonus'],
    ['The player will earn around €14 million per season.', '14', 'salary'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });
});

describe('who gives a figure when no verb of saying does', () => {
  it.each([
    ['Nationwide, the ministry counted 1.08 million protesters, the unions more than 2.5 million.', '2.5 million', 'the unions'],
    ['In the city, police counted 16,000 marchers against 245,000 for the unions.', '245,000', 'the unions'],
    ['In the city, police counted 16,000 marchers against 245,000 for the unions.', '16,000', 'police'],
    ['She added that Sorami\'s count of 11 injuries included only inspected cases.', '11', 'Sorami'],
    ['The interior ministry\'s own tally of 41 dead was lower.', '41', 'interior ministry'],
  ])('%j: %s by %s', (text, surface, who) => {
    expect(frameOf(text, surface).attribution).toBe(who);
  });

  it('reads the speaker of "the coalition said its own review had found 41 injuries" ("its" is no plural noun)', () => {
    expect(frameOf('The coalition said its own review had found 41 injuries.', '41').attribution).toBe('The coalition');
    expect(frameOf('Officials said reported cases rose to 41.', '41').attribution).toBe('Officials');
  });

  it('names no counter where none is named: "Ten people were killed in the north and 12 in the south."', () => {
    expect(frameOf('Ten people were killed in the north and 12 in the south.', '12').attribution).toBeNull();
    expect(frameOf('The count of 11 injuries included only inspected cases.', '11').attribution).toBeNull();
  });
});

describe('an explosion: workers hurt, residents evacuated', () => {
  it.each([
    ['An explosion at the plant injured 34 workers on Tuesday.', '34', 'people', 'injured'],
    ['The blast forced the evacuation of about 2,000 residents.', '2,000', 'people', 'evacuated'],
    ['About 2,000 residents live near the plant.', '2,000', 'people', 'population'],
  ])('%j: %s -> %s %s', (text, surface, family, event) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual([family, event]);
  });

  it('reads "within 2 km of the site" as a radius', () => {
    expect(frameOf('Residents living within 2 km of the site may return.', '2').event).toBe('radius');
  });
});

describe('a cyclone: people in shelters, counted with their shelters', () => {
  it.each([
    ['More than 300,000 people had been moved to shelters before the storm hit.', '300,000'],
    ['Authorities said 320,000 people had spent the night in 2,500 cyclone shelters.', '320,000'],
  ])('%j: %s are in shelters', (text, surface) => {
    expect(frameOf(text, surface).event).toBe('sheltered');
  });
});

describe('closures', () => {
  it.each([
    ['Authorities closed 1,200 schools across the region.', '1,200'],
    ['More than 300 roads remain closed after the storm.', '300'],
  ])('%j: %s closed', (text, surface) => {
    expect(frameOf(text, surface).event).toBe('closed');
  });
});

describe('counts in brackets after places, and lists after "included"', () => {
  it.each([
    ['Deaths were reported in Spain (62), Portugal (22) and Italy (11).', '22', 'Portugal'],
    ['Deaths were reported in Spain (62), Portugal (22) and Italy (11).', '11', 'Italy'],
  ])('%j: %s in %s', (text, surface, place) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event, f.place, f.attribution]).toEqual(['people', 'killed', place, null]);
  });

  it('reads "The dead included 14 Jordanians" as deaths', () => {
    expect(frameOf('The dead included 14 Jordanians and 12 Egyptians.', '14').event).toBe('killed');
  });
});

describe('one verb for a list of counts', () => {
  it.each([
    ['The dead included 14 Jordanians, 12 Egyptians and five Iranians.', 'five', 'killed'],
    ['The attack killed 20 soldiers and 15 civilians.', '15', 'killed'],
    ['Police arrested 12 men and three women.', 'three', 'arrested'],
  ])('%j: %s -> %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });
});

describe('a central bank\'s rate', () => {
  it.each([
    ['The central bank cut its key rate to 3.75%.', '3.75'],
    ['The bank raised its benchmark rate to 4.5 percent.', '4.5'],
  ])('%j: %s is the interest rate', (text, surface) => {
    expect(frameOf(text, surface).event).toBe('interest');
  });
});

describe('an ambush: the wounded of those counted before', () => {
  it.each([
    ['Militants ambushed a convoy, killing 11 soldiers and wounding 7, the military said.', '7'],
    ['It said 14 soldiers were killed, and nine others were wounded.', 'nine'],
  ])('%j: %s are soldiers, wounded', (text, surface) => {
    const f = frameOf(text, surface);
    expect([f.family, f.event]).toEqual(['troops', 'injured']);
  });
});


describe('a theft: what was taken, and what it is worth', () => {
  it.each([
    ['Thieves stole €88 million in crown jewels from the museum.', '€88 million'],
    ['Two thieves made off with an estimated €88 million in jewels.', '€88 million'],
    ['The jewels, worth an estimated 88 million euros, were stolen on Sunday.', '88 million'],
    ['The $102 million jewel heist shocked the city.', '$102 million'],
  ])('reads the amount as what was stolen, not an outlook: %j', (text, surface) => {
    const frame = frameOf(text, surface);
    expect(frame.event).toBe('fraud');
    expect(frame.part).not.toContain('forecast');
  });

  it.each([
    ['The company is worth $2 billion, analysts said.', '$2 billion', 'value'],
    ['The strike will cost the economy an estimated €1.2 billion, analysts expect.', '€1.2 billion', 'cost'],
  ])('leaves a worth or a cost without a theft as it is: %j', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it.each([
    ['Four masked thieves smashed a window.', 'Four', 'thief'],
    ['Police seized 12 knives and 3 wolves were shot.', '12', 'knife'],
    ['Police seized 12 knives and 3 wolves were shot.', '3', 'wolf'],
  ])('names the counted in the singular of a plural in -ves: %j', (text, surface, unit) => {
    const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-03-16', url: null, text }]).claims.find((c) => c.surface === surface);
    expect(claim?.unit).toBe(unit);
  });
});

describe('the dead after a disaster: identified and handed over, counts of their own', () => {
  it.each([
    ['Only 35 bodies had been handed over to relatives by Sunday.', '35', 'handed over'],
    ['Thirty-three bodies have been returned to families.', 'Thirty-three', 'handed over'],
    ['So far, DNA testing has led to the identification of 80 victims.', '80', 'identified'],
    ['At least 208 victims of the crash in the city have been so far identified through DNA testing.', '208', 'identified'],
    ['Eight bodies, primarily from victims at the campus, were identified and released on Friday.', 'Eight', 'identified'],
    ['A total of 127 remains of victims killed in the fire had been identified.', '127', 'identified'],
    ['The remaining 29 bodies found at the fire site had yet to be identified.', '29', 'unidentified'],
    ['Rescuers said 64 bodies have been recovered.', '64', 'killed'],
    ['Doctors said 270 bodies had been brought to the hospital.', '270', 'killed'],
    ['At least 265 people, including 241 of the 242 on board an airliner bound for a foreign capital, were killed on Wednesday.', '265', 'killed'],
    ['Only one of the 242 passengers onboard survived.', '242', 'on board'],
  ])('%j: %s is %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it('does not count body parts as the dead', () => {
    const frame = frameOf('A total of 318 body parts were recovered from the site.', '318');
    expect(frame.event).toBeNull();
    expect(frame.family).toBe('body part');
  });
});

describe('captives held and freed', () => {
  it.each([
    ['The group released all 20 remaining living hostages held in the territory on Monday.', '20', 'freed'],
    ['In exchange, the government released between 1,900 and 2,000 prisoners.', '1,900', 'freed'],
    ['The state began releasing approximately 2,000 prisoners held in detention facilities.', '2,000', 'freed'],
    ['The militia holds 20 hostages held in tunnels.', '20', 'kidnapped'],
    ['Some 3,000 evacuees were held in shelters overnight.', '3,000', 'sheltered'],
    ['Some 1,200 peacekeepers serving in the region patrol the border.', '1,200', 'deployed'],
  ])('%j: %s is %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });

  it.each([
    ['Among those freed were approximately 250 inmates serving life sentences.', '250'],
    ['The prisoners include 250 individuals serving life sentences.', '250'],
  ])('does not read those serving a sentence as deployed: %j', (text, surface) => {
    expect(frameOf(text, surface).event).not.toBe('deployed');
  });

  it.each([
    ['The bodies of 28 dead hostages are still to be returned.', '28', 'hostage', 'killed'],
    ['Officials said 12 dead soldiers were flown home.', '12', 'soldier', 'killed'],
  ])('reads "dead" before a plural noun as what happened to it: %j', (text, surface, unit, event) => {
    const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-03-16', url: null, text }]).claims.find((c) => c.surface === surface);
    expect([claim?.unit, claim?.frame.event]).toEqual([unit, event]);
  });
});

describe('the hurt in hospital', () => {
  it.each([
    ['Police said 90 people were taken to the hospital after the crush.', '90', 'hospitalised'],
    ['Some 36 injured are undergoing treatment at the medical college.', '36', 'hospitalised'],
    ['Another 12 people were rushed to hospital.', '12', 'hospitalised'],
    ['Four people are still in hospital.', 'Four', 'hospitalised'],
    ['More than 260,000 households woke up without power.', '260,000', 'without power'],
    ['Another 41 people were being treated for gunshot wounds.', '41', 'injured'],
  ])('%j: %s is %s', (text, surface, event) => {
    expect(frameOf(text, surface).event).toBe(event);
  });
});

describe("a list of countries' rates", () => {
  it.each([
    ['The measures include a 35 percent tariff on many Canadian goods, 50 percent for Brazil, 25 percent for India.', '35 percent', 'Canada'],
    ['The measures include a 35 percent tariff on many Canadian goods, 50 percent for Brazil, 25 percent for India.', '50 percent', 'Brazil'],
    ['The measures include a 35 percent tariff on many Canadian goods, 50 percent for Brazil, 25 percent for India.', '25 percent', 'India'],
    ['The order includes a 25 percent duty on goods from India.', '25 percent', 'India'],
    ['Canada is hit with 35%, Brazil with 50% and Switzerland with 39%.', '35%', 'Canada'],
    ['Canada is hit with 35%, Brazil with 50% and Switzerland with 39%.', '39%', 'Switzerland'],
    ['Elsewhere, Switzerland will have a 39 percent rate.', '39 percent', 'Switzerland'],
    ['Canada will face a 35 percent tax on its imports, up from a 25 percent rate.', '25 percent', 'Canada'],
  ])('%j: %s is the rate of %s', (text, surface, country) => {
    expect(frameOf(text, surface).place).toBe(country);
  });

  it.each([
    ['Goods from countries not listed will face a blanket 10 percent import tax.', '10 percent'],
    ['India now faces a total US tariff of 50 per cent on its exports.', '50 per cent'],
    ['About 38 percent of voters backed the party.', '38 percent'],
  ])('names no country where the clause names none or two: %j', (text, surface) => {
    expect(frameOf(text, surface).place).toBeNull();
  });
});

describe("donors' pledges", () => {
  it.each([
    ['Germany will contribute 11 billion euros until 2029.', '11 billion', 'Germany'],
    ['It follows an earlier pledge of £4.5 billion in military aid from the UK alone.', '£4.5 billion', 'United Kingdom'],
  ])('reads the donor of a pledge in a list of pledges: %j', (text, surface, country) => {
    const frame = frameOf(text, surface);
    expect([frame.event, frame.place]).toEqual(['aid', country]);
  });

  it.each([
    ["Ukraine's key allies pledged €21 billion in new military support.", '€21 billion'],
    ['It adds a £450 million fund from the UK and Norway for equipment.', '£450 million'],
  ])('names no donor for the allies of a country or for two donors: %j', (text, surface) => {
    expect(frameOf(text, surface).place).toBeNull();
  });
});

describe('the first payment of a deal', () => {
  it.each([
    ['The club will pay an initial £100 million for the player.', '£100 million'],
    ['The club is paying a clear £100m up front.', '£100m'],
  ])('marks an initial payment as a part of the deal: %j', (text, surface) => {
    expect(frameOf(text, surface).part).toContain('initial');
  });

  it('leaves the whole deal whole', () => {
    expect(frameOf('The club agreed a deal worth up to £116 million.', '£116 million').part).not.toContain('initial');
  });
});

describe("analysts' numbers", () => {
  it('reads what analysts suggested a cost could be as a forecast', () => {
    expect(frameOf('Analysts had previously suggested the attack could result in a £200 million cost.', '£200 million').part).toContain('forecast');
  });

  it('does not read "the initial forecast" as a first payment', () => {
    expect(frameOf('The cost is now £136m, lower than the initial £300m forecast.', '£300m').part).not.toContain('initial');
  });
});

describe('a quake and its aftershock, a toll and its projection', () => {
  it.each([
    ['A strong 6.4-magnitude aftershock followed the initial tremor.', '6.4'],
    ['The first jolt was followed by a 6.4-magnitude earthquake 12 minutes later.', '6.4'],
  ])('reads the aftershock as another quake: %j', (text, surface) => {
    expect(frameOf(text, surface).part).toContain('another');
  });

  it('keeps the main shock as the quake', () => {
    expect(frameOf('A powerful 7.7-magnitude earthquake struck central Myanmar.', '7.7').part).not.toContain('another');
  });

  it.each([
    ['The agency warned the death toll could eventually exceed 10,000.', '10,000', true],
    ['Officials said the toll could rise to 200.', '200', true],
    ['Up to 300 people may have died in the blast.', '300', false],
    ['As many as 100 people are feared dead.', '100', false],
  ])('marks a projected toll, not an estimated one, as a forecast: %j', (text, surface, forecast) => {
    expect(frameOf(text, surface).part.includes('forecast')).toBe(forecast);
  });

  it.each([
    ['Cyclone shelters were built for such storms, which can claim thousands of victims.', 'thousands', true],
    ['The storm can kill dozens of people in a night, officials warned.', 'dozens', true],
    ['The cyclone claimed 24 lives.', '24', false],
  ])('marks what a kind of event can do as typical, not a count: %j', (text, surface, typical) => {
    expect(frameOf(text, surface).part.includes('typical')).toBe(typical);
  });
});

describe('counts made once a day', () => {
  it('reads a list of days as each day\'s arrivals, not one count restated', () => {
    const { claims } = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-01-25', url: null, text: 'It said 630 trucks entered the territory on Sunday, 915 on Monday and 897 on Tuesday.' }]);
    expect(claims.map((c) => [c.number, c.frame.event])).toEqual([[630, 'arrived'], [915, 'arrived'], [897, 'arrived']]);
    expect(claims.some((c) => c.frame.link?.kind === 'restated')).toBe(false);
  });

  it('still reads a level given again later as restated', () => {
    const { claims } = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2004-01-25', url: null, text: 'The force was reduced to 26,000 in June 2003, then to 17,500 by the end of 2003.' }]);
    expect(claims.map((c) => c.frame.link?.kind ?? null)).toEqual([null, 'restated']);
  });
});

describe('an estimated amount is no outlook', () => {
  it('reads "an estimated $9.6bn of goods" as an estimate of now, not a forecast', () => {
    expect(frameOf('The blockage is holding up an estimated $9.6bn of goods each day.', '$9.6bn').part).not.toContain('forecast');
  });
});

describe('a session extreme and its close', () => {
  it('marks a fall of "as much as" a share as the session extreme, and the close as the move', () => {
    const text = 'The shares fell as much as 7.4% in morning trade and closed 5.1% lower.';
    expect(frameOf(text, '7.4%').part).toContain('intraday');
    expect(frameOf(text, '5.1%').part).not.toContain('intraday');
  });
});

describe('a prize fund', () => {
  it('does not deploy those who send a letter', () => {
    expect(frameOf('In April, 20 leading players sent a letter to the organisers.', '20').event).toBeNull();
  });

  it('reads "a record pot of £53.5 million" as this pot, and "its record of 42.6C" as the record', () => {
    expect(frameOf('The prize money will rise to a record pot of £53.5 million.', '£53.5 million').part).not.toContain('record');
    expect(frameOf('Seville beat its record of 42.6C on Monday.', '42.6').part).toContain('record');
  });

  it('reads a year before the name of an edition as no count', () => {
    const { claims } = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-06-12', url: null, text: 'The 2025 singles champions will take home £3 million.' }]);
    expect(claims.map((c) => c.number)).toEqual([3e6]);
  });
});

describe('net migration', () => {
  it('reads "net migration stood at 672,000" as people, net migration', () => {
    const frame = frameOf('The statistics office said net migration stood at a provisional 672,000 in the year to June.', '672,000');
    expect([frame.family, frame.event]).toEqual(['people', 'net migration']);
  });
});

describe("a trial's arms", () => {
  it.each([
    ['Of those cases, 162 were recorded in people who took a placebo.', '162', 'placebo'],
    ['There were 170 cases, of which 162 were observed in the placebo arm.', '162', 'placebo'],
    ['Eight cases were in participants who got the actual vaccine.', 'Eight', 'vaccine'],
    ['Just eight cases were recorded in the vaccine group.', 'eight', 'vaccine'],
  ])('%j: %s is of the %s arm', (text, surface, arm) => {
    expect(frameOf(text, surface).part).toContain(arm);
  });

  it('does not give a count the arm of another figure in its sentence', () => {
    const frame = frameOf('Ten people developed severe disease, one of whom received the vaccine.', 'Ten');
    expect(frame.part).not.toContain('vaccine');
  });
});

describe('what is booked and put off', () => {
  it.each([
    ['Some 814 procedures were cancelled after the attack.', '814'],
    ['The trusts reported 1,391 elective procedures delayed.', '1,391'],
    ['More than 700 outpatient appointments were re-arranged.', '700'],
    ['Officials said 850 appointments were axed.', '850'],
  ])('reads an appointment or a procedure put off as postponed: %j', (text, surface) => {
    expect(frameOf(text, surface).event).toBe('postponed');
  });

  it('keeps a flight delayed apart from one cancelled', () => {
    expect(frameOf('About 1,200 flights were delayed.', '1,200').event).toBe('delayed');
  });
});

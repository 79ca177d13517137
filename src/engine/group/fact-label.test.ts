import { describe, expect, it } from 'vitest';

import { analyze } from '../pipeline';

/** The label of the fact holding the figure written `surface`, in an article of our own. */
function labelOf(text: string, surface: string): string | undefined {
  const analysis = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2024-10-11', url: null, text }]);
  const claim = analysis.claims.find((c) => c.surface.includes(surface));
  return analysis.facts.find((f) => claim && f.claimIds.includes(claim.id))?.label;
}

describe('fact labels a reviewer reads without opening the fact', () => {
  it.each([
    ['At least 45 people died in Syria.', '45', 'People killed in Syria'],
    ['Four masked thieves smashed a window.', 'Four', 'Thieves'],
    ['Some 120 Bulgarian soldiers were deployed.', '120', 'Bulgarian soldiers deployed'],
    ['At least 60 Jordanians died.', '60', 'Jordanians killed'],
    ['About 2.6 million customers were without power.', '2.6 million', 'Customers without power'],
    ['About 400 new cases were reported each day.', '400', 'Cases per day'],
    ['The per diem is 120 euros per day.', '120', 'Salary: euros per day'],
    ['The city released 20 million kwacha for the response.', '20 million', 'Amount: kwacha'],
    ['Winds reached 120 mph.', '120', 'Speed: miles per hour'],
    ['A partial toll of 577 deaths was given.', '577', 'People killed (a partial count)'],
    ['At least four people were killed in St. Lucie County.', 'four', 'People killed in St. Lucie'],
    ['Unemployment stood at 2.0 per cent.', '2.0', 'Unemployment (%)'],
    ['Police have made 64 arrests.', '64', 'Arrests'],
    ['Two gunmen were shot dead.', 'Two', 'Gunmen killed'],
    ['A gunman killed 18 children and two teachers.', '18', 'Children killed'],
    ['The attack left three pupils and two instructors dead.', 'three', 'Pupils killed'],
    ['The victim was a 70-year-old man.', '70', 'Age: years'],
    ['The fire destroyed 2,100 acres of forest.', '2,100', 'Area destroyed or damaged: acres'],
    ['The ash column rose about 6 km above the crater.', '6', 'Height: kilometres'],
    ['The fare was 300 Tunisian dinars.', '300', 'Price: Tunisian dinars'],
    ['The hackers demanded a ransom of $5 million.', '5 million', 'Ransom: US dollars'],
    ['The economy added 254,000 jobs in September.', '254,000', 'Jobs (September 2024)'],
    ['Shelters protect against such storms, which can kill thousands of people.', 'thousands', 'People killed (what such events can do)'],
  ])('%j -> %s', (text, surface, label) => {
    expect(labelOf(text, surface)).toBe(label);
  });

  it.each([
    ['At least 45 people died.', '45'],
    ['The 20 million kwacha were released.', '20 million'],
  ])('never shows a raw key or a made-up plural: %j', (text, surface) => {
    expect(labelOf(text, surface)).not.toMatch(/\||undefined|null|kwachas|\bTHE\b/);
  });
});

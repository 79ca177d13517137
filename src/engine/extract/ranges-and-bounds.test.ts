import { describe, expect, it } from 'vitest';

import { claimsIn, rounded, valuesIn, type Read } from './figure-test-helpers';

describe('ranges and bounds in any wording', () => {
  it.each([
    ['Between 5 and 10 people were hurt.', [[5, 10]]],
    ['The range runs from 252 to 287 miles.', [[252, 287]]],
    ['The car travels from 252 miles to 287 miles on a charge.', [[252, 287]]],
    ['EPA range is from up to 252 miles to 287 miles depending on the trim.', [[252, 287]]],
    ['He faces one to two years in jail.', [[1, 2]]],
    ['The sentence is 5 to 10 years.', [[5, 10]]],
    ['Margins were 5%-7% last year.', [[5, 7]]],
    ['Margins were 5-7% last year.', [[5, 7]]],
    ['Orders of 5k-20k units qualify.', [[5000, 20000]]],
    ['Some 3 to 4 million people voted.', [[3e6, 4e6]]],
    ['The repair will cost $5-10 million.', [[5e6, 10e6]]],
    ['Groups of 20 through 100 pupils visit.', [[20, 100]]],
    ['It will take two or three weeks.', [[2, 3]]],
    ['Readings were between minus ten and fifteen degrees.', [[-10, 15]]],
    ['Bids must be more than 10 and less than 40 lots.', [[10, 40]]],
    ['The figure is above 1,000 but below 1,500.', [[1000, 1500]]],
    ['There were at most 100 and at least 20 boats.', [[20, 100]]],
    ['Prices rose 10 to 15 per cent.', [[10, 15]]],
    ['Some 40 per cent to 50 per cent of the crop was lost.', [[40, 50]]],
    ['The cost is £3m-£4m a year.', [[3e6, 4e6]]],
    ['Prices rose by 5 to 10 percent.', [[5, 10]]],
    // The size of a change, then the level it reached: two figures.
    ['The estimate was revised upwards by 166,000 to 906,000.', [166000, 906000]],
  ] as Array<[string, Read[]]>)('%j', (text, values) => {
    expect(valuesIn(text)).toEqual(rounded(values));
  });

  it.each([
    ['No fewer than 300 firefighters were sent.', 300, 'at-least'],
    ['A maximum of 40 people may attend.', 40, 'up-to'],
    ['Applicants must be greater than 18 in number.', 18, 'more-than'],
    ['Crowds of 30 or more gathered.', 30, 'at-least'],
    ['The fee is 50 or less for pupils.', 50, 'up-to'],
    ['Readings stayed <5 all week.', 5, 'less-than'],
    ['The 50-plus members voted.', 50, 'more-than'],
    ['Twenty-odd boats set sail.', 20, 'about'],
    ['They sent 4,500+ troops.', 4500, 'more-than'],
    ['Seville again topped 44C on Monday.', 44, 'more-than'],
    ['The toll surpassed 1,000 on Friday.', 1000, 'more-than'],
    ['Sales exceeded $2 billion.', 2e9, 'more-than'],
  ])('%j -> %d %s', (text, value, qualifier) => {
    const [c] = claimsIn(text);
    expect([c?.number, c?.qualifier]).toEqual([value, qualifier]);
  });

  it.each([
    ['He has lived abroad for over 20 years.', 'more-than'],
    ['The plan spends $4 billion over eight years.', 'exact'],
    ['Western countries handed over eight prisoners.', 'exact'],
    ['The agency turned over 30 files to the court.', 'exact'],
    ['The court handed down over 30 sentences.', 'more-than'],
  ])('reads "over" as a bound only when it bounds the figure, not a duration or a verb\'s particle: %j', (text, qualifier) => {
    expect(claimsIn(text).at(-1)?.qualifier).toBe(qualifier);
  });

  it.each([
    ['The score was 10,000 + 3 points.'],
    ['They counted 70\n+ more later.'],
  ])('reads a plus sign as "more than" only glued to the figure and not before a number: %j', (text) => {
    expect(claimsIn(text)[0]?.qualifier).toBe('exact');
  });

  it('keeps a change between two levels apart when the second is lower: "from 115 to 97"', () => {
    expect(valuesIn('The toll was revised from 115 to 97.')).toEqual([115, 97]);
  });

  it('keeps two levels of a change apart: "was raised from 16 to 18"', () => {
    expect(valuesIn('The minimum age was raised from 16 to 18.')).toEqual([16, 18]);
  });

  it('keeps two levels of a revision apart past the size of the change: "revised up by 17,000 jobs, from 142,000 to 159,000"', () => {
    expect(valuesIn('It revised up August numbers by 17,000 jobs, from 142,000 to 159,000.')).toEqual([17000, 142000, 159000]);
    expect(valuesIn('Estimates ranged from 5,000 to 8,000.')).toEqual([[5000, 8000]]);
  });

  it('keeps a change and a level apart: "rose 5% to 10%"', () => {
    expect(valuesIn('The rate rose 5% to 10%.')).toEqual([5, 10]);
  });
});

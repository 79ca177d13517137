import { describe, expect, it } from 'vitest';

import type { PartialDate } from './calendar';
import { findTimeExpressions } from './find-time-expressions';

/** Articles of Monday 8 January 2024 and of March 2024 (month only). */
const MONDAY: PartialDate = { year: 2024, month: 1, day: 8 };
const MARCH: PartialDate = { year: 2024, month: 3 };

const read = (text: string, ref: PartialDate | null = MONDAY) => findTimeExpressions(text, ref).map((t) => [t.text.trim(), t.date, t.precision]);

describe('findTimeExpressions: when, as written', () => {
  it.each<[string, PartialDate | null, Array<[string, string | null, string]>]>([
    ['Troops arrived on 21 March 2023.', MONDAY, [['on 21 March 2023', '2023-03-21', 'day']]],
    ['By early 2002 the force had shrunk.', MONDAY, [['By early 2002', '2002', 'year']]],
    ['The crowd gathered on Saturday.', MONDAY, [['on Saturday', '2024-01-06', 'day']]],
    ['Officials spoke yesterday.', MONDAY, [['yesterday', '2024-01-07', 'day']]],
    ['Inflation eased last month.', MONDAY, [['last month', '2023-12', 'month']]],
    ['Prices fell the previous month.', MARCH, [['the previous month', '2024-02', 'month']]],
    ['The dam broke three days ago.', MONDAY, [['three days ago', '2024-01-05', 'day']]],
    ['The talks began a week ago.', MONDAY, [['a week ago', '2024-01-01', 'day']]],
    ['The plant closed four years ago.', MONDAY, [['four years ago', '2020', 'year']]],
    ['Profits rose in the first quarter of 2023.', MONDAY, [['first quarter of 2023', '2023-03', 'month']]],
    ['Sales fell last year.', MONDAY, [['last year', '2023', 'year']]],
    ['The first bodies were found last week.', MONDAY, [['last week', '2024-01-01', 'day']]],
    ['The first bodies were found last week.', MARCH, [['last week', '2024-03', 'month']]],
    ['Protesters marched on Monday night.', MONDAY, [['on Monday', '2024-01-08', 'day']]],
    // A month is a capitalised whole word: no May in "Mayors", no date in "30 may have died".
    ['Mayors said the count was higher.', MONDAY, []],
    ['Officials fear 30 may have died.', MONDAY, []],
    ['Some 12 march each week.', MONDAY, []],
    // A march, not the month: "the Women's March on Washington", "March organizers"; the month still in "in March", "March 2023".
    ['The Women\'s March on Washington drew half a million.', MONDAY, []],
    ['March organizers in New York claimed half a million.', MONDAY, []],
    ['Sales rose in March.', MONDAY, [['in March', '2023-03', 'month']]],
    ['March 2023 was the wettest on record.', MONDAY, [['March 2023', '2023-03', 'month']]],
    ['Last March the river burst its banks.', MONDAY, [['March', '2023-03', 'month']]],
    ['It happened on 3 Sept. 2021.', MONDAY, [['on 3 Sept. 2021', '2021-09-03', 'day']]],
    // A year naming an event: "the 2019 exchange", "a 2016 recall"; not a count before a noun.
    ['He was left out of the 2019 exchange, when a dozen were swapped.', MONDAY, [['the 2019', '2019', 'year']]],
    ['It is larger than a 2016 recall of airbags.', MONDAY, [['a 2016', '2016', 'year']]],
    ['Some 2019 prisoners were released.', MONDAY, []],
  ])('%j', (text, ref, expected) => {
    expect(read(text, ref)).toEqual(expected);
  });

  it.each([
    ['The dam broke three days ago.', MARCH],
    ['Inflation eased last month.', null],
  ])('leaves a relative time unresolved when the article date is too coarse: %j', (text, ref) => {
    expect(findTimeExpressions(text, ref).every((t) => t.date === null)).toBe(true);
  });

  it.each([
    ['Each month the fund pays out.'],
    ['A 30-day notice is required.'],
    ['The monthly bill arrived.'],
  ])('finds no time in a rate or a length: %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

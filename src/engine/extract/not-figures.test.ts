import { describe, expect, it } from 'vitest';

import { claimsIn } from './figure-test-helpers';

describe('not figures: names, dates, codes and addresses', () => {
  it.each([
    'The country joined the bloc in 2004.',
    'The plan is simple: (1) warn, (2) move and (3) return.',
    'The 1990s were a quiet decade for the port.',
    'The 2023-24 season ended early.',
    'The report is dated 1995-01 in the archive.',
    'The council met on 12 May 2023.',
    'The ferry leaves at 10:30 from the pier.',
    'The office opens at 9am sharp.',
    'She finished 3rd in the final.',
    'For bookings call 555-123-4567 today.',
    'Abroad, dial +44-20-7946-0958 instead.',
    'Install version 4.2.1 of the app.',
    'See section 12 and page 7 of the act.',
    'The 5G network reached the valley.',
    'A Boeing 787 diverted to the coast.',
    'The Boeing 737-800 left Bangkok at night.',
    'The 737 MAX 9 was grounded again.',
    'The G7 leaders met by the lake.',
    'Traffic on the R2 road was slow.',
    'The talks at 10 Downing Street ended at 10.30 last night.',
    'She grew up at 221B Baker Street.',
    'The firm showed the iPhone 15 Pro on Tuesday.',
    'Interstate 95 is closed northbound.',
    'He drove in Formula One for years.',
    'The blast ripped through seats 26A and 26B.',
    'Flight 370 was never found.',
    'The code 24703m212 is printed on the box.',
    'Read more at https://example.com/report?id=305&page=2 online.',
    'See ?RQT=305&SQ=12 for the archive.',
    'Send tips to newsdesk2024@example.org please.',
    'Type `retry(3)` to try again.',
    'Visit www.example.org/2024/figures/12 for the data.',
    'Cases of COVID-19 rose again.',
    'It was a one-time payment.',
    'It is one of the largest ports.',
    'No one was hurt in the fire.',
    'At one point the crowd fell silent.',
    'The rivals blamed one another.',
    'One day the river will flood again.',
    'Quakes shook the region, with one measuring far stronger than the rest.',
    'The 1988 sales were weak.',
    'The plan: 1) widen the road; 2) add lights.',
  ])('finds no figure in %j', (text) => {
    expect(claimsIn(text).map((c) => c.surface)).toEqual([]);
  });
});

describe('a count after a place name is no model number', () => {
  it.each([
    ['In Bavaria 40 people died.', '40'],
    ['In Kerala 12 children drowned.', '12'],
    ['Across Texas 300 pilgrims gathered.', '300'],
    ['Officials fear 30 may have died.', '30'],
    ['Quakes struck the valley and one person was killed.', 'one'],
  ])('%j counts %s', (text, surface) => {
    expect(claimsIn(text).map((c) => c.surface)).toEqual([surface]);
  });
});

import { describe, expect, it } from 'vitest';

import { claimsIn, rounded, valuesIn } from './figure-test-helpers';

describe('numerals: money in any currency and scale', () => {
  it.each([
    ['The club agreed a fee of £45m for the winger.', 45e6, 'GBP'],
    ['A pint of milk now costs 164p at the corner shop.', 164, 'GBX'],
    ['Regulators fined the lender CHF 3 billion last spring.', 3e9, 'CHF'],
    ['Crude settled at $58.24 on the exchange.', 58.24, 'USD'],
    ['The ministry set aside Rs 450 crore for new clinics.', 4.5e9, 'INR'],
    ['Its market value passed US$1.2 trillion this week.', 1.2e12, 'USD'],
    ['The harbour project is worth HK$10.05 billion.', 10.05e9, 'HKD'],
    ['Bidders offered 2.5 million euros for the painting.', 2.5e6, 'EUR'],
    ['A return ticket is ¥1,200 on weekdays.', 1200, 'JPY'],
    ['The quoted price was 115USD per unit.', 115, 'USD'],
    ['The tip jar held 20€ by noon.', 20, 'EUR'],
    ['Farmers were owed 12,34,567.89 rupees in arrears.', 1234567.89, 'INR'],
    ['Sponsors pledged 3bn Swiss francs over the decade.', 3e9, 'CHF'],
    ['Donors raised a quarter million dollars overnight.', 250000, 'USD'],
    ['The stadium deal is worth R1.2bn to the city.', 1.2e9, 'ZAR'],
    ['The new terminal will cost Dh5 billion.', 5e9, 'AED'],
    ['BaFin imposed a fine on the bank (U.S. $9.8 million) on Tuesday.', 9.8e6, 'USD'],
    ['The state will spend Rs. 1.5 lakh crore on roads.', 1.5e12, 'INR'],
  ])('%j', (text, value, currency) => {
    const [c] = claimsIn(text);
    expect(c?.number).toBe(value);
    expect(c?.quantity).toBe('money');
    expect(c?.measure).toBe(currency);
  });

  it.each([
    ['Petrol rose 19 cents a litre.', 'USD', 0.19],
    ['A pint of milk now costs 164p at the corner shop.', 'GBP', 1.64],
    ['A stamp costs 85 pence.', 'GBP', 0.85],
  ])('compares coins in the major unit: %j', (text, unit, value) => {
    const [c] = claimsIn(text);
    expect([c?.frame.compareUnit, c?.frame.compareValue?.low]).toEqual([unit, value]);
  });
});

describe('numerals: percentages, signs and measures written straight after the digits', () => {
  it.each([
    ['Unemployment eased to 4.2% in the spring.', [4.2]],
    ['Turnout reached 61 per cent in the north.', [61]],
    ['Inflation stood at 10.1 percent, the bureau said.', [10.1]],
    ['The coalition lost 3 percentage points in the poll.', [3]],
    ['Quarterly growth came in at -0.4% after revisions.', [-0.4]],
    ['The lake froze at minus 12 degrees.', [-12]],
    ['The handset ships with 256GB of storage.', [256]],
    ['The boxer weighed in at 200lbs.', [200]],
    ['Pour in 75ml of cream and stir.', [75]],
    ['Engineers fitted a 300mm lens to the camera.', [300]],
    ['The heavy crane lifts 100t with ease.', [100]],
    ['The new tower is 48m tall.', [48]],
    ['The centre is 1.8m tall and quick.', [1.8]],
    ['Officials said 2.8m households lost power.', [2.8e6]],
    ['Rescuers had to clear a 45m section of tunnel.', [45]],
    ['He ran the 100m in 9.58 seconds.', [100, 9.58]],
    ['Some 45m people live in the region.', [45e6]],
    ['The firm won a 45m contract.', [45e6]],
    ['Water boils at 100°C at sea level.', [100]],
    ['Seville recorded 40C on the hottest day.', [40]],
    ['A runner kept up 10km/h for the whole hour.', [10]],
    ['The storm left 12 inches of snow on the pass.', [12]],
    ['The vineyard covers 2 170 acres of hillside.', [2170]],
    ['She has spent 3½ years on the case.', [3.5]],
    ['Savings accounts now pay 4.5pc.', [4.5]],
    ['Lenders added 25bps to fixed deals.', [25]],
    ['Yields rose .5% on the day.', [0.5]],
  ])('%j', (text, values) => {
    expect(valuesIn(text)).toEqual(rounded(values));
  });

  it.each([
    ['The forward is 6 ft 2 in and left-footed.', 6 + 2 / 12],
    ['The suspect is 5 feet and 9 inches tall.', 5.75],
    ['The crossing took 2 hours 30 minutes.', 2.5],
    ['The baby weighed 7 lb 4 oz at birth.', 7.25],
    ['The suspect is five feet two inches tall.', 5 + 2 / 12],
    ['The rescue took two hours and thirty minutes.', 2.5],
  ])('reads a measure in two units as one figure: %j', (text, value) => {
    expect(valuesIn(text)).toEqual(rounded([value]));
  });

  it.each<[string, string, string]>([
    ['The forward is 6 ft 2 in and left-footed.', '6 ft 2 in', 'foot'],
    ['The baby weighed 7 lb 4 oz at birth.', '7 lb 4 oz', 'pound'],
    ['The rescue took two hours and thirty minutes.', 'two hours and thirty minutes', 'hour'],
  ])('gives a measure in two units its first unit: %j', (text, surface, unit) => {
    expect(claimsIn(text).map((c) => [c.surface, c.unit])).toEqual([[surface, unit]]);
  });

  it.each<[string, number, string]>([
    ['A ticket cost 3 dollars 50 cents then.', 3.5, 'USD'],
    ['The fine was thirteen dollars and forty-five cents.', 13.45, 'USD'],
    ['A loaf was 1 pound 20p in the shop.', 1.2, 'GBP'],
    ['Each meal costs 12 euros 50 cents.', 12.5, 'EUR'],
  ])('reads money in a currency and its cents as one amount: %j', (text, value, currency) => {
    expect(claimsIn(text).map((c) => [c.value.low, c.quantity, c.measure])).toEqual([[value, 'money', currency]]);
  });

  it.each<[string, number, string]>([
    ['Revenue reached 120 MEUR in the year.', 120e6, 'EUR'],
    ['The group booked MSEK 450 of write-downs.', 450e6, 'SEK'],
    ['Grants totalled 30 MUSD over the decade.', 30e6, 'USD'],
    ['Fees came to 500 TEUR in the quarter.', 500e3, 'EUR'],
  ])('reads a currency code with its scale letter, as financial reports write it: %j', (text, value, currency) => {
    expect(claimsIn(text).map((c) => [c.value.low, c.quantity, c.measure])).toEqual([[value, 'money', currency]]);
  });

  it.each<[string, number[]]>([
    ['About 2.8m people and 3.5m visitors came.', [2.8e6, 3.5e6]],
    ['The league named 12 MVPs and 3 MEPs resigned.', [12, 3]],
    ['It cost 3 dollars, 150 cents more than last year.', [3, 150]],
    ['She paid 20 dollars and 5 friends paid the rest.', [20, 5]],
  ])('keeps apart what is not an amount and its hundredths: %j', (text, values) => {
    expect(valuesIn(text)).toEqual(rounded(values));
  });

  it('reads a speed and its conversion in brackets', () => {
    expect(valuesIn('Gusts of 87 mph (140 km/h) battered the pier.')).toEqual([87, 140]);
  });
});

describe('a scale word glued to the digits', () => {
  it.each<[string, number]>([
    ['The attack caused £324million in lost sales.', 324e6],
    ['Profits fell to £184.1million in the half.', 184.1e6],
    ['The firm lost $2billion last year.', 2e9],
  ])('%j', (text, value) => {
    expect(valuesIn(text)).toEqual(rounded([value]));
  });
});

/**
 * Currencies of general English: symbols, ISO codes and names, so "$2bn", "USD 2 billion" and
 * "2 billion dollars" are the same currency. A demonym before a currency name picks the country's
 * currency ("Swiss francs", "Canadian dollars").
 */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'], ['₴', 'UAH'], ['₩', 'KRW'], ['₦', 'NGN'], ['₱', 'PHP'],
  ['₪', 'ILS'], ['₫', 'VND'], ['₿', 'BTC'],
]);

/** Prefixes written before a "$": "US$", "A$", "C$", "HK$". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['A', 'AUD'], ['AU', 'AUD'], ['C', 'CAD'], ['CA', 'CAD'], ['HK', 'HKD'], ['NZ', 'NZD'], ['S', 'SGD'],
  ['NT', 'TWD'], ['R', 'BRL'], ['Mex', 'MXN'], ['MX', 'MXN'], ['Z', 'ZWL'],
]);

/** Abbreviations written before an amount that are not ISO codes: "Rs 500", "Rs. 2 crore", "Tk 300". */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Rs', 'INR'], ['Rs.', 'INR'], ['Tk', 'BDT'], ['Tk.', 'BDT'], ['Sh', 'KES'], ['KSh', 'KES'], ['Ksh', 'KES'], ['RM', 'MYR'], ['Rp', 'IDR'],
  ['zł', 'PLN'], ['kr', 'SEK'], ['Fr', 'CHF'], ['Fr.', 'CHF'], ['SFr', 'CHF'], ['R', 'ZAR'], ['Dh', 'AED'], ['Dhs', 'AED'],
  ['Tsh', 'TZS'], ['USh', 'UGX'], ['Rp.', 'IDR'],
]);

/** ISO codes written before or after an amount: "CHF 67 bn", "3 billion CHF". */
export const CURRENCY_CODES = new Set(
  'USD EUR GBP JPY CHF CNY RMB INR RUB TRY UAH KRW AUD CAD HKD NZD SGD SEK NOK DKK PLN CZK HUF RON BGN RSD MXN BRL ZAR ILS EGP NGN KES PKR BDT IDR MYR THB PHP VND SAR AED QAR TWD ARS CLP KWD'.split(' '),
);

/** Currency names, singular and plural lower case, -> ISO code (the most common country's). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['euro', 'EUR'], ['euros', 'EUR'], ['dollar', 'USD'], ['dollars', 'USD'], ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'],
  ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['franc', 'CHF'], ['francs', 'CHF'], ['rupee', 'INR'], ['rupees', 'INR'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['lira', 'TRY'], ['liras', 'TRY'], ['lire', 'TRY'],
  ['dinar', 'RSD'], ['dinars', 'RSD'], ['lev', 'BGN'], ['leva', 'BGN'], ['krona', 'SEK'], ['kronor', 'SEK'], ['krone', 'NOK'],
  ['kroner', 'NOK'], ['zloty', 'PLN'], ['zlotys', 'PLN'], ['peso', 'MXN'], ['pesos', 'MXN'], ['real', 'BRL'], ['reais', 'BRL'],
  ['rand', 'ZAR'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['won', 'KRW'],
  ['dirham', 'AED'], ['dirhams', 'AED'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['naira', 'NGN'], ['shilling', 'KES'], ['shillings', 'KES'],
  ['ringgit', 'MYR'], ['baht', 'THB'], ['rupiah', 'IDR'], ['dong', 'VND'], ['forint', 'HUF'], ['koruna', 'CZK'], ['leu', 'RON'], ['lei', 'RON'],
  ['pence', 'GBP'], ['p', 'GBP'], ['cent', 'USD'], ['cents', 'USD'],
]);

/** "Swiss francs", "Canadian dollars": a demonym or country before a currency name. */
export const CURRENCY_BY_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['Switzerland', 'CHF'], ['France', 'EUR'], ['Canada', 'CAD'], ['Australia', 'AUD'], ['New Zealand', 'NZD'], ['Singapore', 'SGD'],
  ['Hong Kong', 'HKD'], ['United States', 'USD'], ['Egypt', 'EGP'], ['Pakistan', 'PKR'], ['India', 'INR'], ['Sweden', 'SEK'],
  ['Norway', 'NOK'], ['Denmark', 'DKK'], ['Serbia', 'RSD'], ['Jordan', 'JOD'], ['Iraq', 'IQD'], ['Kuwait', 'KWD'], ['Libya', 'LYD'],
  ['Tunisia', 'TND'], ['Algeria', 'DZD'], ['Morocco', 'MAD'], ['United Arab Emirates', 'AED'], ['Saudi Arabia', 'SAR'], ['Mexico', 'MXN'],
  ['Argentina', 'ARS'], ['Chile', 'CLP'], ['Colombia', 'COP'], ['Philippines', 'PHP'], ['Taiwan', 'TWD'], ['Japan', 'JPY'], ['China', 'CNY'],
  ['Turkey', 'TRY'], ['Russia', 'RUB'], ['Ukraine', 'UAH'], ['South Africa', 'ZAR'], ['Brazil', 'BRL'], ['Israel', 'ILS'], ['Poland', 'PLN'],
]);

/** Currency code -> singular name for labels. */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  EUR: 'euro', USD: 'US dollar', GBP: 'pound', JPY: 'yen', CNY: 'yuan', CHF: 'Swiss franc', INR: 'rupee', RUB: 'rouble', TRY: 'lira',
  RSD: 'dinar', BGN: 'lev', SEK: 'krona', NOK: 'krone', PLN: 'zloty', MXN: 'peso', BRL: 'real', ZAR: 'rand', UAH: 'hryvnia',
  ILS: 'shekel', KRW: 'won', AUD: 'Australian dollar', CAD: 'Canadian dollar', HKD: 'Hong Kong dollar', NZD: 'New Zealand dollar',
  SGD: 'Singapore dollar', AED: 'dirham', SAR: 'riyal', NGN: 'naira', KES: 'shilling', EGP: 'Egyptian pound',
  GBX: 'penny', USX: 'cent', TWD: 'Taiwan dollar', BDT: 'taka', MYR: 'ringgit', IDR: 'rupiah', BTC: 'bitcoin', VND: 'dong',
};

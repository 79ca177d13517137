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
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  ('USD EUR GBP JPY CHF CNY RMB INR RUB TRY UAH KRW AUD CAD HKD NZD SGD SEK NOK DKK PLN CZK HUF RON BGN RSD MXN BRL ZAR ILS EGP NGN KES PKR BDT IDR MYR THB PHP VND SAR AED QAR TWD ARS CLP KWD ' +
    'ZMW GHS ETB MMK AFN KZT AZN GEL AMD MKD HNL GTQ CRC PEN VES PYG BOB IRR IQD JOD LYD TND DZD MAD COP UGX TZS RWF XOF XAF MWK MZN AOA BWP LKR NPR UZS').split(' '),
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
  ['pence', 'GBX'], ['penny', 'GBX'], ['p', 'GBX'], ['cent', 'USX'], ['cents', 'USX'],
  ['kwacha', 'ZMW'], ['cedi', 'GHS'], ['cedis', 'GHS'], ['birr', 'ETB'], ['taka', 'BDT'], ['kyat', 'MMK'], ['kyats', 'MMK'],
  ['afghani', 'AFN'], ['afghanis', 'AFN'], ['tenge', 'KZT'], ['manat', 'AZN'], ['lari', 'GEL'], ['dram', 'AMD'], ['denar', 'MKD'],
  ['denars', 'MKD'], ['lempira', 'HNL'], ['lempiras', 'HNL'], ['quetzal', 'GTQ'], ['quetzales', 'GTQ'], ['colones', 'CRC'],
  ['sol', 'PEN'], ['soles', 'PEN'], ['bolivar', 'VES'], ['bolivars', 'VES'], ['bolivares', 'VES'], ['guarani', 'PYG'], ['guaranis', 'PYG'],
  ['boliviano', 'BOB'], ['bolivianos', 'BOB'], ['rial', 'IRR'], ['rials', 'IRR'], ['dalasi', 'GMD'], ['leone', 'SLE'], ['leones', 'SLE'],
  ['kina', 'PGK'], ['rufiyaa', 'MVR'], ['kip', 'LAK'], ['riel', 'KHR'], ['riels', 'KHR'], ['tugrik', 'MNT'], ['togrog', 'MNT'],
  ['metical', 'MZN'], ['meticais', 'MZN'], ['kwanza', 'AOA'], ['kwanzas', 'AOA'], ['pula', 'BWP'], ['ariary', 'MGA'], ['hryvnya', 'UAH'],
  ['somoni', 'TJS'], ['kuna', 'HRK'], ['gourde', 'HTG'], ['gourdes', 'HTG'],
  // English calls the krona, the krone and the koruna all "crowns" ("11.4 billion Swedish crowns"): one unit of its own,
  // so the amounts of one story meet whichever country's crown it is.
  ['crown', 'crown'], ['crowns', 'crown'],
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
  crown: 'crown', EUR: 'euro', USD: 'US dollar', GBP: 'pound', JPY: 'yen', CNY: 'yuan', CHF: 'Swiss franc', INR: 'rupee', RUB: 'rouble', TRY: 'lira',
  RSD: 'dinar', BGN: 'lev', SEK: 'krona', NOK: 'krone', PLN: 'zloty', MXN: 'peso', BRL: 'real', ZAR: 'rand', UAH: 'hryvnia',
  ILS: 'shekel', KRW: 'won', AUD: 'Australian dollar', CAD: 'Canadian dollar', HKD: 'Hong Kong dollar', NZD: 'New Zealand dollar',
  SGD: 'Singapore dollar', AED: 'dirham', SAR: 'riyal', NGN: 'naira', KES: 'shilling', EGP: 'Egyptian pound',
  ZMW: 'kwacha', GHS: 'cedi', ETB: 'birr', MMK: 'kyat', AFN: 'afghani', KZT: 'tenge', PEN: 'sol', IRR: 'rial', MZN: 'metical',
  AOA: 'kwanza', BWP: 'pula', COP: 'Colombian peso', ARS: 'Argentine peso', PKR: 'Pakistani rupee', UGX: 'Ugandan shilling',
  TZS: 'Tanzanian shilling', XOF: 'CFA franc', XAF: 'CFA franc',
  GBX: 'penny', USX: 'cent', EUX: 'euro cent', TWD: 'Taiwan dollar', BDT: 'taka', MYR: 'ringgit', IDR: 'rupiah', BTC: 'bitcoin', VND: 'dong',
  RMB: 'yuan', DKK: 'Danish krone', CZK: 'koruna', HUF: 'forint', RON: 'leu', THB: 'baht', PHP: 'Philippine peso', QAR: 'Qatari riyal',
  CLP: 'Chilean peso', KWD: 'Kuwaiti dinar', AZN: 'manat', GEL: 'lari', AMD: 'dram', MKD: 'denar', HNL: 'lempira', GTQ: 'quetzal',
  CRC: 'colón', VES: 'bolívar', PYG: 'guaraní', BOB: 'boliviano', IQD: 'Iraqi dinar', JOD: 'Jordanian dinar', LYD: 'Libyan dinar',
  TND: 'Tunisian dinar', DZD: 'Algerian dinar', MAD: 'Moroccan dirham', RWF: 'Rwandan franc', MWK: 'Malawian kwacha',
  LKR: 'Sri Lankan rupee', NPR: 'Nepalese rupee', UZS: 'som', GMD: 'dalasi', SLE: 'leone', PGK: 'kina', MVR: 'rufiyaa', LAK: 'kip',
  KHR: 'riel', MNT: 'tugrik', MGA: 'ariary', TJS: 'somoni', HRK: 'kuna', HTG: 'gourde', ZWL: 'Zimbabwe dollar',
};

/** Coins written in their own unit ("19 cents", "85p") compare with the major unit: 19 cents is 0.19 dollars. */
export const MINOR_UNITS: Readonly<Record<string, { major: string; per: number }>> = {
  USX: { major: 'USD', per: 100 },
  EUX: { major: 'EUR', per: 100 },
  GBX: { major: 'GBP', per: 100 },
};
/** The hundredth of a currency, by the currency: "85 euro cents" is read in EUX. */
export const MINOR_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(MINOR_UNITS).map(([minor, { major }]) => [major, minor]));

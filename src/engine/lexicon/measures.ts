/**
 * Units of measurement of general English, each with its dimension and how to convert it to the
 * dimension's base unit, so "2,170 acres (878 ha)" or "51.8 degrees Celsius (125 Fahrenheit)" can be
 * compared. Durations count in days, areas in hectares, lengths in kilometres, masses in kilograms.
 */
export interface MeasureUnit {
  /** Canonical singular name as shown: "acre", "degree Celsius". */
  name: string;
  dimension:
    | 'temperature' | 'area' | 'length' | 'mass' | 'speed' | 'volume' | 'duration' | 'power' | 'energy' | 'magnitude' | 'age' | 'data'
    | 'bandwidth' | 'frequency' | 'pressure' | 'loudness' | 'percent';
  /** The dimension's base unit. */
  base: string;
  factor: number;
  offset?: number;
}

const unit = (name: string, dimension: MeasureUnit['dimension'], base: string, factor: number, offset?: number): MeasureUnit =>
  offset === undefined ? { name, dimension, base, factor } : { name, dimension, base, factor, offset };

const CELSIUS = unit('degree Celsius', 'temperature', 'celsius', 1);
const FAHRENHEIT = unit('degree Fahrenheit', 'temperature', 'celsius', 5 / 9, -32);
const KM = unit('kilometre', 'length', 'km', 1);
const MILE = unit('mile', 'length', 'km', 1.609344);
const METRE = unit('metre', 'length', 'km', 0.001);
const HECTARE = unit('hectare', 'area', 'hectare', 1);
const SQ_KM = unit('square kilometre', 'area', 'hectare', 100);
const SQ_MILE = unit('square mile', 'area', 'hectare', 258.999);
const KG = unit('kilogram', 'mass', 'kg', 1);
const TONNE = unit('tonne', 'mass', 'kg', 1000);

const CM = unit('centimetre', 'length', 'km', 1e-5);
const MM = unit('millimetre', 'length', 'km', 1e-6);
const INCH = unit('inch', 'length', 'km', 2.54e-5);
const YARD = unit('yard', 'length', 'km', 0.0009144);
const GRAM = unit('gram', 'mass', 'kg', 0.001);
const MG = unit('milligram', 'mass', 'kg', 1e-6);
const OUNCE = unit('ounce', 'mass', 'kg', 0.0283495);
const POUND = unit('pound', 'mass', 'kg', 0.45359237);
const ML = unit('millilitre', 'volume', 'litre', 0.001);
const KW = unit('kilowatt', 'power', 'MW', 0.001);
const HP = unit('horsepower', 'power', 'MW', 0.000745700);
const KNOT = unit('knot', 'speed', 'km/h', 1.852);
const KMH = unit('kilometre per hour', 'speed', 'km/h', 1);

/** Each name with its plural (and other spellings) mapping to one unit. */
const forms = (u: MeasureUnit, ...names: string[]): Array<[string, MeasureUnit]> => names.map((n) => [n, u]);

/** Lower-case words and abbreviations, singular and plural, as written after a number. */
export const MEASURE_WORDS: ReadonlyMap<string, MeasureUnit> = new Map([
  ...forms(CM, 'cm', 'cms', 'centimetre', 'centimetres', 'centimeter', 'centimeters'),
  ...forms(MM, 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'),
  ...forms(INCH, 'inch', 'inches'), ...forms(YARD, 'yard', 'yards', 'yd', 'yds'),
  ...forms(unit('foot', 'length', 'km', 0.0003048), 'ft'),
  ...forms(unit('nanometre', 'length', 'km', 1e-12), 'nanometre', 'nanometres', 'nanometer', 'nanometers', 'nm'),
  ...forms(unit('micrometre', 'length', 'km', 1e-9), 'micron', 'microns', 'micrometre', 'micrometres', 'micrometer', 'micrometers'),
  ...forms(unit('picometre', 'length', 'km', 1e-15), 'picometre', 'picometres', 'picometer', 'picometers'),
  ...forms(unit('light-year', 'length', 'km', 9.4607e12), 'light-year', 'light-years'),
  ...forms(GRAM, 'g', 'gram', 'grams', 'gramme', 'grammes'), ...forms(MG, 'mg', 'milligram', 'milligrams'),
  ...forms(unit('microgram', 'mass', 'kg', 1e-9), 'microgram', 'micrograms', 'microgramme', 'microgrammes', 'mcg', 'µg'),
  ...forms(OUNCE, 'ounce', 'ounces', 'oz'), ...forms(POUND, 'pounds', 'lbs'),
  ...forms(unit('tonne', 'mass', 'kg', 1000), 't'),
  ...forms(unit('kiloton', 'mass', 'kg', 1e6), 'kiloton', 'kilotons', 'kilotonne', 'kilotonnes'),
  ...forms(unit('megaton', 'mass', 'kg', 1e9), 'megaton', 'megatons', 'megatonne', 'megatonnes'),
  ...forms(ML, 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'),
  ...forms(unit('teaspoon', 'volume', 'litre', 0.00492892), 'teaspoon', 'teaspoons', 'tsp'),
  ...forms(unit('tablespoon', 'volume', 'litre', 0.0147868), 'tablespoon', 'tablespoons', 'tbsp'),
  ...forms(unit('pint', 'volume', 'litre', 0.568261), 'pint', 'pints'),
  ...forms(unit('billion cubic metres', 'volume', 'litre', 1e12), 'bcm'),
  ...forms(KW, 'kw', 'kilowatt', 'kilowatts'), ...forms(HP, 'hp', 'horsepower', 'bhp'),
  ...forms(unit('watt', 'power', 'MW', 1e-6), 'watt', 'watts'),
  ...forms(unit('gigawatt-hour', 'energy', 'kWh', 1e6), 'gwh'), ...forms(unit('terawatt-hour', 'energy', 'kWh', 1e9), 'twh'),
  ...forms(unit('calorie', 'energy', 'kWh', 0.00116222), 'calorie', 'calories', 'kcal'),
  ...forms(unit('kilobyte', 'data', 'GB', 1e-6), 'kb'), ...forms(unit('petabyte', 'data', 'GB', 1e6), 'pb'),
  ...forms(unit('gigabyte', 'data', 'GB', 1), 'gigabyte', 'gigabytes'), ...forms(unit('terabyte', 'data', 'GB', 1000), 'terabyte', 'terabytes'),
  ...forms(unit('megabit per second', 'bandwidth', 'Mbps', 1), 'mbps'), ...forms(unit('gigabit per second', 'bandwidth', 'Mbps', 1000), 'gbps'),
  ...forms(unit('hertz', 'frequency', 'Hz', 1), 'hz', 'hertz'), ...forms(unit('megahertz', 'frequency', 'Hz', 1e6), 'mhz', 'megahertz'),
  ...forms(unit('gigahertz', 'frequency', 'Hz', 1e9), 'ghz', 'gigahertz'),
  ...forms(unit('hectopascal', 'pressure', 'hPa', 1), 'hpa', 'hectopascal', 'hectopascals', 'millibar', 'millibars'),
  ...forms(unit('pound per square inch', 'pressure', 'hPa', 68.9476), 'psi'),
  ...forms(unit('decibel', 'loudness', 'dB', 1), 'db', 'decibel', 'decibels'),
  // A hundredth of a percentage point: "25 basis points" and "a quarter of a percentage point" are one change.
  ...forms(unit('basis point', 'percent', 'percent', 0.01), 'bp', 'bps', 'bsp'),
  ...forms(KNOT, 'knot', 'knots'), ...forms(KMH, 'kmh', 'kmph', 'km/hr'),
  ...forms(unit('kelvin', 'temperature', 'celsius', 1, -273.15), 'kelvin'),
  ['celsius', CELSIUS], ['c', CELSIUS], ['°c', CELSIUS], ['centigrade', CELSIUS],
  ['fahrenheit', FAHRENHEIT], ['f', FAHRENHEIT], ['°f', FAHRENHEIT],
  ['km', KM], ['kms', KM], ['kilometre', KM], ['kilometres', KM], ['kilometer', KM], ['kilometers', KM],
  ['mile', MILE], ['miles', MILE], ['metre', METRE], ['metres', METRE], ['meter', METRE], ['meters', METRE], ['m', METRE],
  ['feet', unit('foot', 'length', 'km', 0.0003048)], ['foot', unit('foot', 'length', 'km', 0.0003048)],
  ['acre', unit('acre', 'area', 'hectare', 0.404686)], ['acres', unit('acre', 'area', 'hectare', 0.404686)],
  ['hectare', HECTARE], ['hectares', HECTARE], ['ha', HECTARE], ['km2', SQ_KM], ['sq km', SQ_KM], ['sq mi', SQ_MILE],
  ['m2', unit('square metre', 'area', 'hectare', 1e-4)], ['m3', unit('cubic metre', 'volume', 'litre', 1000)],
  ['kg', KG], ['kilogram', KG], ['kilograms', KG], ['kilo', KG], ['kilos', KG], ['tonne', TONNE], ['tonnes', TONNE],
  ['ton', TONNE], ['tons', TONNE], ['pound', unit('pound', 'mass', 'kg', 0.45359237)], ['lb', unit('pound', 'mass', 'kg', 0.45359237)],
  ['mph', unit('mile per hour', 'speed', 'km/h', 1.609344)], ['km/h', unit('kilometre per hour', 'speed', 'km/h', 1)], ['kph', unit('kilometre per hour', 'speed', 'km/h', 1)],
  ['litre', unit('litre', 'volume', 'litre', 1)], ['litres', unit('litre', 'volume', 'litre', 1)], ['liter', unit('litre', 'volume', 'litre', 1)],
  ['liters', unit('litre', 'volume', 'litre', 1)], ['gallon', unit('gallon', 'volume', 'litre', 3.78541)], ['gallons', unit('gallon', 'volume', 'litre', 3.78541)],
  ['barrel', unit('barrel', 'volume', 'litre', 158.987)], ['barrels', unit('barrel', 'volume', 'litre', 158.987)],
  ['megawatt', unit('megawatt', 'power', 'MW', 1)], ['megawatts', unit('megawatt', 'power', 'MW', 1)], ['mw', unit('megawatt', 'power', 'MW', 1)],
  ['gigawatt', unit('gigawatt', 'power', 'MW', 1000)], ['gigawatts', unit('gigawatt', 'power', 'MW', 1000)], ['gw', unit('gigawatt', 'power', 'MW', 1000)],
  ['kwh', unit('kilowatt-hour', 'energy', 'kWh', 1)], ['mwh', unit('megawatt-hour', 'energy', 'kWh', 1000)],
  ['gb', unit('gigabyte', 'data', 'GB', 1)], ['tb', unit('terabyte', 'data', 'GB', 1000)], ['mb', unit('megabyte', 'data', 'GB', 0.001)],
  ['magnitude', unit('magnitude', 'magnitude', 'magnitude', 1)],
]);

/** Units of time: a number counting them is a duration ("for 20 minutes", "12 years in power"). */
export const DURATION_WORDS: ReadonlyMap<string, MeasureUnit> = new Map(
  ([['second', 1 / 86400], ['minute', 1 / 1440], ['hour', 1 / 24], ['day', 1], ['night', 1], ['week', 7], ['fortnight', 14],
    ['month', 30.44], ['year', 365.25], ['decade', 3652.5], ['century', 36525]] as Array<[string, number]>)
    .flatMap(([name, days]): Array<[string, MeasureUnit]> => {
      const u = unit(name, 'duration', 'day', days);
      return [[name, u], [name === 'century' ? 'centuries' : `${name}s`, u]];
    }),
);

/** The value of `x` in its dimension's base unit. e.g. 125 °F -> 51.67 °C; 2,170 acres -> 878 ha. */
export function toBase(u: MeasureUnit, x: number): number {
  return (x + (u.offset ?? 0)) * u.factor;
}

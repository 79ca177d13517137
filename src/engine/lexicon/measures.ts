/**
 * Units of measurement of general English, each with its dimension and how to convert it to the
 * dimension's base unit, so "2,170 acres (878 ha)" or "51.8 degrees Celsius (125 Fahrenheit)" can be
 * compared. Durations count in days, areas in hectares, lengths in kilometres, masses in kilograms.
 */
export interface MeasureUnit {
  /** Canonical singular name as shown: "acre", "degree Celsius". */
  name: string;
  dimension: 'temperature' | 'area' | 'length' | 'mass' | 'speed' | 'volume' | 'duration' | 'power' | 'energy' | 'magnitude' | 'age' | 'data';
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

/** Lower-case words and abbreviations, singular and plural, as written after a number. */
export const MEASURE_WORDS: ReadonlyMap<string, MeasureUnit> = new Map([
  ['celsius', CELSIUS], ['c', CELSIUS], ['°c', CELSIUS], ['centigrade', CELSIUS],
  ['fahrenheit', FAHRENHEIT], ['f', FAHRENHEIT], ['°f', FAHRENHEIT],
  ['km', KM], ['kms', KM], ['kilometre', KM], ['kilometres', KM], ['kilometer', KM], ['kilometers', KM],
  ['mile', MILE], ['miles', MILE], ['metre', METRE], ['metres', METRE], ['meter', METRE], ['meters', METRE], ['m', METRE],
  ['feet', unit('foot', 'length', 'km', 0.0003048)], ['foot', unit('foot', 'length', 'km', 0.0003048)],
  ['acre', unit('acre', 'area', 'hectare', 0.404686)], ['acres', unit('acre', 'area', 'hectare', 0.404686)],
  ['hectare', HECTARE], ['hectares', HECTARE], ['ha', HECTARE], ['km2', SQ_KM], ['sq km', SQ_KM], ['sq mi', SQ_MILE],
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

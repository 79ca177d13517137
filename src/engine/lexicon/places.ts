/**
 * Words of general English around place names: the kinds of places ("the city of", "province") that
 * stand between a preposition and a name, and the kinds of events ("the Maui wildfires") that make a
 * capitalised phrase after "in" an event rather than a place.
 */
const set = (words: string) => new Set(words.split(' '));

export const PLACE_NOUNS = set(
  'city cities town towns village villages province provinces region regions area areas district districts state county ' +
    'municipality neighbourhood neighborhood suburb suburbs capital island islands coast coasts coastline port territory territories zone ' +
    'square squares street streets camp camps country part parts north south east west northwest northeast southwest southeast',
);

export const EVENT_NOUNS = set(
  'fire fires wildfire wildfires blaze flood floods flooding earthquake earthquakes quake quakes storm storms hurricane ' +
    'cyclone typhoon tsunami attack attacks bombing blast explosion crash collapse shooting war conflict protest protests ' +
    'rally rallies march strike strikes election elections disaster disasters outbreak pandemic epidemic eruption landslide ' +
    'heatwave drought famine riots unrest massacre siege offensive operation pilgrimage festival games summit ' +
    'shipwreck sinking capsizing derailment stampede crush takeover merger acquisition bailout',
);

/** The states of the United States, whose names a story of several of them uses as places ("Georgia" is then no country). */
export const US_STATES = new Set(
  ('alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,georgia,hawaii,idaho,illinois,indiana,iowa,' +
    'kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,' +
    'new hampshire,new jersey,new mexico,new york,north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,' +
    'south carolina,south dakota,tennessee,texas,utah,vermont,virginia,washington,west virginia,wisconsin,wyoming').split(','),
);

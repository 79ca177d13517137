/**
 * Countries and their demonyms (general English), so "Bulgarian soldiers" and "Bulgaria sent"
 * are about the same subject. Format: "Country:Demonym,Plural demonym;..."; aliases after '|'.
 */
const TABLE =
  'Afghanistan:Afghan,Afghans;Albania:Albanian,Albanians;Algeria:Algerian,Algerians;Andorra:Andorran;Angola:Angolan,Angolans;' +
  'Argentina:Argentine,Argentinian,Argentines;Armenia:Armenian,Armenians;Australia:Australian,Australians;Austria:Austrian,Austrians;' +
  'Azerbaijan:Azerbaijani,Azerbaijanis;Bahrain:Bahraini;Bangladesh:Bangladeshi,Bangladeshis;Belarus:Belarusian,Belarusians;' +
  'Belgium:Belgian,Belgians;Benin:Beninese;Bolivia:Bolivian,Bolivians;Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia:Bosnian,Bosnians;' +
  'Botswana:Botswanan;Brazil:Brazilian,Brazilians;Bulgaria:Bulgarian,Bulgarians;Burkina Faso:Burkinabe;Burundi:Burundian;' +
  'Cambodia:Cambodian,Cambodians;Cameroon:Cameroonian,Cameroonians;Canada:Canadian,Canadians;Chad:Chadian,Chadians;Chile:Chilean,Chileans;' +
  'China:Chinese;Colombia:Colombian,Colombians;Congo|Democratic Republic of the Congo|DRC:Congolese;Costa Rica:Costa Rican;' +
  'Croatia:Croatian,Croat,Croats,Croatians;Cuba:Cuban,Cubans;Cyprus:Cypriot,Cypriots;Czech Republic|Czechia:Czech,Czechs;' +
  'Denmark:Danish,Dane,Danes;Ecuador:Ecuadorian;Egypt:Egyptian,Egyptians;El Salvador:Salvadoran;Eritrea:Eritrean,Eritreans;' +
  'Estonia:Estonian,Estonians;Ethiopia:Ethiopian,Ethiopians;Finland:Finnish,Finn,Finns;France:French;Georgia:Georgian,Georgians;' +
  'Germany:German,Germans;Ghana:Ghanaian,Ghanaians;Greece:Greek,Greeks;Guatemala:Guatemalan;Haiti:Haitian,Haitians;Honduras:Honduran;' +
  'Hungary:Hungarian,Hungarians;Iceland:Icelandic,Icelanders;India:Indian,Indians;Indonesia:Indonesian,Indonesians;Iran:Iranian,Iranians;' +
  'Iraq:Iraqi,Iraqis;Ireland:Irish;Israel:Israeli,Israelis;Italy:Italian,Italians;Ivory Coast|Côte d’Ivoire:Ivorian;Jamaica:Jamaican;' +
  'Japan:Japanese;Jordan:Jordanian,Jordanians;Kazakhstan:Kazakh,Kazakhs;Kenya:Kenyan,Kenyans;Kosovo:Kosovar,Kosovan,Kosovars;' +
  'Kuwait:Kuwaiti,Kuwaitis;Kyrgyzstan:Kyrgyz;Laos:Lao,Laotian;Latvia:Latvian,Latvians;Lebanon:Lebanese;Liberia:Liberian,Liberians;' +
  'Libya:Libyan,Libyans;Lithuania:Lithuanian,Lithuanians;Luxembourg:Luxembourgish;Madagascar:Malagasy;Malawi:Malawian;Malaysia:Malaysian,Malaysians;' +
  'Mali:Malian,Malians;Malta:Maltese;Mauritania:Mauritanian;Mexico:Mexican,Mexicans;Moldova:Moldovan,Moldovans;Monaco:Monegasque;' +
  'Mongolia:Mongolian,Mongolians;Montenegro:Montenegrin,Montenegrins;Morocco:Moroccan,Moroccans;Mozambique:Mozambican;Myanmar|Burma:Burmese;' +
  'Namibia:Namibian;Nepal:Nepali,Nepalese;Netherlands|Holland:Dutch;New Zealand:New Zealander,New Zealanders;Nicaragua:Nicaraguan;' +
  'Niger:Nigerien;Nigeria:Nigerian,Nigerians;North Korea:North Korean,North Koreans;North Macedonia|Macedonia:Macedonian,Macedonians;' +
  'Norway:Norwegian,Norwegians;Oman:Omani;Pakistan:Pakistani,Pakistanis;Palestine|Palestinian Territories:Palestinian,Palestinians;' +
  'Panama:Panamanian;Paraguay:Paraguayan;Peru:Peruvian,Peruvians;Philippines:Filipino,Filipinos,Philippine;Poland:Polish,Pole,Poles;' +
  'Portugal:Portuguese;Qatar:Qatari,Qataris;Romania:Romanian,Romanians;Russia:Russian,Russians;Rwanda:Rwandan,Rwandans;' +
  'Saudi Arabia:Saudi,Saudis;Senegal:Senegalese;Serbia:Serbian,Serb,Serbs,Serbians;Sierra Leone:Sierra Leonean;Singapore:Singaporean;' +
  'Slovakia:Slovak,Slovaks,Slovakian;Slovenia:Slovenian,Slovene,Slovenes,Slovenians;Somalia:Somali,Somalis;South Africa:South African,South Africans;' +
  'South Korea:South Korean,South Koreans;South Sudan:South Sudanese;Spain:Spanish,Spaniard,Spaniards;Sri Lanka:Sri Lankan,Sri Lankans;' +
  'Sudan:Sudanese;Sweden:Swedish,Swede,Swedes;Switzerland:Swiss;Syria:Syrian,Syrians;Taiwan:Taiwanese;Tajikistan:Tajik,Tajiks;' +
  'Tanzania:Tanzanian,Tanzanians;Thailand:Thai;Tunisia:Tunisian,Tunisians;Turkey|Türkiye:Turkish,Turk,Turks;Turkmenistan:Turkmen;' +
  'Uganda:Ugandan,Ugandans;Ukraine:Ukrainian,Ukrainians;United Arab Emirates|UAE:Emirati,Emiratis;United Kingdom|UK|Britain|Great Britain:British,Briton,Britons;' +
  'United States|US|USA|America:American,Americans;Uruguay:Uruguayan;Uzbekistan:Uzbek,Uzbeks;Venezuela:Venezuelan,Venezuelans;' +
  'Vietnam:Vietnamese;Yemen:Yemeni,Yemenis;Zambia:Zambian,Zambians;Zimbabwe:Zimbabwean,Zimbabweans';

/** Lower-case name, alias or demonym -> canonical country name. */
export const COUNTRY_BY_NAME = new Map<string, string>();
/** Lower-case plural demonyms ("serbs") that are also counted nouns: the people of that country. */
export const PEOPLE_DEMONYMS = new Set<string>();
/** Lower-case names and aliases of countries, not their demonyms: "russia", "us", not "russian". */
export const COUNTRY_NAMES = new Set<string>();
/** Lower-case multi-word names, longest first, for phrase lookup. */
export const MULTIWORD_COUNTRY_NAMES: string[] = [];

for (const entry of TABLE.split(';')) {
  const [names = '', demonyms = ''] = entry.split(':');
  const all = names.split('|');
  const canonical = all[0] ?? '';
  for (const name of [...all, ...demonyms.split(',')]) {
    const key = name.trim().toLowerCase();
    if (!key) continue;
    COUNTRY_BY_NAME.set(key, canonical);
    if (key.includes(' ') || key.includes('-')) MULTIWORD_COUNTRY_NAMES.push(key);
  }
  for (const name of all) COUNTRY_NAMES.add(name.trim().toLowerCase());
  for (const d of demonyms.split(',')) if (d.endsWith('s') && !d.endsWith('ss')) PEOPLE_DEMONYMS.add(d.toLowerCase());
}
MULTIWORD_COUNTRY_NAMES.sort((a, b) => b.length - a.length);

/** Canonical country name -> its first demonym adjective ("Egypt" -> "Egyptian"), for labels. */
export const DEMONYM_OF = new Map<string, string>();
for (const entry of TABLE.split(';')) {
  const [names = '', demonyms = ''] = entry.split(':');
  const first = demonyms.split(',')[0]?.trim();
  if (first) DEMONYM_OF.set(names.split('|')[0] ?? '', first);
}

/**
 * Families of counted nouns (general English), so synonyms count the same thing: "soldiers", "troops" and
 * "peacekeepers" are troops; "people", "residents", "migrants" and "bodies" are people; "buildings",
 * "structures" and "homes" are buildings. Singular lower-case nouns.
 */
const set = (words: string) => new Set(words.split(' '));

export const TROOP_NOUNS = set(
  'soldier troop peacekeeper serviceman servicemen servicewoman servicemember trooper paratrooper marine reservist conscript sailor airman infantryman mercenary',
);
/** Nouns that count troops only in a military passage ("4,443 personnel", "90 members", "50,000 men and women"). */
export const MILITARY_CONTEXT_NOUNS = set('personnel member man woman staff officer force guard recruit contingent');
export const COUNTRY_NOUNS = set('country nation state ally');
/** Animals counted as stock: "1.2 million head of livestock", "more than 1 million animals have perished". */
export const ANIMAL_NOUNS = set('animal livestock cattle cow sheep goat camel pig poultry chicken horse donkey');
export const BUILDING_NOUNS = set('building structure home house dwelling residence apartment property business household');
export const PEOPLE_NOUNS = set(
  'person people resident civilian inhabitant citizen individual child adult man woman boy girl infant baby refugee migrant ' +
    'asylum-seeker voter investor client crew crewmember teacher pupil doctor nurse journalist reporter farmer fisherman miner volunteer schoolchild grandchild schoolgirl schoolboy saver depositor pilgrim passenger commuter traveller traveler faithful national local tourist visitor patient victim casualty death fatality body remains life ' +
    'mortality survivor evacuee protester protestor demonstrator marcher participant attendee detainee prisoner hostage compatriot convict inmate captive instructor professor lecturer tutor ' +
    'arrest injury student teenager youth elder elderly family spectator fan worshipper believer dead deceased injured wounded missing displaced homeless other',
);
/** Those sent to fight a fire or to rescue: counted, like troops, by how many are deployed. */
export const RESPONDER_NOUNS = set('firefighter fireman firemen rescuer paramedic lifeguard smokejumper');
export const WORKER_NOUNS = set('worker employee staffer labourer laborer striker machinist mechanic technician assembler welder electrician docker dockworker longshoreman');
export const JOB_NOUNS = set('job position post role layoff redundancy');
/** Those who attack: their dead are not the victims' toll. */
export const ATTACKER_NOUNS = set('attacker gunman assailant militant insurgent fighter terrorist bomber shooter rebel jihadist perpetrator hijacker kidnapper raider');
export const POLICE_NOUNS = set('police policeman policemen police officer officer gendarme');

/**
 * The family of a counted noun. e.g. "soldier" -> "troops"; "personnel" -> "troops" in a military passage;
 * "nation" -> "countries"; "resident" -> "people"; "structure" -> "buildings"; "aftershock" -> "aftershock".
 */
export function familyOf(head: string, military: boolean): string {
  const last = head.includes(' ') ? (head.split(' ').pop() as string) : head;
  if (TROOP_NOUNS.has(last)) return 'troops';
  if (head === 'crew member') return 'people';
  if (ANIMAL_NOUNS.has(last)) return 'animals';
  // "festival-goers", "concertgoers", "churchgoers": people who go to something.
  if (/goer$/.test(last)) return 'people';
  if (head === 'man and woman') return military ? 'troops' : 'people';
  if (head.startsWith('police') || head === 'policeman') return 'police';
  if (MILITARY_CONTEXT_NOUNS.has(last) && military) return 'troops';
  if (ATTACKER_NOUNS.has(last)) return 'attackers';
  // "more than 400 small earthquakes", "some 450 tremors": one kind of event counted.
  if (/^(?:earthquake|quake|tremor)$/.test(last)) return 'earthquakes';
  if (COUNTRY_NOUNS.has(last)) return 'countries';
  if (BUILDING_NOUNS.has(last)) return 'buildings';
  if (RESPONDER_NOUNS.has(last) || /^(?:rescue|emergency|relief) worker$/.test(head)) return 'responders';
  if (JOB_NOUNS.has(last)) return 'jobs';
  if (WORKER_NOUNS.has(last)) return 'workers';
  if (PEOPLE_NOUNS.has(last)) return 'people';
  // Cases and infections of a disease count the same people: "9,063 cases", "10,035 infections".
  if (last === 'infection') return 'case';
  // "2 million customers", "3.5 million accounts", "users", "subscribers": those a company serves.
  if (/^(?:customer|account|user|subscriber|account-holder|accountholder)$/.test(last)) return 'customers';
  // Room for people is counted in beds, places or spaces alike: "389 beds", "400 places".
  if (/^(?:bed|place|space|bunk|berth)$/.test(last)) return 'places';
  if (last === 'arrival') return 'people';
  if (/^(?:plant|factory|facility|works|mill)$/.test(last)) return 'plants';
  // "200 cities", "230 towns and cities": places where something happened, whatever their size.
  if (/^(?:town|city|village|municipality|locality|commune)$/.test(last)) return 'towns';
  // "ten carriages", "12 coaches", "wagons": the cars of one train.
  if (/^(?:carriage|coach|wagon|railcar|railway carriage)$/.test(last)) return 'carriages';
  if (POLICE_NOUNS.has(last)) return 'police';
  // "160 vessels waiting", "185 ships in a standstill": one fleet, whatever it is called.
  if (/^(?:ship|vessel)$/.test(last)) return 'ships';
  // "two aircraft", "three planes", "22 aircraft": aircraft, whatever they carry.
  if (/^(?:aircraft|plane|airplane|aeroplane|jet|airliner)$/.test(last)) return 'aircraft';
  return last;
}

/** Events that only happen to people: with no counted noun, such a figure counts people. */
export const HUMAN_EVENTS = new Set(['killed', 'injured', 'hospitalised', 'missing', 'trapped', 'rescued', 'displaced', 'evacuated', 'sheltered', 'arrested', 'took part', 'identified', 'population', 'infected', 'vaccinated', 'recovered', 'arrived', 'transferred', 'employed', 'convicted', 'charged', 'critical', 'in need', 'malnourished', 'deported', 'kidnapped', 'freed', 'laid off', 'net migration', 'emigrated']);

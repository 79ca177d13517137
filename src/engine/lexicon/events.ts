/**
 * What happens to people and things in the news, as general English: verbs, participles, adjectives and
 * nouns mapped to one event class each. A figure's event is what was done to what it counts ("45 people
 * died" -> killed; "displaced over 30,000 people" -> displaced) or what the amount is ("paying $2bn" ->
 * price). Lower-case word forms.
 */
const table = (entries: Record<string, string>) => {
  const map = new Map<string, string>();
  for (const [event, words] of Object.entries(entries)) for (const w of words.split(' ')) map.set(w, event);
  return map;
};

/** Said of the counted after the noun: "45 people died", "10,000 are missing", "22 were arrested". */
export const PREDICATE_EVENTS = table({
  killed: 'died dead killed perished drowned slain murdered executed die dies dying deceased succumbed',
  injured: 'injured wounded hurt injuring',
  hospitalised: 'hospitalised hospitalized treated',
  missing: 'missing unaccounted disappeared',
  trapped: 'trapped entombed',
  rescued: 'rescued saved survived',
  displaced: 'displaced homeless fled flee fleeing uprooted',
  evacuated: 'evacuated evacuate transported relocated airlifted',
  sheltered: 'sheltered housed accommodated settled sheltering staying held crammed packed',
  arrested: 'arrested detained jailed captured',
  convicted: 'convicted',
  kidnapped: 'kidnapped abducted',
  freed: 'freed released swapped exchanged',
  deported: 'deported expelled',
  cancelled: 'cancelled canceled grounded scrapped',
  delayed: 'delayed',
  sold: 'sold',
  charged: 'charged indicted',
  arrived: 'arrived arriving landed landing reached disembarked entered entering crossed crossing',
  'on board': 'boarded',
  transferred: 'transferred moved',
  deployed: 'deployed redeployed stationed serving deploying sent dispatched posted fought battled battling tackled tackling',
  'took part': 'protested rallied rally marched gathered attended descended demonstrated participated joined protest turned',
  destroyed: 'destroyed damaged collapsed flattened razed demolished burned burnt levelled leveled gutted intercepted downed',
  launched: 'launched',
  derailed: 'derailed derail derailing',
  overturned: 'overturned overturning',
  affected: 'affected',
  'in need': 'need needs needing',
  malnourished: 'malnourished undernourished starving',
  identified: 'identified',
  cut: 'cut axed eliminated shed',
  closed: 'close closed closing shut shutting',
  infected: 'infected sickened ill contracted',
  vaccinated: 'vaccinated immunised immunized inoculated jabbed',
  recovered: 'recovered',
});

/** Done to the counted, written before the figure: "killing 15 people", "displaced over 30,000 people". */
export const VERB_BEFORE_EVENTS = table({
  killed: 'killed killing kills kill buried lost losing',
  injured: 'injured injuring injures injure wounded wounding hurt hurting treated treating',
  hospitalised: 'hospitalised hospitalized admitting admitted admit admits',
  displaced: 'displaced displacing displaces displace',
  evacuated: 'evacuated evacuating evacuate evacuates',
  rescued: 'rescued rescuing rescue rescues saved',
  arrested: 'arrested arresting arrest arrests detained detaining detain',
  convicted: 'convicted convicting convicts',
  kidnapped: 'kidnapped kidnapping kidnap kidnaps abducted abducting abduct abducts',
  freed: 'freed freeing free frees released releasing swapped swapping exchanged exchanging',
  deported: 'deported deporting deport deports expelled expelling expel expels',
  cancelled: 'cancelled canceled cancelling canceling cancel cancels scrapped scrapping grounded grounding',
  delayed: 'delayed delaying delays',
  sold: 'sold sells selling sell',
  charged: 'charged charging indicted indicting',
  deployed: 'deployed deploying deploy deploys sent send sending sends dispatched dispatching dispatch contributes contributed contributing',
  destroyed: 'destroyed destroying destroys destroy damaged damaging damages flattened razed intercepted intercepting downed downing',
  launched: 'launched launching launches',
  sheltered: 'housing sheltering accommodating held holding',
  transferred: 'transferred transferring moved moving',
  capacity: 'accommodate accommodates accommodating',
  cut: 'cut cutting cuts axing axe axes eliminate eliminating slash slashing shed sheds shedding',
  closed: 'close closes closed closing shut shuts shutting',
  employed: 'employs employ employed employing',
  price: 'paying pay pays paid buy buys buying bought acquire acquiring acquired',
  'took part': 'drew draw draws attracted attracting mobilised mobilized gathered',
  affected: 'affected affecting affects',
  'on board': 'carrying carried carry carries',
  identified: 'identified',
  infected: 'infected infecting infects sickened sickening',
  vaccinated: 'vaccinated vaccinating vaccinate vaccinates inoculated inoculating immunised immunized',
});

/** Nouns that say what happened to what they count: "1,602 deaths", "56 injuries", "100,000 protesters". */
export const NOUN_EVENTS = table({
  killed: 'death deaths dead fatality fatalities body bodies victim victims casualty casualties mortality mortalities life lives deceased toll',
  injured: 'injury injuries wounded injured',
  missing: 'missing',
  arrested: 'arrest arrests detainee detainees',
  kidnapped: 'hostage hostages captive captives abductee abductees',
  evacuated: 'evacuee evacuees',
  arrived: 'arrival arrivals',
  population: 'resident residents inhabitant inhabitants',
  rescued: 'survivor survivors',
  'took part': 'protester protesters protestor protestors demonstrator demonstrators marcher marchers participant participants attendee attendees spectator spectators crowd crowds turnout attendance rally-goers',
  cut: 'layoff layoffs redundancies',
  employed: 'employees staff staffers',
});

/** Nouns before a figure that name what it measures: "the death toll rose to 52", "a crowd of 8,000". */
export const MEASURE_NOUN_EVENTS = table({
  killed: 'toll tolls death deaths fatalities mortalities dead lives bodies body remains',
  injured: 'injuries injured',
  missing: 'missing',
  'took part': 'crowd crowds turnout attendance',
  population: 'population populations',
  evacuated: 'evacuation evacuations',
  rescued: 'rescue survivors',
  capacity: 'capacity',
  arrived: 'arrivals immigration',
  displaced: 'displacement',
  arrested: 'arrest arrests detention',
  deployed: 'deployment dispatch',
  employed: 'workforce headcount payroll',
  vaccinated: 'vaccination vaccinations',
  // "net migration stood at 672,000": the difference between those who came and those who left, a measure of its own.
  'net migration': 'migration',
  emigrated: 'emigration',
});

/** Words that make a figure an estimate or a forecast: it still joins the quantity it estimates. */
export const ESTIMATE_WORDS = new Set(
  'feared fear fears believed thought expected expect expects estimated estimate estimates could may might likely projected forecast predicted anticipated guided guidance'.split(' '),
);

/** Money: what an amount is. Read near the amount: "paying 3 billion francs", "a loss guarantee of 9 billion". */
export const MONEY_TOPICS = table({
  price: 'price priced paying pay paid pays buy buys bought buying takeover acquisition acquire acquiring merger deal purchase sale sold rescue bid offer fare fares fee fees',
  guarantee: 'guarantee guarantees guaranteed backstop',
  liquidity: 'liquidity lending',
  loan: 'loan loans credit credits',
  loss: 'loss losses shorted',
  profit: 'profit profits earnings income',
  revenue: 'revenue revenues sales turnover generating generated',
  outflow: 'outflow outflows withdrawn withdrawals withdrew pulled',
  deposit: 'deposit deposits',
  writedown: 'write-off written write-down writedown wiped',
  value: 'valued valuation worth capitalisation capitalization value',
  cost: 'cost costs damage rebuild rebuilding reconstruction bill',
  compensation: 'damages compensation restitution reparations',
  fraud: 'misappropriated misappropriating misappropriation diverted diverting embezzled embezzling embezzlement stole stolen stealing theft thefts defrauded swindled laundered laundering heist heists robbery robberies burglary looted',
  forfeiture: 'forfeit forfeits forfeited forfeiting forfeiture forfeitures',
  aid: 'aid assistance relief donation donations donated pledged pledge pledges grant grants promised appeal appeals contribution contributions contribute contributes contributed',
  fine: 'fine fines fined penalty penalties settlement',
  budget: 'budget budgets budgeted approved',
  spending: 'spending spend spent expenditure',
  salary: 'salary salaries wage wages pay-rise pension pensions allowance allowances diem earn earns earning',
  tax: 'tax taxes tariff tariffs levy',
  debt: 'debt debts',
  // A deficit is one year's shortfall, debt what has piled up: two amounts.
  deficit: 'deficit deficits shortfall',
  investment: 'investment investments invest invested investing',
  bonus: 'bonus bonuses add-ons add-on',
  funding: 'funding funds fund financing allocated allocation earmarked',
  savings: 'save saves saving savings',
  charge: 'charge charges provision provisions impairment impairments',
  ransom: 'ransom ransoms',
  dividend: 'dividend dividends',
  bail: 'bail',
  reward: 'reward rewards bounty',
});

/**
 * Durations: what a length of time is, read in its clause. A request ("prosecutors asked for nine years") is
 * not what a court gave; time already served is not the term.
 */
export const DURATION_TOPICS = table({
  sentence: 'sentenced sentence sentences jailed jail prison imprisonment imprisoned term jailing',
  custody: 'custody detention detained served serving serve',
  trial: 'trial hearings',
});
export const REQUEST_WORDS = new Set('asked ask asks sought seek seeks seeking demanded demand demands requested request requests called urged wanted recommended recommend recommends plea'.split(' '));

/** Percentages: what a share or a rate is of, from the words around it ("unemployment stands at 6.2%"). */
export const PERCENT_TOPICS = table({
  unemployment: 'unemployment jobless unemployed',
  inflation: 'inflation prices consumer-price',
  turnout: 'turnout',
  interest: 'interest policy repo',
  tax: 'tax taxes vat tariff tariffs levy',
  approval: 'approval popularity support approve approves',
  poverty: 'poverty poor',
  growth: 'growth gdp economy expanded grew',
  vote: 'vote votes voted ballots',
  containment: 'containment contained',
  searched: 'searched search',
  distrust: 'distrust mistrust',
  trust: 'trust',
  stake: 'stake stakes shares holding',
  premium: 'premium premiums',
  workforce: 'workforce headcount jobs staff employees workers',
  return: 'return returns yield yields',
  overrun: 'overrun overruns overspend overspending',
});

/** Verbs of change: a figure after "by" is the size of the change ("cut by 30%", "rose by 4.5%"). */
export const CHANGE_WORDS = table({
  decrease: 'cut cuts cutting reduce reduced reduces reducing lower lowered fell fall falls drop dropped drops decline declined declines shrink shrank slash slashed decrease decreased',
  increase: 'raise raised raises raising increase increased increases rise rose rises rising grow grew grows climb climbed jump jumped surge surged',
});

/** Auxiliaries, adverbs and linking words that may stand between a counted noun and what happened to it. */
export const PREDICATE_FILLERS = new Set(
  ('have has had been were was are is be being still now reportedly also so far already remain remained remains left ' +
    'believed feared thought reported estimated confirmed officially who that which to may might could would will ' +
    'later since then all both more others other people persons either seriously critically severely badly allegedly ' +
    'presumed feared presumably likely not yet apparently later being got gotten described listed considered classified as counted fell fallen ordered told urged forced asked known woke wake wakes up went go gone stayed stay stays').split(' '),
);

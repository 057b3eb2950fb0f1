import { group } from 'd3-array';
import { formatDate, formatQuantity } from '$lib/data/format';
import type {
	Actor,
	Basis,
	Dataset,
	LocatedEvidence,
	QuantityStatus,
	Rule
} from '$lib/data/schema';
import { DERIVED_MARK } from './rules';

type Quantity = Dataset['quantities'][number];
type Relation = Dataset['relations'][number];
type Event = Dataset['events'][number];
type Conflict = Dataset['conflicts'][number];

/**
 * The verb each status gives a figure: a figure is never written as more done than its status. An
 * announced, pledged or committed figure is never “sent”, “deployed” or “received”.
 */
export const statusVerbs: Record<QuantityStatus, string> = {
	announced: 'announced',
	pledged: 'pledged',
	committed: 'committed',
	deployed: 'deployed',
	received: 'received',
	needed: 'needed',
	target: 'planned',
	estimate: 'estimated',
	authorised: 'authorised',
	spent: 'spent',
	frozen: 'frozen',
	balance: 'in the fund',
	'in-favour': 'in favour',
	figure: ''
};

/** The verb of a figure: a contingent that was deployed is one that arrived. */
export const verbOf = (q: Pick<Quantity, 'status' | 'measure'>) =>
	q.measure === 'arrival' && q.status === 'deployed' ? 'arrived' : statusVerbs[q.status];

/** “600 officers announced”, “$68 million received”, “217 officers arrived”, “12 million people”. */
export const figureWords = (q: Quantity) => `${formatQuantity(q)} ${verbOf(q)}`.trimEnd();

/**
 * Who gives a figure: its speaker; else the source of its first evidence (a record lists first the
 * evidence that gives its value), or the sources that cite the very same words, where the sheet does not
 * say which of them gives it.
 */
export function who(
	r: { basis?: Basis; evidence: LocatedEvidence[] },
	outlets: Record<string, string>
): string {
	if (r.basis?.kind === 'attributed') return r.basis.speaker;
	const first = r.evidence[0];
	if (!first || first.kind === 'article') return 'the article';
	const same = r.evidence.filter((e) => e.kind === 'background' && e.quote === first.quote);
	return [...new Set(same.map((e) => outlets[e.source] ?? e.source))].join(' or ');
}

/**
 * Where a record's evidence comes from, in words: the article alone, the article and background
 * sources (a date or a detail the article does not give), or background sources only.
 */
export function provenanceWords(evidence: LocatedEvidence[], short = false): string {
	const article = evidence.some((e) => e.kind === 'article');
	const background = evidence.some((e) => e.kind === 'background');
	if (article && background)
		return short ? 'article and background' : 'from the article and background sources';
	if (article) return short ? 'article' : 'from the article';
	return short ? 'background only' : 'background source';
}

/** How a sentence credits a speaker's claim: “, Conille said”; nothing for what a source states. */
export const said = (basis: Basis | undefined) =>
	basis?.kind === 'attributed' ? `, ${basis.speaker} said` : '';

/** A value we derived, marked as ours wherever it is written. */
export const marked = (text: string) => `${text}${DERIVED_MARK}`;

/** How a link to a rule names it: what kind of calculation of ours the marked value is. */
export const ruleLabel = (r: Pick<Rule, 'kind'>) =>
	`${DERIVED_MARK} our ${
		{
			'following-month': 'dating',
			'add-months': 'date',
			'subtract-months': 'date',
			sum: 'sum',
			difference: 'difference',
			share: 'share',
			largest: 'ranking'
		}[r.kind]
	}`;

/** A date as written: marked as ours where the record's date is derived. */
export const dateIn = (r: { date: string; basis?: Basis }) =>
	r.basis?.kind === 'derived' ? marked(formatDate(r.date)) : formatDate(r.date);

/** The footnote that names our rules, as an exported image's footer and a table's note carry it. */
export const ruleNote = (rules: Rule[]) =>
	rules.length ? `${DERIVED_MARK} Our calculation: ${rules.map((r) => r.text).join('; ')}.` : '';

/** Figures where sources differ, grouped by value, each with who gives it: “12 million (Conille; Haitian officials) or 11,772,557 (the UN)”. */
export function alternatives(members: Quantity[], outlets: Record<string, string>): string {
	// Where the members differ in status (pledged, received) each says its verb, and they are listed,
	// not offered as one figure or another; a member with its own label says what it counts.
	// An estimate and a figure given plainly are the same kind of figure; pledged and received are not.
	const statuses = new Set(members.map((q) => (q.status === 'estimate' ? 'figure' : q.status)));
	const labels = members.map((q) => q.label);
	const label = labels
		.slice()
		.sort((a, b) => labels.filter((l) => l === b).length - labels.filter((l) => l === a).length)[0];
	// Where the members hold for different dates, each says its date (“the UN, 2024”).
	const dates = new Set(members.map((q) => q.asOf ?? ''));
	const byValue = new Map<string, string[]>();
	for (const q of [...members].sort(
		(a, b) => a.value - b.value || a.status.localeCompare(b.status)
	)) {
		const key = statuses.size > 1 ? figureWords(q) : formatQuantity(q);
		const when = dates.size > 1 && q.asOf ? `, ${formatDate(q.asOf)}` : '';
		const whom = `${who(q, outlets)}${when}${statuses.size === 1 && q.label !== label ? `: ${lowerFirst(q.label)}` : ''}`;
		byValue.set(key, [...new Set([...(byValue.get(key) ?? []), whom])]);
	}
	return [...byValue]
		.map(([value, whom]) => `${value} (${whom.join('; ')})`)
		.join(statuses.size > 1 ? '; ' : ' or ');
}

/** “Haiti’s population: sources differ, 11,772,557 (the UN) or 12 million (Conille; Haitian officials). The round figure is roughly right.” */
export function conflictSentence(
	c: Pick<Conflict, 'topic' | 'note'>,
	members: Quantity[],
	outlets: Record<string, string>
): string {
	return `${c.topic}: sources differ, ${alternatives(members, outlets)}.${c.note ? ` ${c.note}` : ''}`;
}

export const lowerFirst = (s: string) =>
	/^[A-Z][a-z]/.test(s) && !/^[A-Z][a-z]+’s /.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An actor as a sentence names it: “the Haitian National Police”, “armed gangs”, “Kenya”. */
export function nameInSentence(a: Pick<Actor, 'name' | 'kind'>): string {
	if (a.name.startsWith('The ')) return `the ${a.name.slice(4)}`;
	if (a.name.startsWith('United ')) return `the ${a.name}`;
	if (a.kind === 'person' || a.kind === 'country' || /^[A-Z]+$/.test(a.name)) return a.name;
	// A group named in the plural (“Armed gangs”) takes no article; one named in the singular does.
	if (a.kind === 'group')
		return /s$/.test(a.name.replace(/ \(.*\)$/, ''))
			? lowerFirst(a.name)
			: `the ${lowerFirst(a.name)}`;
	return `the ${a.name}`;
}

/**
 * Figures a relation or an event carries: with their dates, and who gives each where they differ. A
 * figure's date is when it held (“as of”), or for a group's arrival the day it arrived: never the date
 * of the act the sentence names, which a source may not give.
 */
export function figuresText(
	figures: Quantity[],
	outlets: Record<string, string>,
	{ dates = true, units = true } = {}
): string {
	// Figures one conflict holds are one figure the sources differ on: together, by value, each with who
	// gives it, unless the same sources give every value (the sheet does not say which gives which).
	const one = (q: Quantity, whom: boolean) => {
		const date =
			!dates || !q.asOf
				? ''
				: `${q.measure === 'arrival' ? 'arrived' : 'as of'} ${formatDate(q.asOf)}`;
		const notes = [date, whom ? who(q, outlets) : ''].filter(Boolean);
		return `${formatQuantity(q, units)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
	};
	return [...group(figures, (q) => q.conflict ?? `q:${q.id}`).values()]
		.map((sides) => {
			const whom = new Set(sides.map((q) => who(q, outlets))).size > 1;
			return [...sides]
				.sort((a, b) => a.value - b.value)
				.map((q) => one(q, whom))
				.join(' or ');
		})
		.join(' and ');
}

/**
 * A relation in words, from its kind and status (never free prose): a plan reads as a plan (“is set
 * to send”), a claim someone made names them (“…, Conille said”).
 */
export function relationSentence(
	r: Relation,
	actor: (id: string) => Pick<Actor, 'name' | 'kind'>,
	figures: Quantity[],
	outlets: Record<string, string>
): string {
	const from = nameInSentence(actor(r.from));
	const to = nameInSentence(actor(r.to));
	const object = r.object ?? '';
	const figs = figuresText(figures, outlets);
	const past = r.status !== 'ongoing' && r.status !== 'mandated';
	const then = (s: string) => (s ? ` ${s}` : '');
	let text: string;
	switch (r.kind) {
		case 'urges':
			text = `${from} called on ${to}${then(object)}`;
			break;
		case 'leads':
			text =
				actor(r.from).kind === 'person' && object
					? `${from} ${past ? 'was' : 'is'} ${object} of ${to}`
					: object
						? `${from} ${past ? 'led' : 'leads'} ${object} in ${to}`
						: `${from} ${past ? 'led' : 'leads'} ${to}`;
			break;
		case 'deploys-to': {
			// Only what was done is “deployed”: a plan, a pledge, a commitment keeps its own verb.
			const verb = {
				announced: 'is set to send',
				pledged: 'pledged to send',
				committed: 'committed to send',
				mandated: 'is mandated to send',
				ongoing: 'sends',
				past: 'deployed',
				deployed: 'deployed'
			}[r.status];
			text = `${from} ${verb} ${[object, figs].filter(Boolean).join(' ') || 'personnel'} to ${to}`;
			break;
		}
		case 'works-with':
			text = `${from} ${past ? 'worked' : 'works'}${then(object)} with ${to}`;
			break;
		case 'extends':
			text = `${from} extended ${to}${then(object)}`;
			break;
		case 'authorises':
			text = `${from} authorised ${to}${then(object)}`;
			break;
		case 'commends':
			text = `${from} commended the ${object || 'work'} of ${to}`;
			break;
		case 'discusses-with':
			text = `${from} held discussions with ${to}${then(object)}`;
			break;
		case 'holds-hostage':
			text = `${from} hold ${to} hostage`;
			break;
		case 'brokered':
			text = `${from} brokered ${to}${then(object)}`;
			break;
		case 'replaces':
			text = `${from} replaced ${to}${then(object)}`;
			break;
		case 'becomes':
			text = `${from} became ${to}${then(object)}`;
			break;
		case 'supports':
			text =
				r.status === 'mandated'
					? `${from} is mandated to give ${object || 'support'} to ${to}`
					: object
						? `${from} gives ${object} to ${to}`
						: `${from} supports ${to}`;
			break;
		case 'pledges-to':
			text = `${from} ${r.status === 'committed' ? 'committed' : 'pledged'} ${figs || object} to ${to}`;
			break;
		case 'part-of':
			text = `${from} ${past ? 'was' : 'is'} part of ${to}`;
			break;
		case 'criticises':
			text = `${from} called ${to}${then(object)}`;
			break;
		case 'announces':
			text = `${from} announced${then(object)} for ${to}`;
			break;
	}
	const when = r.date ? ` (${formatDate(r.date)})` : '';
	const differ = sourcesDiffer(figures) ? ': sources differ' : '';
	return upperFirst(`${text}${when}${said(r.basis)}${differ}`);
}

/** An event as the timeline writes it: its label, the figures told with it, the speaker it is credited to. */
export function eventSentence(
	e: Event,
	figures: Quantity[],
	outlets: Record<string, string>
): string {
	const figs = figuresText(figures, outlets, { dates: false, units: false });
	const differ = sourcesDiffer(figures) ? '; sources differ' : '';
	const verb = figures[0] ? `${verbOf(figures[0])}: ` : '';
	return `${e.label}${said(e.basis)}${figs ? ` — ${verb}${figs}${differ}` : ''}`;
}

/** Whether two of the figures are sides of one conflict. */
const sourcesDiffer = (figures: Quantity[]) =>
	figures.some((q, i) => q.conflict && figures.findIndex((o) => o.conflict === q.conflict) !== i);

/** Outlet of each source id: how a sentence names who gives a figure. */
export const outletsOf = (ds: Pick<Dataset, 'sources'>) =>
	Object.fromEntries(ds.sources.map((s) => [s.id, s.outlet]));

const quantitiesOf = (ds: Dataset, ids: string[] | undefined) =>
	(ids ?? []).map((id) => ds.quantities.find((q) => q.id === id)!);

/** A relation of the dataset in words. */
export const relationIn = (ds: Dataset, r: Relation) =>
	relationSentence(
		r,
		(id) => ds.actors.find((a) => a.id === id)!,
		quantitiesOf(ds, r.figures),
		outletsOf(ds)
	);

/** An event of the dataset in words, a derived date marked as ours. */
export const eventIn = (ds: Dataset, e: Event) =>
	`${dateIn(e)}: ${eventSentence(e, quantitiesOf(ds, e.figures), outletsOf(ds))}`;

/** A conflict of the dataset in words. */
export const conflictIn = (ds: Dataset, c: Conflict) =>
	conflictSentence(
		c,
		ds.quantities.filter((q) => q.conflict === c.id),
		outletsOf(ds)
	);

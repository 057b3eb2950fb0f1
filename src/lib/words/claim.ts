import type {
	Basis,
	Dataset,
	LocatedEvidence,
	RecordRef,
	RecordType,
	Rule
} from '$lib/data/schema';
import { DERIVED_MARK } from './rules';

/**
 * A sentence the dashboard writes, with what it rests on: the records, how strongly (the weakest basis
 * among them: a rule of ours makes it `derived`, a speaker's words `attributed`), who said it, the rules
 * we derived its values by, and the evidence a reader can follow.
 */
export interface Claim {
	/** Anchor of the sentence on the page (`claim-…`), unique among the page's claims. */
	id: string;
	text: string;
	records: RecordRef[];
	basis: 'stated' | 'attributed' | 'derived';
	speakers: string[];
	rules: Rule[];
	evidence: LocatedEvidence[];
}

/** A record as a sentence rests on it. */
export interface Sourced {
	ref: RecordRef;
	basis?: Basis;
	evidence: LocatedEvidence[];
}

/** A record of the dataset as something a sentence rests on. */
export const sourced = (
	type: RecordType,
	r: { id?: string; basis?: Basis; evidence: LocatedEvidence[] }
): Sourced => ({
	ref: { type, id: r.id ?? type },
	basis: r.basis,
	evidence: r.evidence
});

export const ofQuantity = (q: Dataset['quantities'][number]) => sourced('quantity', q);
export const ofEvent = (e: Dataset['events'][number]) => sourced('event', e);
export const ofRelation = (r: Dataset['relations'][number]) => sourced('relation', r);
export const ofMeeting = (m: Dataset['meeting']) => sourced('meeting', m);
export const ofActor = (a: Dataset['actors'][number]) => sourced('actor', a);

/** Evidence lists merged from several records cite the same words once. */
export const uniqueEvidence = (list: LocatedEvidence[]) =>
	list.filter((e, i) => list.findIndex((o) => o.source === e.source && o.quote === e.quote) === i);

const uniqueBy = <T>(list: T[], key: (t: T) => string) =>
	list.filter((t, i) => list.findIndex((o) => key(o) === key(t)) === i);

/** The rules a record's basis carries (a derived record's own rule). */
export const rulesOf = (rests: Sourced[]) =>
	rests.flatMap((r) => (r.basis?.kind === 'derived' ? [r.basis.written] : []));

/**
 * A sentence and what it rests on; `rules` are the derivations the sentence itself makes. A sentence
 * that `describes` what a chart draws (a title, a subtitle, a count of its records) asserts none of the
 * records' values, so their speakers are not its speakers; it still links to their evidence.
 */
export function claim(
	id: string,
	text: string,
	rests: Sourced[],
	rules: Rule[] = [],
	{ describes = false } = {}
): Claim {
	const allRules = uniqueBy([...(describes ? [] : rulesOf(rests)), ...rules], (r) => r.id);
	const speakers = describes
		? []
		: [...new Set(rests.flatMap((r) => (r.basis?.kind === 'attributed' ? [r.basis.speaker] : [])))];
	return {
		id: `claim-${id}`,
		text,
		records: uniqueBy(
			rests.map((r) => r.ref),
			(r) => `${r.type}:${r.id}`
		),
		basis: allRules.length ? 'derived' : speakers.length ? 'attributed' : 'stated',
		speakers,
		rules: allRules,
		evidence: uniqueEvidence([
			...rests.flatMap((r) => r.evidence),
			...rules.flatMap((r) => r.evidence)
		])
	};
}

/** How a table's Basis column says what a row rests on. */
export function basisWords(c: Pick<Claim, 'basis' | 'speakers'>): string {
	if (c.basis === 'derived') return `our calculation${DERIVED_MARK}`;
	if (c.basis === 'attributed') return `${c.speakers.join(', ')} said`;
	return 'stated by the source';
}

/** The Basis column every chart's table ends with. */
export const basisColumn = { key: 'basis', label: 'Basis' };

/**
 * A row of a chart's table: its cells, then the Basis column, its evidence, records and rules, all
 * from what it rests on. A row that rests on nothing says what we did not find: no source is named.
 */
export function tableRow(
	cells: Record<string, string | number | null>,
	rests: Sourced[],
	rules: Rule[] = []
) {
	const c = claim('row', '', rests, rules);
	return {
		cells: {
			...cells,
			basis: rests.length || rules.length ? basisWords(c) : 'none in our sources'
		},
		evidence: c.evidence,
		records: c.records,
		rules: c.rules
	};
}

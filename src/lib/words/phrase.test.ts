import { describe, expect, test } from 'vitest';
import {
	quantityStatuses,
	relationKinds,
	type Basis,
	type Dataset,
	type LocatedEvidence,
	type QuantityStatus
} from '$lib/data/schema';
import {
	alternatives,
	dateIn,
	figureWords,
	nameInSentence,
	relationSentence,
	said,
	statusVerbs,
	who
} from './phrase';

type Quantity = Dataset['quantities'][number];
type Relation = Dataset['relations'][number];

const article: LocatedEvidence = {
	source: 'article',
	quote: 'Kenya will send 600.',
	kind: 'article',
	anchor: '#hl-0-20'
};
const paper: LocatedEvidence = {
	source: 'paper',
	quote: '600 (The Paper)',
	kind: 'background',
	anchor: '#src-paper'
};
const outlets = { article: 'Wire', paper: 'The Paper', other: 'Other Paper' };

const stated: Basis = { kind: 'stated' };
const ruto: Basis = { kind: 'attributed', speaker: 'Ruto', actor: 'ruto' };
const derived: Basis = {
	kind: 'derived',
	rule: 'following-month',
	from: [{ type: 'meeting', id: 'meeting' }],
	written: {
		id: 'rule-x',
		kind: 'following-month',
		text: 'the month after 11 Oct 2024 = Nov 2024',
		from: [],
		evidence: []
	}
};

const quantity = (
	status: QuantityStatus,
	basis: Basis = stated,
	extra: Partial<Quantity> = {}
): Quantity => ({
	id: 'q',
	label: 'Officers',
	subject: 'kenya',
	measure: 'personnel',
	value: 600,
	unit: 'officers',
	status,
	basis,
	evidence: [article],
	...extra
});

/** Words that say a thing happened: never the verb of a plan or a promise. */
const done = /\b(sent|sends|deployed|landed|arrived|received|delivered|spent)\b/;
const notDone: QuantityStatus[] = ['announced', 'pledged', 'committed', 'needed', 'target'];

describe('figureWords: the status gives the verb', () => {
	test.each(quantityStatuses.map((s) => [s] as const))('%s', (status) => {
		const words = figureWords(quantity(status));
		expect(words).toBe(`600 officers ${statusVerbs[status]}`.trimEnd());
		if (notDone.includes(status)) expect(words).not.toMatch(done);
	});

	test('a contingent that was deployed is one that arrived', () => {
		expect(figureWords(quantity('deployed', stated, { measure: 'arrival' }))).toBe(
			'600 officers arrived'
		);
	});
});

describe('basis', () => {
	test.each([
		['stated', stated, ''],
		['attributed', ruto, ', Ruto said'],
		['derived', derived, '']
	] as const)('%s: said() → %j', (_, basis, words) => expect(said(basis)).toBe(words));

	test.each([
		['stated', stated, '2024-11', 'Nov 2024'],
		['derived', derived, '2024-11', 'Nov 2024†']
	] as const)('%s date: %s → %s (a date we derived carries the mark)', (_, basis, date, words) =>
		expect(dateIn({ date, basis })).toBe(words)
	);

	test.each([
		['attributed: its speaker', quantity('deployed', ruto), 'Ruto'],
		['stated by the article', quantity('deployed'), 'the article'],
		[
			'stated by a background source',
			quantity('deployed', stated, { evidence: [paper] }),
			'The Paper'
		],
		[
			'several outlets citing the same words: either',
			quantity('deployed', stated, { evidence: [paper, { ...paper, source: 'other' }] }),
			'The Paper or Other Paper'
		]
	])('who gives a figure, %s', (_, q, whom) => expect(who(q, outlets)).toBe(whom));

	test('alternatives name who gives each value, once per value', () => {
		const members = [
			quantity('estimate', ruto, { value: 12_000_000, unit: 'people' }),
			quantity(
				'estimate',
				{ kind: 'attributed', speaker: 'Haitian officials' },
				{ value: 12_000_000, unit: 'people' }
			),
			quantity(
				'estimate',
				{ kind: 'attributed', speaker: 'the UN' },
				{ value: 11_772_557, unit: 'people' }
			)
		];
		expect(alternatives(members, outlets)).toBe(
			'11,772,557 people (the UN) or 12 million people (Ruto; Haitian officials)'
		);
	});
});

const actors: Record<
	string,
	{ name: string; kind: 'person' | 'country' | 'group' | 'force' | 'organisation' }
> = {
	ruto: { name: 'William Ruto', kind: 'person' },
	kenya: { name: 'Kenya', kind: 'country' },
	haiti: { name: 'Haiti', kind: 'country' },
	gangs: { name: 'Armed gangs', kind: 'group' },
	world: { name: 'International community', kind: 'group' },
	mss: { name: 'Mission', kind: 'force' }
};
const relation = (extra: Partial<Relation>): Relation => ({
	id: 'r',
	from: 'kenya',
	to: 'haiti',
	kind: 'deploys-to',
	status: 'announced',
	basis: stated,
	evidence: [article],
	...extra
});
const sentence = (r: Relation, figures: Quantity[] = []) =>
	relationSentence(r, (id) => actors[id]!, figures, outlets);

describe('relationSentence: kind, status and basis give the words', () => {
	test.each([
		[
			'announced deployment',
			relation({ object: 'an additional' }),
			[quantity('announced')],
			'Kenya is set to send an additional 600 officers to Haiti'
		],
		[
			'done deployment',
			relation({ status: 'deployed' }),
			[quantity('deployed')],
			'Kenya deployed 600 officers to Haiti'
		],
		[
			'pledge',
			relation({ kind: 'pledges-to', status: 'pledged' }),
			[quantity('pledged')],
			'Kenya pledged 600 officers to Haiti'
		],
		[
			'commitment',
			relation({ kind: 'pledges-to', status: 'committed' }),
			[quantity('committed')],
			'Kenya committed 600 officers to Haiti'
		],
		[
			'mandate',
			relation({
				from: 'mss',
				kind: 'supports',
				status: 'mandated',
				object: 'operational support'
			}),
			[],
			'The Mission is mandated to give operational support to Haiti'
		],
		[
			'a call',
			relation({
				from: 'ruto',
				to: 'world',
				kind: 'urges',
				status: 'past',
				object: 'to fulfil their pledges'
			}),
			[],
			'William Ruto called on the international community to fulfil their pledges'
		],
		[
			'an office held',
			relation({
				from: 'ruto',
				to: 'kenya',
				kind: 'leads',
				status: 'ongoing',
				object: 'President'
			}),
			[],
			'William Ruto is President of Kenya'
		],
		[
			'an office once held',
			relation({ from: 'ruto', to: 'kenya', kind: 'leads', status: 'past', object: 'President' }),
			[],
			'William Ruto was President of Kenya'
		],
		[
			'someone’s claim names them',
			relation({ from: 'gangs', kind: 'holds-hostage', status: 'ongoing', basis: ruto }),
			[],
			'Armed gangs hold Haiti hostage, Ruto said'
		],
		[
			'a dated one',
			relation({ kind: 'discusses-with', status: 'past', date: '2024-10-11' }),
			[],
			'Kenya held discussions with Haiti (11 Oct 2024)'
		],
		[
			// The figure's date is when a source reported it, not when the commitment was made.
			'a figure reported on a date',
			relation({ kind: 'pledges-to', status: 'committed' }),
			[quantity('committed', stated, { asOf: '2025-02-04' })],
			'Kenya committed 600 officers (as of 4 Feb 2025) to Haiti'
		],
		[
			'a figure the sources differ on, among others',
			relation({ status: 'deployed' }),
			[
				quantity('deployed', stated, { id: 'a', measure: 'arrival', asOf: '2025-01-03' }),
				quantity('deployed', ruto, {
					id: 'b',
					measure: 'arrival',
					asOf: '2025-01-04',
					value: 75,
					conflict: 'c'
				}),
				quantity('deployed', stated, {
					id: 'c',
					measure: 'arrival',
					asOf: '2025-01-04',
					value: 77,
					conflict: 'c'
				})
			],
			'Kenya deployed 600 officers (arrived 3 Jan 2025) and 75 officers (arrived 4 Jan 2025; Ruto) or 77 officers (arrived 4 Jan 2025; the article) to Haiti: sources differ'
		],
		[
			'values the same sources give, which of them gives which unknown',
			relation({ status: 'deployed' }),
			[
				quantity('deployed', stated, { id: 'b', value: 75, conflict: 'c' }),
				quantity('deployed', stated, { id: 'c', value: 77, conflict: 'c' })
			],
			'Kenya deployed 75 officers or 77 officers to Haiti: sources differ'
		],
		[
			'a group’s arrival on its day',
			relation({ status: 'deployed' }),
			[quantity('deployed', stated, { measure: 'arrival', asOf: '2025-02-04' })],
			'Kenya deployed 600 officers (arrived 4 Feb 2025) to Haiti'
		]
	])('%s', (_, r, figures, words) => expect(sentence(r, figures)).toBe(words));

	test.each(relationKinds.map((k) => [k] as const))(
		'%s, announced or pledged, never reads as done',
		(kind) => {
			for (const status of ['announced', 'pledged'] as const) {
				const words = sentence(relation({ kind, status, object: 'x' }), [quantity(status)]);
				expect(words).not.toMatch(/\b(sent|sends|deployed|deploys|landed|arrived)\b/);
			}
		}
	);

	test('figures where sources differ say who gives each', () => {
		const differ = [
			quantity(
				'pledged',
				{ kind: 'attributed', speaker: 'the UN' },
				{ value: 1500, approx: 'about', conflict: 'c' }
			),
			quantity(
				'pledged',
				{ kind: 'attributed', speaker: 'the US ambassador' },
				{ value: 2000, conflict: 'c' }
			)
		];
		expect(sentence(relation({ kind: 'pledges-to', status: 'pledged' }), differ)).toBe(
			'Kenya pledged about 1,500 officers (the UN) or 2,000 officers (the US ambassador) to Haiti: sources differ'
		);
	});
});

describe('nameInSentence', () => {
	test.each([
		[{ name: 'Kenya', kind: 'country' }, 'Kenya'],
		[{ name: 'United States', kind: 'country' }, 'the United States'],
		[{ name: 'The Bahamas', kind: 'country' }, 'the Bahamas'],
		[{ name: 'CARICOM', kind: 'organisation' }, 'CARICOM'],
		[{ name: 'Haitian National Police', kind: 'force' }, 'the Haitian National Police'],
		[{ name: 'Armed gangs', kind: 'group' }, 'armed gangs'],
		[
			{ name: 'International community (global partners)', kind: 'group' },
			'the international community (global partners)'
		]
	] as const)('%o → %s', (actor, words) => expect(nameInSentence(actor)).toBe(words));
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { raw } from './dataset';
import facts from './facts.md?raw';
import type { DatasetInput } from './schema';
import { DatasetError, precisionOf, validate } from './validate';

const article =
	'Ruto met Conille in Nairobi. Kenya will send 600 officers. The UN extended the mission.';
const sheet = [
	'| Arrival | 217 landed Sat **18 Jan 2025** | mkenyaleo |',
	'| Extension | 30 Sep 2024 | mkenyaleo |',
	'| Other | 5 officers | other.test |'
].join('\n');

/** A small valid dataset; each broken case below changes one thing in a copy of it. */
function fixture(): DatasetInput {
	return {
		meeting: {
			date: '2024-10-11',
			place: 'Nairobi',
			evidence: [{ source: 'article', quote: 'Ruto met Conille in Nairobi.' }]
		},
		sources: [
			{
				id: 'article',
				kind: 'article',
				outlet: 'allAfrica',
				about: 'The article',
				url: 'allafrica.com',
				text: article
			},
			{
				id: 'bg',
				kind: 'background',
				outlet: 'Mkenya Leo',
				named: ['mkenyaleo'],
				about: 'Arrival',
				url: 'mkenyaleo.co.ke'
			},
			{
				id: 'other',
				kind: 'background',
				outlet: 'Other Paper',
				named: ['other.test'],
				about: 'Other figures',
				url: 'other.test'
			}
		],
		actors: [
			{
				id: 'kenya',
				name: 'Kenya',
				kind: 'country',
				role: 'Sends officers',
				evidence: [{ source: 'article', quote: 'Kenya will send 600 officers.' }]
			},
			{
				id: 'haiti',
				name: 'Haiti',
				kind: 'country',
				role: 'Host',
				evidence: [{ source: 'bg', quote: '217 landed Sat 18 Jan 2025' }]
			}
		],
		relations: [
			{
				id: 'kenya-haiti',
				from: 'kenya',
				to: 'haiti',
				kind: 'deploys-to',
				status: 'announced',
				object: 'officers',
				evidence: [{ source: 'article', quote: 'Kenya will send 600 officers.' }]
			}
		],
		quantities: [
			{
				id: 'six-hundred',
				label: 'Officers',
				subject: 'kenya',
				measure: 'personnel',
				value: 600,
				unit: 'officers',
				status: 'announced',
				evidence: [{ source: 'article', quote: 'Kenya will send 600 officers.' }]
			},
			{
				id: 'arrived',
				label: 'Arrived',
				subject: 'kenya',
				measure: 'arrival',
				value: 217,
				unit: 'officers',
				status: 'deployed',
				asOf: '2025-01-18',
				conflict: 'c',
				evidence: [{ source: 'bg', quote: '217 landed Sat 18 Jan 2025' }]
			},
			{
				id: 'arrived-b',
				label: 'Arrived (other count)',
				subject: 'kenya',
				measure: 'arrival',
				value: 216,
				unit: 'officers',
				status: 'deployed',
				asOf: '2025-01-18',
				conflict: 'c',
				evidence: [{ source: 'bg', quote: '217 landed Sat 18 Jan 2025' }]
			}
		],
		events: [
			{
				id: 'extension',
				date: '2024-09-30',
				label: 'Extension',
				kind: 'resolution',
				actors: ['haiti'],
				evidence: [
					{ source: 'article', quote: 'The UN extended the mission.' },
					{ source: 'bg', quote: 'Extension | 30 Sep 2024' }
				]
			}
		],
		quotes: [
			{
				id: 'q',
				speaker: 'kenya',
				text: 'send 600 officers',
				evidence: [{ source: 'article', quote: 'Kenya will send 600 officers.' }]
			}
		],
		conflicts: [{ id: 'c', topic: 'Arrivals', note: 'Two counts.' }]
	};
}

function problemsOf(change: (d: DatasetInput) => void): string[] {
	const d = structuredClone(fixture());
	change(d);
	try {
		validate(d, sheet);
	} catch (e) {
		if (e instanceof DatasetError) return e.problems;
		throw e;
	}
	return [];
}

describe('validate', () => {
	test('accepts the fixture and locates article quotes by offset', () => {
		const ds = validate(fixture(), sheet);
		const ev = ds.quantities[0]!.evidence[0]!;
		expect(ev).toMatchObject({ kind: 'article', start: 29, end: 58, anchor: '#hl-29-58' });
		expect(article.slice(ev.start, ev.end)).toBe('Kenya will send 600 officers.');
		expect(ds.quantities[1]!.evidence[0]).toMatchObject({ kind: 'background', anchor: '#src-bg' });
	});

	test('gathers every record a sentence supports into one highlight', () => {
		const ds = validate(fixture(), sheet);
		expect(ds.highlights.map((h) => h.id)).toEqual(['hl-0-28', 'hl-29-58', 'hl-59-87']);
		expect(ds.highlights[1]!.supports).toEqual([
			{ type: 'actor', id: 'kenya' },
			{ type: 'relation', id: 'kenya-haiti' },
			{ type: 'quantity', id: 'six-hundred' },
			{ type: 'quote', id: 'q' }
		]);
	});

	test.each([
		[
			'unknown actor in a relation',
			(d: DatasetInput) => (d.relations[0]!.to = 'jamaica'),
			'relations "kenya-haiti" .to: unknown actor "jamaica"'
		],
		[
			'quote not in the article',
			(d: DatasetInput) => (d.actors[0]!.evidence[0]!.quote = 'Kenya will send 700 officers.'),
			'actors "kenya" .evidence[0].quote: not found in source "article"'
		],
		[
			'quote not in the fact sheet',
			(d: DatasetInput) => (d.actors[1]!.evidence[0]!.quote = '218 landed'),
			'actors "haiti" .evidence[0].quote: not found in the fact sheet'
		],
		[
			'impossible date',
			(d: DatasetInput) => (d.events[0]!.date = '2024-02-30'),
			'events "extension" .date: is not a real calendar date'
		],
		[
			'malformed date',
			(d: DatasetInput) => (d.quantities[0]!.asOf = '11/10/2024'),
			'quantities "six-hundred" .asOf: must be YYYY, YYYY-MM or YYYY-MM-DD'
		],
		[
			'duplicate id',
			(d: DatasetInput) => (d.actors[1]!.id = 'kenya'),
			'actors "kenya" .id: duplicate id'
		],
		[
			'negative count',
			(d: DatasetInput) => (d.quantities[0]!.value = -600),
			'quantities "six-hundred" .value: must not be negative (-600)'
		],
		[
			'fractional head count',
			(d: DatasetInput) => (d.quantities[0]!.value = 600.5),
			'quantities "six-hundred" .value: a count of officers must be a whole number'
		],
		[
			'unknown source',
			(d: DatasetInput) => (d.events[0]!.evidence[0]!.source = 'bbc'),
			'events "extension" .evidence[0].source: unknown source "bbc"'
		],
		[
			'unknown quantity subject',
			(d: DatasetInput) => (d.quantities[0]!.subject = 'un'),
			'quantities "six-hundred" .subject: unknown actor "un"'
		],
		[
			'quote words outside the evidence',
			(d: DatasetInput) => (d.quotes[0]!.text = 'send 700 officers'),
			'quotes "q" .text: the quoted words do not stand in its evidence quote'
		],
		[
			'conflict with one side only',
			(d: DatasetInput) => delete d.quantities[2]!.conflict,
			'conflicts "c" .id: a conflict needs at least two quantities, found 1'
		],
		[
			'unknown relation kind',
			(d: DatasetInput) => ((d.relations[0] as { kind: string }).kind = 'loves'),
			'relations "kenya-haiti" .kind: Invalid option'
		],
		[
			'ambiguous quote',
			(d: DatasetInput) => (d.actors[0]!.evidence[0]!.quote = 'ill'),
			'stands more than once in source "article"'
		],
		[
			'overlapping highlights',
			(d: DatasetInput) => (d.actors[0]!.evidence[0]!.quote = 'Kenya will send'),
			'evidence quotes overlap in the article'
		],
		// What our words may claim, given the evidence (issue 11).
		[
			'an announced figure phrased as done',
			(d: DatasetInput) => (d.quantities[0]!.label = 'Officers sent'),
			'quantities "six-hundred" .label: says “sent” but its status is announced'
		],
		[
			'a relation more done than its figure',
			(d: DatasetInput) => {
				d.relations[0]!.status = 'deployed';
				d.relations[0]!.figures = ['six-hundred'];
			},
			'relations "kenya-haiti" .status: "deployed", but its figure "six-hundred" is announced'
		],
		[
			'a date no quote gives (the article is undated)',
			(d: DatasetInput) => (d.quantities[0]!.asOf = '2024-11'),
			'quantities "six-hundred" .asOf: no evidence quote gives Nov 2024'
		],
		[
			'a derived date without its rule',
			(d: DatasetInput) =>
				(d.events[0]!.basis = {
					kind: 'derived',
					from: [{ type: 'meeting', id: 'meeting' }]
				} as unknown as NonNullable<DatasetInput['events'][number]['basis']>),
			'events "extension" .basis.rule: a derived value writes down its rule'
		],
		[
			'a derived date its rule does not give',
			(d: DatasetInput) =>
				(d.events[0]!.basis = {
					kind: 'derived',
					rule: 'following-month',
					from: [{ type: 'meeting', id: 'meeting' }]
				}),
			'events "extension" .basis.rule: following-month gives 2024-11, the record says 2024-09-30'
		],
		[
			'an attributed relation without its speaker',
			(d: DatasetInput) =>
				(d.relations[0]!.basis = { kind: 'attributed' } as unknown as NonNullable<
					DatasetInput['relations'][number]['basis']
				>),
			'relations "kenya-haiti" .basis.speaker: an attributed claim names its speaker'
		],
		[
			'a speaker the evidence does not name',
			(d: DatasetInput) => (d.quantities[1]!.basis = { kind: 'attributed', speaker: 'Blinken' }),
			'quantities "arrived" .basis.speaker: "Blinken" is not named in its evidence'
		],
		[
			'someone’s words stated as fact',
			(d: DatasetInput) => {
				d.sources[0]!.text = `${article} He said, “Gangs hold Haiti.”`;
				d.relations[0]!.evidence = [{ source: 'article', quote: 'He said, “Gangs hold Haiti.”' }];
			},
			'relations "kenya-haiti" .basis: its evidence quotes someone\'s words'
		],
		[
			'a wrong outlet',
			(d: DatasetInput) => (d.quantities[1]!.evidence[0]!.source = 'other'),
			'quantities "arrived" .evidence[0].source: the fact sheet does not name "other" (“other.test”) on the line or in the row that says "217 landed Sat 18 Jan 2025"'
		],
		[
			'a source spelt as the sheet never writes it',
			(d: DatasetInput) => (d.sources[1]!.named = ['mkenyaleo.com']),
			'sources "bg" .named[0]: the fact sheet never writes "mkenyaleo.com"'
		],
		[
			'one side of a conflict told alone',
			(d: DatasetInput) => {
				d.relations[0]!.status = 'deployed';
				d.relations[0]!.figures = ['arrived'];
			},
			'relations "kenya-haiti" .figures: holds "arrived" of conflict "c" but not "arrived-b": name every side or none'
		],
		[
			'a figure whose source the record does not cite',
			(d: DatasetInput) => {
				d.events[0]!.figures = ['arrived', 'arrived-b'];
				d.events[0]!.evidence = [d.events[0]!.evidence[0]!];
			},
			'events "extension" .evidence: cites nothing from "bg", the source of its figure "arrived"'
		],
		[
			'a figure in a label that no quote gives',
			(d: DatasetInput) => (d.quantities[1]!.label = 'Arrived, of the 600'),
			'quantities "arrived" .label: 600 stands in none of its evidence quotes'
		]
	])('rejects %s, naming the record and field', (_, change, message) => {
		const problems = problemsOf(change);
		expect(
			problems.some((p) => p.includes(message)),
			problems.join('\n')
		).toBe(true);
	});

	test('reports every problem at once', () => {
		const problems = problemsOf((d) => {
			d.relations[0]!.from = 'nobody';
			d.quantities[0]!.value = -1;
		});
		expect(problems).toHaveLength(2);
	});
});

describe('precisionOf', () => {
	test.each([
		['2024', 'year'],
		['2024-11', 'month'],
		['2024-11-27', 'day']
	])('%s is %s-precise', (date, precision) => expect(precisionOf(date)).toBe(precision));
});

describe('the dataset', () => {
	const ds = validate(raw, facts);

	test('keeps the article byte-for-byte', () => {
		const text = readFileSync('src/lib/data/article.txt');
		expect(createHash('sha256').update(text).digest('hex')).toBe(
			'c456cdc9e9e6b048f2a022e78c9f23964af9f6cadb150f99c018d95969a34164'
		);
		expect(ds.sources.find((s) => s.kind === 'article')!.text).toBe(text.toString('utf8'));
	});

	test('every article quote stands at its offsets', () => {
		const text = ds.sources.find((s) => s.kind === 'article')!.text!;
		const located = [ds.actors, ds.relations, ds.quantities, ds.events, ds.quotes]
			.flat()
			.flatMap((r) => r.evidence);
		const fromArticle = located.filter((e) => e.kind === 'article');
		expect(fromArticle.length).toBeGreaterThan(20);
		for (const e of fromArticle) expect(text.slice(e.start, e.end)).toBe(e.quote);
	});

	test('holds the records the page and charts rely on', () => {
		expect(ds.actors.map((a) => a.id)).toEqual(
			expect.arrayContaining([
				'ruto',
				'conille',
				'kenya',
				'haiti',
				'mss',
				'un',
				'hnp',
				'kenyan-police',
				'international-community',
				'gangs'
			])
		);
		expect(ds.conflicts.every((c) => c.members.length >= 2)).toBe(true);
		expect(ds.meeting.date).toBe('2024-10-11');
	});

	test('a country’s deployment in the network tells every arrival of its own we hold', () => {
		const deployed = ds.relations.filter((r) => r.kind === 'deploys-to' && r.status === 'deployed');
		expect(deployed.length).toBeGreaterThan(0);
		for (const r of deployed) {
			const arrivals = ds.quantities.filter((q) => q.subject === r.from && q.measure === 'arrival');
			expect(r.figures ?? [], r.id).toEqual(expect.arrayContaining(arrivals.map((q) => q.id)));
		}
	});
});

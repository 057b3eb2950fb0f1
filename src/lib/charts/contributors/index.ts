import { formatDate, formatQuantity } from '$lib/data/format';
import type { Dataset } from '$lib/data/schema';
import { basisColumn, claim, ofQuantity, tableRow } from '$lib/words/claim';
import {
	alternatives,
	conflictIn,
	marked,
	outletsOf,
	said,
	upperFirst,
	verbOf
} from '$lib/words/phrase';
import { DERIVED_MARK, input, largest, sum } from '$lib/words/rules';
import type { ChartSpec, ChartWords, TableRow } from '../types';
import {
	deployedAsOf,
	deployedRange,
	layout,
	rangeText,
	type Contributor,
	type ContributorsData,
	type ContributorsGeometry,
	type Deployed
} from './layout';
import Contributors from './Contributors.svelte';

type Quantity = Dataset['quantities'][number];

const MISSION = 'mss';
const TITLE = 'Pledged vs deployed personnel, by country';

/**
 * Countries that count personnel for the mission: those with personnel or arrival figures (their own or
 * those of a force that is `part-of` them), or a relation deploying or pledging to the mission. A pledge
 * relation of a country that only has money figures (a funder) does not make it a contributor of personnel.
 */
function select(ds: Dataset): ContributorsData {
	const contributing = ds.actors
		.filter((a) => a.kind === 'country')
		.flatMap((country): Contributor[] => {
			const forces = ds.relations
				.filter((r) => r.kind === 'part-of' && r.to === country.id)
				.map((r) => r.from);
			const subjects = new Set([country.id, ...forces]);
			const own = ds.quantities.filter((q) => subjects.has(q.subject));
			const people = own.filter((q) => q.measure === 'personnel' || q.measure === 'arrival');
			const toMission = ds.relations.filter((r) => r.from === country.id && r.to === MISSION);
			const deploys = toMission.some((r) => r.kind === 'deploys-to');
			const pledgesPeople =
				toMission.some((r) => r.kind === 'pledges-to') && !own.some((q) => q.measure === 'funding');
			if (!people.length && !deploys && !pledgesPeople) return [];
			const pledged = people.filter((q) => q.measure === 'personnel' && q.status === 'pledged');
			return [
				{
					id: country.id,
					name: country.short ?? country.name,
					pledged,
					deployed: deployedOf(people)
				}
			];
		});
	const top = (c: Contributor) => Math.max(0, ...c.pledged.map((q) => q.value));
	return {
		countries: contributing.sort((a, b) => top(b) - top(a) || a.name.localeCompare(b.name)),
		conflicts: Object.fromEntries(ds.conflicts.map((c) => [c.id, conflictIn(ds, c)])),
		outlets: outletsOf(ds)
	};
}

/** The latest head count (with its conflicting values), else the sum of the arrivals, else none found. */
function deployedOf(people: Quantity[]): Deployed {
	const counts = people.filter(
		(q) => q.measure === 'personnel' && q.status === 'deployed' && q.asOf
	);
	if (counts.length) {
		const latest = counts.reduce((a, b) => (b.asOf! > a.asOf! ? b : a));
		const figures = latest.conflict
			? counts.filter((q) => q.conflict === latest.conflict)
			: [latest];
		return { kind: 'personnel', figures };
	}
	const arrivals = people.filter((q) => q.measure === 'arrival');
	if (arrivals.length) {
		const groups = new Map<string, Quantity[]>();
		for (const q of [...arrivals].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''))) {
			const key = q.conflict ?? q.id;
			groups.set(key, [...(groups.get(key) ?? []), q]);
		}
		return { kind: 'arrivals', groups: [...groups.values()] };
	}
	return { kind: 'none' };
}

/** What a country pledged: every figure where sources differ, each with who gives it. */
const pledgeText = (c: Contributor, outlets: Record<string, string>) =>
	c.pledged.length > 1
		? `${alternatives(c.pledged, outlets)}, sources differ`
		: c.pledged.length
			? formatQuantity(c.pledged[0]!)
			: 'an unknown number';

/** A country's arrivals summed (a range where sources differ on a group): our calculation. */
function arrivedSum(c: Contributor) {
	if (c.deployed.kind !== 'arrivals') return null;
	return sum(
		c.deployed.groups.map((g) => g.map((q) => input('quantity', q, `${c.name}, ${q.label}`))),
		`personnel arrived from ${c.name}`
	);
}

/** The records a country's deployed figure rests on. */
const deployedRecords = (c: Contributor) =>
	c.deployed.kind === 'personnel'
		? c.deployed.figures.map(ofQuantity)
		: c.deployed.kind === 'arrivals'
			? c.deployed.groups.flat().map(ofQuantity)
			: [];

function words(data: ContributorsData): ChartWords {
	const every = data.countries.flatMap((c) => [
		...c.pledged.map(ofQuantity),
		...deployedRecords(c)
	]);
	const title = claim('contributors-title', TITLE, every, [], { describes: true });
	const subtitle = claim(
		'contributors-subtitle',
		'Personnel each country pledged to the MSS (thin, dashed outline) and deployed (thick, unbroken outline), sorted by pledge; each figure with its date where a source gives one.',
		every,
		[],
		{ describes: true }
	);
	const deployed = data.countries.filter((c) => deployedRange(c.deployed));
	const ranked = deployed.length
		? largest(
				deployed.map((c) => {
					const [low, value] = deployedRange(c.deployed)!;
					return {
						ref: { type: 'actor' as const, id: c.id },
						name: c.name,
						figure: { low, value, unit: 'personnel' as const },
						evidence: deployedRecords(c).flatMap((r) => r.evidence)
					};
				}),
				'the deployed figures charted'
			)
		: null;
	const most = ranked && data.countries.find((c) => c.id === ranked.value.ref.id)!;
	const none = data.countries.filter((c) => !deployedRange(c.deployed));
	const figure = (c: Contributor) => {
		const range = rangeText(deployedRange(c.deployed)!);
		return c.deployed.kind === 'arrivals' ? marked(range) : range;
	};
	const lead = most
		? `${most.name} has deployed the most${DERIVED_MARK}: ${figure(most)} ${most.deployed.kind === 'arrivals' ? 'by' : 'as of'} ${formatDate(deployedAsOf(most.deployed) ?? '')}, of ${pledgeText(most, data.outlets)} pledged`
		: 'no country’s deployment is recorded';
	const gaps = none.length
		? `; ${none.map((c) => `${c.name} pledged ${pledgeText(c, data.outlets)}`).join(' and ')}, and no deployment was found`
		: '';
	const description = claim(
		'contributors-description',
		`Of the ${data.countries.length} countries charted, ${lead}${gaps}.`,
		[
			...(most ? [...most.pledged.map(ofQuantity), ...deployedRecords(most)] : []),
			...none.flatMap((c) => c.pledged.map(ofQuantity))
		],
		[ranked, most && arrivedSum(most)].flatMap((d) => (d ? [d.rule] : []))
	);
	return { title, subtitle, description };
}

function table(data: ContributorsData) {
	const rows: TableRow[] = [];
	const note = (q: Quantity) =>
		[
			q.approx ? `${q.approx.replace('-', ' ')} in the source` : '',
			q.conflict ? 'sources differ' : ''
		]
			.filter(Boolean)
			.join('; ');
	const row = (country: string, figure: string, q: Quantity) =>
		rows.push(
			tableRow(
				{
					country,
					figure,
					value: q.value,
					asOf: q.asOf ? formatDate(q.asOf) : 'undated',
					note: note(q)
				},
				[ofQuantity(q)]
			)
		);
	for (const c of data.countries) {
		for (const q of c.pledged) row(c.name, `${upperFirst(verbOf(q))}${said(q.basis)}`, q);
		const d = c.deployed;
		if (d.kind === 'personnel')
			for (const q of d.figures) row(c.name, `${upperFirst(verbOf(q))} (latest head count)`, q);
		if (d.kind === 'arrivals') {
			for (const q of d.groups.flat()) row(c.name, `${q.label}: ${verbOf(q)}`, q);
			const total = arrivedSum(c)!;
			rows.push(
				tableRow(
					{
						country: c.name,
						figure: 'Arrived, the groups we hold summed',
						value: marked(rangeText(total.value)),
						asOf: formatDate(deployedAsOf(d) ?? ''),
						note: 'our sum of the groups above'
					},
					d.groups.flat().map(ofQuantity),
					[total.rule]
				)
			);
		}
		if (d.kind === 'none') {
			rows.push(
				tableRow(
					{
						country: c.name,
						figure: 'Deployed',
						value: null,
						asOf: '—',
						note: 'none found in the article or our background sources'
					},
					[]
				)
			);
		}
	}
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'figure', label: 'Figure' },
			{ key: 'value', label: 'Personnel', numeric: true },
			{ key: 'asOf', label: 'As of' },
			{ key: 'note', label: 'Note' },
			basisColumn
		],
		rows
	};
}

export const contributors: ChartSpec<ContributorsData, ContributorsGeometry> = {
	id: 'contributors',
	title: TITLE,
	subtitle: (data) => words(data).subtitle.text,
	legend: [
		{ label: 'Background source (hatched)', swatch: 'background' },
		{ label: 'Sources differ', swatch: 'conflict', shape: 'line' },
		{ label: 'No deployment found', swatch: 'neutral outline', shape: 'circle' }
	],
	select,
	layout,
	describe: (data) => words(data).description.text,
	table,
	words,
	component: Contributors
};

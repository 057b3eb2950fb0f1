import { formatDate, formatQuantity } from '$lib/data/format';
import type { Dataset, LocatedEvidence } from '$lib/data/schema';
import type { ChartSpec, TableRow } from '../types';
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
					deployed: deployedOf(people, country.evidence)
				}
			];
		});
	const top = (c: Contributor) => Math.max(0, ...c.pledged.map((q) => q.value));
	return {
		countries: contributing.sort((a, b) => top(b) - top(a) || a.name.localeCompare(b.name)),
		conflicts: Object.fromEntries(ds.conflicts.map((c) => [c.id, c.note]))
	};
}

/** The latest head count (with its conflicting values), else the sum of the arrivals, else none found. */
function deployedOf(people: Quantity[], evidence: LocatedEvidence[]): Deployed {
	const counts = people.filter(
		(q) => q.measure === 'personnel' && (q.status === 'deployed' || q.status === 'stated') && q.asOf
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
	return { kind: 'none', evidence };
}

const pledgeText = (c: Contributor) =>
	c.pledged.length
		? [...c.pledged]
				.sort((a, b) => a.value - b.value)
				.map((q) => formatQuantity(q, false))
				.join(' or ')
		: 'an unknown number';

function describe(data: ContributorsData): string {
	const withDeployment = data.countries.filter((c) => deployedRange(c.deployed));
	const most = withDeployment.reduce<Contributor | undefined>(
		(best, c) =>
			!best || deployedRange(c.deployed)![1] > deployedRange(best.deployed)![1] ? c : best,
		undefined
	);
	const none = data.countries.filter((c) => !deployedRange(c.deployed));
	const lead = most
		? `${most.name} has deployed the most (${rangeText(deployedRange(most.deployed)!)} by ${formatDate(deployedAsOf(most.deployed) ?? '')}, of ${pledgeText(most)} pledged)`
		: 'No country’s deployment is recorded';
	const gaps = none.length
		? `, while ${none.map((c) => `${c.name} pledged ${pledgeText(c)}`).join(' and ')} with no deployment found`
		: '';
	return `Of ${data.countries.length} countries pledging personnel to the MSS, ${lead}${gaps}.`;
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
		rows.push({
			cells: {
				country,
				figure,
				value: q.value,
				asOf: q.asOf ? formatDate(q.asOf) : 'undated',
				note: note(q)
			},
			evidence: q.evidence
		});
	for (const c of data.countries) {
		for (const q of c.pledged) row(c.name, 'Pledged', q);
		const d = c.deployed;
		if (d.kind === 'personnel')
			for (const q of d.figures) row(c.name, 'Deployed (latest head count)', q);
		if (d.kind === 'arrivals')
			for (const q of d.groups.flat()) row(c.name, `Arrived: ${q.label}`, q);
		if (d.kind === 'none') {
			rows.push({
				cells: { country: c.name, figure: 'Deployed', value: null, asOf: '—', note: 'none found' },
				evidence: d.evidence
			});
		}
	}
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'figure', label: 'Figure' },
			{ key: 'value', label: 'Personnel', numeric: true },
			{ key: 'asOf', label: 'As of' },
			{ key: 'note', label: 'Note' }
		],
		rows
	};
}

export const contributors: ChartSpec<ContributorsData, ContributorsGeometry> = {
	id: 'contributors',
	title: 'Pledged vs deployed personnel, by country',
	subtitle: (data) =>
		`Personnel each of ${data.countries.length} countries pledged to the MSS (thin, dashed outline) and deployed (thick, solid outline), sorted by pledge; figures with their latest date.`,
	legend: [
		{ label: 'Background source (hatched)', swatch: 'background' },
		{ label: 'Sources differ', swatch: 'conflict', shape: 'line' },
		{ label: 'No deployment found', swatch: 'neutral outline', shape: 'circle' }
	],
	select,
	layout,
	describe,
	table,
	component: Contributors
};

import { byId } from '$lib/data/lookup';
import { formatDate, formatQuantity } from '$lib/data/format';
import type { Dataset, LocatedEvidence } from '$lib/data/schema';

/** One sentence of context for a key figure, with the evidence that backs it. */
export interface Context {
	text: string;
	evidence: LocatedEvidence[];
	conflict?: string;
}

export interface KeyFigure {
	id: string;
	value: string;
	label: string;
	evidence: LocatedEvidence[];
	context: Context[];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Evidence lists merged from several records cite the same words once. */
const unique = (list: LocatedEvidence[]) =>
	list.filter((e, i) => list.findIndex((o) => o.source === e.source && o.quote === e.quote) === i);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The article's numbers, each with the background that gives it meaning. Every value is read from the
 * dataset; the words around them are fixed, so a changed figure changes the sentence, never silently.
 */
export function keyFigures(ds: Dataset): KeyFigure[] {
	const q = (id: string) => byId(ds.quantities, id);
	const e = (id: string) => byId(ds.events, id);
	const conflictNote = (id: string) => byId(ds.conflicts, id).note;

	const announced = q('additional-officers');
	const before = q('kenya-deployed-2024-10');
	const arrivedAfter = ds.quantities.filter(
		(x) =>
			x.subject === 'kenyan-police' && x.measure === 'arrival' && x.asOf && x.asOf > ds.meeting.date
	);
	const promised = e('promised-operational');
	const firstArrival = arrivedAfter[0];

	const extension = q('extension-months');
	const extensionEvent = e('resolution-2751');
	const mandateEnd = e('mandate-end-2751');
	const successor = e('resolution-2793');

	const population = q('population-stated');
	const populationUn = q('population-un');

	const needed = q('fund-needed-annual');
	const receivedHrw = q('fund-received-2024-10-hrw');
	const receivedAp = q('fund-received-2024-10-ap');
	const endOfYear = q('fund-received-2024-12');

	const deployed = q('mss-deployed-2024-10');
	const planned = q('mss-planned-strength');

	return [
		{
			id: 'additional-officers',
			value: formatQuantity(announced, false),
			label: 'more Kenyan police officers announced for Haiti',
			evidence: announced.evidence,
			context: [
				{
					text: `${capitalise(formatQuantity(before, false))} Kenyans were already in Haiti at the time.`,
					evidence: before.evidence
				},
				{
					text: `The article said they would be operational “by the following month” (${formatDate(promised.date)}); the first ${firstArrival?.value ?? 0} landed on ${firstArrival?.asOf ? formatDate(firstArrival.asOf) : '—'}, and ${sum(arrivedAfter.map((x) => x.value))} of the ${announced.value} had arrived by ${formatDate(arrivedAfter.at(-1)?.asOf ?? ds.meeting.date)}.`,
					evidence: unique(arrivedAfter.flatMap((x) => x.evidence))
				}
			]
		},
		{
			id: 'extension',
			value:
				extension.value % 12
					? `${extension.value} months`
					: `${extension.value / 12} year${extension.value === 12 ? '' : 's'}`,
			label: 'more for the mission: the UN Security Council’s extension',
			evidence: extension.evidence,
			context: [
				{
					text: `Resolution 2751 (${formatDate(extensionEvent.date)}) extended the authorisation to ${formatDate(mandateEnd.date)}.`,
					evidence: mandateEnd.evidence
				},
				{
					text: `On ${formatDate(successor.date)} the Council turned the MSS into the Gang Suppression Force.`,
					evidence: successor.evidence
				}
			]
		},
		{
			id: 'population',
			value: formatQuantity(population, false).replace('about ', ''),
			label: 'people “held hostage by a handful of gang members”, in Conille’s words',
			evidence: population.evidence.filter((x) => x.kind === 'article'),
			context: [
				{
					text: `The UN’s 2024 estimate is ${formatQuantity(populationUn, false)}: sources differ, the round figure is close.`,
					evidence: populationUn.evidence,
					conflict: conflictNote('population')
				}
			]
		},
		{
			id: 'trust-fund',
			value: formatQuantity(receivedHrw),
			label: `received by the trust fund by the meeting, of ${formatQuantity(needed)} needed a year`,
			evidence: unique([...receivedHrw.evidence, ...needed.evidence]),
			context: [
				{
					text: `AP put receipts at ${formatQuantity(receivedAp)}; by the end of 2024 the fund had received ${formatQuantity(endOfYear)}.`,
					evidence: unique([...receivedAp.evidence, ...endOfYear.evidence]),
					conflict: conflictNote('fund-at-meeting')
				}
			]
		},
		{
			id: 'strength',
			value: formatQuantity(deployed, false).replace('about ', '~'),
			label: `personnel deployed by the meeting, of a planned ${formatQuantity(planned, false)}`,
			evidence: unique([...deployed.evidence, ...planned.evidence]),
			context: [
				{
					text: `Nearly ${before.value} of them were Kenyan.`,
					evidence: before.evidence
				}
			]
		}
	];
}

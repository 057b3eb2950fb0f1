import { byId } from '$lib/data/lookup';
import { formatDate, formatQuantity, formatShort } from '$lib/data/format';
import type { Dataset } from '$lib/data/schema';
import { claim, ofEvent, ofMeeting, ofQuantity, type Claim } from '$lib/words/claim';
import {
	conflictIn,
	dateIn,
	eventIn,
	figureWords,
	lowerFirst,
	marked,
	said,
	upperFirst,
	verbOf
} from '$lib/words/phrase';
import { input, sum } from '$lib/words/rules';

/**
 * A key figure: its value large, and the rest of its sentence under it (`claim` is the whole sentence,
 * as the claims list gives it), then sentences of context, each a claim with its evidence.
 */
export interface KeyFigure {
	id: string;
	value: string;
	label: string;
	claim: Claim;
	context: Claim[];
}

/** A key figure whose sentence is its value followed by its label. */
const figure = (
	id: string,
	value: string,
	label: string,
	rests: Parameters<typeof claim>[2],
	context: Claim[]
): KeyFigure => ({
	id,
	value,
	label,
	claim: claim(`fig-${id}`, `${value} ${label}`, rests),
	context
});

/**
 * The article's numbers, each with the background that gives it meaning. Every value, verb and speaker
 * is read from the records (their status and basis); a value we derived is marked and carries its rule.
 */
export function keyFigures(ds: Dataset): KeyFigure[] {
	const q = (id: string) => byId(ds.quantities, id);
	const e = (id: string) => byId(ds.events, id);
	const c = (id: string) => byId(ds.conflicts, id);
	const members = (id: string) => ds.quantities.filter((x) => x.conflict === id);
	const conflict = (id: string) =>
		claim(`conflict-${id}`, conflictIn(ds, c(id)), members(id).map(ofQuantity));

	const announced = q('additional-officers');
	const before = q('kenya-deployed-2024-10');
	const arrivedAfter = ds.quantities
		.filter(
			(x) =>
				x.subject === 'kenyan-police' &&
				x.measure === 'arrival' &&
				x.asOf &&
				x.asOf > ds.meeting.date &&
				!x.conflict
		)
		.sort((a, b) => a.asOf!.localeCompare(b.asOf!));
	const promised = e('promised-operational');
	const first = arrivedAfter[0];
	const last = arrivedAfter.at(-1);
	const landed = arrivedAfter.length
		? sum(
				arrivedAfter.map((x) => [input('quantity', x, x.label)]),
				'officers arrived after the meeting'
			)
		: null;

	const extension = q('extension-months');
	const r2751 = e('resolution-2751');
	const successor = e('resolution-2793');

	const population = q('population-stated');
	const hostage = ds.quotes.find((x) => x.id === 'conille-hostage');

	const needed = q('fund-needed-annual');
	const receivedHrw = q('fund-received-2024-10-hrw');
	const endPledged = q('fund-pledged-2024-12');
	const endReceived = q('fund-received-2024-12');

	const deployed = q('mss-deployed-2024-10');
	const planned = q('mss-planned-strength');

	const words = claim;
	// Conille's words after the figure: “12 million people held hostage…” → “held hostage…”.
	const spoken = `${formatQuantity(population, false)} people `;
	const hostageWords =
		hostage && hostage.text.includes(spoken)
			? ` “${hostage.text.slice(hostage.text.indexOf(spoken) + spoken.length).replace(/\.$/, '')}”`
			: '';

	return [
		figure(
			'additional-officers',
			formatQuantity(announced, false),
			`${lowerFirst(announced.label)}${said(announced.basis)}`,
			[ofQuantity(announced)],
			[
				words(
					'fig-additional-officers-before',
					`${upperFirst(formatQuantity(before, false))} Kenyan officers were ${verbOf(before)} in Haiti at the time of the meeting${said(before.basis)}.`,
					[ofQuantity(before)]
				),
				words(
					'fig-additional-officers-arrivals',
					first && last && landed
						? `They were expected to be operational “by the following month” (${dateIn(promised)}); the first group after the meeting, ${formatShort(first)}, arrived on ${formatDate(first.asOf!)}; from the meeting to ${formatDate(last.asOf!)}, ${marked(landed.value[0].toLocaleString('en-GB'))} arrived, against the ${formatShort(announced)} announced.`
						: `They were expected to be operational “by the following month” (${dateIn(promised)}); no arrival after the meeting is recorded.`,
					[ofEvent(promised), ...arrivedAfter.map(ofQuantity), ofQuantity(announced)],
					landed ? [landed.rule] : []
				)
			]
		),
		figure(
			'extension',
			extension.value % 12
				? `${extension.value} months`
				: `${extension.value / 12} year${extension.value === 12 ? '' : 's'}`,
			`${lowerFirst(extension.label)}, ${verbOf(extension)} ${formatDate(extension.asOf!)}`,
			[ofQuantity(extension)],
			[
				words('fig-extension-resolution', `${eventIn(ds, r2751)}.`, [ofEvent(r2751)]),
				words('fig-extension-successor', `${eventIn(ds, successor)}.`, [
					ofEvent(successor),
					...(successor.figures ?? []).map((id) => ofQuantity(q(id)))
				])
			]
		),
		figure(
			'population',
			formatQuantity(population, false),
			`people${hostageWords}${said(population.basis)}`,
			[ofQuantity(population)],
			[conflict('population')]
		),
		figure(
			'trust-fund',
			formatQuantity(receivedHrw),
			`${verbOf(receivedHrw)} by the UN trust fund by ${formatDate(receivedHrw.asOf!)}${said(receivedHrw.basis)}, of ${figureWords(needed)} a year`,
			[ofQuantity(receivedHrw), ofQuantity(needed)],
			[
				conflict('fund-at-meeting'),
				words(
					'fig-trust-fund-end-of-year',
					`As of ${formatDate(endReceived.asOf!)}: ${figureWords(endPledged)} and ${figureWords(endReceived)}${said(endReceived.basis)}.`,
					[ofQuantity(endPledged), ofQuantity(endReceived)]
				)
			]
		),
		figure(
			'strength',
			formatShort(deployed),
			`personnel ${verbOf(deployed)} by the meeting, of ${figureWords(planned)} (as of ${formatDate(planned.asOf!)})`,
			[ofQuantity(deployed), ofQuantity(planned), ofMeeting(ds.meeting)],
			[
				words(
					'fig-strength-kenyans',
					`${upperFirst(formatQuantity(before, false))} of them were Kenyan.`,
					[ofQuantity(before)]
				),
				conflict('pledged-personnel'),
				conflict('mission-total-2025-02')
			]
		)
	];
}

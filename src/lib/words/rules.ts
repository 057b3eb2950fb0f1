import { utcMonth } from 'd3-time';
import { dateValue, formatDate, formatQuantity } from '$lib/data/format';
import type {
	LocatedEvidence,
	Quantity,
	RecordRef,
	Rule,
	RuleKind,
	RecordType
} from '$lib/data/schema';

/**
 * A record as a rule takes it: its reference, how the rule's text names it, its date or figure, and
 * its evidence (which the rule's reader can follow).
 */
export interface Input {
	ref: RecordRef;
	/** How the rule's text names it: “the meeting”, “Resolution 2699”. */
	name: string;
	date?: string;
	/** Its figure; `low` where it is a range (a sum of figures sources differ on), `value` its top. */
	figure?: Pick<Quantity, 'value' | 'unit' | 'approx'> & { low?: number };
	evidence: LocatedEvidence[];
}

/** A value we derived, with the rule that gives it. */
export interface Derived<T> {
	value: T;
	rule: Rule;
}

/** The mark a derived value carries wherever it is written: page, table, SVG, PNG. */
export const DERIVED_MARK = '†';

export const input = (
	type: RecordType,
	record: {
		id: string;
		evidence: LocatedEvidence[];
		date?: string;
		asOf?: string;
		value?: number;
		unit?: Quantity['unit'];
		approx?: Quantity['approx'];
	},
	name: string
): Input => ({
	ref: { type, id: record.id },
	name,
	date: record.date ?? record.asOf,
	figure:
		record.value === undefined || !record.unit
			? undefined
			: { value: record.value, unit: record.unit, approx: record.approx },
	evidence: record.evidence
});

const unique = (list: LocatedEvidence[]) =>
	list.filter((e, i) => list.findIndex((o) => o.source === e.source && o.quote === e.quote) === i);

function rule(kind: RuleKind, inputs: Input[], text: string): Rule {
	const ids = inputs.map((i) => i.ref.id);
	const key = ids.join('-');
	return {
		id: `rule-${kind}-${key.length > 60 ? `${ids[0]}-and-${ids.length - 1}-more` : key}`,
		kind,
		text,
		from: inputs.map((i) => i.ref),
		evidence: unique(inputs.flatMap((i) => i.evidence))
	};
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const dated = (i: Input) => {
	if (!i.date) throw new Error(`rule input "${i.ref.id}" has no date`);
	return i.date;
};
const figure = (i: Input) => {
	if (!i.figure) throw new Error(`rule input "${i.ref.id}" has no figure`);
	return i.figure;
};
const amount = (i: Input) => {
	const f = figure(i);
	const top = formatQuantity(f, false);
	return f.low === undefined || f.low === f.value
		? top
		: `${formatQuantity({ ...f, value: f.low }, false)} to ${top}`;
};

/** “by the following month”, said at a dated event: the month after its date. */
export function followingMonth(at: Input): Derived<string> {
	const value = day(utcMonth.offset(utcMonth.floor(dateValue(dated(at))), 1)).slice(0, 7);
	return {
		value,
		rule: rule(
			'following-month',
			[at],
			`“the following month” after ${at.name} of ${formatDate(dated(at))} = ${formatDate(value)}`
		)
	};
}

/** A period's end from its start and its length in months (or its start from its end). */
export function addMonths(start: Input, months: Input, sign: 1 | -1 = 1): Derived<string> {
	const n = figure(months).value;
	const value = day(utcMonth.offset(dateValue(dated(start)), sign * n));
	return {
		value,
		rule: rule(
			sign === 1 ? 'add-months' : 'subtract-months',
			[start, months],
			`${formatDate(dated(start))} (${start.name}) ${sign === 1 ? '+' : '−'} ${n} months (${months.name}) = ${formatDate(value)}`
		)
	};
}

/**
 * The sum of figures; each term is one figure, or several where sources differ on it, and then the sum
 * is a range from the smallest to the largest total.
 */
export function sum(terms: Input[][], what: string): Derived<[number, number]> {
	const lo = terms.reduce((s, t) => s + Math.min(...t.map((i) => figure(i).value)), 0);
	const hi = terms.reduce((s, t) => s + Math.max(...t.map((i) => figure(i).value)), 0);
	const term = (t: Input[]) =>
		`${t.map(amount).join(' or ')}${t[0]!.date ? ` (${formatDate(t[0]!.date)})` : ''}`;
	const total =
		lo === hi
			? lo.toLocaleString('en-GB')
			: `${lo.toLocaleString('en-GB')} to ${hi.toLocaleString('en-GB')}`;
	return {
		value: [lo, hi],
		rule: rule('sum', terms.flat(), `${terms.map(term).join(' + ')} = ${total} ${what}`)
	};
}

/** What remains of a whole once a part is taken: a need less what was received. */
export function difference(whole: Input, part: Input): Derived<number> {
	const value = figure(whole).value - figure(part).value;
	const result = formatQuantity({ ...figure(whole), value });
	return {
		value,
		rule: rule(
			'difference',
			[whole, part],
			`${formatQuantity(figure(whole))} (${whole.name}) − ${formatQuantity(figure(part))} (${part.name}) = ${result}`
		)
	};
}

/** A part as a whole percentage of a whole: “about” where either figure is approximate. */
export function share(part: Input, whole: Input): Derived<number> & { text: string } {
	const value = Math.round((figure(part).value / figure(whole).value) * 100);
	const text = `${figure(part).approx || figure(whole).approx ? 'about ' : ''}${value}%`;
	return {
		value,
		text,
		rule: rule(
			'share',
			[part, whole],
			`${formatQuantity(figure(part))} (${part.name}) ÷ ${formatQuantity(figure(whole))} (${whole.name}) = ${text}`
		)
	};
}

/**
 * The largest of several figures, each named: a ranking among the figures charted, not the source's.
 * A range must clear every other figure at its low end, or the ranking would claim more than we know.
 */
export function largest(inputs: Input[], among: string): Derived<Input> {
	const value = inputs.reduce((best, i) => (figure(i).value > figure(best).value ? i : best));
	const low = figure(value).low ?? figure(value).value;
	const rival = inputs.find((i) => i !== value && figure(i).value > low);
	if (rival)
		throw new Error(
			`no largest of ${among}: ${amount(value)} (${value.name}) may be below ${amount(rival)} (${rival.name})`
		);
	return {
		value,
		rule: rule(
			'largest',
			inputs,
			`${amount(value)} (${value.name}) is the largest of ${among}: ${inputs.map((i) => `${amount(i)} (${i.name})`).join(', ')}`
		)
	};
}

/** Recomputes a derived record's value from its inputs, as validation checks it. */
export function recompute(kind: RuleKind, inputs: Input[]): Derived<string | number> {
	switch (kind) {
		case 'following-month':
			return followingMonth(inputs[0]!);
		case 'add-months':
			return addMonths(inputs[0]!, inputs[1]!);
		case 'subtract-months':
			return addMonths(inputs[0]!, inputs[1]!, -1);
		case 'sum': {
			const d = sum(
				inputs.map((i) => [i]),
				''
			);
			return { value: d.value[0], rule: { ...d.rule, text: d.rule.text.trimEnd() } };
		}
		case 'difference':
			return difference(inputs[0]!, inputs[1]!);
		case 'share':
			return share(inputs[0]!, inputs[1]!);
		case 'largest':
			return { ...largest(inputs, 'them'), value: figure(largest(inputs, 'them').value).value };
	}
}

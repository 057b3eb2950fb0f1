import type { Precision, Quantity } from './schema';

const currency: Record<string, string> = { USD: '$', CAD: 'C$', EUR: '€' };
const approxWords = {
	about: 'about ',
	nearly: 'nearly ',
	'at-least': 'at least ',
	'more-than': 'more than ',
	'up-to': 'up to '
};

/**
 * 600 → "600"; 85300000 → "85.3 million"; 12000000 → "12 million"; a figure the source gives more
 * precisely than a tenth of a million keeps every digit: 11772557 → "11,772,557", never rounded.
 */
export function formatNumber(value: number): string {
	if (Math.abs(value) >= 1e6 && value % 100_000 === 0) {
		const m = value / 1e6;
		return `${Number(m.toFixed(1))} million`;
	}
	return value.toLocaleString('en-GB');
}

/** A quantity as a reader says it: "$85.3 million", "about 400 officers", "12 months". */
export function formatQuantity(
	q: Pick<Quantity, 'value' | 'unit' | 'approx'>,
	withUnit = true
): string {
	const prefix = q.approx ? approxWords[q.approx] : '';
	const symbol = currency[q.unit];
	if (symbol) return `${prefix}${symbol}${formatNumber(q.value)}`;
	const exact = q.unit === 'people' ? formatNumber(q.value) : q.value.toLocaleString('en-GB');
	return `${prefix}${exact}${withUnit ? ` ${q.unit}` : ''}`;
}

const approxMarks = {
	about: '~',
	nearly: '~',
	'at-least': '≥',
	'more-than': '>',
	'up-to': '≤'
} as const;

/** A count as a chart label says it: "~400", "≥150", "600". */
export const formatShort = (q: Pick<Quantity, 'value' | 'approx'>) =>
	`${q.approx ? approxMarks[q.approx] : ''}${q.value.toLocaleString('en-GB')}`;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-10-11" → "11 Oct 2024", "2024-11" → "Nov 2024", "2024" → "2024": no more precise than the source. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	if (!m) return y!;
	const month = months[Number(m) - 1]!;
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Start of the period a date names, as a UTC Date: the value a time scale places. */
export function dateValue(iso: string): Date {
	const [y, m = '1', d = '1'] = iso.split('-');
	return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** Middle of the period a date names: where a month- or year-precise mark sits on a time axis. */
export function dateMid(iso: string, precision: Precision): Date {
	const start = dateValue(iso);
	if (precision === 'day') return start;
	const end = new Date(start);
	if (precision === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
	else end.setUTCFullYear(end.getUTCFullYear() + 1);
	return new Date((start.getTime() + end.getTime()) / 2);
}

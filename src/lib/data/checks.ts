/**
 * Checks of what a record's words may claim, given its evidence: a date must be given by a quote, a
 * figure in a label must stand in a quote, a background quote must stand where the fact sheet names its
 * source. Each returns the problem in words (or null), and validate.ts says which record and field.
 */

const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways a quote may give a date, no more precise than the date: `2024-11-27` as “27 Nov 2024”,
 * “November 27, 2024”, “2024-11-27”, or “27 Nov” / “November 27” with no year after it; `2024-11` as
 * “Nov 2024”, “November 2024”; `2024-12` also as “End-2024”; `2024` as “2024”.
 */
export function dateSpellings(iso: string): RegExp[] {
	const [y, m, d] = iso.split('-');
	const bounded = (s: string, noYearAfter = false) =>
		new RegExp(`(?<![\\d\\w])${s}(?![\\d\\w])${noYearAfter ? '(?!,? \\d{4})' : ''}`);
	if (!m) return [bounded(y!)];
	const month = monthNames[Number(m) - 1]!;
	const mon = month.slice(0, 3);
	if (!d) {
		return [
			bounded(`${mon}\\.? ${y}`),
			bounded(`${month} ${y}`),
			...(m === '12' ? [bounded(`End-${y}`)] : [])
		];
	}
	const n = Number(d);
	return [
		bounded(`${n} ${mon}\\.? ${y}`),
		bounded(`${month} ${n}, ${y}`),
		bounded(escape(iso)),
		bounded(`${n} ${mon}`, true),
		bounded(`${month} ${n}`, true)
	];
}

/** Whether any of the quotes gives the date. */
export const givesDate = (quotes: string[], iso: string) =>
	dateSpellings(iso).some((re) => quotes.some((q) => re.test(q)));

/** “2,500”, “85.3”, “13-0-2” → the figures a text holds, without thousands separators. */
export const figuresIn = (text: string) =>
	[...text.matchAll(/(?<![\w.])\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,(?=\d{3})/g, ''));

/** The figures of a text that stand in none of the quotes. */
export function figuresNotIn(text: string, quotes: string[]): string[] {
	const found = new Set(quotes.flatMap(figuresIn));
	return [...new Set(figuresIn(text))].filter((f) => !found.has(f));
}

/** Words that say a thing is done: a label with one of them cannot describe a plan or a promise. */
const doneWords =
	/\b(sends|sent|deploys|deployed|arrives|arrived|arrival|lands|landed|received|delivered|delivers|spent)\b/i;
const notDone = new Set([
	'announced',
	'pledged',
	'committed',
	'needed',
	'target',
	'planned',
	'expected'
]);

/** The done-word a label uses although its status is a plan or a promise, if any. */
export function doneWordFor(label: string, status: string | undefined): string | null {
	if (!status || !notDone.has(status)) return null;
	return doneWords.exec(label)?.[0] ?? null;
}

/** Curly quotation marks in an article sentence: it reports someone's words. */
export const quotesSomeone = (quote: string) => /[“”]/.test(quote);

/**
 * Where a quote stands in the fact sheet, as the sheet ties sources to facts: a table row, or the
 * sentence of a line of prose (a line of prose may cite several sources, one per sentence).
 */
export function placesOf(sheet: string, quote: string): string[] {
	const places: string[] = [];
	let from = 0;
	for (;;) {
		const at = sheet.indexOf(quote, from);
		if (at < 0) return places;
		from = at + 1;
		const start = sheet.lastIndexOf('\n', at) + 1;
		const endOfLine = sheet.indexOf('\n', at);
		const line = sheet.slice(start, endOfLine < 0 ? undefined : endOfLine);
		if (line.trimStart().startsWith('|')) {
			places.push(line);
			continue;
		}
		// Sentences end at “. ” (the sheet has no abbreviation followed by a space and a capital).
		const offset = at - start;
		let s = 0;
		const parts: string[] = [];
		for (const m of line.matchAll(/\.\s+(?=\S)/g)) {
			const end = m.index + 1;
			if (end > offset && s < offset + quote.length) parts.push(line.slice(s, end));
			s = m.index + m[0].length;
		}
		if (s < offset + quote.length) parts.push(line.slice(s));
		places.push(parts.join(' '));
	}
}

/** Whether the sheet names the source (in one of its `named` spellings) where the quote stands. */
export const namedWhereQuoted = (sheet: string, quote: string, named: string[]) =>
	placesOf(sheet, quote).some((place) => named.some((n) => place.includes(n)));

/**
 * Whether quotes name a speaker: by the last word of the name (“Sing’oei”, “UN”), or its abbreviation
 * as the sheet writes one (“ambassador” as “amb.”); apostrophes and case aside.
 */
export function namesSpeaker(quotes: string[], speaker: string): boolean {
	const norm = (s: string) => s.replaceAll('’', "'").toLowerCase();
	const last = norm(speaker).split(' ').at(-1)!;
	const word = new RegExp(`(?<![a-z])${escape(last)}(?![a-z])`);
	return quotes.some((q) => word.test(norm(q)) || norm(q).includes(`${last.slice(0, 3)}.`));
}

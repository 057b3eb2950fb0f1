import type { Dataset } from './schema';
import type { NotCharted } from './notCharted';

/** A disagreement the fact sheet marks with ⚠: its line, the words it covers, and the values it names. */
export interface Warning {
	/** 1-based line number in facts.md. */
	line: number;
	text: string;
	segment: string;
	values: number[];
}

const months = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

/**
 * The values a ⚠ segment names: figures outside parentheses (which hold sources, dates and breakdowns
 * such as “170 soldiers+30 police”), “$85m” and “12 million” in units, “75/77” as two. Dates (“18 Jan”,
 * “Feb 2025”) and four-digit numbers without a separator (years, resolution numbers) are not values.
 */
export function valuesIn(segment: string): number[] {
	const bare = segment.replace(/\([^)]*\)/g, ' ');
	const values: number[] = [];
	const re = new RegExp(
		`(?<![\\w.,/-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?!\\d|,\\d)(?:/(\\d+))?(\\s*(?:million|m\\b|M\\b))?(?!\\s(?:${months})\\b)`,
		'g'
	);
	for (const m of bare.matchAll(re)) {
		const before = bare.slice(Math.max(0, m.index - 4), m.index);
		if (new RegExp(`(?:${months}) $`).test(before)) continue;
		if (/^\d{4}$/.test(m[1]!) && !m[3]) continue;
		const scale = m[3] ? 1e6 : 1;
		for (const n of [m[1]!, m[2]].filter(Boolean))
			values.push(Number(n!.replaceAll(',', '')) * scale);
	}
	return values;
}

/**
 * Every ⚠ of the fact sheet (bold markers removed): on a table row, the cell that holds it (or the next
 * cell, where the ⚠ only names the row); on a line of prose, the words from it to the end of its sentence.
 */
export function warnings(plainSheet: string): Warning[] {
	const found: Warning[] = [];
	plainSheet.split('\n').forEach((text, i) => {
		if (!text.includes('⚠')) return;
		if (text.trimStart().startsWith('|')) {
			const cells = text.split('|');
			cells.forEach((cell, c) => {
				if (!cell.includes('⚠')) return;
				let segment = cell.slice(cell.indexOf('⚠') + 1);
				if (!valuesIn(segment).length) segment = cells[c + 1] ?? '';
				found.push({ line: i + 1, text, segment: segment.trim(), values: valuesIn(segment) });
			});
			return;
		}
		for (const m of text.matchAll(/⚠/g)) {
			const rest = text.slice(m.index + 1);
			const end = rest.search(/\.\s|[⚠✔✖]/);
			const segment = (end < 0 ? rest : rest.slice(0, end)).trim();
			found.push({ line: i + 1, text, segment, values: valuesIn(segment) });
		}
	});
	return found.filter((w) => w.values.length);
}

/**
 * Whether every ⚠ of the sheet is kept: each value it names is held by one conflict's quantities (or by a
 * record citing that very line, such as the need a disputed receipt is measured against), and every
 * quantity of that conflict is shown on the page; or the line is listed, with a reason, as not charted.
 * Returns the problems, each naming the line and the value, or the conflict and the field.
 */
export function coverageProblems(
	plainSheet: string,
	ds: Pick<Dataset, 'quantities' | 'conflicts'>,
	shown: Set<string>,
	notCharted: NotCharted[]
): string[] {
	const problems: string[] = [];
	const list = warnings(plainSheet);
	for (const n of notCharted) {
		const lines = list.filter((w) => w.text.includes(n.line));
		if (!lines.length)
			problems.push(`notCharted "${n.line}" .line: matches no ⚠ line of the fact sheet`);
		if (!n.reason.trim()) problems.push(`notCharted "${n.line}" .reason: give the reason`);
	}
	for (const w of list) {
		if (notCharted.some((n) => w.text.includes(n.line))) continue;
		const where = `facts.md line ${w.line} (⚠ “${w.segment.slice(0, 60)}”)`;
		const citing = ds.quantities.filter((q) => q.evidence.some((e) => w.text.includes(e.quote)));
		// The conflict of this line: one whose quantities cite it, else the one holding most of its values.
		const score = (id: string) => {
			const members = ds.quantities.filter((q) => q.conflict === id);
			return (
				(members.some((q) => citing.includes(q)) ? 100 : 0) +
				w.values.filter((v) => members.some((q) => q.value === v)).length
			);
		};
		const conflict = ds.conflicts
			.filter((c) => ds.quantities.some((q) => q.conflict === c.id && w.values.includes(q.value)))
			.sort((a, b) => score(b.id) - score(a.id))[0];
		if (!conflict) {
			problems.push(
				`${where}: no conflict holds its values (${w.values.join(', ')}); add a conflict with a quantity for each, or list the line in notCharted with a reason`
			);
			continue;
		}
		const members = ds.quantities.filter((q) => q.conflict === conflict.id);
		const held = new Set([...members, ...citing].map((q) => q.value));
		for (const v of w.values.filter((v) => !held.has(v)))
			problems.push(
				`conflicts "${conflict.id}" .members: no quantity holds ${v}, named by ${where}`
			);
		for (const q of members.filter((q) => !shown.has(`quantity:${q.id}`)))
			problems.push(
				`quantities "${q.id}" .conflict: one side of "${conflict.id}" (${where}) is not shown on the page; chart it, or list the line in notCharted with a reason`
			);
	}
	return problems;
}

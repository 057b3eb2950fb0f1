import { warnings } from './coverage';

/**
 * The conflicts of the fact sheet (its ⚠ lines) that the dashboard does not chart, each with why:
 * reviewed, and listed to readers under Sources. Every other ⚠ line must have a conflict record holding
 * each value it names, charted (src/lib/words/conflicts.test.ts holds both to it).
 */
export interface NotCharted {
	/** Words of the ⚠ line, as the sheet writes them (bold markers removed), that identify it. */
	line: string;
	/** Why it is not charted, in one line. */
	reason: string;
}

export const notCharted: NotCharted[] = [
	{
		line: 'US (later) | ⚠ "well over $300 million" delivered',
		reason:
			'All US support, not the UN trust fund the funding chart draws; the three figures are kept in the dataset (conflict “usa-delivered”).'
	},
	{
		line: 'Gang control of capital | ⚠ 80% (AP, 2024)',
		reason:
			'No chart shows gang control of the capital, and the article gives no figure for it; the four figures are for different dates.'
	},
	{
		line: '⚠ Strength: HNP claims 12,000',
		reason:
			'No chart shows the Haitian National Police’s strength, and the article gives no figure for it.'
	}
];

/**
 * Each entry as readers see it: the ⚠ words of its line, after the table row's first cell (which names
 * the topic) where it is a row.
 */
export function notChartedLines(plainSheet: string) {
	const list = warnings(plainSheet);
	return notCharted.map((n) => {
		const w = list.find((x) => x.text.includes(n.line));
		const topic = w?.text.trimStart().startsWith('|') ? w.text.split('|')[1]!.trim() : '';
		return { ...n, line: w ? `${topic ? `${topic}: ` : ''}⚠ ${w.segment}` : n.line };
	});
}

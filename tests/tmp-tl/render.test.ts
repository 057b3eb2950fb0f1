import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { dataset } from '$lib/server/dataset';
import { renderChartSvg } from '$lib/charts/render.server';
test('r', () => {
	for (const id of ['timeline', 'funding'] as const) {
		for (const [w, t] of [
			[720, 'light'],
			[300, 'dark'],
			[460, 'light']
		] as const) {
			try {
				writeFileSync(
					`/tmp/tf/${id}-${w}-${t}.svg`,
					renderChartSvg(id, dataset, {}, { width: w, theme: t, date: '2026-01-01' })
				);
			} catch (e) {
				console.log(String(e));
			}
		}
	}
});

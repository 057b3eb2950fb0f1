import { test } from 'vitest';
import { dataset } from '$lib/server/dataset';
import { timeline } from '$lib/charts/timeline';
import { timelineFixture } from '$lib/charts/timeline/fixture';
test('x', () => {
	for (const ds of [dataset, timelineFixture]) {
		const d = timeline.select(ds, {});
		console.log(timeline.describe(d));
		console.log(timeline.subtitle(d));
		for (const w of [276, 436, 696]) {
			const g = timeline.layout(d, { width: w });
			console.log(
				w,
				g.height,
				JSON.stringify(g.periods.map((p) => [p.x0, p.x1, p.label])),
				JSON.stringify(g.lanes.map((l) => [l.kind, l.y0, l.y1])),
				JSON.stringify(g.axis.ticks.filter((t) => t.label).map((t) => t.label))
			);
		}
	}
});

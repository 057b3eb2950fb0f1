import { drawingUrl } from '$lib/urls';
import type { ChartId } from '$lib/charts/registry';

/** The widest card width whose 13-unit text shows at 12 px or more in `room` pixels. */
export function bestWidth(widths: number[], room: number): number {
	const fitting = widths.filter((w) => w <= (room * 13) / 12);
	return fitting.length ? Math.max(...fitting) : Math.min(...widths);
}

const fetched = new Map<string, Promise<string>>();

/**
 * A card carries its chart drawn at the narrowest card width, which every screen can read. When the
 * card has room for a wider drawing, this puts the server's drawing for that width in its place (a
 * prerendered file, the same renderer), and tells the card (`drawing:replaced`), whose map re-attaches.
 */
export function fitDrawings(drawings: HTMLElement[]) {
	const fit = async (el: HTMLElement) => {
		const widths = el.dataset.widths!.split(' ').map(Number);
		const want = bestWidth(widths, el.clientWidth);
		if (want === Number(el.dataset.width)) return;
		const url = drawingUrl(el.dataset.chart as ChartId, want);
		if (!fetched.has(url))
			fetched.set(
				url,
				fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(url))))
			);
		const svg = await fetched.get(url)!.catch(() => null);
		if (!svg || el.dataset.width === String(want)) return;
		el.querySelector('svg')!.outerHTML = svg;
		el.dataset.width = String(want);
		el.style.setProperty('--w', String(want));
		el.dispatchEvent(new CustomEvent('drawing:replaced'));
	};
	const observer = new ResizeObserver((entries) => {
		for (const entry of entries) void fit(entry.target as HTMLElement);
	});
	for (const el of drawings) observer.observe(el);
}

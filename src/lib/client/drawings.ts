import { drawingUrl } from '$lib/urls';
import type { ChartId } from '$lib/charts/registry';

/** The widest card width whose 13-unit text shows at 12 px or more in `room` pixels. */
export function bestWidth(widths: number[], room: number): number {
	const fitting = widths.filter((w) => w <= (room * 13) / 12);
	return fitting.length ? Math.max(...fitting) : Math.min(...widths);
}

const fetched = new Map<string, Promise<string>>();

/**
 * The mark of `el`'s drawing that has the focus, as a function that focuses the same mark (same link,
 * same rank among marks with that link) in the drawing that replaces it: a reader tabbing through the
 * marks as the drawing is swapped stays where they were.
 */
function focusedMark(el: HTMLElement) {
	const active = document.activeElement;
	if (!(active instanceof SVGAElement) || !el.contains(active)) return null;
	const href = active.getAttribute('href') ?? '';
	const same = (root: Element) =>
		[...root.querySelectorAll('a.mark')].filter((a) => a.getAttribute('href') === href);
	const rank = same(el).indexOf(active);
	return () => {
		const marks = same(el) as SVGAElement[];
		(marks[rank] ?? marks[0])?.focus();
	};
}

/**
 * A card carries its chart drawn at the narrowest card width, which every screen can read. When the
 * card has room for a wider drawing, this puts the server's drawing for that width in its place (a
 * prerendered file, the same renderer), and tells the card (`drawing:replaced`), whose map re-attaches.
 */
export function fitDrawings(drawings: HTMLElement[]) {
	const swap = async (el: HTMLElement, want: number) => {
		const url = drawingUrl(el.dataset.chart as ChartId, want);
		if (!fetched.has(url))
			fetched.set(
				url,
				fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(url))))
			);
		const svg = await fetched.get(url)!.catch(() => null);
		if (!svg || el.dataset.width === String(want)) return;
		const focused = focusedMark(el);
		el.querySelector('svg')!.outerHTML = svg;
		el.dataset.width = String(want);
		el.style.setProperty('--w', String(want));
		focused?.();
		el.dispatchEvent(new CustomEvent('drawing:replaced'));
	};
	// `data-fitted` once the card shows the drawing for its width (a hook for styles and tests).
	const fit = async (el: HTMLElement) => {
		const want = bestWidth(el.dataset.widths!.split(' ').map(Number), el.clientWidth);
		if (want !== Number(el.dataset.width)) await swap(el, want);
		el.dataset.fitted = '';
	};
	const observer = new ResizeObserver((entries) => {
		for (const entry of entries) void fit(entry.target as HTMLElement);
	});
	for (const el of drawings) observer.observe(el);
}

import { noEmphasis, type MapState } from '$lib/charts/network/emphasis';
import { panelUrl, selectionUrl, type MapPage } from '$lib/urls';
import { setExportActor } from '../exports';
import { filterQuery, hiddenBy } from './filters';
import { moveNode, neighbourTowards, paint, positionOf } from './map';
import type { Enhanced } from './zoom';

const arrows: Record<string, [number, number]> = {
	ArrowRight: [1, 0],
	ArrowLeft: [-1, 0],
	ArrowUp: [0, -1],
	ArrowDown: [0, 1]
};

/**
 * The network card with JavaScript: hover and focus light an actor's neighbours; selecting an actor
 * opens its panel in place (the server's own fragment) and puts the selection in the URL; filters hide
 * links on the whole map and stay in the URL; arrow keys move between linked actors, Escape closes the
 * panel; drag and zoom load when the map nears the viewport. Without JavaScript every one of these is a
 * link or a checkbox that works on its own.
 */
export function enhanceNetwork(card: HTMLElement) {
	const layout = card.querySelector<HTMLElement>('.layout[data-map-page]');
	const drawing = card.querySelector<HTMLElement>('.drawing');
	if (!layout || !drawing) return;
	const page = layout.dataset.mapPage as MapPage;
	const boxes = [...card.querySelectorAll<HTMLInputElement>('.filters input[type=checkbox]')];
	const kinds = boxes.filter((b) => b.name === 'kind').map((b) => b.value);
	const count = card.querySelector<HTMLElement>('.filters .count');
	const total = Number(card.querySelector<HTMLElement>('.filters')?.dataset.total);

	const svg = () => drawing.querySelector<SVGSVGElement>('svg')!;
	const state: MapState = {
		...noEmphasis,
		selected: svg().querySelector('a[aria-current="true"]')?.getAttribute('data-node') ?? null
	};
	let hover: string | null = null;
	let zoom: Enhanced | undefined;

	const hidden = () => ({
		kinds: boxes.filter((b) => b.name === 'kind' && !b.checked).map((b) => b.value),
		sources: boxes.filter((b) => b.name === 'source' && !b.checked).map((b) => b.value)
	});
	const url = (actor: string | null) =>
		`${selectionUrl(page, actor)}${filterQuery(new URLSearchParams(location.search), hidden(), kinds)}#chart-network`;

	function repaint() {
		const h = hidden();
		paint(svg(), {
			active: hover ?? state.selected,
			selected: state.selected,
			hiddenKinds: h.kinds,
			hiddenSources: h.sources
		});
		if (count) {
			const shown = svg().querySelectorAll('a[data-link]:not(.off)').length;
			count.textContent = `${shown} of ${total} relations shown`;
			count.hidden = false;
		}
	}

	// A linked filtered view: tick the boxes as the URL says.
	const fromUrl = hiddenBy(new URLSearchParams(location.search), kinds);
	for (const b of boxes)
		b.checked = !(b.name === 'kind' ? fromUrl.kinds : fromUrl.sources).includes(b.value);
	card.querySelector('.filters')?.addEventListener('change', () => {
		repaint();
		history.replaceState(history.state, '', url(state.selected));
	});

	async function select(actor: string | null, focusNode?: string) {
		const previous = state.selected;
		let panel = card.querySelector<HTMLElement>('#network-panel');
		if (actor) {
			const response = await fetch(panelUrl(actor)).catch(() => null);
			if (!response?.ok) {
				location.assign(url(actor));
				return;
			}
			const fragment = document.createRange().createContextualFragment(await response.text());
			const fresh = fragment.querySelector<HTMLElement>('#network-panel')!;
			fresh
				.querySelector<HTMLAnchorElement>('[data-close]')
				?.setAttribute('href', `${selectionUrl(page, null)}#chart-network`);
			if (panel) panel.replaceWith(fresh);
			else layout!.append(fresh);
			panel = fresh;
		} else panel?.remove();
		state.selected = actor;
		layout!.classList.toggle('open', !!actor);
		history.replaceState(history.state, '', url(actor));
		setExportActor(card, actor);
		repaint();
		if (actor) {
			panel!.focus({ preventScroll: true });
			panel!.scrollIntoView({ block: 'nearest' });
		} else if (focusNode ?? previous) {
			svg()
				.querySelector<SVGAElement>(`a[data-node="${CSS.escape((focusNode ?? previous)!)}"]`)
				?.focus();
		}
	}

	const nodeOf = (target: EventTarget | null) =>
		(target as Element | null)?.closest?.<SVGAElement>('.drawing a[data-node]') ?? null;

	card.addEventListener('click', (event) => {
		const target = event.target as Element;
		// An actor on the map, or an actor's name in the list of relations.
		const named = target.closest<HTMLAnchorElement>('.relations h5 a');
		const id =
			nodeOf(target)?.dataset.node ??
			(named && new URL(named.href).pathname.split('/').pop()) ??
			null;
		if (id && svg().querySelector(`a[data-node="${CSS.escape(id)}"]`)) {
			event.preventDefault();
			void select(id);
		} else if (target.closest('a[data-close]')) {
			event.preventDefault();
			void select(null);
		}
	});
	card.addEventListener('keydown', (event) => {
		const node = nodeOf(event.target);
		const arrow = arrows[event.key];
		if (node && arrow) {
			event.preventDefault();
			neighbourTowards(node.closest('svg')!, node.dataset.node!, ...arrow)?.focus();
		} else if (event.key === 'Escape' && state.selected) {
			event.preventDefault();
			void select(null);
		}
	});
	const onOver = (event: Event) => {
		hover = nodeOf(event.target)?.dataset.node ?? null;
		repaint();
	};
	const onOut = () => {
		hover = null;
		repaint();
	};
	card.addEventListener('pointerover', onOver);
	card.addEventListener('focusin', onOver);
	card.addEventListener('pointerout', onOut);
	card.addEventListener('focusout', onOut);

	// Drag and zoom: their code loads when the map nears the viewport, or at the first touch.
	const tools = card.querySelector<HTMLElement>('.tools');
	const reset = tools?.querySelector<HTMLButtonElement>('[data-zoom="reset"]');
	async function attachZoom() {
		observer.disconnect();
		const { enhance } = await import('./zoom');
		zoom?.destroy();
		const map = svg();
		zoom = enhance(map, {
			position: (id) => positionOf(map, id),
			move: (id, x, y) => moveNode(map, id, x, y),
			zoomed: (k) => {
				if (reset) reset.disabled = k <= 1.001;
			}
		});
		if (tools) tools.hidden = false;
		card.querySelector<HTMLElement>('[data-js-hint]')?.removeAttribute('hidden');
	}
	const observer = new IntersectionObserver(
		(entries) => entries.some((e) => e.isIntersecting) && void attachZoom(),
		{ rootMargin: '300px' }
	);
	observer.observe(card);
	drawing.addEventListener('pointerdown', () => zoom ?? void attachZoom(), { once: true });
	tools?.addEventListener('click', (event) => {
		const factor = (event.target as HTMLElement).closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
		if (!factor || !zoom) return;
		if (factor === 'reset') zoom.reset();
		else zoom.zoomBy(Number(factor));
	});
	// A wider drawing put in place (see drawings.ts) gets the map's state and its own drag and zoom.
	drawing.addEventListener('drawing:replaced', () => {
		repaint();
		if (zoom) void attachZoom();
	});

	repaint();
}

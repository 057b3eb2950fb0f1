import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';

/**
 * Drag, zoom and pan for the network map, loaded only when the card nears the viewport: d3 behaviours
 * need the drawn elements, so they attach after hydration and never on the server.
 */
export interface Enhanced {
	zoomBy: (factor: number) => void;
	reset: () => void;
	destroy: () => void;
}

export function enhance(
	svg: SVGSVGElement,
	options: {
		/** Where the actor is now, in plot units (it moves while dragged). */
		position: (id: string) => { x: number; y: number } | undefined;
		move: (id: string, x: number, y: number) => void;
		zoomed: (k: number) => void;
	}
): Enhanced {
	const pane = svg.querySelector<SVGGElement>('g.net')!;
	const viewport = pane.querySelector<SVGGElement>('g.net-viewport')!;
	const width = Number(pane.dataset.width);
	const height = Number(pane.dataset.height);

	const behaviour: ZoomBehavior<SVGGElement, unknown> = zoom<SVGGElement, unknown>()
		.scaleExtent([1, 6])
		.extent([
			[0, 0],
			[width, height]
		])
		.translateExtent([
			[0, 0],
			[width, height]
		])
		// The wheel scrolls the page unless Ctrl or ⌘ is held; one finger scrolls the page too, unless zoomed in.
		.filter((event: Event) => {
			if (event.type === 'wheel')
				return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
			if (event.type === 'touchstart')
				return (event as TouchEvent).touches.length > 1 || current > 1;
			return !(event as MouseEvent).button;
		})
		.on('zoom', (event) => {
			current = event.transform.k;
			viewport.setAttribute('transform', event.transform.toString());
			options.zoomed(current);
		});
	let current = 1;
	const paneSel = select(pane)
		.call(behaviour)
		.on('dblclick.zoom', null)
		.style('touch-action', 'pan-y');

	const nodes = select(viewport).selectAll<SVGAElement, unknown>('a[data-node]');
	nodes.style('touch-action', 'none').call(
		drag<SVGAElement, unknown>()
			.container(() => viewport)
			.subject(function () {
				return options.position(this.dataset.node!) ?? { x: 0, y: 0 };
			})
			.on('drag', function (event) {
				const x = Math.max(0, Math.min(width, event.x));
				const y = Math.max(0, Math.min(height, event.y));
				options.move(this.dataset.node!, x, y);
			})
	);

	return {
		zoomBy: (factor) => paneSel.call(behaviour.scaleBy, factor),
		reset: () => paneSel.call(behaviour.transform, zoomIdentity),
		destroy: () => {
			paneSel.on('.zoom', null);
			nodes.on('.drag', null);
		}
	};
}

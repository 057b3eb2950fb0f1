import { fitDrawings } from './drawings';
import { reportHeight } from './embed';
import { enhanceExports } from './exports';
import { linkHighlights } from './highlights';
import { enhanceNetwork } from './network';
import { tooltip } from './tooltip';

/**
 * What JavaScript adds to a page that is whole without it. Each part finds its elements and works on
 * the markup the server drew; nothing here draws a chart.
 */
const all = <T extends Element = HTMLElement>(selector: string) => [
	...document.querySelectorAll<T & HTMLElement>(selector)
];

const drawings = all('.drawing[data-widths]');
for (const el of drawings) tooltip(el);
fitDrawings(drawings);
for (const menu of all('.export[data-export]')) enhanceExports(menu);
for (const card of all('#chart-network')) enhanceNetwork(card);
linkHighlights();
if (document.querySelector('main.embed')) reportHeight();
// For tests and styles: the enhancements are in place.
document.documentElement.dataset.enhanced = '';

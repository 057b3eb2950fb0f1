/**
 * Colours of every chart, by theme. Charts refer to them by class (see `chartStyle`), never by value,
 * so the page (following prefers-color-scheme) and an exported file (one fixed theme) share one drawing.
 * Series colours are Okabe–Ito, safe for the common colour-vision deficiencies; meaning is never carried
 * by colour alone (article facts are solid, background facts hatched, conflicts bracketed and labelled).
 */
export const themes = {
	light: {
		bg: '#ffffff',
		fg: '#1b1b1b',
		muted: '#595959',
		grid: '#d9d9d9',
		article: '#0060a8',
		background: '#b35500',
		conflict: '#b3003c',
		accent: '#007a5a',
		neutral: '#6b6b6b'
	},
	dark: {
		bg: '#16181d',
		fg: '#ececec',
		muted: '#b3b3b3',
		grid: '#3d4048',
		article: '#5cb1f2',
		background: '#f0a04b',
		conflict: '#ff7aa2',
		accent: '#3fcf9f',
		neutral: '#a6a6a6'
	}
} as const;

export type Theme = keyof typeof themes;
export type ThemeChoice = Theme | 'auto';

export const fontFamily = "'Source Sans 3', 'Source Sans Pro', sans-serif";

type Palette = (typeof themes)[Theme];

/** The rules of one theme; `hatch` is the id of the pattern that fills background marks, if in scope. */
function rules(scope: string, c: Palette, hatch?: string): string {
	return [
		`${scope}{color:${c.fg};font-family:${fontFamily}}`,
		`${scope} text{fill:${c.fg}}`,
		`${scope} .bg{fill:${c.bg}}`,
		`${scope} text.muted,${scope} .muted text{fill:${c.muted}}`,
		`${scope} .grid{stroke:${c.grid}}`,
		`${scope} .axis{stroke:${c.muted}}`,
		`${scope} .article{fill:${c.article};stroke:${c.article}}`,
		hatch
			? `${scope} .background{fill:url(#${hatch});stroke:${c.background}}`
			: `${scope} .background{stroke:${c.background}}`,
		`${scope} .background-solid{fill:${c.background};stroke:${c.background}}`,
		`${scope} .hatch-line{stroke:${c.background}}`,
		`${scope} .conflict{stroke:${c.conflict};fill:${c.conflict}}`,
		`${scope} .accent{fill:${c.accent};stroke:${c.accent}}`,
		`${scope} .neutral{fill:${c.neutral};stroke:${c.neutral}}`,
		`${['article', 'background-solid', 'conflict', 'accent', 'neutral'].map((k) => `${scope} text.${k}`).join(',')}{stroke:none}`,
		`${scope} .line{fill:none}`,
		`${scope} .outline{fill:none}`,
		`${scope} .halo{stroke:${c.bg};stroke-width:4px;stroke-linejoin:round;paint-order:stroke}`
	].join('');
}

/**
 * The `<style>` of one chart's `<svg id={uid}>`. `light` and `dark` fix the theme, the whole palette
 * inside the file (exports; resvg reads no media queries). `auto` is a chart on a page, which follows
 * the reader's colour scheme by the page's one sheet of chart rules (`cardStyles`): its own style is
 * only the fill of its background marks by its own hatch pattern.
 */
export function chartStyle(uid: string, theme: ThemeChoice): string {
	const scope = `#${uid}`;
	if (theme === 'auto') return `${scope} .background{fill:url(#${uid}-hatch)}`;
	return rules(scope, themes[theme], `${uid}-hatch`) + emphasis(scope);
}

/** The page's sheet for every chart drawn on it: the palette by the reader's colour scheme. */
export function cardStyles(): string {
	const scope = '.chart-svg';
	return `${rules(scope, themes.light)}@media (prefers-color-scheme: dark){${rules(scope, themes.dark)}}${emphasis(scope)}`;
}

/** The network map's emphasis, as classes that the browser can switch on the drawn SVG (Network.svelte). */
function emphasis(scope: string): string {
	return [
		`${scope} .dim{opacity:0.35}`,
		`${scope} .off{display:none}`,
		`${scope} .on .line{stroke-width:2.5px}`,
		`${scope} .net-sel{visibility:hidden}`,
		`${scope} .selected .net-sel{visibility:visible}`,
		`${scope} .selected text{font-weight:700}`
	].join('');
}

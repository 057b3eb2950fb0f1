/**
 * The article ⇄ chart link with JavaScript: the highlighted sentence in the URL (`#hl-…`) also lights up
 * the chart marks that rest on it, and selecting a highlighted sentence makes it the URL's fragment, so
 * that it can be linked. Without JavaScript, marks and sentences are plain links to each other.
 */
export function linkHighlights() {
	const link = () => {
		for (const el of document.querySelectorAll('.linked')) el.classList.remove('linked');
		const id = location.hash.slice(1);
		if (!id.startsWith('hl-')) return;
		for (const el of document.querySelectorAll(`[data-hl~="${CSS.escape(id)}"]`))
			el.classList.add('linked');
	};
	link();
	addEventListener('hashchange', link);
	// Wider drawings put in place later must show the link too.
	document.addEventListener('drawing:replaced', link, true);
	document.addEventListener('click', (event) => {
		const mark = (event.target as Element).closest?.('mark.hl');
		if (mark && !getSelection()?.toString()) location.hash = mark.id;
	});
}

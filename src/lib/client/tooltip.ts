/**
 * A tooltip for chart marks on hover and keyboard focus (JavaScript only; without it the marks'
 * <title> gives the browser's own). It shows the mark's accessible name, so sighted, keyboard and
 * screen-reader users all get the same words.
 */
export function tooltip(container: HTMLElement) {
	const tip = document.createElement('div');
	tip.className = 'chart-tooltip';
	tip.setAttribute('role', 'tooltip');
	tip.hidden = true;
	container.append(tip);

	const markOf = (target: EventTarget | null) =>
		target instanceof Element ? target.closest<SVGAElement>('a.mark, a.net-node') : null;

	const show = (event: Event) => {
		const mark = markOf(event.target);
		// The mark's accessible name: its aria-label where it has one, else its <title>.
		const label = mark?.getAttribute('aria-label') ?? mark?.querySelector('title')?.textContent;
		if (!mark || !label) return;
		tip.textContent = label;
		tip.hidden = false;
		const box = mark.getBoundingClientRect();
		const frame = container.getBoundingClientRect();
		const left = Math.min(Math.max(box.left + box.width / 2 - frame.left, 0), frame.width);
		tip.style.left = `${left}px`;
		tip.style.top = `${box.top - frame.top}px`;
		tip.classList.toggle('flip', left > frame.width / 2);
	};
	const hide = (event: Event) => {
		if (markOf(event.target)) tip.hidden = true;
	};
	const escape = (event: KeyboardEvent) => {
		if (event.key === 'Escape') tip.hidden = true;
	};

	container.addEventListener('pointerover', show);
	container.addEventListener('focusin', show);
	container.addEventListener('pointerout', hide);
	container.addEventListener('focusout', hide);
	container.addEventListener('keydown', escape);
	return {
		destroy() {
			tip.remove();
			container.removeEventListener('pointerover', show);
			container.removeEventListener('focusin', show);
			container.removeEventListener('pointerout', hide);
			container.removeEventListener('focusout', hide);
			container.removeEventListener('keydown', escape);
		}
	};
}

/** The message an embedded chart posts to the page that frames it; /embed.js applies it. */
export const HEIGHT_MESSAGE = 'mss-haiti:height';

/**
 * In an iframe, an embed tells its host page how tall its content is, whenever that changes, so that
 * the frame can fit it without a scroll bar (the host's optional /embed.js does the fitting).
 */
export function reportHeight() {
	if (window.parent === window) return;
	let last = 0;
	const post = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: HEIGHT_MESSAGE, height, path: location.pathname }, '*');
	};
	new ResizeObserver(post).observe(document.documentElement);
	post();
}

/**
 * Export menus with JavaScript: image links follow the reader's colour scheme, a PNG shows that it is
 * being drawn (and any error) instead of leaving a silent link, copy buttons appear, and the network's
 * links follow the selected actor. The links themselves work without any of this.
 */

const dark = () => matchMedia('(prefers-color-scheme: dark)').matches;

/** Sets a query parameter of a same-origin URL, or removes it when `value` is null. */
function withParam(href: string, key: string, value: string | null): string {
	const url = new URL(href, location.href);
	if (value === null) url.searchParams.delete(key);
	else url.searchParams.set(key, value);
	return `${url.pathname}${url.search}`;
}

/** The file name a download gets, after the chart, actor, theme and scale. */
function fileName(menu: HTMLElement, link: HTMLAnchorElement): string {
	const url = new URL(link.href);
	const ext = url.pathname.split('.').pop();
	const actor = url.searchParams.get('actor');
	const theme = url.searchParams.get('theme');
	const image = ext === 'svg' || ext === 'png';
	const scale = ext === 'png' ? `-${url.searchParams.get('scale') ?? 1}x` : '';
	return `mss-haiti-${menu.dataset.export}${actor ? `-${actor}` : ''}${image && theme === 'dark' ? '-dark' : ''}${scale}.${ext}`;
}

function followTheme(menu: HTMLElement) {
	for (const link of menu.querySelectorAll<HTMLAnchorElement>('a[href^="/charts/"]')) {
		link.href = withParam(link.href, 'theme', dark() ? 'dark' : null);
		link.download = fileName(menu, link);
	}
}

/** The network's menu follows the selected actor: image links, and the shared link and embed code. */
export function setExportActor(card: HTMLElement, actor: string | null) {
	const menu = card.querySelector<HTMLElement>('.export[data-export]');
	if (!menu) return;
	for (const link of menu.querySelectorAll<HTMLAnchorElement>('a[href^="/charts/"]')) {
		link.href = withParam(link.href, 'actor', actor);
		link.download = fileName(menu, link);
	}
	const swap = (text: string) =>
		text.replace(
			/\/(charts|embed)\/network(\/[a-z0-9-]+)?/g,
			`/$1/network${actor ? `/${actor}` : ''}`
		);
	for (const field of menu.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
		'.share input, .share textarea'
	)) {
		if (field.value.includes('/network')) field.value = swap(field.value);
	}
}

async function download(link: HTMLAnchorElement, status: HTMLElement) {
	const name = link.download;
	link.setAttribute('aria-busy', 'true');
	status.textContent = `Preparing ${name}…`;
	try {
		const response = await fetch(link.href);
		if (!response.ok) {
			const reason = response.status === 503 ? 'the server is busy, try again shortly' : '';
			throw new Error(reason || `${response.status} ${response.statusText}`);
		}
		const url = URL.createObjectURL(await response.blob());
		Object.assign(document.createElement('a'), { href: url, download: name }).click();
		URL.revokeObjectURL(url);
		status.textContent = `${name} downloaded.`;
	} catch (e) {
		status.textContent = `Could not make ${name}: ${(e as Error).message}`;
	} finally {
		link.removeAttribute('aria-busy');
	}
}

export function enhanceExports(menu: HTMLElement) {
	const status = menu.querySelector<HTMLElement>('.status')!;
	followTheme(menu);
	matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => followTheme(menu));
	// Shared URLs name the dashboard where the reader found it.
	for (const field of menu.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
		'.share input, .share textarea'
	)) {
		const origin = /https?:\/\/[^/"\s]+/.exec(field.value)?.[0];
		if (origin && origin !== location.origin)
			field.value = field.value.replaceAll(origin, location.origin);
	}
	menu.addEventListener('click', (event) => {
		const target = event.target as HTMLElement;
		const png = target.closest<HTMLAnchorElement>('a[data-png]');
		if (png) {
			event.preventDefault();
			void download(png, status);
		}
		const copy = target.closest<HTMLButtonElement>('button[data-copy]');
		if (copy) {
			const field = copy.previousElementSibling?.querySelector('input, textarea') as
				HTMLInputElement | HTMLTextAreaElement | null;
			if (!field) return;
			void navigator.clipboard.writeText(field.value).then(
				() => (status.textContent = 'Copied.'),
				() => (status.textContent = 'Could not copy: select the text and copy it by hand.')
			);
		}
	});
	for (const button of menu.querySelectorAll<HTMLButtonElement>('button[data-copy]'))
		button.hidden = false;
}

declare module 'virtual:enhance' {
	/** URL of the page's enhancement module (see vite.config.ts). */
	const url: string;
	export default url;
}

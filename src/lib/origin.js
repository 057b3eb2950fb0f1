/**
 * Where the dashboard is served when `ORIGIN` is not set: the local server's address, so that a
 * deployment that forgot to set it shows as obviously local. Plain JavaScript, as svelte.config.js
 * reads it too (prerendering follows links to this origin).
 */
export const defaultOrigin = 'http://localhost:3000';

// @ts-check
// The security headers of every response, static or dynamic: scripts/serve.js sets them, and
// src/hooks.server.ts imports this module so that `vite dev` sends the same. Plain JavaScript, so that
// Node runs it as it is and Vite bundles it.

/** Pages may load what they need from this origin, and nothing from anywhere else. */
const pageDirectives = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'"
];

/** Everything else (SVG, PNG, CSV, JSON, fonts, text) needs nothing but its own inline styles (SVG). */
const fileDirectives = ["default-src 'none'", "style-src 'unsafe-inline'"];

/**
 * Embeds are made to be framed by anyone; nothing else may be framed. Decided on the decoded path, as
 * the app routes it, so `/%65mbed/troops` is treated as what it is.
 * @param {string} pathname
 */
export const isEmbed = (pathname) => pathname.startsWith('/embed/');

/** @param {string} pathname */
export const frameAncestors = (pathname) =>
	isEmbed(pathname) ? 'frame-ancestors *' : "frame-ancestors 'none'";

/**
 * @param {string} pathname the decoded path of the request
 * @param {string | null | undefined} contentType the response's; HTML gets the page policy
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname, contentType) {
	const html = /^text\/html\b/i.test(contentType ?? '');
	/** @type {Record<string, string>} */
	const headers = {
		'content-security-policy': [
			...(html ? pageDirectives : fileDirectives),
			frameAncestors(pathname)
		].join('; '),
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'cross-origin-opener-policy': 'same-origin',
		'permissions-policy': 'camera=(), microphone=(), geolocation=()'
	};
	if (!isEmbed(pathname)) headers['x-frame-options'] = 'DENY';
	return headers;
}

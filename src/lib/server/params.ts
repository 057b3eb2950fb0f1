import { json } from '@sveltejs/kit';

export type Rule =
	| { kind: 'int'; min: number; max: number; fallback: number }
	| { kind: 'enum'; values: readonly string[]; fallback?: string };

type QueryValues = Record<string, number | string | undefined>;

/** A 400 with a short JSON body that names the parameter and what is allowed. */
export function badRequest(parameter: string, message: string, allowed: string): Response {
	return json(
		{ error: message, parameter, allowed },
		{ status: 400, headers: { 'cache-control': 'no-store' } }
	);
}

function describeRule(rule: Rule): string {
	return rule.kind === 'int'
		? `an integer from ${rule.min} to ${rule.max}`
		: `one of: ${rule.values.join(', ')}`;
}

/**
 * Reads a query string against its rules: every parameter known, given at most once, in range.
 * Returns the values, or the 400 response to send. Nothing is coerced or clamped silently.
 */
export function parseQuery(url: URL, rules: Record<string, Rule>): QueryValues | Response {
	const known = Object.keys(rules);
	const values: QueryValues = {};
	for (const key of new Set(url.searchParams.keys())) {
		const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
		if (!rule) {
			const name = key.length > 40 ? `${key.slice(0, 40)}…` : key;
			return badRequest(
				name,
				`unknown parameter "${name}"`,
				known.length ? known.join(', ') : 'no parameters'
			);
		}
		if (url.searchParams.getAll(key).length > 1)
			return badRequest(key, `"${key}" is given more than once`, describeRule(rule));
	}
	for (const [key, rule] of Object.entries(rules)) {
		const raw = url.searchParams.get(key);
		if (raw === null) {
			values[key] = rule.fallback;
			continue;
		}
		if (rule.kind === 'int') {
			const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
			if (!(n >= rule.min && n <= rule.max))
				return badRequest(key, `"${key}" must be ${describeRule(rule)}`, describeRule(rule));
			values[key] = n;
		} else {
			if (!rule.values.includes(raw))
				return badRequest(key, `"${key}" must be ${describeRule(rule)}`, describeRule(rule));
			values[key] = raw;
		}
	}
	return values;
}

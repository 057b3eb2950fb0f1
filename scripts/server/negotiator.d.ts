// negotiator 1.x ships no types, and @types/negotiator describes 0.6, which has no `preferred`.
declare module 'negotiator' {
	class Negotiator {
		constructor(request: { headers: Record<string, string | string[] | undefined> });
		/** The acceptable ones of `available`, best first; `preferred` orders those of equal q. */
		encodings(available: readonly string[], options?: { preferred?: readonly string[] }): string[];
	}
	export = Negotiator;
}

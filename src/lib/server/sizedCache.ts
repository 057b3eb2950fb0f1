/** A small LRU, bounded by the total size of its values, so that no request pattern can grow it without end. */
export class SizedCache<T> {
	#entries = new Map<string, T>();
	#bytes = 0;
	constructor(
		readonly maxBytes: number,
		readonly sizeOf: (value: T) => number
	) {}

	get(key: string): T | undefined {
		const value = this.#entries.get(key);
		if (value !== undefined) {
			this.#entries.delete(key);
			this.#entries.set(key, value);
		}
		return value;
	}

	set(key: string, value: T): void {
		const size = this.sizeOf(value);
		if (size > this.maxBytes) return;
		const old = this.#entries.get(key);
		if (old !== undefined) this.#bytes -= this.sizeOf(old);
		this.#entries.delete(key);
		this.#entries.set(key, value);
		this.#bytes += size;
		for (const [k, v] of this.#entries) {
			if (this.#bytes <= this.maxBytes) break;
			this.#entries.delete(k);
			this.#bytes -= this.sizeOf(v);
		}
	}

	get size() {
		return this.#entries.size;
	}
	get bytes() {
		return this.#bytes;
	}
}

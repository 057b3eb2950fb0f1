import {
	dataset as datasetSchema,
	type Dataset,
	type DatasetInput,
	type Evidence,
	type Highlight,
	type LocatedEvidence,
	type Precision,
	type RecordRef,
	type Source
} from './schema';

/** A dataset that cannot be used: every problem names the record and the field. */
export class DatasetError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`Invalid dataset (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`
		);
		this.name = 'DatasetError';
	}
}

type Collection =
	'actors' | 'relations' | 'quantities' | 'events' | 'quotes' | 'sources' | 'conflicts';
const collections: Collection[] = [
	'sources',
	'actors',
	'relations',
	'quantities',
	'events',
	'quotes',
	'conflicts'
];
const typeOf = {
	actors: 'actor',
	relations: 'relation',
	quantities: 'quantity',
	events: 'event',
	quotes: 'quote'
} as const;

export function precisionOf(date: string): Precision {
	return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The fact sheet as quotes are checked against it: Markdown bold markers removed. */
export function plainFacts(markdown: string): string {
	return markdown.replaceAll('**', '');
}

/**
 * Parses and checks the raw dataset once. Article quotes are located in the article text; background
 * quotes must stand in the fact sheet. Throws a DatasetError listing every problem found.
 */
export function validate(raw: unknown, factSheet: string): Dataset {
	const parsed = datasetSchema.safeParse(raw);
	if (!parsed.success) {
		throw new DatasetError(
			parsed.error.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`)
		);
	}
	const input = parsed.data;
	const problems: string[] = [];
	const facts = plainFacts(factSheet);

	for (const name of collections) {
		const seen = new Set<string>();
		for (const record of input[name]) {
			if (seen.has(record.id)) problems.push(`${name} "${record.id}" .id: duplicate id`);
			seen.add(record.id);
		}
	}

	const sources = new Map(input.sources.map((s) => [s.id, s]));
	const articles = input.sources.filter((s) => s.kind === 'article');
	if (articles.length !== 1)
		problems.push(`sources: expected exactly one article source, found ${articles.length}`);
	for (const s of input.sources) {
		if (s.kind === 'article' && !s.text)
			problems.push(`sources "${s.id}" .text: the article needs its full text`);
		if (s.kind === 'background' && s.text)
			problems.push(`sources "${s.id}" .text: only the article carries a text`);
	}
	const actorIds = new Set(input.actors.map((a) => a.id));
	const conflictIds = new Set(input.conflicts.map((c) => c.id));

	const refs = (
		where: string,
		field: string,
		id: string,
		known: Set<string> | Map<string, unknown>,
		what: string
	) => {
		if (!known.has(id)) problems.push(`${where} .${field}: unknown ${what} "${id}"`);
	};

	const locate = (where: string, list: Evidence[], ref: RecordRef): LocatedEvidence[] =>
		list.map((ev, i) => {
			const field = `evidence[${i}]`;
			const source = sources.get(ev.source);
			if (!source) {
				problems.push(`${where} .${field}.source: unknown source "${ev.source}"`);
				return { ...ev, kind: 'background', anchor: '' };
			}
			if (source.kind === 'background') {
				if (!facts.includes(ev.quote))
					problems.push(`${where} .${field}.quote: not found in the fact sheet: "${ev.quote}"`);
				return { ...ev, kind: 'background', anchor: `#src-${source.id}` };
			}
			const located = locateInArticle(source, ev.quote);
			if (typeof located === 'string') {
				problems.push(`${where} .${field}.quote: ${located}`);
				return { ...ev, kind: 'article', anchor: '' };
			}
			addHighlight(located.start, located.end, source.text!, ref);
			return { ...ev, kind: 'article', ...located, anchor: `#hl-${located.start}-${located.end}` };
		});

	const spans = new Map<string, Highlight>();
	const addHighlight = (start: number, end: number, text: string, ref: RecordRef) => {
		const id = `hl-${start}-${end}`;
		const span = spans.get(id) ?? { id, start, end, text: text.slice(start, end), supports: [] };
		if (!span.supports.some((r) => r.type === ref.type && r.id === ref.id)) span.supports.push(ref);
		spans.set(id, span);
	};

	const meetingWhere = 'meeting';
	const meeting = {
		...input.meeting,
		precision: precisionOf(input.meeting.date),
		evidence: locate(meetingWhere, input.meeting.evidence, { type: 'meeting', id: 'meeting' })
	};

	const withEvidence = <T extends { id: string; evidence: Evidence[] }>(
		name: keyof typeof typeOf,
		records: T[]
	) =>
		records.map((r) => ({
			...r,
			evidence: locate(`${name} "${r.id}"`, r.evidence, { type: typeOf[name], id: r.id })
		}));

	const actors = withEvidence('actors', input.actors);

	const relations = withEvidence('relations', input.relations);
	for (const r of input.relations) {
		refs(`relations "${r.id}"`, 'from', r.from, actorIds, 'actor');
		refs(`relations "${r.id}"`, 'to', r.to, actorIds, 'actor');
		if (r.from === r.to)
			problems.push(`relations "${r.id}" .to: a relation cannot link an actor to itself`);
	}

	const quantities = withEvidence('quantities', input.quantities).map((q) => ({
		...q,
		...(q.asOf ? { precision: precisionOf(q.asOf) } : {})
	}));
	for (const q of input.quantities) {
		const where = `quantities "${q.id}"`;
		refs(where, 'subject', q.subject, actorIds, 'actor');
		if (q.conflict) refs(where, 'conflict', q.conflict, conflictIds, 'conflict');
		if (q.value < 0) problems.push(`${where} .value: must not be negative (${q.value})`);
		if (['officers', 'personnel', 'people'].includes(q.unit) && !Number.isInteger(q.value)) {
			problems.push(`${where} .value: a count of ${q.unit} must be a whole number (${q.value})`);
		}
	}

	const events = withEvidence('events', input.events).map((e) => ({
		...e,
		precision: precisionOf(e.date)
	}));
	for (const e of input.events) {
		e.actors.forEach((a, i) => refs(`events "${e.id}"`, `actors[${i}]`, a, actorIds, 'actor'));
	}

	const quotes = withEvidence('quotes', input.quotes);
	for (const q of input.quotes) {
		refs(`quotes "${q.id}"`, 'speaker', q.speaker, actorIds, 'actor');
		if (!q.evidence[0]!.quote.includes(q.text)) {
			problems.push(`quotes "${q.id}" .text: the quoted words do not stand in its evidence quote`);
		}
	}

	const conflicts = input.conflicts.map((c) => {
		const members = input.quantities.filter((q) => q.conflict === c.id).map((q) => q.id);
		if (members.length < 2) {
			problems.push(
				`conflicts "${c.id}" .id: a conflict needs at least two quantities, found ${members.length}`
			);
		}
		return { ...c, members };
	});

	const highlights = [...spans.values()].sort((a, b) => a.start - b.start);
	for (let i = 1; i < highlights.length; i++) {
		const [prev, next] = [highlights[i - 1]!, highlights[i]!];
		if (next.start < prev.end) {
			const who = (h: Highlight) => h.supports.map((r) => `${r.type} "${r.id}"`).join(', ');
			problems.push(
				`evidence quotes overlap in the article without being the same span: ${who(prev)} and ${who(next)}; cite the same sentence or disjoint ones`
			);
		}
	}

	if (problems.length) throw new DatasetError(problems);

	return {
		meeting,
		sources: input.sources,
		actors,
		relations,
		quantities,
		events,
		quotes,
		conflicts,
		highlights
	};
}

function locateInArticle(source: Source, quote: string): { start: number; end: number } | string {
	const text = source.text ?? '';
	const start = text.indexOf(quote);
	if (start < 0) return `not found in source "${source.id}": "${quote}"`;
	if (text.indexOf(quote, start + 1) >= 0)
		return `stands more than once in source "${source.id}"; quote more words: "${quote}"`;
	return { start, end: start + quote.length };
}

/** `relations[3].from` becomes `relations "kenya-deploys-to-haiti" .from`, so an editor can find the record. */
function describePath(raw: unknown, path: PropertyKey[]): string {
	const [collection, index, ...rest] = path;
	if (typeof collection !== 'string') return '(dataset)';
	const field = rest
		.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
		.join('')
		.replace(/^\./, '');
	if (typeof index !== 'number')
		return `${collection}${index === undefined ? '' : ` .${String(index)}`}${field ? `.${field}` : ''}`;
	const record = (raw as Record<string, unknown[]>)[collection]?.[index] as
		{ id?: unknown } | undefined;
	const name = typeof record?.id === 'string' ? `"${record.id}"` : `[${index}]`;
	return `${collection} ${name}${field ? ` .${field}` : ''}`;
}

export type { DatasetInput };

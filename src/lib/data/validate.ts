import { input as ruleInput, recompute, type Input } from '$lib/words/rules';
import {
	doneWordFor,
	figuresNotIn,
	givesDate,
	namedWhereQuoted,
	namesSpeaker,
	quotesSomeone
} from './checks';
import { formatDate } from './format';
import {
	dataset as datasetSchema,
	type Basis,
	type BasisInput,
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
		if (s.kind === 'background' && !s.named?.length)
			problems.push(`sources "${s.id}" .named: say how the fact sheet names this source`);
		for (const [i, n] of (s.named ?? []).entries())
			if (!facts.includes(n))
				problems.push(`sources "${s.id}" .named[${i}]: the fact sheet never writes "${n}"`);
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
				else if (!namedWhereQuoted(facts, ev.quote, source.named ?? []))
					problems.push(
						`${where} .${field}.source: the fact sheet does not name "${source.id}" (${(source.named ?? []).map((n) => `“${n}”`).join(', ') || 'no `named` spelling'}) on the line or in the row that says "${ev.quote}"`
					);
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
	for (const a of input.actors) wordsStand(`actors "${a.id}"`, 'role', a.role, a.evidence);

	const quantityIds = new Map(input.quantities.map((q) => [q.id, q]));
	// A record telling figures cites their sources too: its markers are where a reader checks them.
	const citesFigures = (where: string, figures: string[] = [], evidence: Evidence[]) => {
		for (const f of figures)
			for (const e of quantityIds.get(f)?.evidence ?? [])
				if (!evidence.some((o) => o.source === e.source))
					problems.push(
						`${where} .evidence: cites nothing from "${e.source}", the source of its figure "${f}"`
					);
	};
	// A record that tells one side of a conflict tells every side: the sources differ, and it says so.
	const wholeConflicts = (where: string, figures: string[] = []) => {
		for (const f of figures) {
			const c = quantityIds.get(f)?.conflict;
			const missing = input.quantities.filter(
				(q) => c && q.conflict === c && !figures.includes(q.id)
			);
			for (const q of missing)
				problems.push(
					`${where} .figures: holds "${f}" of conflict "${c}" but not "${q.id}": name every side or none`
				);
		}
	};
	const relations = withEvidence('relations', input.relations);
	for (const r of input.relations) {
		const where = `relations "${r.id}"`;
		refs(where, 'from', r.from, actorIds, 'actor');
		refs(where, 'to', r.to, actorIds, 'actor');
		if (r.from === r.to) problems.push(`${where} .to: a relation cannot link an actor to itself`);
		if (r.object) wordsStand(where, 'object', r.object, r.evidence);
		for (const [i, f] of (r.figures ?? []).entries()) {
			const q = quantityIds.get(f);
			if (!q) problems.push(`${where} .figures[${i}]: unknown quantity "${f}"`);
			else if (q.status !== r.status)
				problems.push(
					`${where} .status: "${r.status}", but its figure "${f}" is ${q.status}: a relation says no more than its figures`
				);
		}
		wholeConflicts(where, r.figures);
		citesFigures(where, r.figures, r.evidence);
		dateGiven(where, 'date', r.date, r.evidence, r.basis);
		speechAttributed(where, r.evidence, r.basis, speechActs.has(r.kind));
	}

	const quantities = withEvidence('quantities', input.quantities).map((q) => ({
		...q,
		...(q.asOf ? { precision: precisionOf(q.asOf) } : {})
	}));
	for (const q of input.quantities) {
		const where = `quantities "${q.id}"`;
		refs(where, 'subject', q.subject, actorIds, 'actor');
		wordsStand(where, 'label', q.label, q.evidence);
		statusWords(where, q.label, q.status);
		dateGiven(where, 'asOf', q.asOf, q.evidence, q.basis);
		speechAttributed(where, q.evidence, q.basis, false);
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
		const where = `events "${e.id}"`;
		e.actors.forEach((a, i) => refs(where, `actors[${i}]`, a, actorIds, 'actor'));
		(e.figures ?? []).forEach((f, i) => refs(where, `figures[${i}]`, f, quantityIds, 'quantity'));
		wholeConflicts(where, e.figures);
		citesFigures(where, e.figures, e.evidence);
		wordsStand(where, 'label', e.label, e.evidence);
		statusWords(where, e.label, e.status);
		dateGiven(where, 'date', e.date, e.evidence, e.basis);
		speechAttributed(where, e.evidence, e.basis, false);
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
		const evidence = input.quantities.filter((q) => q.conflict === c.id).flatMap((q) => q.evidence);
		wordsStand(`conflicts "${c.id}"`, 'topic', c.topic, evidence);
		if (c.note) wordsStand(`conflicts "${c.id}"`, 'note', c.note, evidence);
		return { ...c, members };
	});

	const lookup = { meeting, actors, relations, quantities, events };
	const withBasis = <T extends { id: string; basis: BasisInput; evidence: LocatedEvidence[] }>(
		name: string,
		list: T[]
	) => list.map((r) => ({ ...r, basis: checkBasis(`${name} "${r.id}"`, r, lookup) }));

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

	const checked = {
		relations: withBasis('relations', relations),
		quantities: withBasis('quantities', quantities),
		events: withBasis('events', events)
	};
	if (problems.length) throw new DatasetError(problems);

	return {
		meeting,
		sources: input.sources,
		actors,
		...checked,
		quotes,
		conflicts,
		highlights
	};

	/** Figures in our words (a label, a role) must stand in the record's evidence. */
	function wordsStand(where: string, field: string, text: string, evidence: Evidence[]) {
		for (const f of figuresNotIn(
			text,
			evidence.map((e) => e.quote)
		))
			problems.push(`${where} .${field}: ${f} stands in none of its evidence quotes`);
	}

	/** A label may not call done what its status says is a plan or a promise. */
	function statusWords(where: string, label: string, status: string | undefined) {
		const word = doneWordFor(label, status);
		if (word) problems.push(`${where} .label: says “${word}” but its status is ${status}`);
	}

	/** A date must be given by a quote of the record's evidence, unless we derive it by a rule. */
	function dateGiven(
		where: string,
		field: string,
		date: string | undefined,
		evidence: Evidence[],
		basis: BasisInput
	) {
		if (!date || basis.kind === 'derived') return;
		if (
			!givesDate(
				evidence.map((e) => e.quote),
				date
			)
		)
			problems.push(
				`${where} .${field}: no evidence quote gives ${formatDate(date)}; quote the words that date it, or derive it (basis derived, with its rule)`
			);
	}

	/** An article sentence that quotes someone (“…”) makes the record theirs: say who said it. */
	function speechAttributed(where: string, evidence: Evidence[], basis: BasisInput, act: boolean) {
		if (act || basis.kind !== 'stated') return;
		const quoting = evidence.find(
			(e) => sources.get(e.source)?.kind === 'article' && quotesSomeone(e.quote)
		);
		if (quoting)
			problems.push(
				`${where} .basis: its evidence quotes someone's words (“${quoting.quote.slice(0, 40)}…”); attribute it to its speaker`
			);
	}

	/** An attributed record names a speaker its evidence names; a derived one is recomputed by its rule. */
	function checkBasis(
		where: string,
		record: {
			basis: BasisInput;
			evidence: LocatedEvidence[];
			value?: number;
			asOf?: string;
			date?: string;
		},
		ds: typeof lookup
	): Basis {
		const b = record.basis;
		if (b.kind === 'stated') return b;
		if (b.kind === 'attributed') {
			const actor = b.actor ? ds.actors.find((a) => a.id === b.actor) : undefined;
			if (b.actor && !actor) problems.push(`${where} .basis.actor: unknown actor "${b.actor}"`);
			const quotes = [...record.evidence, ...(actor?.evidence ?? [])].map((e) => e.quote);
			if (!namesSpeaker(quotes, b.speaker))
				problems.push(`${where} .basis.speaker: "${b.speaker}" is not named in its evidence`);
			return b;
		}
		const inputs: Input[] = [];
		b.from.forEach((ref, i) => {
			const found =
				ref.type === 'meeting'
					? { ...ds.meeting, id: 'meeting' }
					: ref.type === 'quantity'
						? ds.quantities.find((q) => q.id === ref.id)
						: ref.type === 'event'
							? ds.events.find((e) => e.id === ref.id)
							: undefined;
			if (!found) problems.push(`${where} .basis.from[${i}]: unknown ${ref.type} "${ref.id}"`);
			else
				inputs.push(ruleInput(ref.type, found, ref.type === 'meeting' ? 'the meeting' : found.id));
		});
		if (inputs.length !== b.from.length) return { ...b, kind: 'stated' } as Basis;
		let written;
		try {
			written = recompute(b.rule, inputs);
		} catch (e) {
			problems.push(`${where} .basis.from: ${(e as Error).message} for the rule ${b.rule}`);
			return { ...b, kind: 'stated' } as Basis;
		}
		const own = typeof written.value === 'number' ? record.value : (record.date ?? record.asOf);
		if (own !== written.value)
			problems.push(
				`${where} .basis.rule: ${b.rule} gives ${String(written.value)}, the record says ${String(own)}`
			);
		// The rule's evidence: its inputs', and the record's own (the words it dates, “the following month”).
		const evidence = [...written.rule.evidence, ...record.evidence].filter(
			(e, i, list) => list.findIndex((o) => o.anchor === e.anchor && o.quote === e.quote) === i
		);
		return { ...b, written: { ...written.rule, evidence } };
	}
}

/** Relations that are themselves someone speaking: “Ruto urges…” is stated, not attributed. */
const speechActs = new Set(['urges', 'commends', 'discusses-with', 'criticises', 'announces']);

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

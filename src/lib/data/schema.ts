import { z } from 'zod';

/** Ids are lower-case slugs: they appear in URLs (`?actor=kenya`) and in fragment anchors. */
const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "kenya-police"');

/**
 * A date as precise as the source gives it: `2024`, `2024-10` or `2024-10-11`.
 * The precision is the format; validation rejects dates that do not exist (2024-02-30).
 */
export const isoDate = z
	.string()
	.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
	.refine(isRealDate, 'is not a real calendar date');

function isRealDate(value: string): boolean {
	const [y, m = 1, d = 1] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y!, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const evidence = z.strictObject({
	/** Id of a source in `sources`. */
	source: id,
	/** Verbatim words of the source: for the article an exact substring of its text. */
	quote: z.string().min(3)
});

export const source = z.strictObject({
	id,
	kind: z.enum(['article', 'background']),
	outlet: z.string().min(1),
	/**
	 * How the fact sheet names this source, exactly as it spells it (“kahawatungu.com (Bahamas)”,
	 * “HRW via BBC”): a background quote must stand on a line, or in a table row, that names its source
	 * in one of these ways.
	 */
	named: z.array(z.string().min(3)).optional(),
	/** What the dataset cites it for: the fact sheet gives outlets and links, not headlines. */
	about: z.string().min(1),
	/** As given in the fact sheet (scheme-less where the sheet has none). */
	url: z.string().min(4),
	/** The date the fact sheet gives with the source (in its URL, or beside its name), if any. */
	date: isoDate.optional(),
	/** The full text: only the article has it, kept byte-for-byte. */
	text: z.string().optional()
});

export const recordTypes = ['meeting', 'actor', 'relation', 'quantity', 'event', 'quote'] as const;

export const recordRef = z.strictObject({ type: z.enum(recordTypes), id });

/**
 * How we derive a value from other cited records. Each rule is computed and written down in one place
 * (src/lib/words/rules.ts), and validation recomputes every derived value from its inputs.
 */
export const ruleKinds = [
	/** The month after a date: “by the following month” said at a dated meeting. */
	'following-month',
	/** A date plus a number of months: the end of a period from its start and length. */
	'add-months',
	/** A date less a number of months: the start of a period from its end and length. */
	'subtract-months',
	'sum',
	'difference',
	/** A part as a whole percentage of a whole. */
	'share',
	/** The largest of several figures: a ranking is ours, never the source's. */
	'largest'
] as const;

/**
 * How strongly a record's evidence supports it: the source states it in its own voice; or the source
 * reports what a named speaker said (the claim is theirs, and our words say so); or we derive it from
 * other cited records by a written rule.
 */
export const basis = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('stated') }),
	z.strictObject({
		kind: z.literal('attributed'),
		/** Who said it, as our sentences name them: “Ruto”, “Blinken”, “Kenya’s PS Sing’oei”. */
		speaker: z.string({ error: 'an attributed claim names its speaker' }).min(2),
		/** The speaker as an actor of the network, where there is one. */
		actor: id.optional()
	}),
	z.strictObject({
		kind: z.literal('derived'),
		rule: z.enum(ruleKinds, { error: 'a derived value writes down its rule' }),
		/** The records it is derived from, in the rule's order. */
		from: z.array(recordRef, { error: 'a derived value names the records it comes from' }).min(1)
	})
]);

const stated = { kind: 'stated' } as const;

export const actorKinds = ['person', 'country', 'organisation', 'force', 'group'] as const;

export const actor = z.strictObject({
	id,
	name: z.string().min(1),
	/** Short name for labels on small charts and the network map. */
	short: z.string().min(1).optional(),
	kind: z.enum(actorKinds),
	role: z.string().min(1),
	evidence: z.array(evidence).min(1)
});

export const relationKinds = [
	'urges',
	'leads',
	'deploys-to',
	'works-with',
	'extends',
	'authorises',
	'commends',
	'discusses-with',
	'holds-hostage',
	'brokered',
	'replaces',
	'becomes',
	'supports',
	'pledges-to',
	'part-of',
	'criticises',
	'announces'
] as const;

/**
 * Where a relation stands: a state that holds (`ongoing`) or held (`past`), or a plan or promise not
 * yet done (`announced`, `pledged`, `committed`, `mandated`), or done (`deployed`). The words that the
 * page writes for a relation come from its kind and status (src/lib/words), never from free prose.
 */
export const relationStatuses = [
	'ongoing',
	'past',
	'announced',
	'pledged',
	'committed',
	'mandated',
	'deployed'
] as const;

export const relation = z.strictObject({
	id,
	from: id,
	to: id,
	kind: z.enum(relationKinds),
	status: z.enum(relationStatuses),
	basis: basis.default(stated),
	/**
	 * What the relation is about, in words the evidence supports (“the professionalism”, “an additional
	 * 600 police officers”, “in Kingston”); the phrasing puts it where the kind's verb needs it.
	 */
	object: z.string().min(2).optional(),
	/** Figures the relation carries (quantity ids), phrased with their units and status. */
	figures: z.array(id).optional(),
	/** When it happened, as its evidence dates it. */
	date: isoDate.optional(),
	evidence: z.array(evidence).min(1)
});

export const quantityStatuses = [
	'announced',
	'deployed',
	'pledged',
	'received',
	'needed',
	'target',
	'estimate',
	'authorised',
	'committed',
	'spent',
	'frozen',
	/** A fund's total as its source puts it, without saying whether pledged or received. */
	'balance',
	/** Votes cast for a resolution. */
	'in-favour',
	/** A figure its source gives with no status of its own: “a country of 12 million people”. */
	'figure'
] as const;

export const quantity = z.strictObject({
	id,
	/** What is counted, e.g. "Kenyan police officers deployed in Haiti". */
	label: z.string().min(1),
	/** The actor the figure is about (a country's personnel, a fund's money). */
	subject: id,
	/**
	 * What kind of figure it is: `personnel` is a head count at a date, `arrival` the size of one
	 * contingent landing, `funding` money, `mandate` a duration, `population` people.
	 */
	measure: z.enum(['personnel', 'arrival', 'funding', 'population', 'mandate', 'vote']),
	value: z.number().finite(),
	unit: z.enum([
		'officers',
		'personnel',
		'USD',
		'CAD',
		'EUR',
		'people',
		'months',
		'percent',
		'members'
	]),
	status: z.enum(quantityStatuses),
	basis: basis.default(stated),
	/** The date the figure holds for; absent where no source dates it (never guessed). */
	asOf: isoDate.optional(),
	/** Set when the value is approximate in its source: “about”, “nearly”, “at least”, “more than”. */
	approx: z.enum(['about', 'nearly', 'at-least', 'more-than', 'up-to']).optional(),
	/** Id of a conflict this figure is one side of. */
	conflict: id.optional(),
	evidence: z.array(evidence).min(1)
});

export const event = z.strictObject({
	id,
	date: isoDate,
	label: z.string().min(1),
	kind: z.enum(['resolution', 'deployment', 'meeting', 'announcement', 'political', 'funding']),
	/** Set on an event that had not happened when reported: a plan, a promise, an expectation. */
	status: z.enum(['planned', 'expected']).optional(),
	basis: basis.default(stated),
	actors: z.array(id),
	/** Figures told with the event (quantity ids): the vote on a resolution. */
	figures: z.array(id).optional(),
	/** Set on an event the article asserts (or predicts) itself, so charts can mark the article's claims. */
	claim: z.boolean().optional(),
	evidence: z.array(evidence).min(1)
});

export const quote = z.strictObject({
	id,
	speaker: id,
	/** The words spoken, verbatim; must stand inside the evidence quote. */
	text: z.string().min(3),
	/** What other reporting says of the quote (corroborated or not). */
	note: z.string().min(1).optional(),
	evidence: z.array(evidence).length(1)
});

export const conflict = z.strictObject({
	id,
	topic: z.string().min(1),
	/**
	 * What the reader should know beyond the values (which side is the primary source); the values and
	 * who gives each are phrased from the member quantities, so the note holds no figure of its own.
	 */
	note: z.string().min(1).optional()
});

export const dataset = z.strictObject({
	meeting: z.strictObject({
		date: isoDate,
		place: z.string().min(1),
		evidence: z.array(evidence).min(1)
	}),
	sources: z.array(source).min(1),
	actors: z.array(actor),
	relations: z.array(relation),
	quantities: z.array(quantity),
	events: z.array(event),
	quotes: z.array(quote),
	conflicts: z.array(conflict)
});

export type DatasetInput = z.input<typeof dataset>;
export type Evidence = z.infer<typeof evidence>;
export type RecordType = (typeof recordTypes)[number];
export type RuleKind = (typeof ruleKinds)[number];
export type BasisInput = z.infer<typeof basis>;
export type RelationStatus = (typeof relationStatuses)[number];
export type Source = z.infer<typeof source>;
export type Actor = z.infer<typeof actor>;
export type ActorKind = Actor['kind'];
export type Relation = z.infer<typeof relation>;
export type RelationKind = Relation['kind'];
export type Quantity = z.infer<typeof quantity>;
export type QuantityStatus = Quantity['status'];
export type Event = z.infer<typeof event>;
export type Quote = z.infer<typeof quote>;
export type Conflict = z.infer<typeof conflict>;

/** Evidence once validated: where an article quote stands in the text; background quotes have no offsets. */
export type LocatedEvidence = Evidence & {
	kind: 'article' | 'background';
	/** Character offsets into the article text (UTF-16 code units, as `String.slice` takes them). */
	start?: number;
	end?: number;
	/** Anchor on the page: the article highlight (`#hl-…`) or the source entry (`#src-…`). */
	anchor: string;
};

/** A rule as the page shows it: what we derived, from which records, written down. */
export interface Rule {
	/** Anchor of the rule in the page's list of derivations (`#rule-…`). */
	id: string;
	kind: RuleKind;
	/** The rule with its inputs and result: “217 (18 Jan 2025) + 144 (6 Feb 2025) = 361”. */
	text: string;
	from: RecordRef[];
	/** The evidence of every input. */
	evidence: LocatedEvidence[];
}

/** A basis once validated: a derived one carries its rule, written down, with its inputs' evidence. */
export type Basis =
	| Exclude<BasisInput, { kind: 'derived' }>
	| (Extract<BasisInput, { kind: 'derived' }> & { written: Rule });

type Located<T> = Omit<T, 'evidence' | 'basis'> & {
	evidence: LocatedEvidence[];
} & (T extends { basis: unknown } ? { basis: Basis } : unknown);

export type Precision = 'year' | 'month' | 'day';

export interface Dataset {
	meeting: Located<z.infer<typeof dataset>['meeting']> & { precision: Precision };
	sources: Source[];
	actors: Located<Actor>[];
	relations: Located<Relation>[];
	quantities: (Located<Quantity> & { precision?: Precision })[];
	events: (Located<Event> & { precision: Precision })[];
	quotes: Located<Quote>[];
	conflicts: (Conflict & { members: string[] })[];
	/** Every distinct article span cited, in reading order, with the records it supports. */
	highlights: Highlight[];
}

export interface RecordRef {
	type: RecordType;
	id: string;
}

export interface Highlight {
	id: string;
	start: number;
	end: number;
	text: string;
	supports: RecordRef[];
}

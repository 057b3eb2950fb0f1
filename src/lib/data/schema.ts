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
	/** What the dataset cites it for: the fact sheet gives outlets and links, not headlines. */
	about: z.string().min(1),
	/** As given in the fact sheet (scheme-less where the sheet has none). */
	url: z.string().min(4),
	/** Publication date, when known. */
	date: isoDate.optional(),
	/** The full text: only the article has it, kept byte-for-byte. */
	text: z.string().optional()
});

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
	'part-of'
] as const;

export const relation = z.strictObject({
	id,
	from: id,
	to: id,
	kind: z.enum(relationKinds),
	/** The relation in words, read between the two names: "deploys police officers to". */
	label: z.string().min(1),
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
	'stated',
	'authorised',
	'committed',
	'spent',
	'frozen'
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
	measure: z.enum(['personnel', 'arrival', 'funding', 'population', 'mandate']),
	value: z.number().finite(),
	unit: z.enum(['officers', 'personnel', 'USD', 'CAD', 'EUR', 'people', 'months', 'percent']),
	status: z.enum(quantityStatuses),
	/** The date the figure holds for; absent where no source dates it (never guessed). */
	asOf: isoDate.optional(),
	/** Set when the value is approximate in its source ("about", "nearly", "more than"). */
	approx: z.enum(['about', 'at-least', 'more-than', 'up-to']).optional(),
	/** Id of a conflict this figure is one side of. */
	conflict: id.optional(),
	evidence: z.array(evidence).min(1)
});

export const event = z.strictObject({
	id,
	date: isoDate,
	label: z.string().min(1),
	kind: z.enum(['resolution', 'deployment', 'meeting', 'announcement', 'political', 'funding']),
	actors: z.array(id),
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
	/** What the reader should know about the disagreement and which side is the primary source. */
	note: z.string().min(1)
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

type Located<T> = Omit<T, 'evidence'> & { evidence: LocatedEvidence[] };

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
	type: 'meeting' | 'actor' | 'relation' | 'quantity' | 'event' | 'quote';
	id: string;
}

export interface Highlight {
	id: string;
	start: number;
	end: number;
	text: string;
	supports: RecordRef[];
}

import type { Dataset, RecordRef } from './schema';
import { eventIn, figureWords, relationIn, said } from '$lib/words/phrase';

/** The record of a collection by id; a missing id is a programming error, not a data one. */
export function byId<T extends { id: string }>(list: T[], id: string): T {
	const found = list.find((r) => r.id === id);
	if (!found) throw new Error(`No record "${id}"`);
	return found;
}

export const actorName = (ds: Dataset, id: string) => byId(ds.actors, id).name;

/** The evidence a record rests on, whatever its type. */
export function evidenceOf(ds: Dataset, ref: RecordRef) {
	if (ref.type === 'meeting') return ds.meeting.evidence;
	const list = {
		actor: ds.actors,
		relation: ds.relations,
		quantity: ds.quantities,
		event: ds.events,
		quote: ds.quotes
	}[ref.type];
	return byId<(typeof list)[number]>(list, ref.id).evidence;
}

/** A record in words, as the article reader lists what a sentence supports. */
export function describeRecord(ds: Dataset, ref: RecordRef): string {
	switch (ref.type) {
		case 'meeting':
			return `The meeting: ${ds.meeting.place}`;
		case 'actor': {
			const a = byId(ds.actors, ref.id);
			return `Actor: ${a.name} — ${a.role}`;
		}
		case 'relation':
			return relationIn(ds, byId(ds.relations, ref.id));
		case 'quantity': {
			const q = byId(ds.quantities, ref.id);
			return `${q.label}: ${figureWords(q)}${said(q.basis)}`;
		}
		case 'event':
			return `Event, ${eventIn(ds, byId(ds.events, ref.id))}`;
		case 'quote': {
			const q = byId(ds.quotes, ref.id);
			return `Quote by ${actorName(ds, q.speaker)}`;
		}
	}
}

import type { Dataset, RecordRef } from './schema';
import { formatQuantity } from './format';

/** The record of a collection by id; a missing id is a programming error, not a data one. */
export function byId<T extends { id: string }>(list: T[], id: string): T {
	const found = list.find((r) => r.id === id);
	if (!found) throw new Error(`No record "${id}"`);
	return found;
}

export const actorName = (ds: Dataset, id: string) => byId(ds.actors, id).name;

/** A record in words, as the article reader and the actor panel list it. */
export function describeRecord(ds: Dataset, ref: RecordRef): string {
	switch (ref.type) {
		case 'meeting':
			return `The meeting: ${ds.meeting.place}`;
		case 'actor': {
			const a = byId(ds.actors, ref.id);
			return `Actor: ${a.name} — ${a.role}`;
		}
		case 'relation': {
			const r = byId(ds.relations, ref.id);
			return `${actorName(ds, r.from)} ${r.label} ${actorName(ds, r.to)}`;
		}
		case 'quantity': {
			const q = byId(ds.quantities, ref.id);
			return `${q.label}: ${formatQuantity(q)}`;
		}
		case 'event':
			return `Event: ${byId(ds.events, ref.id).label}`;
		case 'quote': {
			const q = byId(ds.quotes, ref.id);
			return `Quote by ${actorName(ds, q.speaker)}`;
		}
	}
}

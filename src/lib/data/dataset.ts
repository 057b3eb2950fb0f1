import type { DatasetInput } from './schema';
import { sources } from './sources';
import { PRESS_CONFERENCE, PRESS_CONFERENCE_DATE } from './records/evidence';
import { actors } from './records/actors';
import { relations } from './records/relations';
import { quantities } from './records/quantities';
import { events } from './records/events';
import { quotes } from './records/quotes';
import { conflicts } from './records/conflicts';

/**
 * The dataset, assembled from one file per kind of record (records/): every record carries its
 * evidence. Figures are as the sources give them; where sources disagree each value is its own record,
 * tied to a `conflict`.
 */
export const raw: DatasetInput = {
	meeting: {
		date: '2024-10-11',
		place: 'State House, Nairobi',
		evidence: [PRESS_CONFERENCE, ...PRESS_CONFERENCE_DATE]
	},
	sources,
	actors,
	relations,
	quantities,
	events,
	quotes,
	conflicts
};

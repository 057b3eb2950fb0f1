import type { DatasetInput } from '../schema';
import { BATTLE, GUTERRES, HOSTAGE, KANJA } from './evidence';

/** Words spoken by an actor, verbatim, with the sentence that reports them. */
export const quotes: DatasetInput['quotes'] = [
	{
		id: 'ruto-battle',
		speaker: 'ruto',
		text: 'This is a battle we can win if our friends stand resolute in solidarity with Haiti.',
		evidence: [BATTLE]
	},
	{
		id: 'conille-hostage',
		speaker: 'conille',
		text: 'Haiti is a country of 12 million people held hostage by a handful of gang members.',
		note: 'Not found in any other source the fact sheet read.',
		evidence: [HOSTAGE]
	},
	{
		id: 'guterres-inadequate',
		speaker: 'guterres',
		text: 'totally inadequate',
		evidence: [GUTERRES]
	},
	{
		id: 'kanja-early-next-month',
		speaker: 'kanja',
		text: 'early next month',
		evidence: [KANJA]
	}
];

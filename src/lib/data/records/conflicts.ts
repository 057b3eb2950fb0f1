import type { DatasetInput } from '../schema';

/**
 * Where sources disagree: each conflict ties the quantities that give its values (their \`conflict\`).
 * The values and who gives each are phrased from those quantities; a note says only what they do not.
 */
export const conflicts: DatasetInput['conflicts'] = [
	{
		id: 'population',
		topic: 'Haiti’s population'
	},
	{
		id: 'first-contingent',
		topic: 'Size of the first Kenyan contingent (25 Jun 2024)',
		note: 'AP gave 200+200.'
	},
	{
		id: 'kenya-after-january',
		topic: 'Kenyan officers in Haiti after the 18 Jan arrival'
	},
	{
		id: 'pledged-personnel',
		topic: 'Personnel pledged to the MSS by October 2024'
	},
	{
		id: 'mission-total-2025-02',
		topic: 'MSS personnel in February 2025'
	},
	{
		id: 'jamaica-pledge',
		topic: 'Jamaica’s pledge',
		note: 'AP counts 170 soldiers+30 police.'
	},
	{
		id: 'guatemala-second-group',
		topic: 'Second Guatemalan group (4 Jan 2025)',
		note: 'The fact sheet does not say which outlet gives which.'
	},
	{
		id: 'benin-pledge',
		topic: 'Benin’s pledge',
		note: 'The UN is the primary source.'
	},
	{
		id: 'fund-at-meeting',
		topic: 'Trust-fund money at the time of the meeting'
	},
	{
		id: 'usa-delivered',
		topic: 'US support delivered'
	},
	{
		id: 'res-2793-vote',
		topic: 'Votes for Resolution 2793 (30 Sep 2025)',
		note: 'The UN’s press release is the primary source.'
	}
];

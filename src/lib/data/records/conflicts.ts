import type { DatasetInput } from '../schema';

/** Where sources disagree: each conflict ties the quantities that give its values. */
export const conflicts: DatasetInput['conflicts'] = [
	{
		id: 'population',
		topic: 'Haiti’s population',
		note: 'Conille and Haitian officials say 12 million; the UN’s 2024 estimate, via an aggregator, is 11,772,557. The round figure is roughly right.'
	},
	{
		id: 'first-contingent',
		topic: 'Size of the first Kenyan contingent (25 Jun 2024)',
		note: 'Kenya’s police chief said 200 (AP reported 200 then 200 more); AlterPresse reported 400.'
	},
	{
		id: 'kenya-after-january',
		topic: 'Kenyan officers in Haiti after 18 Jan 2025',
		note: 'The Informer says 617, Mkenya Leo says 600.'
	},
	{
		id: 'pledged-personnel',
		topic: 'Personnel pledged to the MSS by October 2024',
		note: 'Reuters: about 2,900 from 10 countries; AP: more than 3,100. The BBC spoke of “at least 1,900 more” still to come.'
	},
	{
		id: 'mission-total-2025-02',
		topic: 'MSS personnel in February 2025',
		note: 'Radio Télé Dromage counts 859; EFE says more than 900.'
	},
	{
		id: 'jamaica-pledge',
		topic: 'Jamaica’s pledge',
		note: 'AP: 200 (170 soldiers and 30 police); a Haitian Times copy: 250.'
	},
	{
		id: 'guatemala-second-group',
		topic: 'Second Guatemalan group (4 Jan 2025)',
		note: 'Reports give 75 or 77; the fact sheet does not say which outlet gives which.'
	},
	{
		id: 'benin-pledge',
		topic: 'Benin’s pledge',
		note: 'The US ambassador spoke of 2,000; the UN of about 1,500 (primary source).'
	},
	{
		id: 'fund-at-meeting',
		topic: 'Trust-fund money at the time of the meeting',
		note: 'HRW (via the BBC): only $85m received; AP: $85m pledged, of which $68m received.'
	},
	{
		id: 'usa-delivered',
		topic: 'US support delivered',
		note: 'Blinken: “well over $300 million” (Sep 2024); Carnegie: $380M; Kenya’s PS Sing’oei: about $600M (Feb 2025).'
	}
];

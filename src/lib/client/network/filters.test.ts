import { describe, expect, test } from 'vitest';
import { filterQuery, hiddenBy, nothingHidden } from './filters';

const kinds = ['urges', 'deploys-to'];

describe('hiddenBy reads the filters from the URL', () => {
	test.each([
		{ query: '', hidden: nothingHidden },
		{ query: 'kind=urges', hidden: nothingHidden },
		{
			query: 'filters=1&kind=urges&source=article&source=background',
			hidden: { kinds: ['deploys-to'], sources: [] }
		},
		{
			query: 'filters=1',
			hidden: { kinds: ['urges', 'deploys-to'], sources: ['article', 'background'] }
		},
		{
			query: 'filters=1&kind=urges&kind=deploys-to&kind=nonsense&source=article',
			hidden: { kinds: [], sources: ['background'] }
		}
	])('?$query', ({ query, hidden }) => {
		expect(hiddenBy(new URLSearchParams(query), kinds)).toEqual(hidden);
	});
});

describe('filterQuery writes them back', () => {
	test.each([
		{ hidden: nothingHidden, query: '' },
		{
			hidden: { kinds: ['urges'], sources: [] },
			query: '?filters=1&kind=deploys-to&source=article&source=background'
		},
		{
			hidden: { kinds: [], sources: ['article'] },
			query: '?filters=1&kind=urges&kind=deploys-to&source=background'
		}
	])('$query', ({ hidden, query }) => {
		expect(filterQuery(new URLSearchParams(), hidden, kinds)).toBe(query);
		expect(hiddenBy(new URLSearchParams(query), kinds)).toEqual(hidden);
	});

	test('keeps the URL’s other parameters and drops stale filters', () => {
		const params = new URLSearchParams('utm_source=x&filters=1&kind=urges');
		expect(filterQuery(params, nothingHidden, kinds)).toBe('?utm_source=x');
	});
});

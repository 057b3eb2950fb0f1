import { describe, expect, test } from 'vitest';
import { hiddenBy, nothingHidden } from './card.server';

const relations = [{ kind: 'urges' }, { kind: 'deploys-to' }, { kind: 'urges' }] as const;

describe('hiddenBy reads the filters form', () => {
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
		expect(hiddenBy(new URLSearchParams(query), [...relations])).toEqual(hidden);
	});
});

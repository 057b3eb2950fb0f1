import { drawnCard, prepareCards } from '$lib/charts/cards.server';
import { dataset } from './dataset';

/** Every chart laid out for the page, once, when the server starts (they depend on the dataset alone). */
export const laidCards = prepareCards(dataset, {});

/**
 * The cards as the page and the embeds send them, drawn once. The network is not among them: it has
 * its own card, which carries the selected actor and the filters.
 */
export const drawnCards = laidCards.filter((card) => card.id !== 'network').map(drawnCard);

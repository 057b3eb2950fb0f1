import { createHash } from 'node:crypto';
import { raw } from '$lib/data/dataset';
import facts from '$lib/data/facts.md?raw';
import { validate } from '$lib/data/validate';

/**
 * The validated dataset, built once when the server starts (and during `vite build`, which loads this
 * module: an invalid dataset fails the build with the message of the DatasetError).
 */
export const dataset = validate(raw, facts);

/** Content hash of the validated dataset: the ETag of every response derived from it. */
export const datasetHash = createHash('sha256')
	.update(JSON.stringify(dataset))
	.digest('hex')
	.slice(0, 16);

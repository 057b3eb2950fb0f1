import { validate } from '$lib/data/validate';
import * as contributors from './contributors/fixture';
import { fundingFixture } from './funding/fixture';
import { networkFixture } from './network/fixture';
import { timelineFixture } from './timeline/fixture';
import * as troops from './troops/fixture';

/** The small hand-written datasets the snapshot tests draw, by chart: what the dev gallery shows. */
export const fixtures = {
	troops: validate(troops.raw, troops.facts),
	contributors: validate(contributors.raw, contributors.facts),
	timeline: timelineFixture,
	funding: fundingFixture,
	network: networkFixture
};

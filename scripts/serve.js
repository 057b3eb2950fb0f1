// @ts-check
// `npm start` and `npm run serve`: serves the built app on http://127.0.0.1:3000 unless HOST or PORT say
// otherwise, with one worker per core (WEB_CONCURRENCY overrides). See scripts/server/.
import { fileURLToPath } from 'node:url';
import { serve } from './server/supervisor.js';

await serve({ buildDir: fileURLToPath(new URL('../build', import.meta.url)) });

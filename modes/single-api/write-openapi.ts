/**
 * Regenerates the checked-in OpenAPI document from the routes: `npm run build && node
 * dist/modes/single-api/write-openapi.js`. The unit tests fail while the file differs from what the routes
 * generate.
 */
import { writeFile } from 'node:fs/promises';
import { singleApiOpenApiDocument } from './app.js';
import { openApiFile, openApiText } from './openapi.js';

await writeFile(openApiFile(), openApiText(await singleApiOpenApiDocument()));
process.stdout.write(`wrote ${openApiFile()}\n`);

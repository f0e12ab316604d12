import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SINGLE_API_PATHS, singleApiOpenApiDocument } from './app.js';
import { openApiFile, openApiText } from './openapi.js';

describe("the single-API service's OpenAPI document", () => {
  it('is checked in as the routes generate it (else: npm run openapi)', async () => {
    expect(await readFile(openApiFile(), 'utf8')).toBe(openApiText(await singleApiOpenApiDocument()));
  });

  it('is OpenAPI 3.1 with every path served, each error in weft body shape, every component referred to', async () => {
    const text = openApiText(await singleApiOpenApiDocument());
    const document = JSON.parse(text);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([...SINGLE_API_PATHS].sort());
    for (const path of SINGLE_API_PATHS) {
      expect(Object.keys(document.paths[path])).toEqual(['get']);
      const responses: Record<string, { content: Record<string, { schema: unknown }> }> =
        document.paths[path].get.responses;
      for (const [status, response] of Object.entries(responses)) {
        if (status.startsWith('2')) continue;
        expect(response.content['application/json']?.schema, `${path} ${status}`).toEqual({
          $ref: '#/components/schemas/Error',
        });
      }
      expect(document.paths[path].get.responses['405'].headers.Allow.schema).toEqual({
        type: 'string',
        const: 'GET',
      });
    }
    const view = document.paths['/v1/view'].get;
    expect(view.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'query:address',
      'query:nonce',
    ]);
    expect(view.parameters[1].schema).toEqual({
      type: 'string',
      minLength: 1,
      maxLength: 256,
      pattern: '^[^\\n]+$',
    });
    expect(view.responses['200'].headers['Cache-Control'].schema.const).toBe('no-store');
    for (const name of Object.keys(document.components.schemas)) {
      expect(text, name).toContain(`"#/components/schemas/${name}"`);
    }
    expect(Object.keys(document.components.schemas).sort()).toEqual([
      'Error',
      'Health',
      'Party',
      'TrustedAnswer',
    ]);
  });
});

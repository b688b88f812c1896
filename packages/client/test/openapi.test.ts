/** The checked-in OpenAPI document is what the schemas generate. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApi, OPENAPI_PATH, renderOpenApi } from '../scripts/generate-openapi';

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { $ref?: string; name?: string }[];
        responses: Record<string, unknown>;
        requestBody?: unknown;
      }
    >
  >;
};

describe('openapi.json', () => {
  it('is up to date (run `npm run openapi -w @dvc-kit/client`)', () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(renderOpenApi());
  });

  it("covers every call of DESIGN.md's contract table", () => {
    const doc = buildOpenApi() as Doc;
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(ops.sort()).toEqual(
      [
        'GET /procedures',
        'GET /procedures/{code}',
        'GET /dossiers/{code}/status',
        'GET /dossiers/{code}',
        'GET /dossiers/{code}/payment',
        'POST /dossiers/{code}/payment',
        'GET /dossiers/{code}/survey',
        'POST /dossiers/{code}/survey-responses',
        'GET /session',
        'POST /session/logout',
      ].sort(),
    );
  });

  it('POSTs that change state take an Idempotency-Key and answer problem+json errors', () => {
    const doc = buildOpenApi() as Doc;
    for (const path of ['/dossiers/{code}/payment', '/dossiers/{code}/survey-responses']) {
      const post = doc.paths[path]?.post;
      expect(post?.parameters?.map((p) => p.$ref)).toContain(
        '#/components/parameters/IdempotencyKey',
      );
      expect(post?.requestBody).toBeDefined();
      expect(Object.keys(post?.responses ?? {})).toEqual(
        expect.arrayContaining(['409', '422', '429', '503']),
      );
    }
    expect(
      Object.keys(doc.paths['/dossiers/{code}/survey-responses']?.post?.responses ?? {}),
    ).toEqual(expect.arrayContaining(['200', '201']));
  });

  it('every $ref resolves inside the document', () => {
    const doc = buildOpenApi();
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref' && typeof value === 'string') refs.push(value);
          else walk(value);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });
});

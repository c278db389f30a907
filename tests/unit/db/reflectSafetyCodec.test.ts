import { describe, expect, it } from 'vitest';
import {
  decodeResource,
  decodeSafetyPlan,
  decodeSelfCheck,
} from '../../../src/storage/reflectSafetyCodec';
import {
  loadResources,
  loadSafetyPlan,
  loadSelfChecks,
  saveResources,
  saveSafetyPlan,
  saveSelfCheck,
} from '../../../src/storage/reflectSafetyRepo';
import { RECORD_DECODERS } from '../../../src/storage/records';
import { TABLES } from '../../../src/storage/schema';
import { emptyPlan } from '../../../src/features/safety/plan';
import { startingResources } from '../../../src/features/safety/resources';
import { importDataKey, newRawDataKey } from '../../../src/crypto/aesGcm';
import { freshDatabase } from '../helpers';

function rowText(value: unknown): string {
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (value && typeof value === 'object') return Object.values(value).map(rowText).join(' ');
  return String(value);
}

describe('the reflect and safety record decoders', () => {
  it('accept a check-in, a plan and a resource as Keel writes them', () => {
    const check = { id: 'c1', createdAt: 5, answers: { s01: 2, s02: 0 } };
    expect(decodeSelfCheck(check)).toEqual(check);
    const plan = {
      ...emptyPlan(10),
      people: [{ id: 'x', name: 'Sam', reach: '555 0100', knows: 'everything' }],
    };
    expect(decodeSafetyPlan(plan)).toEqual(plan);
    const [resource] = startingResources(10);
    expect(decodeResource(resource)).toEqual(resource);
  });

  it('refuse a rating outside not at all, sometimes and often', () => {
    expect(() => decodeSelfCheck({ id: 'c1', createdAt: 5, answers: { s01: 3 } })).toThrow();
    expect(() => decodeSelfCheck({ id: 'c1', createdAt: 5, answers: { s01: '2' } })).toThrow();
  });

  it('refuse a plan or resource with missing or wrongly typed fields', () => {
    expect(() => decodeSafetyPlan({ ...emptyPlan(1), people: 'Sam' })).toThrow();
    expect(() => decodeSafetyPlan({ id: 'p1' })).toThrow();
    const [resource] = startingResources(1);
    expect(() => decodeResource({ ...resource, call: 911 })).toThrow();
    expect(() => decodeResource({ ...resource, removed: undefined })).toThrow();
  });

  it('are registered for backup under every new table', () => {
    for (const table of ['selfChecks', 'safetyPlan', 'resources'] as const) {
      expect(TABLES[table]).toBe(table);
      expect(RECORD_DECODERS[table]).toBeTypeOf('function');
    }
  });
});

describe('storing reflect and safety records', () => {
  it('round-trips each kind and keeps its words out of the raw rows', async () => {
    const db = freshDatabase();
    const key = await importDataKey(newRawDataKey());
    await saveSelfCheck(key, { id: 'c2', createdAt: 20, answers: { s03: 1 } });
    await saveSelfCheck(key, { id: 'c1', createdAt: 10, answers: { s03: 2 } });
    const plan = { ...emptyPlan(1), codeWord: 'pineapple', places: 'Aunt Rosa on Elm Street' };
    await saveSafetyPlan(key, plan);
    const mine = {
      ...startingResources(1)[0]!,
      id: 'mine',
      name: 'Refuge helpline',
      builtin: false,
    };
    await saveResources(key, [mine]);

    expect((await loadSelfChecks(key)).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(await loadSafetyPlan(key)).toEqual({ ...plan, id: 'p1' });
    expect(await loadResources(key)).toEqual([mine]);

    const raw = [
      ...(await db.selfChecks.toArray()),
      ...(await db.safetyPlan.toArray()),
      ...(await db.resources.toArray()),
    ]
      .map(rowText)
      .join('\n');
    for (const secret of ['pineapple', 'Aunt Rosa', 'Refuge', 's03', 'codeWord']) {
      expect(raw).not.toContain(secret);
    }
  });

  it('finds no plan before one is written', async () => {
    freshDatabase();
    const key = await importDataKey(newRawDataKey());
    expect(await loadSafetyPlan(key)).toBeNull();
  });
});

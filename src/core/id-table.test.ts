import { describe, expect, it } from 'vitest';
import { hashOf, IdGroups, IdTable } from './id-table';

/** Two different keys with the same 32-bit hash, found among generated ids (about 2^16 are enough on average). */
function collidingKeys(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const key = `M${i}`;
    const other = seen.get(hashOf(key));
    if (other !== undefined) return [other, key];
    seen.set(hashOf(key), key);
  }
}

describe('IdTable', () => {
  it('finds each key it holds and no other, keeping the first value added under a key', () => {
    const table = new IdTable<number>(3);
    table.add('M1', 1);
    table.add('M2', 2);
    table.add('M1', 3);
    table.add('', 4);
    expect(table.size).toBe(3);
    expect([table.get('M1'), table.get('M2'), table.get(''), table.get('M3')]).toEqual([1, 2, 4, undefined]);
    expect([table.has('M2'), table.has('m2'), table.has('M2 ')]).toEqual([true, false, false]);
  });

  it('tells apart two keys whose hashes are equal', () => {
    const [first, second] = collidingKeys();
    expect(first).not.toBe(second);
    expect(hashOf(first)).toBe(hashOf(second));
    const table = new IdTable<string>();
    table.add(first, 'first');
    expect(table.get(second)).toBeUndefined();
    table.add(second, 'second');
    expect([table.get(first), table.get(second), table.size]).toEqual(['first', 'second', 2]);
  });

  it('grows past the size it was made for, in insertion order', () => {
    const table = new IdTable<number>(2);
    const keys = Array.from({ length: 5_000 }, (_, i) => `id-${(i * 7919) % 5_000}-é`);
    keys.forEach((key, i) => table.add(key, i));
    expect(table.size).toBe(5_000);
    expect(keys.every((key, i) => table.get(key) === i)).toBe(true);
    expect(table.has('id-5000-é')).toBe(false);
    const visited: string[] = [];
    table.forEach((value, key) => visited.push(`${key}=${value}`));
    expect(visited).toEqual(keys.map((key, i) => `${key}=${i}`));
    expect([...table].slice(0, 2)).toEqual([
      [keys[0], 0],
      [keys[1], 1],
    ]);
  });

  it('hashes UTF-16 code units, lone surrogates included', () => {
    const table = new IdTable<number>();
    table.add('\ud83d', 1);
    table.add('\ud83d\ude00', 2);
    expect([table.get('\ud83d'), table.get('\ud83d\ude00'), table.get('\ude00')]).toEqual([1, 2, undefined]);
  });
});

describe('IdGroups', () => {
  it('groups items by key: keys in the order of their first item, items in order, a new group of just its item', () => {
    const groups = new IdGroups<string>(4);
    groups.push('B', 'b1');
    groups.push('A', 'a1');
    groups.push('B', 'b2');
    expect([...groups]).toEqual([
      ['B', ['b1', 'b2']],
      ['A', ['a1']],
    ]);
    expect(groups.get('A')).toHaveLength(1);
    expect(groups.get('C')).toBeUndefined();
  });
});

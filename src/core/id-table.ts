/**
 * A string-keyed table in insertion order, for the model's joins by member id (ModelIndex): open
 * addressing over one typed array that holds, per slot, the entry's index and its key's hash, sized
 * for the rows it indexes. A `Map` of a million member ids took about twice as long to build and to
 * look up: it rehashes as it grows, reading each key string again, and reads a candidate key's
 * string before comparing hashes (docs/BENCHMARKS.md, "Member ids in a table of their own").
 */

/** What the conditions read of a table (a `Map` has the same). */
export interface IdLookup<V> extends Iterable<[string, V]> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  readonly size: number;
  /** In insertion order. */
  forEach(visit: (value: V, key: string) => void): void;
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser so that the low bits (the slot) depend on all of them. */
export function hashOf(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** A slot's entry index when the slot is free. */
const FREE = -1;

/** Slots a table of `keys` keys needs: a power of two, at most three quarters full (probes stay within a cache line or two). */
function slotsFor(keys: number): number {
  let slots = 16;
  while (slots * 3 < keys * 4) slots *= 2;
  return slots;
}

export class IdTable<V> implements IdLookup<V> {
  private mask: number;
  /** Per slot, two numbers: the entry's index (or FREE), then its key's hash, compared before the key's string is read. */
  private slots: Int32Array;
  /** The hash of the key last located, for an insertion in the slot found. */
  private locatedHash = 0;
  /** The keys and values by entry, in insertion order; made as long as expected, so that no copy is left behind as they fill. */
  private readonly keys: string[];
  protected readonly values: V[];
  private count = 0;

  /** `expected`: about how many keys it will hold (it grows past that). */
  constructor(expected = 0) {
    const slots = slotsFor(expected);
    this.mask = slots - 1;
    this.slots = new Int32Array(slots * 2).fill(FREE);
    this.keys = new Array<string>(expected);
    this.values = new Array<V>(expected);
  }

  get size(): number {
    return this.count;
  }

  /** The slot that holds the key, or the free one where it would go. */
  protected locate(key: string): number {
    const hash = hashOf(key);
    this.locatedHash = hash;
    const { mask, slots, keys } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2]!;
      if (entry === FREE || (slots[slot * 2 + 1] === hash && keys[entry] === key)) return slot;
    }
  }

  /** The entry in `slot` (from locate), or FREE. */
  protected entryIn(slot: number): number {
    return this.slots[slot * 2]!;
  }

  /** Adds the key last located, in the free slot locate gave. */
  protected insert(slot: number, key: string, value: V): void {
    const entry = this.count++;
    this.slots[slot * 2] = entry;
    this.slots[slot * 2 + 1] = this.locatedHash;
    this.keys[entry] = key;
    this.values[entry] = value;
    if (this.count * 4 > (this.mask + 1) * 3) this.grow();
  }

  get(key: string): V | undefined {
    const entry = this.entryIn(this.locate(key));
    return entry === FREE ? undefined : this.values[entry];
  }

  has(key: string): boolean {
    return this.entryIn(this.locate(key)) !== FREE;
  }

  /** Adds `value` under `key` unless the key is there; whether it was added. */
  add(key: string, value: V): boolean {
    const slot = this.locate(key);
    if (this.entryIn(slot) !== FREE) return false;
    this.insert(slot, key, value);
    return true;
  }

  /** Twice the slots, each entry placed again by its stored hash: no key string is read. */
  private grow(): void {
    const old = this.slots;
    const slots = (this.mask + 1) * 2;
    this.mask = slots - 1;
    this.slots = new Int32Array(slots * 2).fill(FREE);
    for (let at = 0; at < old.length; at += 2) {
      const entry = old[at]!;
      if (entry === FREE) continue;
      const hash = old[at + 1]!;
      let slot = hash & this.mask;
      while (this.slots[slot * 2] !== FREE) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = entry;
      this.slots[slot * 2 + 1] = hash;
    }
  }

  forEach(visit: (value: V, key: string) => void): void {
    for (let i = 0; i < this.count; i++) visit(this.values[i]!, this.keys[i]!);
  }

  *[Symbol.iterator](): IterableIterator<[string, V]> {
    for (let i = 0; i < this.count; i++) yield [this.keys[i]!, this.values[i]!];
  }
}

/** Items grouped by a string key: a key's first item makes its group, an array of just that item. */
export class IdGroups<T> extends IdTable<T[]> {
  push(key: string, item: T): void {
    const slot = this.locate(key);
    const entry = this.entryIn(slot);
    if (entry === FREE) this.insert(slot, key, [item]);
    else this.values[entry]!.push(item);
  }
}

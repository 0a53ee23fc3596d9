/** A Storage that fills up at `capacity` characters (keys + values), as Chromium counts them. */
export class FillingStorage implements Storage {
  readonly map = new Map<string, string>();
  clearCalls = 0;
  writes = 0;
  constructor(readonly capacity: number) {}
  [name: string]: unknown;
  get length(): number {
    return this.map.size;
  }
  used(): number {
    let total = 0;
    for (const [key, value] of this.map) total += key.length + value.length;
    return total;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes += 1;
    const old = this.map.get(key);
    const next = this.used() - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
    if (next > this.capacity) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.clearCalls += 1;
    this.map.clear();
  }
}

/**
 * What a text rule read from one paragraph, by the paragraph's text. The check runs on every keystroke and a
 * keystroke changes one paragraph, so the others are read from here. Bounded by the characters held (a pasted
 * 50 000-character paragraph counts for what it is), not only by the number of entries: when full, it starts over.
 */
export class TextCache<V> {
  private readonly entries = new Map<string, V>();
  private chars = 0;

  constructor(private readonly maxChars = 2_000_000) {}

  get(text: string): V | undefined {
    return this.entries.get(text);
  }

  set(text: string, value: V): void {
    if (this.chars + text.length > this.maxChars) {
      this.entries.clear();
      this.chars = 0;
    }
    this.entries.set(text, value);
    this.chars += text.length;
  }

  /** The cached value, or `read(text)` remembered. */
  through(text: string, read: (text: string) => V): V {
    const known = this.entries.get(text);
    if (known !== undefined) return known;
    const value = read(text);
    this.set(text, value);
    return value;
  }
}

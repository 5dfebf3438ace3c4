// The ids of stored records that an earlier row of the same file matched or created: a bit per
// id, so a million-row file needs ~125 KB instead of a set of a million strings.
export class IdSet {
  private bits = new Uint8Array(8 * 1024);

  has(id: number): boolean {
    const byte = id >>> 3;
    return byte < this.bits.length && (this.bits[byte] & (1 << (id & 7))) !== 0;
  }

  add(id: number): void {
    const byte = id >>> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[byte] |= 1 << (id & 7);
  }
}

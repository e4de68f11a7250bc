/**
 * SHA-256 (FIPS 180-4) in plain TypeScript: the core also runs in the task pane, where Node's
 * crypto is absent and Web Crypto is asynchronous. Incremental, so a large grid is hashed piece
 * by piece instead of as one serialised copy (100,000 rows are ~25 MB of JSON).
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Bytes gathered before compressing: whole blocks, large enough that encodeInto is called rarely. */
const BUFFER_BYTES = 64 * 1024;

export class Sha256 {
  private readonly h = new Int32Array(INITIAL);
  private readonly w = new Int32Array(64);
  private readonly buffer = new Uint8Array(BUFFER_BYTES);
  private readonly view = new DataView(this.buffer.buffer);
  private readonly encoder = new TextEncoder();
  private used = 0;
  private total = 0;

  /** Adds a string's UTF-8 encoding. */
  updateText(text: string): this {
    let rest = text;
    for (;;) {
      const { read, written } = this.encoder.encodeInto(rest, this.used === 0 ? this.buffer : this.buffer.subarray(this.used));
      this.used += written;
      this.total += written;
      if (read === rest.length) break;
      // Out of room (encodeInto never splits a character): compress what is there, go on with the rest.
      rest = rest.slice(read);
      this.flush();
    }
    if (this.used >= BUFFER_BYTES - 64) this.flush();
    return this;
  }

  update(bytes: Uint8Array): this {
    for (let offset = 0; offset < bytes.length; ) {
      const n = Math.min(bytes.length - offset, BUFFER_BYTES - this.used);
      this.buffer.set(bytes.subarray(offset, offset + n), this.used);
      this.used += n;
      this.total += n;
      offset += n;
      if (this.used === BUFFER_BYTES) this.flush();
    }
    return this;
  }

  /** Lowercase hex; the object is spent afterwards. */
  digestHex(): string {
    const bits = this.total * 8;
    const tail = new Uint8Array(((this.used + 9 + 63) & ~63) - this.used);
    tail[0] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(tail.length - 4, bits >>> 0);
    this.buffer.set(tail, this.used);
    this.compress(this.used + tail.length);
    return Array.from(this.h, (x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
  }

  /** Compresses the whole blocks gathered and keeps the partial one at the front. */
  private flush(): void {
    const whole = this.used & ~63;
    this.compress(whole);
    this.buffer.copyWithin(0, whole, this.used);
    this.used -= whole;
  }

  private compress(length: number): void {
    compressBlocks(this.h, this.w, this.view, length);
  }
}

/**
 * The rounds over whole 64-byte blocks, a function of its own so that it is optimised once for
 * every hash: words are read big-endian through a DataView, and the schedule is extended within
 * the same loop as the rounds.
 */
function compressBlocks(h: Int32Array, w: Int32Array, view: DataView, length: number): void {
  let h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3], h4 = h[4], h5 = h[5], h6 = h[6], h7 = h[7];
  for (let offset = 0; offset < length; offset += 64) {
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7;
    for (let t = 0; t < 64; t++) {
      let word: number;
      if (t < 16) word = view.getInt32(offset + t * 4);
      else {
        const x = w[t - 15];
        const y = w[t - 2];
        const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        word = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      w[t] = word;
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const temp1 = (hh + S1 + ch + K[t] + word) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const temp2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + temp1) | 0;
      d = c;
      c = b;
      b = a;
      a = (temp1 + temp2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + hh) | 0;
  }
  h[0] = h0;
  h[1] = h1;
  h[2] = h2;
  h[3] = h3;
  h[4] = h4;
  h[5] = h5;
  h[6] = h6;
  h[7] = h7;
}

/** SHA-256 of bytes, or of a string's UTF-8 encoding, as lowercase hex. */
export function sha256Hex(input: Uint8Array | string): string {
  const hash = new Sha256();
  return (typeof input === 'string' ? hash.updateText(input) : hash.update(input)).digestHex();
}

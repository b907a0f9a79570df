import { Writable } from 'node:stream';

/** A stream that keeps what is written to it (what the CLI prints on stdout), and the text so far. */
export function collectOutput(): { out: Writable; text: () => string } {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { out, text: () => chunks.join('') };
}

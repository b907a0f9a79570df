/**
 * Text set straight into a pdfkit document's pages, for a record of thousands of activities.
 *
 * pdfkit's `text()` shapes every word with fontkit (kerning, ligatures), finds break opportunities with the
 * Unicode line-breaking algorithm and re-encodes every line glyph by glyph: writing 10,000 activities took 86 s,
 * four fifths of it in that path and in collecting what it left behind. A record is labels and plain values in
 * one typeface, so this setter looks each character up once per face (its glyph, width and code in the
 * subset), breaks lines at spaces (a word wider than the line at any character), and writes each paragraph's
 * lines as one piece of page content. pdfkit still makes the pages, embeds and subsets the fonts (with the
 * widths and the ToUnicode map filled in here, so text extraction reads the characters back) and compresses.
 * What is given up: kerning pairs and ligatures, which a list of facts does not need.
 */
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

/** pdfkit's embedded font (its `EmbeddedFont`), whose fields this setter fills in as pdfkit's own encoder does; not in its typings. */
export interface EmbeddedFontFields {
  id: string;
  ref(): unknown;
  /** fontkit's font */
  font: { glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number } };
  /** 1000 / units per em */
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  /** Per glyph of the subset: its width (the font's W array) and the code points it stands for (ToUnicode) */
  widths: number[];
  unicode: number[][];
  ascender: number;
  lineHeight(size: number, includeGap?: boolean): number;
}

/** A page as pdfkit keeps it: its content stream (chunks written so far, whether pdfkit will compress them) and its end. */
interface PageFields {
  fonts: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  content: { buffer: Uint8Array[]; compress: boolean; data: Record<string, unknown> };
  /** The page's object: the page tree lists it (by its number) until the document ends */
  dictionary: { data: Record<string, unknown> };
  end(): void;
}

/** What the setter needs of pdfkit's document: its pages, fonts and position; private members are named here. */
interface DocumentFields {
  _font: EmbeddedFontFields;
  _fontFamilies: Record<string, EmbeddedFontFields>;
  /** Pages not yet written out (with `bufferPages`), the one in progress last */
  _pageBuffer: PageFields[];
  _pageBufferStart: number;
  page: PDFKit.PDFPage & PageFields;
  x: number;
  y: number;
  /** Bytes written so far: where the next object starts, as the cross-reference table records it */
  _offset: number;
  /** One piece of the file (a string is a line, written as latin1 with its line end) */
  _write(data: string | Uint8Array): void;
  /** The stream's own push (pdfkit is a Readable): a chunk, or null at the end */
  push(chunk: Uint8Array | null): boolean;
}

/** How many bytes of the document's last writes are gathered into one chunk of the stream. */
const GATHERED_BYTES = 64 * 1024;

interface Glyph {
  /** The glyph's id in the subset as the two bytes of a PDF literal string (escaped where a byte needs it), one char per byte */
  code: string;
  /** Advance width in thousandths of the font size */
  width: number;
}

/** Bytes a literal string escapes: its delimiters, the escape itself, and line ends (which a reader would normalise). */
const ESCAPED: Record<number, string> = { 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r' };

/** A glyph id as the two bytes of an Identity-H code inside a literal string: half the size of the hex pdfkit writes, so less to compress. */
function literalCode(id: number): string {
  return [id >> 8, id & 0xff].map((byte) => ESCAPED[byte] ?? String.fromCharCode(byte)).join('');
}

/**
 * The character a PDF prints for another: control characters (a tab…) as a space, and one the font has no
 * glyph for (Chinese, Japanese…) as U+FFFD "�", which prints and reads as a replaced character, rather than an
 * empty box that text extraction reads as U+0000. The JSON, CSV and XLSX exports keep every character.
 */
export function printedAs(codePoint: number, hasGlyph: (codePoint: number) => boolean): number {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0x20;
  return hasGlyph(codePoint) ? codePoint : 0xfffd;
}

/**
 * Distinct words a face remembers the codes of; past this it starts again. Labels and common words come back
 * within a few activities; names and numbers rarely repeat, and 20,000 of them held 3.8 MB for nothing.
 */
const WORDS_KEPT = 2_000;

/** One face: each character's glyph, looked up once, and the codes of the words it has set lately. */
class Face {
  private readonly glyphs = new Map<number, Glyph>();
  private readonly known = new Map<number, boolean>();
  private words = new Map<string, { code: string; width: number }>();

  constructor(readonly font: EmbeddedFontFields) {}

  /** Whether the font has a glyph for the character (one that is not `.notdef`). */
  has(codePoint: number): boolean {
    let known = this.known.get(codePoint);
    if (known === undefined) this.known.set(codePoint, (known = this.font.font.glyphForCodePoint(codePoint).id !== 0));
    return known;
  }

  /** The glyph printed for a character ({@link printedAs}). */
  glyph(codePoint: number): Glyph {
    let glyph = this.glyphs.get(codePoint);
    if (glyph === undefined) {
      const printed = printedAs(codePoint, (c) => this.has(c));
      if (printed !== codePoint) {
        glyph = this.glyph(printed);
        this.glyphs.set(codePoint, glyph);
        return glyph;
      }
      const found = this.font.font.glyphForCodePoint(codePoint);
      const id = this.font.subset.includeGlyph(found.id);
      const width = found.advanceWidth * this.font.scale;
      this.font.widths[id] ??= width;
      this.font.unicode[id] ??= [codePoint];
      glyph = { code: literalCode(id), width };
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }

  /** The glyph codes of a text and its width in thousandths of the font size. */
  encode(text: string): { code: string; width: number } {
    let encoded = this.words.get(text);
    if (encoded === undefined) {
      let code = '';
      let width = 0;
      for (const ch of text) {
        const glyph = this.glyph(ch.codePointAt(0) ?? 0x20);
        code += glyph.code;
        width += glyph.width;
      }
      encoded = { code, width };
      if (this.words.size >= WORDS_KEPT) this.words = new Map();
      this.words.set(text, encoded);
    }
    return encoded;
  }
}

/** A PDF number as pdfkit writes it: at most two decimals. */
const num = (value: number): string => String(Math.round(value * 100) / 100);

/** `#rrggbb` as the operands of `rg`. */
function rgb(color: string): string {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map((c) => num(c / 255)).join(' ');
}

export interface TextStyle {
  /** A font's path, the key under which the document opened it */
  font: string;
  size: number;
  /** `#rrggbb` */
  color: string;
}

/**
 * Sets text on a pdfkit document's pages. Each page's text is gathered and written as one text object when the
 * page is done: call {@link newPage} instead of `doc.addPage()` and {@link end} instead of `doc.end()`. A done
 * page is compressed in the thread pool while the next is set (pdfkit would compress it on the event loop, a
 * fifth of the time of a large PDF), and written out by {@link settle}: the document needs `bufferPages: true`.
 */
export class PdfTextSetter {
  private readonly faces = new Map<EmbeddedFontFields, Face>();
  private readonly doc: DocumentFields;
  /** The page the gathered text belongs to, and what it has set so far: font, size and colour in use */
  private page: DocumentFields['page'] | null = null;
  private content: string[] = [];
  private state = { font: '', size: 0, color: '', leading: 0 };
  private compressing: Promise<void>[] = [];

  /** `fonts`: the paths of every font the setter will use, opened now so that each is parsed once. */
  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    fonts: readonly string[],
  ) {
    this.doc = pdf as unknown as DocumentFields;
    const current = this.doc._font;
    for (const path of fonts) pdf.font(path);
    this.doc._font = current;
    // A page added behind the setter's back would receive the text gathered for the one before it.
    pdf.on('pageAdded', () => {
      if (this.page !== null) throw new Error('a page was added with text still gathered for the one before: use PdfTextSetter.newPage');
    });
  }

  /** Ends the page (its text written out) and starts the next one, with its `pageAdded` listeners. */
  newPage(): void {
    this.flush();
    this.pdf.addPage();
  }

  /** Writes the last page's text and ends the document. */
  async end(): Promise<void> {
    this.flush();
    await Promise.all(this.compressing.splice(0));
    this.gatherWrites();
    this.pdf.end();
  }

  /**
   * From now on, gathers pdfkit's writes into chunks of {@link GATHERED_BYTES}. It ends a document with a write
   * per line of the cross-reference table, one per object, all in one turn of the event loop: 80,000 chunks of 20
   * bytes for 10,000 activities, each a Buffer queued in the stream and then in the socket (8 MB at the end of the
   * export, its peak). Offsets are counted as each piece is written, as pdfkit counts them; the bytes are the same.
   */
  private gatherWrites(): void {
    const doc = this.doc;
    const push = doc.push.bind(doc);
    let pending: Uint8Array[] = [];
    let length = 0;
    const release = () => {
      if (length === 0) return;
      push(Buffer.concat(pending, length));
      pending = [];
      length = 0;
    };
    doc._write = (data) => {
      // As pdfkit's own _write: a string is a line, each character one byte.
      const bytes = typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data;
      pending.push(bytes);
      length += bytes.length;
      doc._offset += bytes.length;
      if (length >= GATHERED_BYTES) release();
    };
    doc.push = (chunk) => {
      release();
      return push(chunk);
    };
  }

  /** Waits for the done pages' compression and writes them out: all but the page in progress. */
  async settle(): Promise<void> {
    await Promise.all(this.compressing.splice(0));
    // As doc.flushPages() does, which would end the page in progress too.
    const done = this.doc._pageBuffer.slice(0, -1);
    this.doc._pageBuffer = this.doc._pageBuffer.slice(-1);
    this.doc._pageBufferStart += done.length;
    for (const page of done) {
      page.end();
      // Written out: the page tree needs only the object's number from now on. pdfkit would keep what the object
      // held (its content, resources and their dictionaries) until the document ends: 80,000 objects for a record
      // of 10,000 activities (13,400 pages).
      page.dictionary.data = {};
    }
  }

  private face(path: string): Face {
    const font = this.doc._fontFamilies[path];
    if (!font) throw new Error(`font ${path} was not opened for this document`);
    let face = this.faces.get(font);
    if (face === undefined) this.faces.set(font, (face = new Face(font)));
    return face;
  }

  /**
   * Writes a text at the document's position, across the width between it and the right margin, line under
   * line as `doc.text()` does: a new page (and its `pageAdded` listeners) when a line would pass the bottom
   * margin, `\n` starting a new line. Leaves the document's font and size as the text's, and its position
   * under the last line, so that `moveDown` and what follows go on from there.
   */
  paragraph(style: TextStyle, text: string): void {
    const pdf = this.pdf;
    pdf.font(style.font).fontSize(style.size);
    const face = this.face(style.font);
    const lineHeight = face.font.lineHeight(style.size, true);
    const width = (pdf.page.width - pdf.x - pdf.page.margins.right) * (1000 / style.size);
    let first = true;
    for (const code of this.wrap(face, text, width)) {
      if (this.doc.y + lineHeight > pdf.page.height - pdf.page.margins.bottom) {
        this.newPage();
        // A pageAdded listener may have written in another font; the text goes on in its own.
        pdf.font(style.font).fontSize(style.size);
        first = true;
      }
      if (first) {
        this.use(face, style, lineHeight);
        this.content.push(
          `1 0 0 1 ${num(pdf.x)} ${num(pdf.page.height - this.doc.y - (face.font.ascender / 1000) * style.size)} Tm (${code}) Tj`,
        );
        first = false;
      } else {
        // The next line, the leading (TL) below: as doc.text() moves down by the line height.
        this.content.push(`(${code}) '`);
      }
      this.doc.y += lineHeight;
    }
  }

  /** One line at (x, y), centred in `width`, wherever it falls on the page; the document's position and font are left as they were. */
  centred(style: TextStyle, text: string, x: number, y: number, width: number): void {
    const face = this.face(style.font);
    const { code, width: measured } = face.encode(text);
    const left = x + (width - (measured * style.size) / 1000) / 2;
    const baseline = this.doc.page.height - y - (face.font.ascender / 1000) * style.size;
    this.use(face, style, this.state.leading);
    this.content.push(`1 0 0 1 ${num(left)} ${num(baseline)} Tm (${code}) Tj`);
  }

  /** Opens the page's text object if need be, and sets the font, size, colour and leading that differ from those in use. */
  private use(face: Face, style: TextStyle, leading: number): void {
    const page = this.doc.page;
    if (this.page !== page) {
      this.flush();
      this.page = page;
      // pdfkit's pages draw with the origin at the top left; text is set in the PDF's own coordinates.
      this.content.push(`q 1 0 0 -1 0 ${num(page.height)} cm BT`);
    }
    page.fonts[face.font.id] ??= face.font.ref();
    const state = this.state;
    if (state.font !== face.font.id || state.size !== style.size) this.content.push(`/${face.font.id} ${num(style.size)} Tf`);
    if (state.color !== style.color) this.content.push(`${rgb(style.color)} rg`);
    if (state.leading !== leading) this.content.push(`${num(leading)} TL`);
    this.state = { font: face.font.id, size: style.size, color: style.color, leading };
  }

  /** Writes the page's gathered text into its content, as one text object in its own graphics state. */
  private flush(): void {
    if (this.page === null) return;
    this.content.push('ET Q', '');
    this.page.write(Buffer.from(this.content.join('\n'), 'latin1'));
    const stream = this.page.content;
    if (stream.compress) {
      // Nothing more is written to the page: its content is compressed now, off the event loop, and pdfkit
      // writes it as it is when the page ends.
      const data = Buffer.concat(stream.buffer);
      stream.buffer = [];
      stream.compress = false;
      stream.data.Filter = 'FlateDecode';
      this.compressing.push(
        deflateAsync(data).then((compressed) => {
          stream.buffer = [compressed];
        }),
      );
    }
    this.page = null;
    this.content = [];
    this.state = { font: '', size: 0, color: '', leading: 0 };
  }
  /** The lines of a text as glyph codes, broken at spaces to fit `width` (thousandths of the font size). */
  private wrap(face: Face, text: string, width: number): string[] {
    const lines: string[] = [];
    const space = face.glyph(0x20);
    for (const paragraph of text.split('\n')) {
      let code = '';
      let used = 0;
      let empty = true;
      for (const word of paragraph.split(' ')) {
        const encoded = face.encode(word);
        if (!empty && used + space.width + encoded.width <= width) {
          code += space.code + encoded.code;
          used += space.width + encoded.width;
          continue;
        }
        if (!empty) lines.push(code);
        if (encoded.width <= width) {
          code = encoded.code;
          used = encoded.width;
        } else {
          // A word longer than the line (a URL, an identifier) is broken wherever the line is full.
          code = '';
          used = 0;
          for (const ch of word) {
            const glyph = face.glyph(ch.codePointAt(0) ?? 0x20);
            if (used + glyph.width > width && code !== '') {
              lines.push(code);
              code = '';
              used = 0;
            }
            code += glyph.code;
            used += glyph.width;
          }
        }
        empty = false;
      }
      lines.push(code);
    }
    return lines;
  }
}

import type { RenderFormat } from './document/render';

/** A rendering of a policy as sent: its text and its media type. */
export interface Rendered {
  body: string;
  contentType: string;
}

export const CONTENT_TYPES: Record<RenderFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The stored renderings of a version: every format, and HTML also as a whole page. */
export const renderingKey = (format: RenderFormat, standalone: boolean): string => (format === 'html' && standalone ? 'html:page' : format);

/** Response headers as the OpenAPI document declares them, for `@ApiResponse({ headers })`. */
export const ETAG = { ETag: { description: 'The version as a strong entity tag, for If-Match', schema: { type: 'string' } } };
export const CONTENT_ETAG = { ETag: { description: 'The content hash as a strong entity tag', schema: { type: 'string' } } };
export const LOCATION = { Location: { description: 'The path of the created item', schema: { type: 'string' } } };
export const LAST_MODIFIED = { 'Last-Modified': { description: 'When the version took effect', schema: { type: 'string' } } };
export const CONTENT_HASH = {
  'X-Content-Hash': { description: 'SHA-256 of the registry content exported', schema: { type: 'string' } },
};

/** Each media type with the schema its body has (none given for binary or text). */
export function mediaTypes(types: readonly string[], json?: object): Record<string, { schema: object }> {
  return Object.fromEntries(
    types.map((type) => [
      type,
      {
        schema: /[/+]json$/.test(type)
          ? (json ?? { type: 'object', additionalProperties: true })
          : { type: 'string', format: type.startsWith('text/') ? undefined : 'binary' },
      },
    ]),
  );
}
export const CONTENT_LANGUAGE = {
  'Content-Language': { description: 'The language of the policy sent (RFC 9110 §8.5)', schema: { type: 'string', example: 'pl' } },
};

/** An entity as a plain JSON object: the shape of API items, audit after-states and snapshot items. */
export function toPlainItem(entity: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entity).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}

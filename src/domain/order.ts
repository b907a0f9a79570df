/** The one order of every snapshot list: by name, then id (items without a name sort by id). */
export function byNameThenId(a: { id: string; name?: string }, b: { id: string; name?: string }): number {
  const an = a.name ?? '';
  const bn = b.name ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

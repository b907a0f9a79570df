import type { RegistrySnapshot } from '../domain/registry-snapshot';

/**
 * Answers computed from one registry version on one day (adequacy decisions end on a date), each
 * computed once however many requests ask for it together; the whole memo is dropped when the version
 * or the day moves. A failed computation (an unknown policy id) is answered, not kept.
 */
export class VersionMemo {
  private results: { key: string; answers: Map<string, Promise<unknown>> } = { key: '', answers: new Map() };

  get<T>(version: number, snapshot: RegistrySnapshot, what: string, compute: () => Promise<T>): Promise<T> {
    const key = `${version}:${snapshot.asOf.slice(0, 10)}`;
    if (this.results.key !== key) this.results = { key, answers: new Map() };
    const answers = this.results.answers;
    let answer = answers.get(what) as Promise<T> | undefined;
    if (!answer) {
      answer = compute();
      answers.set(what, answer);
      answer.catch(() => answers.delete(what));
    }
    return answer;
  }
}

/** An id the engine does not keep (never had, released, or pushed out): the views' results are gone. */
export class Missing extends Error {
  constructor(readonly id: number) {
    super(`the engine no longer keeps object ${id}`);
    this.name = 'Missing';
  }
}

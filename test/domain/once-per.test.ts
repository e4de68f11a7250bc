import { oncePer } from '../../src/domain/once-per';

describe('oncePer', () => {
  it('does the work once per object and gives each object its own answer', () => {
    const work = jest.fn((list: readonly number[]) => list.reduce((a, b) => a + b, 0));
    const sum = oncePer(work);
    const a = [1, 2];
    const b = [1, 2];
    expect([sum(a), sum(a), sum(b), sum(a)]).toEqual([3, 3, 3, 3]);
    expect(work.mock.calls.map(([list]) => list)).toEqual([a, b]);
  });

  it('keeps an answer that is falsy but defined', () => {
    const work = jest.fn(() => 0);
    const zero = oncePer(work);
    const key = {};
    zero(key);
    zero(key);
    expect(work).toHaveBeenCalledTimes(1);
  });
});

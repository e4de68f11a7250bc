import { windowOf, withLine } from '../../src/taskpane/components/kept-line';

describe('the line a virtualised list keeps drawn (the one holding the focus)', () => {
  it.each([
    [[10, 11, 12], null, [10, 11, 12]],
    [[10, 11, 12], 11, [10, 11, 12]],
    [[10, 11, 12], 500, [10, 11, 12, 500]],
    [[10, 11, 12], 2, [2, 10, 11, 12]],
    [[], 7, [7]],
  ])('draws %j with line %p as %j', (indexes, line, drawn) => {
    expect(withLine(indexes, line)).toEqual(drawn);
  });

  it.each([
    [[10, 11, 12], null, [10, 12]],
    [[10, 11, 12, 500], 500, [10, 12]],
    [[2, 10, 11, 12], 2, [10, 12]],
    // In the window (beside its neighbours) it is part of it, at either end.
    [[10, 11, 12], 10, [10, 12]],
    [[10, 11, 12], 12, [10, 12]],
    [[7], 7, [0, -1]],
    [[], null, [0, -1]],
  ])('finds the window in view of %j, kept line %p: %j', (indexes, kept, window) => {
    expect(windowOf(indexes.map((index) => ({ index })), kept)).toEqual(window);
  });
});

import { syntheticPack } from './synthetic-pack';

describe('syntheticPack', () => {
  it('builds a valid six-project pack and an eight-project one', () => {
    expect(syntheticPack().projects.map((p) => p.name)).toHaveLength(6);
    const eight = syntheticPack({ projects: 8 });
    expect(eight.projects).toHaveLength(8);
    expect(eight.projects[7].name).toBe('イノベーション・エコシステムプロジェクト');
  });
});

/**
 * `work` done once per object (a pack, a list of findings): later calls with the same object get
 * the same answer, and the answer goes when the object does. For facts derived from a pack or a
 * check's list that many rows or rules ask for.
 */
export function oncePer<K extends object, V>(work: (key: K) => V): (key: K) => V {
  const done = new WeakMap<K, V>();
  return (key) => {
    let value = done.get(key);
    if (value === undefined) {
      value = work(key);
      done.set(key, value);
    }
    return value;
  };
}

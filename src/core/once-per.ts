/**
 * Values made once per owner object and key, such as a file made once per
 * site model and size limit, or markup once per language and variant, that
 * many pages or routes ask for. Held weakly by owner: the dev server's next
 * model after an edit has values of its own, and the old ones go with it.
 */
export class OncePer<Owner extends object, Key, Value> {
  readonly #made = new WeakMap<Owner, Map<Key, Value>>();

  get(owner: Owner, key: Key, make: () => Value): Value {
    let byKey = this.#made.get(owner);
    if (!byKey) this.#made.set(owner, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key)!;
    const value = make();
    byKey.set(key, value);
    return value;
  }
}

/**
 * The one place a context keeps its state: a value replaced on every update, and listeners told
 * of each new value. The content script keeps what the page knows in one, the sidebar its own
 * view in another.
 */
export interface StateStore<T extends object> {
  get(): T;
  update(change: Partial<T>): void;
  subscribe(listener: (state: T) => void): () => void;
}

export function createStateStore<T extends object>(initial: T): StateStore<T> {
  let state = initial;
  const listeners = new Set<(state: T) => void>();
  return {
    get: () => state,
    update(change) {
      state = { ...state, ...change };
      listeners.forEach((listener) => listener(state));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

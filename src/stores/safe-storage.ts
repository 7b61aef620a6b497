// Storage that never throws: browsers refuse writes when full (QuotaExceededError), in some
// private modes, or when the user disabled storage, and even reading `localStorage` can throw.

/** The subset of the Web Storage API the stores use; tests pass an in-memory one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What happened on the last write. */
export type WriteStatus = 'saved' | 'not-saved';

/** The browser's localStorage, or undefined where touching it throws. */
export function browserStorage(): KeyValueStorage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** A storage whose methods catch every error and report write failures through `onWrite`. */
export function createSafeStorage(
	get: () => KeyValueStorage | undefined,
	onWrite: (status: WriteStatus, error?: unknown) => void,
): KeyValueStorage {
	return {
		getItem(name) {
			try {
				return get()?.getItem(name) ?? null;
			} catch {
				return null;
			}
		},
		setItem(name, value) {
			const storage = get();
			if (!storage) return onWrite('not-saved');
			try {
				storage.setItem(name, value);
				onWrite('saved');
			} catch (error) {
				onWrite('not-saved', error);
			}
		},
		removeItem(name) {
			try {
				get()?.removeItem(name);
			} catch {
				// Best effort: a stale key does no harm, the schema check guards every read.
			}
		},
	};
}

/**
 * Moves an unreadable value to `<key>.corrupt-<n>` (the first free n) and removes the original,
 * so the learner's data is kept for a bug report but no longer breaks the page. Returns the backup key.
 */
export function setAside(storage: KeyValueStorage, key: string, raw: string): string | null {
	try {
		let n = 1;
		while (storage.getItem(`${key}.corrupt-${n}`) !== null && n < 50) n += 1;
		const backup = `${key}.corrupt-${n}`;
		storage.setItem(backup, raw);
		storage.removeItem(key);
		return backup;
	} catch {
		try {
			storage.removeItem(key);
		} catch {
			// Nothing more can be done; the notice still tells the learner.
		}
		return null;
	}
}

/** An in-memory storage with an optional byte quota, for tests and as a last-resort fallback. */
export function createMemoryStorage(
	quotaChars = Infinity,
): KeyValueStorage & { dump(): Record<string, string> } {
	const data = new Map<string, string>();
	const size = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
	return {
		getItem: (k) => data.get(k) ?? null,
		setItem(k, v) {
			const before = data.get(k);
			data.set(k, String(v));
			if (size() > quotaChars) {
				if (before === undefined) data.delete(k);
				else data.set(k, before);
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		},
		removeItem: (k) => void data.delete(k),
		dump: () => Object.fromEntries(data),
	};
}

import { useEffect } from 'react';
import { progressStorageKey, useLessonProgress } from '../../stores/lesson-progress';

/** Reads saved progress after the first render (so server and client HTML match) and follows other tabs. */
export function useRehydratedProgress(): void {
	useEffect(() => {
		void useLessonProgress.persist.rehydrate();
		const onStorage = (event: StorageEvent) => {
			if (event.key === progressStorageKey) void useLessonProgress.persist.rehydrate();
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}, []);
}

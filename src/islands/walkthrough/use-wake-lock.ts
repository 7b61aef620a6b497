// Keeps the screen awake while a walkthrough is shown, so a projector or laptop does not dim
// mid-talk. The lock is dropped by the browser when the page is hidden, so it is asked for again
// each time the page becomes visible. Unsupported or refused: the screen simply may sleep.
import { useEffect } from 'react';

interface WakeLockSentinelLike {
	release(): Promise<void>;
}
interface WakeLockLike {
	request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

/** Holds a screen wake lock while the page is visible. */
export function useWakeLock(): void {
	useEffect(() => {
		const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
		if (!wakeLock) return;
		let sentinel: WakeLockSentinelLike | undefined;
		let stopped = false;
		const acquire = () => {
			if (document.visibilityState !== 'visible') return;
			wakeLock.request('screen').then(
				(s) => {
					if (stopped) void s.release().catch(() => {});
					else sentinel = s;
				},
				() => {},
			);
		};
		acquire();
		document.addEventListener('visibilitychange', acquire);
		return () => {
			stopped = true;
			document.removeEventListener('visibilitychange', acquire);
			void sentinel?.release().catch(() => {});
		};
	}, []);
}

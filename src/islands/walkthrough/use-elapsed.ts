// The presenter's clock: started when presenting begins, kept in sessionStorage so a reload of
// the presenter window does not reset it. Elapsed time is wall clock minus the start, never a
// count of timer ticks (background tabs throttle timers).
import { useCallback, useEffect, useState } from 'react';
import { formatElapsed } from '../../engine/walkthrough/clock';

function readStart(key: string): number | undefined {
	try {
		const stored = Number(sessionStorage.getItem(key));
		return Number.isFinite(stored) && stored > 0 && stored <= Date.now() ? stored : undefined;
	} catch {
		return undefined;
	}
}

function writeStart(key: string, at: number): void {
	try {
		sessionStorage.setItem(key, String(at));
	} catch {
		// Storage refused (private mode): the clock still runs, it just restarts on reload.
	}
}

/** Elapsed time as text ("12:34") and a restart; '0:00' until the page has hydrated. */
export function useElapsed(slug: string): { text: string; ms: number; restart: () => void } {
	const key = `endpoint-lab:walkthrough:${slug}:started`;
	const [start, setStart] = useState<number | undefined>(undefined);
	const [now, setNow] = useState(0);
	useEffect(() => {
		const at = readStart(key) ?? Date.now();
		writeStart(key, at);
		setStart(at);
		setNow(Date.now());
		const timer = window.setInterval(() => setNow(Date.now()), 1000);
		return () => window.clearInterval(timer);
	}, [key]);
	const restart = useCallback(() => {
		const at = Date.now();
		writeStart(key, at);
		setStart(at);
		setNow(at);
	}, [key]);
	const ms = start === undefined ? 0 : now - start;
	return { text: formatElapsed(ms), ms, restart };
}

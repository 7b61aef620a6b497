// Full screen for the walkthrough's root element (Fullscreen API), and whether it is on.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Whether `target` is full screen, a toggle, and whether Esc just left full screen. */
export function useFullscreen(target: RefObject<HTMLElement | null>) {
	const [active, setActive] = useState(false);
	// Never left yet: -Infinity, not 0, or an Esc in the first 600 ms after a load would be ignored.
	const leftAt = useRef(Number.NEGATIVE_INFINITY);
	// Full screen as of the last fullscreenchange event; the browser clears fullscreenElement before
	// that event fires, so an Esc handled in between sees full screen already gone.
	const wasOn = useRef(false);
	useEffect(() => {
		const onChange = () => {
			const on = document.fullscreenElement !== null;
			wasOn.current = on;
			if (!on) leftAt.current = performance.now();
			setActive(on);
		};
		document.addEventListener('fullscreenchange', onChange);
		return () => document.removeEventListener('fullscreenchange', onChange);
	}, []);
	const toggle = useCallback(() => {
		if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
		// Refused (no user gesture, or an iframe without permission): the page simply stays as is.
		else void target.current?.requestFullscreen?.().catch(() => {});
	}, [target]);
	/** True for a moment after full screen ended, so the Esc that ended it does not also leave. */
	const justLeft = useCallback(
		() =>
			(wasOn.current && document.fullscreenElement === null) ||
			performance.now() - leftAt.current < 600,
		[],
	);
	return { active, toggle, justLeft };
}

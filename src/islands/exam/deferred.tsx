// A component whose code is its own chunk, fetched on first use (or earlier with `preload`). Plain
// state instead of React.lazy + Suspense: Suspense reveals content on a timer, and a tab whose
// timers are frozen (hidden at the exam deadline) would keep showing the fallback.
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component loaded on demand, with `preload()` to fetch its chunk ahead of time. */
export type Deferred<P> = ((props: P) => ReactNode) & { preload(): Promise<ComponentType<P>> };

/** Wraps `load` (a dynamic import); renders `fallback` until the chunk has arrived. */
export function deferred<P extends object>(
	load: () => Promise<ComponentType<P>>,
	fallback: ReactNode,
): Deferred<P> {
	let loaded: ComponentType<P> | undefined;
	let loading: Promise<ComponentType<P>> | undefined;
	const preload = () =>
		(loading ??= load().then((component) => {
			loaded = component;
			return component;
		}));
	function DeferredComponent(props: P) {
		const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
		useEffect(() => {
			if (!Component) void preload().then((component) => setComponent(() => component));
		}, [Component]);
		return Component ? <Component {...props} /> : fallback;
	}
	return Object.assign(DeferredComponent, { preload });
}

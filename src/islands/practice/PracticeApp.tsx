// The practice island: loads the question bank, shows the setup form, and reads a shared `?seed=`,
// `?q=` or `?lesson=` link. The session itself (engine, generator, question views) is a separate
// chunk, fetched when a session starts, so the page's first load stays light.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Question } from '../../schemas/question';
import { usePracticeSettings } from '../../stores/practice-settings';
import { Setup } from './Setup';
import { readLink } from './link';

type SessionModule = typeof import('./PracticeSession');

let sessionModule: Promise<SessionModule> | undefined;
/** The session chunk, fetched once. */
const loadSession = () => (sessionModule ??= import('./PracticeSession'));
const PracticeSession = lazy(loadSession);

/** The practice page's island. */
export default function PracticeApp({ bankUrl }: { bankUrl: string }) {
	const [loading, setLoading] = useState(true);
	const [loadError, setLoadError] = useState<string | null>(null);
	const [session, setSession] = useState(false);
	// Only decides focus, never markup, so reading the URL here cannot break hydration.
	const [fromLink, setFromLink] = useState(() => {
		if (typeof window === 'undefined') return false;
		const link = readLink(window.location.search);
		return link.seed !== undefined || link.questionId !== undefined || link.lesson !== undefined;
	});

	useEffect(() => {
		const link = readLink(window.location.search);
		const opened = (run: (m: SessionModule) => void) =>
			void loadSession().then((m) => {
				run(m);
				setSession(true);
			});
		if (link.seed !== undefined) {
			const seed = link.seed;
			opened((m) => m.usePractice.getState().startFromSeed(seed, link.options));
		}
		fetch(bankUrl)
			.then((r) =>
				r.ok ? (r.json() as Promise<Question[]>) : Promise.reject(new Error(`HTTP ${r.status}`)),
			)
			.then((bank) => {
				usePracticeSettings.getState().setBank(bank);
				if (link.questionId && bank.some((q) => q.id === link.questionId)) {
					const id = link.questionId;
					opened((m) => {
						m.usePractice.getState().setBank(bank);
						m.usePractice.getState().startWith([{ from: 'authored', id }]);
					});
				} else if (link.lesson) {
					const lesson = link.lesson;
					opened((m) => {
						const store = m.usePractice.getState();
						store.setBank(bank);
						store.startLesson(lesson, newSeed());
						usePracticeSettings.getState().setNotice(m.usePractice.getState().notice);
					});
				} else if (sessionModule) {
					void sessionModule.then((m) => m.usePractice.getState().setBank(bank));
				}
			})
			.catch((error: Error) =>
				setLoadError(
					`The question bank did not load (${error.message}). Generated scenarios still work.`,
				),
			)
			.finally(() => setLoading(false));
	}, [bankUrl]);

	/** Starts a session from the form's choices once the session chunk is here. */
	const start = () =>
		void loadSession().then((m) => {
			const { settings, bank, setNotice } = usePracticeSettings.getState();
			const store = m.usePractice.getState();
			store.setBank(bank);
			store.setSettings(settings);
			store.start(newSeed());
			setNotice(m.usePractice.getState().notice);
			setSession(true);
		});

	const setup = <Setup loading={loading} onStart={start} />;
	return (
		<div className="practice">
			{loadError && <p className="notice">{loadError}</p>}
			{session ? (
				<Suspense fallback={setup}>
					<PracticeSession
						focusFirst={!fromLink}
						setup={setup}
						onAgain={() => setFromLink(false)}
					/>
				</Suspense>
			) : (
				setup
			)}
		</div>
	);
}

// A fresh session seed; the UI may use Math.random, the engine never does.
function newSeed(): number {
	return Math.floor(Math.random() * 1_000_000);
}

// The walkthrough island, one root for both windows. The presenter window has the controls,
// the console (notes, next step, clock), the audience-window button and the Share panel; the
// audience window shows the stage and follows the presenter over a BroadcastChannel.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Console } from './Console';
import type { DeckView, WindowRole } from './deck';
import { commandFor, type KeyCommand } from './keys';
import { revealText } from './outcome';
import { SharePanel } from './SharePanel';
import { shareTarget } from './share';
import { Stage } from './Stage';
import { Toolbar } from './Toolbar';
import { useElapsed } from './use-elapsed';
import { useFullscreen } from './use-fullscreen';
import { useWakeLock } from './use-wake-lock';
import { useWalkthrough } from './use-walkthrough';

interface Props {
	deck: DeckView;
	/** Which window this is (not an ARIA role). */
	mode: WindowRole;
}

const CONSOLE_KEY = 'endpoint-lab:walkthrough:console';

function storedConsole(): boolean {
	try {
		return sessionStorage.getItem(CONSOLE_KEY) !== 'hidden';
	} catch {
		return true;
	}
}

/** Presenter or audience view of one walkthrough. */
export default function Walkthrough({ deck: view, mode: role }: Props) {
	const presenter = role === 'presenter';
	const { deck, state, dispatch, results, setStepResults, ready, otherPresenter } = useWalkthrough(
		view,
		role,
	);
	const root = useRef<HTMLDivElement>(null);
	const fullscreen = useFullscreen(root);
	const elapsed = useElapsed(view.slug);
	useWakeLock();
	// A single-screen presenter who hid the console keeps it hidden across a reload. Storage is
	// read only once hydrated (`ready`), so the server HTML and the first render agree.
	const [consoleChoice, setConsoleChoice] = useState<boolean | undefined>(undefined);
	const consoleShown = consoleChoice ?? (ready ? storedConsole() : true);
	const toggleConsole = () => {
		const shown = !consoleShown;
		setConsoleChoice(shown);
		try {
			sessionStorage.setItem(CONSOLE_KEY, shown ? 'shown' : 'hidden');
		} catch {
			// Storage refused: the choice lasts until reload.
		}
	};
	const [shareOpen, setShareOpen] = useState(false);

	const run = (c: KeyCommand) => {
		if (c === 'fullscreen') fullscreen.toggle();
		else if (c === 'escape') {
			if (shareOpen) setShareOpen(false);
			else if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
			else if (presenter && !fullscreen.justLeft()) window.location.assign('/teach/');
		} else if (c === 'blank') dispatch({ type: 'blank' });
		else dispatch({ type: c });
	};
	const onKey = useEffectEvent((event: KeyboardEvent) => {
		const c = commandFor(event);
		if (!c) return;
		event.preventDefault();
		run(c);
	});
	useEffect(() => {
		window.addEventListener('keydown', onKey);
		return () => window.removeEventListener('keydown', onKey);
	}, []);

	// A reveal below the fold (a long story on a small screen) scrolls into view.
	useEffect(() => {
		if (state.reveal > 0)
			root.current?.querySelector('.wt-stage .wt-latest')?.scrollIntoView({ block: 'nearest' });
	}, [state.step, state.reveal]);

	const step = view.steps[state.step];
	const position = `Step ${state.step + 1} of ${view.steps.length}`;
	const status = [
		`${position}: ${step?.title ?? ''}.`,
		state.blank ? 'Screen blank.' : revealText(step, state.reveal, state.overrides[state.step]),
	].join(' ');
	const openAudience = () =>
		window.open(
			`/teach/${view.slug}/audience/#step-${state.step + 1}`,
			`endpoint-lab-audience-${view.slug}`,
			'popup,width=1280,height=800',
		);
	const target =
		ready && shareOpen
			? shareTarget(window.location.origin, view, state.step, state.overrides[state.step])
			: undefined;
	const side = presenter && (consoleShown || shareOpen);

	return (
		<div
			ref={root}
			className={`wt-root wt-${role}${side ? ' wt-with-side' : ''}`}
			data-ready={ready ? 'true' : undefined}
		>
			<Toolbar
				role={role}
				position={position}
				atStart={state.step === 0 && state.reveal === 0}
				atEnd={
					state.step === deck.steps - 1 &&
					state.reveal >= (deck.reveals(state.step, state.overrides[state.step]) ?? 0)
				}
				blank={state.blank}
				fullscreen={fullscreen.active}
				consoleShown={consoleShown}
				shareOpen={shareOpen}
				onCommand={run}
				onToggleConsole={toggleConsole}
				onToggleShare={() => setShareOpen((v) => !v)}
				onOpenAudience={openAudience}
			/>
			{presenter && otherPresenter && (
				<p className="wt-warning" role="alert">
					Another presenter window of this walkthrough is open. The audience follows whichever
					window changed last: close one of them.
				</p>
			)}
			<div className="wt-body">
				<Stage
					steps={view.steps}
					state={state}
					presenter={presenter}
					results={results}
					dispatch={dispatch}
					onResults={setStepResults}
				/>
				{side && (
					<div className="wt-side">
						{shareOpen && <SharePanel target={target} />}
						{consoleShown && (
							<Console
								step={step}
								next={view.steps[state.step + 1]}
								revealsLeft={Math.max(
									0,
									(deck.reveals(state.step, state.overrides[state.step]) ?? 0) - state.reveal,
								)}
								elapsed={elapsed.text}
								blank={state.blank}
								onRestart={elapsed.restart}
							/>
						)}
					</div>
				)}
			</div>
			<p className="visually-hidden" role="status">
				{ready ? status : ''}
			</p>
		</div>
	);
}

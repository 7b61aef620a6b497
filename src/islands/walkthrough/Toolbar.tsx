// The control bar: back and next (24 px+ targets for mouse and touch), the step counter, blank,
// full screen, and in the presenter window the console, audience-window and Share toggles.
import type { WindowRole } from './deck';
import type { KeyCommand } from './keys';

interface Props {
	role: WindowRole;
	position: string;
	atStart: boolean;
	atEnd: boolean;
	blank: boolean;
	fullscreen: boolean;
	consoleShown: boolean;
	shareOpen: boolean;
	onCommand: (command: KeyCommand) => void;
	onToggleConsole: () => void;
	onToggleShare: () => void;
	onOpenAudience: () => void;
}

/** Buttons for everything the keys do, with the key named in each button's hint. */
export function Toolbar(p: Props) {
	const presenter = p.role === 'presenter';
	return (
		<div className="wt-toolbar" role="toolbar" aria-label="Presentation controls">
			<div className="wt-nav">
				<button
					type="button"
					className="wt-button"
					onClick={() => p.onCommand('back')}
					disabled={p.atStart}
					aria-keyshortcuts="ArrowLeft"
				>
					<span aria-hidden="true">← </span>Back
				</button>
				<span className="wt-counter">{p.position}</span>
				<button
					type="button"
					className="wt-button wt-primary"
					onClick={() => p.onCommand('next')}
					disabled={p.atEnd}
					aria-keyshortcuts="ArrowRight Space"
				>
					Next<span aria-hidden="true"> →</span>
				</button>
			</div>
			<div className="wt-tools">
				<button
					type="button"
					className="wt-button"
					aria-pressed={p.blank}
					onClick={() => p.onCommand('blank')}
					aria-keyshortcuts="B"
				>
					Blank <kbd>B</kbd>
				</button>
				<button
					type="button"
					className="wt-button"
					aria-pressed={p.fullscreen}
					onClick={() => p.onCommand('fullscreen')}
					aria-keyshortcuts="F"
				>
					Full screen <kbd>F</kbd>
				</button>
				{presenter && (
					<>
						<button
							type="button"
							className="wt-button"
							aria-pressed={p.consoleShown}
							onClick={p.onToggleConsole}
						>
							Notes and clock
						</button>
						<button
							type="button"
							className="wt-button"
							aria-expanded={p.shareOpen}
							onClick={p.onToggleShare}
						>
							Share
						</button>
						<button type="button" className="wt-button" onClick={p.onOpenAudience}>
							Open audience window
						</button>
						<a className="wt-button" href="/teach/" aria-keyshortcuts="Escape">
							Leave
						</a>
					</>
				)}
			</div>
		</div>
	);
}

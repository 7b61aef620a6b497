// Presenter keys: the same keys as slide tools, including the PageUp/PageDown that clickers send.
// Keys are ignored while the presenter types in a what-if input or uses a form control.

/** What a key asks for. */
export type KeyCommand = 'next' | 'back' | 'first' | 'last' | 'blank' | 'fullscreen' | 'escape';

const commands: Record<string, KeyCommand> = {
	ArrowRight: 'next',
	' ': 'next',
	PageDown: 'next',
	ArrowLeft: 'back',
	PageUp: 'back',
	Home: 'first',
	End: 'last',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
	f: 'fullscreen',
	F: 'fullscreen',
	Escape: 'escape',
};

/** Controls that use these keys themselves (typing, choosing, pressing with Space). */
function ownsKey(target: EventTarget | null, key: string): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable || target.closest('input, select, textarea')) return true;
	// Space on a focused button or link activates it; a second "next" would skip a step.
	return key === ' ' && target.closest('button, a, summary') !== null;
}

/** The command for a key press, or undefined when the page should handle it normally. */
export function commandFor(event: KeyboardEvent): KeyCommand | undefined {
	if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
	const command = commands[event.key];
	if (!command || ownsKey(event.target, event.key)) return undefined;
	return command;
}

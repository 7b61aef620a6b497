// What the lesson pages' progress scripts share: follow the saved marks (now and whenever another
// tab changes them) and show storage trouble in the notice. Plain DOM, so a lesson ships no React.
import { progressStorageKey, readMarks } from '../../stores/lesson-marks';

/** Shows `text` in the notice inside `root` (hidden again on Dismiss); null hides it. */
export function showNotice(root: ParentNode, text: string | null): void {
	const notice = root.querySelector<HTMLElement>('[data-progress-notice]');
	const slot = notice?.querySelector('[data-notice-text]');
	if (!notice || !slot) return;
	slot.textContent = text ?? '';
	notice.hidden = text === null;
	notice.querySelector<HTMLButtonElement>('[data-notice-dismiss]')?.addEventListener(
		'click',
		() => {
			notice.hidden = true;
		},
		{ once: true },
	);
}

/** Calls `render` with the saved marks now and after every change made in another tab. */
export function followMarks(render: (done: Record<string, string>, notice: string | null) => void) {
	const read = () => {
		const { done, notice } = readMarks();
		render(done, notice);
	};
	read();
	window.addEventListener('storage', (event) => {
		if (event.key === progressStorageKey) read();
	});
}

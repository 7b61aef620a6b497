// Wires every "Mark as done" button on the page to the saved marks (src/stores/lesson-marks.ts).
import { notSavedNotice, writeMarks } from '../../stores/lesson-marks';
import { followMarks, showNotice } from './progress-dom';

for (const root of document.querySelectorAll<HTMLElement>('[data-progress-toggle]')) {
	const slug = root.dataset['slug'] ?? '';
	const button = root.querySelector('button');
	const label = root.querySelector('[data-toggle-label]');
	const status = root.querySelector('[data-toggle-status]');
	if (!button || !label || !status) continue;
	let marks: Record<string, string> = {};
	const render = () => {
		const done = marks[slug] !== undefined;
		button.className = done ? 'button secondary' : 'button';
		button.setAttribute('aria-pressed', String(done));
		label.textContent = done ? 'Done' : 'Mark as done';
		status.textContent = done ? ' Marked as done. Press again to clear the mark.' : '';
	};
	followMarks((done, notice) => {
		marks = done;
		if (notice) showNotice(root, notice);
		render();
	});
	button.addEventListener('click', () => {
		const { [slug]: previous, ...rest } = marks;
		marks = previous === undefined ? { ...marks, [slug]: new Date().toISOString() } : rest;
		if (!writeMarks(marks)) showNotice(root, notSavedNotice);
		render();
	});
	button.disabled = false;
}

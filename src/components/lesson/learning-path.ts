// Puts the marks saved in this browser on the learning path: done items, the count, any notice.
import { followMarks, showNotice } from './progress-dom';

const root = document.querySelector<HTMLElement>('[data-learning-path]');
if (root)
	followMarks((done, notice) => {
		if (notice) showNotice(root, notice);
		let count = 0;
		for (const item of root.querySelectorAll<HTMLElement>('.path-item')) {
			const isDone = done[item.dataset['slug'] ?? ''] !== undefined;
			if (isDone) count += 1;
			item.classList.toggle('done', isDone);
			const mark = item.querySelector<HTMLElement>('.path-mark');
			if (mark) mark.textContent = isDone ? '✓' : (mark.dataset['order'] ?? '');
			const label = item.querySelector<HTMLElement>('.path-done');
			if (label) label.hidden = !isDone;
		}
		const counter = root.querySelector('[data-path-count]');
		if (counter) counter.textContent = `${count} of ${root.dataset['total']} lessons done`;
	});

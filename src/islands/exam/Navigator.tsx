import type { ExamState } from '../../engine/exam';

/** The grid of question buttons: answered, flagged and current at a glance. */
export function Navigator({ exam, onGo }: { exam: ExamState; onGo(index: number): void }) {
	const flags = new Set(exam.flags);
	return (
		<nav className="navigator" aria-label="Questions">
			<ol>
				{exam.itemIds.map((id, i) => {
					const answered = id in exam.answers;
					const flagged = flags.has(id);
					const label = [
						`Question ${i + 1}`,
						answered ? 'answered' : 'not answered',
						flagged && 'flagged',
					]
						.filter(Boolean)
						.join(', ');
					return (
						<li key={id}>
							<button
								type="button"
								className={['nav-cell', answered && 'answered', flagged && 'flagged']
									.filter(Boolean)
									.join(' ')}
								aria-label={label}
								aria-current={i === exam.position ? 'step' : undefined}
								onClick={() => onGo(i)}
							>
								{i + 1}
								{flagged && <span aria-hidden="true">⚑</span>}
							</button>
						</li>
					);
				})}
			</ol>
			<p className="nav-key" aria-hidden="true">
				Filled: answered · ⚑ flagged · ring: current
			</p>
		</nav>
	);
}

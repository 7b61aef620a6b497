// Steps from older saved shapes to the current one; each step is tested on a fixture of the old
// shape (test/fixtures/progress/). A newer version than this code knows is refused, not guessed.
// Direct module imports, not the engine/exam barrel: the barrel would pull the exam runner and the
// scenario generator into every page that reads progress.
import { examFormat } from '../engine/exam/format';
import { estimateScaledScore } from '../engine/exam/scaled';
import { limits } from '../engine/shipped-limits';
import { progressVersion } from '../schemas/progress';

/** Version 1 (the first release): a flat history and an optional exam date. */
interface ProgressV1 {
	history?: { id?: unknown; date?: unknown; correct?: unknown; total?: unknown; kind?: unknown }[];
	examDate?: unknown;
}

function fromV1(old: ProgressV1): unknown {
	const format = examFormat(limits);
	const attempts = (Array.isArray(old.history) ? old.history : []).map((h) => {
		const correct = Number(h.correct);
		const total = Number(h.total);
		const scaled = estimateScaledScore(total > 0 ? correct / total : 0, format);
		return {
			id: String(h.id),
			blueprint: h.kind,
			finishedAt: Date.parse(String(h.date)),
			correct,
			total,
			scaled,
			passed: scaled >= format.passingScore,
			reason: 'submitted',
			byTopic: [],
			missed: [],
			seen: [],
		};
	});
	return {
		attempts,
		review: {},
		settings: {
			examDate: typeof old.examDate === 'string' ? old.examDate : null,
			accommodation: 'standard',
		},
	};
}

/** Brings a saved state of `version` to the current version; the result is validated afterwards. */
export function migrateProgress(persisted: unknown, version: number): unknown {
	if (version > progressVersion)
		throw new Error(
			`saved progress is version ${version}, newer than this app (${progressVersion})`,
		);
	let state = persisted;
	if (version < 2) state = fromV1((state ?? {}) as ProgressV1);
	return state;
}

// The saved exam as text: the big record (the whole state) and a tiny end marker written before
// it when the exam ends, so a submit that storage refused in full still reads as finished later.
// The marker's room is reserved when the exam starts: replacing a value with one no longer needs
// no new space, so the marker fits even when storage filled up during the exam.
import { examProblems, mergeExams, type ExamState } from '../engine/exam';
import { examEndSchema, savedExamSchema } from '../schemas/progress';

/** The localStorage key of the running exam. */
export const examKey = 'endpoint-lab:exam';
/** The localStorage key of the end marker (a few dozen bytes). */
export const examEndKey = 'endpoint-lab:exam-end';

/** What a stored record holds: nothing, something unreadable, or an exam and its owner tab. */
export type ReadRecord =
	| { kind: 'none' }
	| { kind: 'bad' }
	| {
			kind: 'exam';
			exam: ExamState;
			owner: string;
			/** True when the marker finished an exam the record still has running. */
			endedByMarker: boolean;
	  };

const parseJSON = (raw: string): unknown => {
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
};

/**
 * Reads the record and the end marker: a record that fails the schema or holds impossible values
 * is bad; an unfinished record with a marker for the same exam reads as ended at the marker's time.
 */
export function readRecord(raw: string | null, rawEnd: string | null): ReadRecord {
	if (raw === null) return { kind: 'none' };
	const checked = savedExamSchema.safeParse(parseJSON(raw));
	if (!checked.success) return { kind: 'bad' };
	const saved = checked.data.exam as ExamState;
	if (examProblems(saved).length > 0) return { kind: 'bad' };
	const end = rawEnd === null ? undefined : examEndSchema.safeParse(parseJSON(rawEnd)).data;
	const ended = end && end.id === saved.id ? { ...saved, ...end } : saved;
	// A marker that would make the exam impossible (ended before it started) is ignored.
	const exam = examProblems(ended).length === 0 ? mergeExams(saved, ended) : saved;
	return { kind: 'exam', exam, owner: checked.data.owner, endedByMarker: exam !== saved };
}

/** The record's text. */
export const recordText = (exam: ExamState, owner: string): string =>
	JSON.stringify({ version: 1, owner, exam });

/** The end marker's text for a finished exam. */
export const endText = (exam: ExamState): string =>
	JSON.stringify({ id: exam.id, submittedAt: exam.submittedAt, submitReason: exam.submitReason });

/** A placeholder as long as the longest end marker of this exam (it is not a valid marker). */
export const reserveText = (exam: ExamState): string => {
	const longest = endText({ ...exam, submittedAt: 8.64e15, submitReason: 'submitted' }).length;
	return JSON.stringify({ id: exam.id, reserved: true }).padEnd(longest, ' ');
};

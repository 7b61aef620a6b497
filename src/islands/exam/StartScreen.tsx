import { useId, useState } from 'react';
import {
	presetBlueprint,
	type Accommodation,
	type Blueprint,
	type ExamFormat,
} from '../../engine/exam';
import type { QuestionKind } from '../../schemas/question';
import { kindNames } from './text';

/** What the learner chose on the start screen. */
export interface StartChoice {
	blueprint: Blueprint;
	accommodation: Accommodation;
	seed: number | null;
}

const accommodations = [
	['standard', 'Standard time'],
	['x1.5', 'Time and a half (×1.5)'],
	['x2', 'Double time (×2)'],
	['untimed', 'Untimed'],
] as const satisfies readonly (readonly [Accommodation, string])[];

/** The rules, the exam type and the time accommodation, all chosen before the clock starts. */
export function StartScreen({
	format,
	topics,
	kinds,
	initialAccommodation,
	onStart,
	error,
}: {
	format: ExamFormat;
	topics: string[];
	kinds: QuestionKind[];
	initialAccommodation: Accommodation;
	onStart(choice: StartChoice): void;
	error: string | null;
}) {
	const ids = useId();
	const [preset, setPreset] = useState<'quick' | 'full' | 'custom'>('quick');
	const [accommodation, setAccommodation] = useState<Accommodation>(initialAccommodation);
	const [count, setCount] = useState(10);
	const [chosenTopics, setTopics] = useState<string[]>([]);
	const [chosenKinds, setKinds] = useState<QuestionKind[]>([]);
	const [source, setSource] = useState<Blueprint['source']>('both');
	const [only, setOnly] = useState<Blueprint['only']>('all');
	const [timed, setTimed] = useState(true);
	const [seed, setSeed] = useState('');
	const quick = presetBlueprint('quick', format);
	const full = presetBlueprint('full', format);
	const pace = format.minutes / format.questions;
	const blueprint: Blueprint =
		preset === 'custom'
			? {
					name: 'custom',
					count,
					minutes: timed ? Math.max(1, Math.round(pace * count)) : null,
					topics: chosenTopics,
					kinds: chosenKinds,
					source,
					only,
				}
			: preset === 'quick'
				? quick
				: full;
	const toggle = <T,>(list: T[], value: T) =>
		list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

	return (
		<form
			className="exam-start"
			onSubmit={(e) => {
				e.preventDefault();
				const n = Number.parseInt(seed, 10);
				onStart({ blueprint, accommodation, seed: Number.isSafeInteger(n) && n >= 0 ? n : null });
			}}
		>
			<h2>Rules</h2>
			<ul>
				<li>
					The real exam has {format.questions} questions in {format.minutes} minutes;{' '}
					{format.questions - format.scoredQuestions} of them are unscored trial items that you
					cannot tell apart. This practice exam scores every item.
				</li>
				<li>
					Multiple response, matching and ordering items score only when fully right: no partial
					credit, no penalty for guessing. Each part of a case study scores on its own.
				</li>
				<li>
					The pass mark is {format.passingScore} on a scale of {format.minScore} to{' '}
					{format.maxScore}; your scaled score here is an estimate.
				</li>
				<li>
					The clock keeps running if you close or reload the tab, as in a test centre. Your answers
					are kept in this browser.
				</li>
			</ul>

			<fieldset>
				<legend>Exam</legend>
				<label className="choice">
					<input
						type="radio"
						name={`${ids}-preset`}
						checked={preset === 'quick'}
						onChange={() => setPreset('quick')}
					/>
					<span>
						Quick exam: {quick.count} questions in {quick.minutes} minutes
					</span>
				</label>
				<label className="choice">
					<input
						type="radio"
						name={`${ids}-preset`}
						checked={preset === 'full'}
						onChange={() => setPreset('full')}
					/>
					<span>
						Full mock: {full.count} questions in {full.minutes} minutes
					</span>
				</label>
				<label className="choice">
					<input
						type="radio"
						name={`${ids}-preset`}
						checked={preset === 'custom'}
						onChange={() => setPreset('custom')}
					/>
					<span>Custom exam</span>
				</label>
			</fieldset>

			{preset === 'custom' && (
				<div className="custom-options">
					<label className="field">
						<span>Number of questions (1 to {format.questions})</span>
						<input
							type="number"
							min={1}
							max={format.questions}
							value={count}
							onChange={(e) =>
								setCount(Math.min(format.questions, Math.max(1, Number(e.target.value) || 1)))
							}
						/>
					</label>
					<label className="choice">
						<input type="checkbox" checked={timed} onChange={() => setTimed(!timed)} />
						<span>Timed at the exam's pace ({Math.max(1, Math.round(pace * count))} minutes)</span>
					</label>
					<fieldset>
						<legend>Topics (none ticked = all)</legend>
						<div className="check-grid">
							{topics.map((t) => (
								<label key={t} className="choice">
									<input
										type="checkbox"
										checked={chosenTopics.includes(t)}
										onChange={() => setTopics(toggle(chosenTopics, t))}
									/>
									<span>{t}</span>
								</label>
							))}
						</div>
					</fieldset>
					<fieldset>
						<legend>Question kinds (none ticked = all)</legend>
						<div className="check-grid">
							{kinds.map((k) => (
								<label key={k} className="choice">
									<input
										type="checkbox"
										checked={chosenKinds.includes(k)}
										onChange={() => setKinds(toggle(chosenKinds, k))}
									/>
									<span>{kindNames[k]}</span>
								</label>
							))}
						</div>
					</fieldset>
					<label className="field">
						<span>Questions from</span>
						<select
							value={source}
							onChange={(e) => setSource(e.target.value as Blueprint['source'])}
						>
							<option value="both">Authored, topped up with generated scenarios</option>
							<option value="authored">Authored only</option>
							<option value="generated">Generated scenarios only</option>
						</select>
					</label>
					<label className="field">
						<span>Which questions</span>
						<select value={only} onChange={(e) => setOnly(e.target.value as Blueprint['only'])}>
							<option value="all">All</option>
							<option value="missed">Missed before</option>
							<option value="unseen">Not seen yet</option>
						</select>
					</label>
					<label className="field">
						<span>Seed (optional: the same seed gives the same exam)</span>
						<input
							type="text"
							inputMode="numeric"
							pattern="[0-9]*"
							value={seed}
							onChange={(e) => setSeed(e.target.value)}
						/>
					</label>
				</div>
			)}

			<fieldset>
				<legend>Time accommodation (choose before you start)</legend>
				{accommodations.map(([value, label]) => (
					<label key={value} className="choice">
						<input
							type="radio"
							name={`${ids}-time`}
							checked={accommodation === value}
							onChange={() => setAccommodation(value)}
						/>
						<span>{label}</span>
					</label>
				))}
			</fieldset>
			{error && (
				<p className="exam-error" role="alert">
					{error}
				</p>
			)}
			<button type="submit" className="button">
				Start exam
			</button>
		</form>
	);
}

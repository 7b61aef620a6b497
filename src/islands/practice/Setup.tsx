// The setup form: where questions come from, which kinds, topics and difficulty, and how many.
import type { Source } from '../../stores/practice';
import { usePracticeSettings } from '../../stores/practice-settings';
import type { QuestionKind } from '../../schemas/question';
import { difficultyLabels, kindLabels } from './labels';

const sources = {
	both: 'Both',
	authored: 'Written questions',
	generated: 'Generated scenarios',
} as const satisfies Record<Source, string>;
const counts = [5, 10, 20, 30] as const;

function toggle<T>(list: readonly T[], item: T): T[] {
	return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** The setup form; `onStart` gets the settings from the store. */
export function Setup({ loading, onStart }: { loading: boolean; onStart: () => void }) {
	// The form's own store: no quiz engine is loaded until a session starts.
	const { settings, bank, notice } = usePracticeSettings();
	const setSettings = usePracticeSettings.getState().setSettings;
	const topics = [...new Set(bank.flatMap((q) => q.topics))].sort();
	const needsBank = settings.source !== 'generated';
	return (
		<form
			className="practice-setup"
			aria-label="Practice settings"
			onSubmit={(e) => {
				e.preventDefault();
				onStart();
			}}
		>
			<fieldset>
				<legend>Questions from</legend>
				{Object.entries(sources).map(([value, label]) => (
					<label key={value} className="check">
						<input
							type="radio"
							name="source"
							value={value}
							checked={settings.source === value}
							onChange={() => setSettings({ source: value as Source })}
						/>
						{label}
					</label>
				))}
			</fieldset>
			<fieldset>
				<legend>Kinds</legend>
				<p className="hint">None ticked means every kind.</p>
				{Object.entries(kindLabels).map(([kind, label]) => (
					<label key={kind} className="check">
						<input
							type="checkbox"
							checked={settings.kinds.includes(kind as QuestionKind)}
							onChange={() => setSettings({ kinds: toggle(settings.kinds, kind as QuestionKind) })}
						/>
						{label}
					</label>
				))}
			</fieldset>
			<fieldset>
				<legend>Difficulty</legend>
				{([1, 2, 3] as const).map((d) => (
					<label key={d} className="check">
						<input
							type="checkbox"
							checked={settings.difficulty.includes(d)}
							onChange={() => setSettings({ difficulty: toggle(settings.difficulty, d) })}
						/>
						{difficultyLabels[d]}
					</label>
				))}
			</fieldset>
			<fieldset>
				<legend>Topics</legend>
				<p className="hint">
					{loading ? 'Loading the question bank…' : 'None ticked means every topic.'}
				</p>
				<div className="topic-grid">
					{topics.map((t) => (
						<label key={t} className="check">
							<input
								type="checkbox"
								checked={settings.topics.includes(t)}
								onChange={() => setSettings({ topics: toggle(settings.topics, t) })}
							/>
							{t.replaceAll('-', ' ')}
						</label>
					))}
				</div>
			</fieldset>
			<div className="field">
				<label htmlFor="practice-count">How many questions</label>
				<select
					id="practice-count"
					value={settings.count}
					onChange={(e) => setSettings({ count: Number(e.target.value) })}
				>
					{counts.map((n) => (
						<option key={n} value={n}>
							{n}
						</option>
					))}
				</select>
			</div>
			{notice && (
				<p className="notice" role="alert">
					{notice}
				</p>
			)}
			<button type="submit" className="button" disabled={needsBank && loading}>
				Start practice
			</button>
		</form>
	);
}

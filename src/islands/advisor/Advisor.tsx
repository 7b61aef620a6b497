// The advisor island: a workload form whose answer comes from the engine's recommend(), and the
// hosting form below it. State lives in the URL so a link reproduces what the reader saw.
import { useMemo, useState } from 'react';
import { InvalidInputError, recommend, type Elimination } from './engine';
import { HostingAdvisor } from './HostingAdvisor';
import { readableMessage, useQueryString, writeQuery } from './query';
import {
	emptyWorkloadForm,
	fieldForEngine,
	formToWorkload,
	presets,
	workloadFromQuery,
	workloadToQuery,
	type WorkloadField,
	type WorkloadForm as Form,
} from './workload-form';
import { WorkloadForm } from './WorkloadForm';
import { announce, WorkloadResult, type Outcome } from './WorkloadResult';

/** How each field is named in an error message. */
const fieldLabels: Record<WorkloadField, string> = {
	payload: 'Largest request',
	time: 'Processing time',
	caller: 'How the caller gets the answer',
	traffic: 'Traffic',
	latencyMs: 'Latency target',
	memoryGB: 'Memory',
};

const workloadKeys = [
	'payload',
	'payloadUnit',
	'time',
	'timeUnit',
	'caller',
	'traffic',
	'latencyMs',
	'memoryGB',
	'gpu',
	'vpc',
	'dataCapture',
] as const;

/** The outcome of a form, with the field to blame when the input is invalid. */
function evaluate(form: Form): { outcome: Outcome; field?: WorkloadField } {
	const parsed = formToWorkload(form);
	if ('field' in parsed) {
		const message = `${fieldLabels[parsed.field]}: ${parsed.message}`;
		return { outcome: { kind: 'invalid', message }, field: parsed.field };
	}
	try {
		return { outcome: { kind: 'recommended', recommendation: recommend(parsed.workload) } };
	} catch (error) {
		if (error instanceof InvalidInputError) {
			const field = fieldForEngine[error.field] ?? 'payload';
			const message = `${fieldLabels[field]}: ${readableMessage(error)}`;
			return { outcome: { kind: 'invalid', message }, field };
		}
		if (error instanceof Error && error.name === 'NoFeasibleOptionError') {
			const { eliminated } = error as Error & { eliminated: Elimination[] };
			return { outcome: { kind: 'none-fits', eliminated } };
		}
		throw error;
	}
}

/** Focuses the control that holds an error (the checked radio for a radio group). */
function focusField(field: WorkloadField, form: Form): void {
	const id = field === 'caller' || field === 'traffic' ? `${field}-${form[field]}` : field;
	document.getElementById(id)?.focus();
}

/** On a phone the answer sits below the form: bring it into view so the tap visibly did something. */
function revealAnswer(): void {
	const heading = document.getElementById('answer-title');
	if (heading && heading.getBoundingClientRect().top > window.innerHeight * 0.75)
		heading.scrollIntoView({ block: 'start' });
}

/** The advisor page's island. */
export default function Advisor() {
	const search = useQueryString();
	// The submitted form lives in the URL; its answer is derived from it on every render.
	const submitted = useMemo(() => workloadFromQuery(new URLSearchParams(search)), [search]);
	const { outcome, field: errorField } = useMemo(
		() => (submitted ? evaluate(submitted) : { outcome: { kind: 'idle' } as Outcome }),
		[submitted],
	);
	// What the reader is typing; null means "the submitted form, unchanged".
	const [draft, setDraft] = useState<Form | null>(null);
	const form = draft ?? submitted ?? emptyWorkloadForm;

	const run = (next: Form, { focus }: { focus: boolean }) => {
		writeQuery(workloadKeys, workloadToQuery(next));
		setDraft(null);
		const { field } = evaluate(next);
		// Wait for the error to render, so focusing the field also reads its message.
		if (focus && field) requestAnimationFrame(() => focusField(field, next));
		else requestAnimationFrame(revealAnswer);
	};

	const errors: Partial<Record<WorkloadField, string>> =
		errorField && outcome.kind === 'invalid' ? { [errorField]: outcome.message } : {};

	return (
		<div className="advisor">
			<section aria-labelledby="presets-title" className="presets">
				<h2 id="presets-title">Start from an example</h2>
				<ul>
					{presets.map((preset) => (
						<li key={preset.name}>
							<button
								type="button"
								className="button secondary"
								onClick={() => run(preset.form, { focus: false })}
							>
								{preset.name}
							</button>
						</li>
					))}
				</ul>
			</section>
			<div className="advisor-grid">
				<WorkloadForm
					form={form}
					errors={errors}
					onChange={(patch) => setDraft({ ...form, ...patch })}
					onSubmit={() => run(form, { focus: true })}
				/>
				<section className="advisor-output" aria-labelledby="answer-title">
					<h2 id="answer-title">Answer</h2>
					<p role="status" className="status">
						{announce(outcome)}
					</p>
					{outcome.kind === 'idle' && (
						<p className="placeholder">
							Fill in the form or pick an example. The answer lists the best option, what else fits,
							and every option a SageMaker limit rules out, with a link to that limit.
						</p>
					)}
					<WorkloadResult outcome={outcome} />
				</section>
			</div>
			<section aria-labelledby="hosting-title" className="hosting">
				<h2 id="hosting-title">Hosting several models</h2>
				<p>
					Once you know the option, decide how to host the models: one endpoint each, a shared
					container, several containers, a pipeline, or inference components.
				</p>
				<HostingAdvisor />
			</section>
		</div>
	);
}

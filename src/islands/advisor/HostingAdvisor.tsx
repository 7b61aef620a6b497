// The second, smaller form: how to host several models (single, multi-model, pipeline, ...).
import { useMemo, useState, type SubmitEvent } from 'react';
import {
	InvalidInputError,
	patternNames,
	recommendHosting,
	type HostingElimination,
	type HostingRecommendation,
} from './engine';
import { Checkbox, NumberField } from './Fields';
import { LimitLink } from './LimitLink';
import {
	emptyHostingForm,
	formToNeeds,
	hostingFromQuery,
	hostingKeys,
	hostingToQuery,
	type HostingForm,
} from './hosting-form';
import { readableMessage, useQueryString, writeQuery } from './query';

type HostingOutcome =
	| { kind: 'idle' }
	| { kind: 'invalid'; message: string }
	| { kind: 'recommended'; recommendation: HostingRecommendation }
	| { kind: 'none-fits'; eliminated: HostingElimination[] };

/** Works out the outcome for a form; engine errors become messages, anything else is a bug. */
function evaluate(form: HostingForm): HostingOutcome {
	const parsed = formToNeeds(form);
	if ('message' in parsed)
		return { kind: 'invalid', message: `Number of models: ${parsed.message}` };
	try {
		return { kind: 'recommended', recommendation: recommendHosting(parsed.needs) };
	} catch (error) {
		if (error instanceof InvalidInputError)
			return { kind: 'invalid', message: `Number of models: ${readableMessage(error)}` };
		if (error instanceof Error && error.name === 'NoFeasibleHostingError')
			return {
				kind: 'none-fits',
				eliminated: (error as Error & { eliminated: HostingElimination[] }).eliminated,
			};
		throw error;
	}
}

function Eliminations({ eliminated }: { eliminated: readonly HostingElimination[] }) {
	return (
		<ul className="ruled-out">
			{eliminated.map((e) => (
				<li key={e.pattern}>
					<strong>{patternNames[e.pattern]}</strong>: {e.reason}{' '}
					{e.factId && <LimitLink factId={e.factId} />}
				</li>
			))}
		</ul>
	);
}

/** The hosting form and its answer. */
export function HostingAdvisor() {
	const search = useQueryString();
	const submitted = useMemo(() => hostingFromQuery(new URLSearchParams(search)), [search]);
	const outcome = useMemo<HostingOutcome>(
		() => (submitted ? evaluate(submitted) : { kind: 'idle' }),
		[submitted],
	);
	const [draft, setDraft] = useState<HostingForm | null>(null);
	const form = draft ?? submitted ?? emptyHostingForm;

	const submit = (event: SubmitEvent) => {
		event.preventDefault();
		writeQuery(hostingKeys, hostingToQuery(form));
		setDraft(null);
		if (evaluate(form).kind === 'invalid')
			requestAnimationFrame(() => document.getElementById('models')?.focus());
		else
			requestAnimationFrame(() => {
				// On a phone the answer sits below the form: bring it into view.
				const answer = document.getElementById('hosting-answer');
				if (answer && answer.getBoundingClientRect().top > window.innerHeight * 0.75)
					answer.scrollIntoView({ block: 'start' });
			});
	};
	const patch = (p: Partial<HostingForm>) => setDraft({ ...form, ...p });

	return (
		<div className="advisor-grid">
			<form
				className="advisor-form"
				onSubmit={submit}
				noValidate
				aria-labelledby="hosting-form-title"
			>
				<h3 id="hosting-form-title">Your models</h3>
				<NumberField
					id="models"
					label="Number of models"
					value={form.models}
					onChange={(models) => patch({ models })}
					error={outcome.kind === 'invalid' ? outcome.message : undefined}
					unit={<span className="unit">models</span>}
				/>
				<fieldset className="field checks">
					<legend>How they run</legend>
					<Checkbox
						id="sameFramework"
						label="All use the same framework (one container image can serve them all)"
						checked={form.sameFramework}
						onChange={(sameFramework) => patch({ sameFramework })}
					/>
					<Checkbox
						id="chained"
						label="Each request passes through them in order (for example preprocess, predict, postprocess)"
						checked={form.chained}
						onChange={(chained) => patch({ chained })}
					/>
					<Checkbox
						id="perModelScaling"
						label="Each model needs its own resources and scaling"
						checked={form.perModelScaling}
						onChange={(perModelScaling) => patch({ perModelScaling })}
					/>
				</fieldset>
				<button type="submit" className="button">
					Show hosting pattern
				</button>
			</form>
			<div className="advisor-output" id="hosting-answer">
				<p role="status" className="status">
					{outcome.kind === 'recommended'
						? `Hosting pattern: ${patternNames[outcome.recommendation.best]}.`
						: outcome.kind === 'none-fits'
							? 'No hosting pattern fits these needs.'
							: outcome.kind === 'invalid'
								? `Check the form: ${outcome.message}`
								: ''}
				</p>
				{outcome.kind === 'recommended' && (
					<div className="result">
						<section className="verdict best" aria-labelledby="hosting-best-title">
							<p className="eyebrow">Recommended</p>
							<h4 id="hosting-best-title">{patternNames[outcome.recommendation.best]}</h4>
							<ul>
								{outcome.recommendation.reasons.map((r) => (
									<li key={r}>{r}</li>
								))}
							</ul>
						</section>
						<h4>Other patterns</h4>
						<Eliminations eliminated={outcome.recommendation.eliminated} />
					</div>
				)}
				{outcome.kind === 'none-fits' && (
					<div className="result">
						<div className="verdict none">
							<h4>No pattern fits</h4>
						</div>
						<Eliminations eliminated={outcome.eliminated} />
					</div>
				)}
			</div>
		</div>
	);
}

// Labelled form controls that show an error beside themselves (aria-invalid + aria-describedby).
import type { ReactNode } from 'react';

/** The id of a field's error message, so the control can point at it. */
export const errorId = (id: string) => `${id}-error`;

/** A field's error text, announced with the field; renders nothing when there is no error. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
	if (!error) return null;
	return (
		<p className="field-error" id={errorId(id)}>
			<span aria-hidden="true">⚠ </span>
			{error}
		</p>
	);
}

/** The aria attributes that tie a control to its hint and error. */
export function describedBy(id: string, error: string | undefined, hintId?: string) {
	const ids = [hintId, error ? errorId(id) : undefined].filter(Boolean).join(' ');
	return {
		'aria-invalid': error ? true : undefined,
		'aria-describedby': ids === '' ? undefined : ids,
	} as const;
}

interface NumberFieldProps {
	id: string;
	label: string;
	value: string;
	onChange: (value: string) => void;
	error: string | undefined;
	hint?: string;
	/** A unit picker (or unit text) shown after the box. */
	unit: ReactNode;
	optional?: boolean;
}

/** A number box with its unit; kept as text so the reader's typing is never rewritten. */
export function NumberField({
	id,
	label,
	value,
	onChange,
	error,
	hint,
	unit,
	optional,
}: NumberFieldProps) {
	const hintId = hint ? `${id}-hint` : undefined;
	return (
		<div className="field">
			<label htmlFor={id}>
				{label}
				{optional && <span className="optional"> (optional)</span>}
			</label>
			{hint && (
				<p className="hint" id={hintId}>
					{hint}
				</p>
			)}
			<div className="with-unit">
				<input
					id={id}
					name={id}
					type="text"
					inputMode="decimal"
					autoComplete="off"
					value={value}
					onChange={(e) => onChange(e.target.value)}
					{...describedBy(id, error, hintId)}
				/>
				{unit}
			</div>
			<FieldError id={id} error={error} />
		</div>
	);
}

interface RadioGroupProps<T extends string> {
	id: string;
	legend: string;
	value: T;
	options: readonly { value: T; label: string; hint: string }[];
	onChange: (value: T) => void;
	error: string | undefined;
}

/** A fieldset of radio buttons, each with a one-line explanation. */
export function RadioGroup<T extends string>({
	id,
	legend,
	value,
	options,
	onChange,
	error,
}: RadioGroupProps<T>) {
	return (
		<fieldset className="field radios" id={id}>
			<legend>{legend}</legend>
			{options.map((option) => {
				const optionId = `${id}-${option.value}`;
				// A fieldset may not carry aria-invalid, so each radio does, pointing at the error.
				return (
					<div className="radio" key={option.value}>
						<input
							type="radio"
							id={optionId}
							name={id}
							value={option.value}
							checked={value === option.value}
							onChange={() => onChange(option.value)}
							{...describedBy(id, error, `${optionId}-hint`)}
						/>
						<label htmlFor={optionId}>
							<span className="radio-label">{option.label}</span>
							<span className="hint" id={`${optionId}-hint`}>
								{option.hint}
							</span>
						</label>
					</div>
				);
			})}
			<FieldError id={id} error={error} />
		</fieldset>
	);
}

interface CheckboxProps {
	id: string;
	label: string;
	checked: boolean;
	onChange: (checked: boolean) => void;
}

/** A checkbox with its label as the click target. */
export function Checkbox({ id, label, checked, onChange }: CheckboxProps) {
	return (
		<div className="checkbox">
			<input
				type="checkbox"
				id={id}
				checked={checked}
				onChange={(e) => onChange(e.target.checked)}
			/>
			<label htmlFor={id}>{label}</label>
		</div>
	);
}

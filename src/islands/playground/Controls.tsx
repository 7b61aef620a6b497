// Small labelled controls; each shows its error beside itself (aria-invalid + aria-describedby).
import type { ReactNode } from 'react';

/** A control's error, announced with it; nothing when there is no error. */
export function ErrorText({ id, error }: { id: string; error: string | undefined }) {
	if (!error) return null;
	return (
		<p className="pg-error" id={`${id}-error`}>
			<span aria-hidden="true">⚠ </span>
			{error}
		</p>
	);
}

function aria(id: string, error: string | undefined, hint: string | undefined) {
	const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
	return {
		'aria-invalid': error ? true : undefined,
		'aria-describedby': ids || undefined,
	} as const;
}

interface BoxProps {
	id: string;
	label: string;
	value: string;
	onChange: (value: string) => void;
	error: string | undefined;
	unit?: string;
	hint?: string | undefined;
	placeholder?: string;
}

/** A number typed as text, so the learner's typing is never rewritten. */
export function NumberBox({
	id,
	label,
	value,
	onChange,
	error,
	unit,
	hint,
	placeholder,
}: BoxProps) {
	return (
		<div className="pg-field">
			<label htmlFor={id}>{label}</label>
			{hint && (
				<p className="pg-hint" id={`${id}-hint`}>
					{hint}
				</p>
			)}
			<div className="pg-with-unit">
				<input
					id={id}
					type="text"
					inputMode="decimal"
					autoComplete="off"
					value={value}
					placeholder={placeholder}
					onChange={(e) => onChange(e.target.value)}
					{...aria(id, error, hint)}
				/>
				{unit && <span className="pg-unit">{unit}</span>}
			</div>
			<ErrorText id={id} error={error} />
		</div>
	);
}

interface SelectProps<T extends string> {
	id: string;
	label: string;
	value: T;
	options: readonly { value: T; label: string }[];
	onChange: (value: T) => void;
	error?: string | undefined;
	hint?: ReactNode;
}

/** A labelled drop-down. */
export function SelectBox<T extends string>({
	id,
	label,
	value,
	options,
	onChange,
	error,
	hint,
}: SelectProps<T>) {
	return (
		<div className="pg-field">
			<label htmlFor={id}>{label}</label>
			<select
				id={id}
				value={value}
				onChange={(e) => onChange(e.target.value as T)}
				{...aria(id, error, hint ? 'yes' : undefined)}
			>
				{options.map((o) => (
					<option key={o.value} value={o.value}>
						{o.label}
					</option>
				))}
			</select>
			{hint && (
				<p className="pg-hint" id={`${id}-hint`}>
					{hint}
				</p>
			)}
			<ErrorText id={id} error={error} />
		</div>
	);
}

/** A yes/no checkbox stored as 'yes' or 'no'. */
export function Toggle({ id, label, value, onChange, error }: Omit<BoxProps, 'unit' | 'hint'>) {
	return (
		<div className="pg-field pg-toggle">
			<input
				id={id}
				type="checkbox"
				checked={value === 'yes'}
				onChange={(e) => onChange(e.target.checked ? 'yes' : 'no')}
				{...aria(id, error, undefined)}
			/>
			<label htmlFor={id}>{label}</label>
			<ErrorText id={id} error={error} />
		</div>
	);
}

// One endpoint configuration: the option, its instance type and price, and its own settings.
import { optionNames } from '../../engine/advisor/recommend';
import type { InferenceOption } from '../../engine/advisor/types';
import { lookupFact } from '../../engine/limits/model';
import { limits } from '../../engine/shipped-limits';
import { instancePriceId, instanceTypes } from '../../engine/simulator/prices';
import { usePlayground } from '../../stores/playground';
import { NumberBox, SelectBox, Toggle } from './Controls';
import { optionFields, usesInstances } from './fields';
import { priceKeys, type ConfigForm } from './form';

/** Letters that name the configurations in headings and tables. */
export const configLetter = (i: number) => String.fromCharCode(65 + i);

const priceFact = {
	instanceUsdPerHour: (c: ConfigForm) => instancePriceId(c.instanceType),
	serverlessUsdPerGBSecond: () => 'price.serverless.usdPerGBSecond',
	provisionedUsdPerGBSecond: () => 'price.serverless.provisionedUsdPerGBSecond',
} as const;
const priceUnit = {
	instanceUsdPerHour: 'USD/hour',
	serverlessUsdPerGBSecond: 'USD/GB-s',
	provisionedUsdPerGBSecond: 'USD/GB-s',
} as const;

/** Settings hidden until their switch is on. */
const dependsOn: Record<string, string> = {
	minInstances: 'autoscale',
	maxInstances: 'autoscale',
	target: 'autoscale',
};

const optionList = (Object.keys(optionNames) as InferenceOption[]).map((value) => ({
	value,
	label: optionNames[value],
}));
const typeList = instanceTypes(limits).map((value) => ({ value, label: value }));

/** The form of configuration `index`. */
export function ConfigPanel({ index }: { index: number }) {
	const c = usePlayground((s) => s.form.configs[index]) as ConfigForm;
	const count = usePlayground((s) => s.form.configs.length);
	const errors = usePlayground((s) => s.errors);
	const { setOption, setConfig, setConfigValue, removeConfig } = usePlayground.getState();
	const id = (key: string) => `config-${index}-${key}`;
	const letter = configLetter(index);
	return (
		<fieldset className="pg-panel pg-config">
			<legend>
				Configuration {letter}: {optionNames[c.option]}
			</legend>
			<SelectBox
				id={id('option')}
				label="Inference option"
				value={c.option}
				options={optionList}
				error={errors[id('option')]}
				onChange={(o: InferenceOption) => setOption(index, o)}
			/>
			{usesInstances[c.option] && (
				<SelectBox
					id={id('instanceType')}
					label="Instance type"
					value={c.instanceType}
					options={typeList}
					error={errors[id('instanceType')]}
					onChange={(instanceType) => setConfig(index, { instanceType })}
				/>
			)}
			{optionFields[c.option].map((f) => {
				const gate = c.option === 'real-time' ? dependsOn[f.key] : undefined;
				if (gate && c.values[gate] !== 'yes') return null;
				const props = {
					id: id(f.key),
					label: f.label,
					value: c.values[f.key] ?? '',
					error: errors[id(f.key)],
					onChange: (v: string) => setConfigValue(index, f.key, v),
				};
				return 'toggle' in f ? (
					<Toggle key={f.key} {...props} />
				) : (
					<NumberBox key={f.key} {...props} unit={f.unit} hint={'hint' in f ? f.hint : undefined} />
				);
			})}
			{priceKeys[c.option].map((key) => {
				const fact = lookupFact(limits, priceFact[key](c));
				const estimate =
					typeof fact.value === 'number'
						? `$${fact.value} (${fact.status}${fact.asOf ? `, as of ${fact.asOf}` : ''})`
						: 'no published figure: type one to include it';
				return (
					<NumberBox
						key={key}
						id={id(key)}
						label={`${fact.label}: your price`}
						unit={priceUnit[key]}
						hint={`Leave blank to use ${estimate}.`}
						placeholder={typeof fact.value === 'number' ? String(fact.value) : ''}
						value={c.values[key] ?? ''}
						error={errors[id(key)]}
						onChange={(v) => setConfigValue(index, key, v)}
					/>
				);
			})}
			{count > 1 && (
				<button type="button" className="button secondary" onClick={() => removeConfig(index)}>
					Remove configuration {letter}
				</button>
			)}
		</fieldset>
	);
}

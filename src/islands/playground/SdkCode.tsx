// The configuration as SageMaker Python SDK code, with a copy button.
import { useState } from 'react';
import type { Scenario } from '../../engine/simulator/types';
import { sdkCode } from './sdk-code';

export function SdkCode({ scenario, title }: { scenario: Scenario; title: string }) {
	const code = sdkCode(scenario);
	const [copied, setCopied] = useState(false);
	return (
		<details className="pg-code">
			<summary>{title}: SageMaker Python SDK code</summary>
			<button
				type="button"
				className="button secondary"
				onClick={() => {
					void navigator.clipboard?.writeText(code).then(() => setCopied(true));
				}}
			>
				Copy code
			</button>
			<span role="status" className="pg-copied">
				{copied ? 'Copied.' : ''}
			</span>
			<pre>
				<code>{code}</code>
			</pre>
		</details>
	);
}

import { useEffect, useState } from 'react';
import type { Question } from '../../schemas/question';

/** Where the question bank is served as static JSON (built by src/pages/practice/bank.json.ts). */
export const bankUrl = '/practice/bank.json';

/** The question bank, fetched once (the browser caches it across the practice and exam pages). */
export function useBank(url = bankUrl): { bank: Question[] | null; error: string | null } {
	const [state, setState] = useState<{ bank: Question[] | null; error: string | null }>({
		bank: null,
		error: null,
	});
	useEffect(() => {
		let live = true;
		fetch(url)
			.then((r) => {
				if (!r.ok) throw new Error(`HTTP ${r.status}`);
				return r.json() as Promise<Question[]>;
			})
			.then((bank) => live && setState({ bank, error: null }))
			.catch(
				(e: unknown) =>
					live &&
					setState({
						bank: null,
						error: `The questions could not be loaded (${(e as Error).message}). Reload to try again.`,
					}),
			);
		return () => {
			live = false;
		};
	}, [url]);
	return state;
}

// The hosting form as plain data, with its URL query and conversion to the engine's HostingNeeds.
import type { HostingNeeds } from './engine';

/** The hosting form as filled in; the model count stays text until submitted. */
export interface HostingForm {
	models: string;
	sameFramework: boolean;
	chained: boolean;
	perModelScaling: boolean;
}

export const emptyHostingForm: HostingForm = {
	models: '',
	sameFramework: true,
	chained: false,
	perModelScaling: false,
};

/** Query keys owned by the hosting form. */
export const hostingKeys = ['models', 'sameFramework', 'chained', 'perModelScaling'] as const;

/** The query string that reproduces the hosting form. */
export function hostingToQuery(form: HostingForm): URLSearchParams {
	const q = new URLSearchParams({
		models: form.models,
		sameFramework: form.sameFramework ? '1' : '0',
	});
	if (form.chained) q.set('chained', '1');
	if (form.perModelScaling) q.set('perModelScaling', '1');
	return q;
}

/** The hosting form a query describes, or undefined when it holds none. */
export function hostingFromQuery(q: URLSearchParams): HostingForm | undefined {
	if (!q.has('models')) return undefined;
	return {
		models: q.get('models') ?? '',
		sameFramework: q.get('sameFramework') !== '0',
		chained: q.get('chained') === '1',
		perModelScaling: q.get('perModelScaling') === '1',
	};
}

/** The engine's HostingNeeds, or an error message for a blank model count. */
export function formToNeeds(form: HostingForm): { needs: HostingNeeds } | { message: string } {
	const text = form.models.trim();
	if (text === '') return { message: 'enter how many models you host.' };
	return {
		needs: {
			models: Number(text),
			sameFramework: form.sameFramework,
			chained: form.chained,
			perModelScaling: form.perModelScaling,
		},
	};
}

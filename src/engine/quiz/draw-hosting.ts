import type { LimitsModel } from '../../schemas/limits';
import { numericFact } from '../limits/model';
import type { Rng } from '../random';
import type { HostingNeeds } from '../advisor/types';
import type { Difficulty } from './difficulty';
import { industries } from './story-parts';

/** Drawn hosting needs and the story that tells them. */
export interface DrawnHosting {
	story: string;
	hosting: HostingNeeds;
}

const frameworks = ['PyTorch', 'TensorFlow', 'XGBoost', 'scikit-learn', 'a custom R container'];

/** Draws hosting needs aimed at the wanted difficulty (near the container limit when hard). */
export function drawHosting(rng: Rng, difficulty: Difficulty, model: LimitsModel): DrawnHosting {
	const org = rng.pick(rng.pick(industries).org);
	const maxContainers = numericFact(model, 'mce.maxContainers');
	const around = (lo: number, hi: number) =>
		Math.max(2, maxContainers + rng.pick([-1, 1]) * rng.int(lo, hi));
	const shape =
		difficulty === 1
			? rng.pick(['many-same', 'chained', 'scaling', 'single', 'few-mixed'] as const)
			: 'mixed-near';
	const mixed = () =>
		`The models use different frameworks (${frameworks.slice(0, 3).join(', ')} and more), each with its own container image.`;
	switch (shape) {
		case 'many-same': {
			const models = rng.int(40, 4000);
			return {
				hosting: { models, sameFramework: true },
				story: `${org} trains one model per customer: ${models.toLocaleString('en-US')} ${rng.pick(frameworks.slice(0, 3))} models that all run in the same serving container. Most are called only a few times a day, and a short delay when a cold model loads is fine.`,
			};
		}
		case 'chained': {
			const models = rng.int(2, 4);
			return {
				hosting: { models, sameFramework: false, chained: true },
				story: `${org} must send every request through ${models} containers in order: a preprocessing step, the model${models > 2 ? ', and postprocessing that formats the answer' : ''}. Each step is a different container image.`,
			};
		}
		case 'scaling': {
			const models = rng.int(2, 8);
			return {
				hosting: { models, sameFramework: rng.next() < 0.5, perModelScaling: true },
				story: `${org} hosts ${models} large models of very different popularity on shared GPU instances. Each model needs its own share of accelerators and memory, and must scale on its own.`,
			};
		}
		case 'single':
			return {
				hosting: { models: 1, sameFramework: true },
				story: `${org} has exactly one model to serve, in one container, with its own traffic and scaling.`,
			};
		case 'few-mixed': {
			const models = rng.int(2, 6);
			return {
				hosting: { models, sameFramework: false },
				story: `${org} has ${models} models, each called directly by a different application. ${mixed()} Traffic to each is modest.`,
			};
		}
		case 'mixed-near': {
			const models = difficulty === 3 ? around(1, 1) : around(2, 6);
			return {
				hosting: { models, sameFramework: false },
				story: `${org} has ${models} models, each called directly by name from a different service. ${mixed()} No model needs its own scaling policy.`,
			};
		}
	}
}

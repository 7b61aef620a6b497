import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { limitsFileSchema } from './schemas/limits';

// Binds content/ folders to their schemas; an invalid file fails the build naming file and field.
export const collections = {
	limits: defineCollection({
		loader: glob({ base: './content/limits', pattern: '*.json' }),
		schema: limitsFileSchema,
	}),
};

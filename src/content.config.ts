import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { limitsFileSchema } from './schemas/limits';
import { lessonSchema } from './schemas/lesson';
import { glossarySchema } from './schemas/glossary';
import { questionSchema } from './schemas/question';
import { walkthroughSchema } from './schemas/walkthrough';
import { examGuideItemSchema } from './schemas/exam-guide';

// Binds content/ folders to their schemas; an invalid file fails the build naming file and field.
export const collections = {
	limits: defineCollection({
		loader: glob({ base: './content/limits', pattern: '*.json' }),
		schema: limitsFileSchema,
	}),
	// `01-anatomy.mdx` becomes the entry `anatomy`: the number orders files, the slug names the page.
	lessons: defineCollection({
		loader: glob({
			base: './content/lessons',
			pattern: '[0-9][0-9]-*.mdx',
			generateId: ({ entry }) => entry.replace(/^\d\d-/, '').replace(/\.mdx$/, ''),
		}),
		schema: lessonSchema,
	}),
	glossary: defineCollection({
		loader: glob({ base: './content/glossary', pattern: '*.md' }),
		schema: glossarySchema,
	}),
	// One question per file; the id is the file name, so `serverless/x.yaml` is the question `x`.
	questions: defineCollection({
		loader: glob({
			base: './content/questions',
			pattern: '**/*.yaml',
			generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.yaml$/, ''),
		}),
		schema: questionSchema,
	}),
	// One walkthrough per file; `choosing-an-endpoint.yaml` becomes the page /teach/choosing-an-endpoint/.
	walkthroughs: defineCollection({
		loader: glob({ base: './content/walkthroughs', pattern: '*.yaml' }),
		schema: walkthroughSchema,
	}),
	// One MLA-C01 exam-guide item per file, with where it is taught and tested; references are
	// resolved by scripts/check-exam-guide.ts (npm run check:content, npm run report:coverage).
	examGuide: defineCollection({
		loader: glob({ base: './content/exam-guide', pattern: '*.yaml' }),
		schema: examGuideItemSchema,
	}),
};

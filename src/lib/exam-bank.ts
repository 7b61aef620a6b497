// The authored question bank for the exam page, read at build time. Each file is validated with
// the question schema; an invalid file fails the build naming the file and the field.
import { parse } from 'yaml';
import { questionSchema, type Question } from '../schemas/question';

const files = import.meta.glob<string>('/content/questions/**/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true,
});

/** Every authored question, with its id from the file name, sorted by id. */
export function loadExamBank(): Question[] {
	return Object.entries(files)
		.map(([path, text]) => {
			const id =
				path
					.split('/')
					.pop()
					?.replace(/\.yaml$/, '') ?? path;
			const result = questionSchema.safeParse(parse(text));
			if (!result.success) {
				const issues = result.error.issues
					.map((i) => `${i.path.join('.')}: ${i.message}`)
					.join('; ');
				throw new Error(`${path}: ${issues}`);
			}
			return { ...result.data, id };
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}

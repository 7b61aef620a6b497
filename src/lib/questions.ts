// The authored question bank, read through the content collection (validated at build).
import { getCollection } from 'astro:content';
import type { Question } from '../schemas/question';

/** Every authored question with its id (the file name), sorted by id for a stable build. */
export async function getQuestions(): Promise<Question[]> {
	const entries = await getCollection('questions');
	return entries
		.map((e) => ({ ...e.data, id: e.id }) as Question)
		.sort((a, b) => a.id.localeCompare(b.id));
}

// The question bank as static JSON, fetched by the practice island so the page's HTML stays small.
import type { APIRoute } from 'astro';
import { getQuestions } from '../../lib/questions';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getQuestions()), {
		headers: { 'Content-Type': 'application/json' },
	});

// Every page type with storage that refuses (setItem throwing, storage full, storage disabled): the
// page loads, its islands hydrate, the action that saves (mark a lesson done, start practice or an
// exam, answer) still works in memory, and nothing throws or loops.
import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import {
	answerExam,
	answerPractice,
	expectNoProblems,
	newContext,
	recordProblems,
	siteURL,
	waitForIslands,
} from './browser';
import { breakages } from './storage-breakages';

/** What each page saves, done the way a learner does it; `null` when loading it is the save. */
const saves: Record<string, ((page: Page) => Promise<void>) | null> = {
	'/': null,
	'/learn/': null,
	'/learn/anatomy/': async (page) => {
		await page.getByRole('button', { name: 'Mark as done' }).first().click();
	},
	'/glossary/': null,
	'/practice/': async (page) => {
		await page.getByRole('button', { name: 'Start practice' }).click();
		await page.locator('#question-heading').waitFor();
		await answerPractice(page);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.locator('.verdict p').waitFor();
	},
	'/exam/': async (page) => {
		await page.getByRole('button', { name: 'Start exam' }).click();
		await page.locator('.exam-question h2').waitFor();
		await answerExam(page);
	},
	'/review/': null,
	'/playground/': null,
	'/advisor/': null,
	'/teach/choosing-an-endpoint/': null,
};

describe.each(Object.entries(breakages))('%s', (_label, breakage) => {
	test.concurrent.for(Object.keys(saves))(
		'%s works and throws nothing',
		{ timeout: 60_000 },
		async (path) => {
			const context = await newContext();
			await context.addInitScript(breakage);
			const page = await context.newPage();
			const problems = await recordProblems(page);
			await page.goto(siteURL(path));
			await waitForIslands(page);
			await saves[path]?.(page);
			expectNoProblems(problems);
			await context.close();
		},
	);
});

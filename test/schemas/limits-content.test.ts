import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fact } from '../../src/engine/index';
import { shippedLimitFiles } from '../../src/engine/shipped-limits';
import { factSchema, limitsFileSchema } from '../../src/schemas/limits';

const dir = join(import.meta.dirname, '../../content/limits');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('content/limits', () => {
	it('every file passes the schema (errors name file and field)', () => {
		const problems = files.flatMap((file) => {
			const result = limitsFileSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
			return result.success
				? []
				: result.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`);
		});
		expect(problems).toEqual([]);
	});

	it('the shipped model reads every file in the folder', () => {
		expect(shippedLimitFiles.map((f) => `${f.slug}.json`).sort()).toEqual([...files].sort());
	});

	it('fact ids are unique across files', () => {
		const ids = shippedLimitFiles.flatMap((f) => f.facts.map((x) => x.id));
		expect(ids.length).toBe(new Set(ids).size);
	});

	// The values issue 2 fixes; each is checked against its AWS source (see the facts sheet).
	it.each([
		['realtime.maxPayloadMB', 6],
		['realtime.maxProcessingSeconds', 60],
		['serverless.maxPayloadMB', 4],
		['serverless.maxProcessingSeconds', 60],
		['serverless.minMemoryMB', 1024],
		['serverless.maxMemoryMB', 6144],
		['serverless.maxConcurrency', 200],
		['variants.maxPerEndpoint', 10],
		['exam.scoredQuestions', 50],
		['async.maxPayloadMB', 1024],
		['async.maxProcessingSeconds', 3600],
		['async.defaultProcessingSeconds', 900],
		['batch.maxPayloadPerRequestMB', 100],
		['mce.maxContainers', 15],
		['pipeline.minContainers', 2],
		['pipeline.maxContainers', 15],
		['exam.questions', 65],
		['exam.minutes', 130],
		['exam.passingScore', 720],
		['exam.maxScore', 1000],
	])('%s is %d', (id, value) => {
		expect(fact(id).value).toBe(value);
	});

	it('records what serverless does not support', () => {
		for (const id of [
			'serverless.supportsGpu',
			'serverless.supportsVpc',
			'serverless.supportsNetworkIsolation',
			'serverless.supportsDataCapture',
			'serverless.supportsModelMonitor',
			'serverless.supportsMultiModel',
			'serverless.supportsMultipleVariants',
			'serverless.supportsInferencePipelines',
		])
			expect(fact(id).value, id).toBe(false);
	});

	it('records scale to zero: asynchronous yes, real-time only with inference components since Dec 2024', () => {
		expect(fact('async.scaleToZero').value).toBe(true);
		expect(fact('realtime.scaleToZero').value).toBe(true);
		expect(fact('realtime.scaleToZero').detail).toMatch(/inference components/);
		expect(fact('realtime.scaleToZeroSince').value).toBe('2024-12-03');
	});

	it('records what is retired', () => {
		expect(fact('edgeManager.discontinued').value).toBe('2024-04-26');
		expect(fact('elasticInference.noNewCustomersSince').status).toBe('confirmed');
	});

	it('marks prices as estimates with the date they describe', () => {
		const price = fact('price.ml.m5.large.usdPerHour');
		expect(price.status).toBe('estimate');
		expect(price.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('unconfirmed facts carry no invented number', () => {
		for (const f of shippedLimitFiles.flatMap((x) => x.facts))
			if (f.value === null) expect(f.status, f.id).toBe('unconfirmed');
	});
});

describe('factSchema', () => {
	const good = {
		id: 'demo.limitMB',
		label: 'A demo limit',
		value: 6,
		unit: 'MB',
		concerns: ['real-time'],
		status: 'confirmed',
		source: { url: 'https://docs.aws.amazon.com/x.html', title: 'Demo page' },
		checked: '2026-11-23',
	};
	it('accepts a complete fact', () => {
		expect(factSchema.safeParse(good).success).toBe(true);
	});
	it.each([
		['source', { source: undefined }],
		['checked', { checked: undefined }],
		['checked', { checked: '23/11/2026' }],
		['source', { source: { url: 'not a url', title: 'x page' } }],
		['value', { value: null }],
		['value', { value: 'six' }],
		['value', { unit: 'boolean' }],
		['asOf', { unit: 'USD/hour', concerns: ['pricing'], status: 'estimate' }],
		['extra', { extra: 1 }],
	])('rejects a fact with a bad %s', (field, change) => {
		const result = factSchema.safeParse({ ...good, ...change });
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain(field === 'extra' ? 'extra' : field);
	});
});

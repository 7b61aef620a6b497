import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
	{ ignores: ['dist/', '.astro/', 'node_modules/', '.tools/', 'public/', 'src/generated/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	...astro.configs['flat/jsx-a11y-strict'],
	{
		files: ['**/*.tsx'],
		...jsxA11y.configs.strict,
	},
	{
		files: ['**/*.tsx'],
		plugins: { 'react-hooks': reactHooks },
		rules: reactHooks.configs.recommended.rules,
	},
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'astro/no-set-html-directive': 'error',
			'astro/no-unsafe-inline-scripts': 'error',
		},
	},
	{
		// No raw HTML from content, storage or the URL reaches the page: render text through React or
		// Astro expressions, which escape it. (no-restricted-syntax, because the engine block below
		// sets its own no-restricted-properties, which would replace these for engine files.)
		rules: {
			'no-eval': 'error',
			'no-implied-eval': 'error',
			'no-new-func': 'error',
			'no-restricted-syntax': [
				'error',
				...[
					["JSXAttribute[name.name='dangerouslySetInnerHTML']", 'dangerouslySetInnerHTML'],
					["Property[key.name='dangerouslySetInnerHTML']", 'dangerouslySetInnerHTML'],
					[
						'AssignmentExpression > MemberExpression.left[property.name=/^(inner|outer)HTML$/]',
						'innerHTML/outerHTML',
					],
					[
						'AssignmentExpression > MemberExpression.left[property.value=/^(inner|outer)HTML$/]',
						'innerHTML/outerHTML',
					],
					["CallExpression[callee.property.name='insertAdjacentHTML']", 'insertAdjacentHTML'],
					[
						'CallExpression[callee.property.name=/^(setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)$/]',
						'HTML parsing',
					],
					[
						"CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
						'document.write',
					],
					["JSXAttribute[name.name='srcDoc']", 'iframe srcDoc'],
				].map(([selector, what]) => ({
					selector,
					message: `${what} puts raw HTML on the page; render text instead (issue #8).`,
				})),
			],
		},
	},
	{
		// The engine is pure: no UI, storage, clock or randomness (see STYLE.md, section 1).
		files: ['src/engine/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'react',
								'react-dom',
								'react/*',
								'zustand',
								'zustand/*',
								'astro',
								'astro:*',
								'astro/*',
								'mermaid',
								'uplot',
							],
							message: 'src/engine is pure TypeScript.',
						},
						{
							group: [
								'**/stores/**',
								'**/islands/**',
								'**/components/**',
								'**/lib/**',
								'**/pages/**',
							],
							message: 'src/engine may not depend on the UI.',
						},
					],
				},
			],
			'no-restricted-properties': [
				'error',
				{ object: 'Math', property: 'random', message: 'Take an rng argument (createRng(seed)).' },
				{ object: 'Date', property: 'now', message: 'Take a now argument.' },
			],
			'no-restricted-globals': [
				'error',
				{ name: 'localStorage', message: 'No storage in the engine.' },
				{ name: 'window', message: 'No DOM in the engine.' },
				{ name: 'document', message: 'No DOM in the engine.' },
			],
		},
	},
);

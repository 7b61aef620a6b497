// The three ways browsers refuse localStorage, as init scripts for a browser context.

/** Init scripts that break localStorage the three ways browsers do. */
export const breakages = {
	'setItem throwing': () => {
		Storage.prototype.setItem = () => {
			throw new Error('SecurityError: writes refused');
		};
	},
	'storage full': () => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	},
	'storage disabled': () => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	},
} satisfies Record<string, () => void>;

// Blocking <head> script: applies the saved theme before first paint, then wires the Theme select.
(function () {
	var root = document.documentElement;
	var key = 'endpoint-lab:theme';
	function saved() {
		try {
			var v = localStorage.getItem(key);
			return v === 'light' || v === 'dark' ? v : 'system';
		} catch (e) {
			return 'system';
		}
	}
	function apply(v) {
		if (v === 'system') delete root.dataset.theme;
		else root.dataset.theme = v;
	}
	apply(saved());
	root.classList.add('js');
	document.addEventListener('DOMContentLoaded', function () {
		var select = document.getElementById('theme-select');
		if (!select) return;
		select.value = saved();
		select.addEventListener('change', function () {
			var v = select.value;
			try {
				if (v === 'system') localStorage.removeItem(key);
				else localStorage.setItem(key, v);
			} catch (e) {}
			apply(v);
		});
	});
	// Another tab changed the theme: follow it.
	addEventListener('storage', function (e) {
		if (e.key === key) apply(saved());
	});
})();

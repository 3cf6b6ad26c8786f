// Concept typeahead for the profile editor. Without this script the text fields still
// work: the server resolves what was typed to the best concept.
(function () {
	'use strict';
	var language = document.documentElement.lang || 'en';

	function enhance(input) {
		var hidden = input.parentElement.querySelector('input[type=hidden]');
		if (!hidden) {
			return;
		}
		var list = document.createElement('datalist');
		list.id = input.id + '-suggestions';
		input.parentElement.appendChild(list);
		input.setAttribute('list', list.id);
		var ids = {};
		var timer = null;
		var asked = 0;

		function pick() {
			var id = ids[input.value.trim().toLowerCase()];
			hidden.value = id || '';
		}

		function suggest() {
			var text = input.value.trim();
			if (text.length < 2) {
				return;
			}
			var ask = ++asked;
			fetch('/api/concepts?limit=8&kind=' + encodeURIComponent(input.dataset.kind) + '&q=' + encodeURIComponent(text),
					{ headers: { 'Accept': 'application/json', 'Accept-Language': language } })
				.then(function (response) { return response.ok ? response.json() : []; })
				.then(function (suggestions) {
					if (ask !== asked) {
						return;
					}
					list.replaceChildren();
					suggestions.forEach(function (suggestion) {
						var option = document.createElement('option');
						option.value = suggestion.displayLabel;
						if (suggestion.label !== suggestion.displayLabel) {
							option.label = suggestion.label;
						}
						list.appendChild(option);
						ids[suggestion.displayLabel.toLowerCase()] = suggestion.id;
					});
					pick();
				})
				.catch(function () { /* the server resolves the text on save */ });
		}

		input.addEventListener('input', function () {
			pick();
			clearTimeout(timer);
			timer = setTimeout(suggest, 150);
		});
	}

	document.querySelectorAll('input.concept[data-kind]').forEach(enhance);
})();

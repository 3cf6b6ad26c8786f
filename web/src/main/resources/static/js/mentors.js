// Occupation typeahead for the offer to mentor. The field holds job titles separated by
// commas; suggestions are for the title being typed, the ones before it stay as they are.
// Without this script the field still works: the server resolves each typed title.
(function () {
	'use strict';
	var language = document.documentElement.lang || 'en';

	function enhance(input) {
		var list = document.createElement('datalist');
		list.id = input.id + '-suggestions';
		input.parentElement.insertBefore(list, input.nextSibling);
		input.setAttribute('list', list.id);
		var timer = null;
		var asked = 0;

		function suggest() {
			var value = input.value;
			var comma = value.lastIndexOf(',');
			var before = comma < 0 ? '' : value.substring(0, comma + 1) + ' ';
			var text = value.substring(comma + 1).trim();
			if (text.length < 2) {
				list.replaceChildren();
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
						option.value = before + suggestion.displayLabel;
						if (suggestion.label !== suggestion.displayLabel) {
							option.label = suggestion.label;
						}
						list.appendChild(option);
					});
				})
				.catch(function () { /* the server resolves the text on save */ });
		}

		input.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(suggest, 150);
		});
	}

	document.querySelectorAll('input.concept-list[data-kind]').forEach(enhance);
})();

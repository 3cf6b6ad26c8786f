// Concept typeahead for every form that names occupations, skills, languages or places.
// Marks an input with data-typeahead="<kind>" (comma-separated kinds allowed); with
// data-multiple="true" the field holds several names separated by commas and suggestions
// complete the one being typed; data-id-field names the hidden input that receives the
// picked concept's id (for several names: their ids, comma-separated, on submit).
// Without this script every field still works: the server resolves what was typed.
(function () {
	'use strict';
	var language = document.documentElement.lang || 'en';

	function enhance(input) {
		var kind = input.dataset.typeahead;
		var multiple = input.dataset.multiple === 'true';
		var idField = input.dataset.idField ? document.getElementById(input.dataset.idField) : null;
		var list = document.createElement('datalist');
		list.id = input.id + '-suggestions';
		input.after(list);
		input.setAttribute('list', list.id);
		var ids = {};
		var timer = null;
		var asked = 0;

		function idOf(name) {
			return ids[name.trim().toLowerCase()] || '';
		}

		function pick() {
			if (idField && !multiple) {
				// a changed text no longer names the concept picked before
				idField.value = idOf(input.value);
			}
		}

		function suggest() {
			var value = input.value;
			var comma = multiple ? value.lastIndexOf(',') : -1;
			var before = comma < 0 ? '' : value.substring(0, comma + 1) + ' ';
			var text = value.substring(comma + 1).trim();
			if (text.length < 2) {
				list.replaceChildren();
				return;
			}
			var ask = ++asked;
			fetch('/api/concepts?limit=8&kind=' + encodeURIComponent(kind) + '&q=' + encodeURIComponent(text)
					+ '&lang=' + encodeURIComponent(language), { headers: { 'Accept': 'application/json' } })
				.then(function (response) { return response.ok ? response.json() : []; })
				.then(function (suggestions) {
					if (ask !== asked) {
						return;
					}
					list.replaceChildren();
					suggestions.forEach(function (suggestion) {
						ids[suggestion.displayLabel.toLowerCase()] = suggestion.id;
						var option = document.createElement('option');
						option.value = before + suggestion.displayLabel;
						if (suggestion.label !== suggestion.displayLabel) {
							option.label = suggestion.label;
						}
						list.appendChild(option);
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
		if (idField && multiple) {
			input.form.addEventListener('submit', function () {
				idField.value = input.value.split(',').map(idOf).join(',');
			});
		}
	}

	document.querySelectorAll('input[data-typeahead]').forEach(enhance);
}());

// Concept typeahead for the opening form. Without this script the texts are resolved on
// the server; with it, the suggestions come from /api/concepts and the picked ids are
// sent along so the server need not guess.
(function () {
	'use strict';
	var known = {};

	function lastPart(value) {
		var parts = value.split(',');
		return parts[parts.length - 1].trim();
	}

	function setUp(input) {
		var kind = input.dataset.typeahead;
		var multiple = input.dataset.multiple === 'true';
		var idField = document.getElementById(input.dataset.idField);
		var list = document.createElement('datalist');
		list.id = input.id + '-suggestions';
		input.setAttribute('list', list.id);
		input.after(list);
		var timer = null;
		input.addEventListener('input', function () {
			var query = multiple ? lastPart(input.value) : input.value.trim();
			if (!multiple && idField) {
				// a changed text no longer names the concept picked before
				idField.value = known[kind + ':' + input.value.trim()] || '';
			}
			clearTimeout(timer);
			if (query.length < 2) {
				return;
			}
			timer = setTimeout(function () {
				var url = '/api/concepts?limit=8&kind=' + encodeURIComponent(kind) + '&q=' + encodeURIComponent(query)
					+ '&lang=' + encodeURIComponent(document.documentElement.lang || 'en');
				fetch(url, { headers: { 'Accept': 'application/json' } })
					.then(function (response) { return response.ok ? response.json() : []; })
					.then(function (suggestions) {
						list.replaceChildren();
						suggestions.forEach(function (suggestion) {
							known[kind + ':' + suggestion.displayLabel] = suggestion.id;
							var option = document.createElement('option');
							if (multiple) {
								var parts = input.value.split(',');
								parts[parts.length - 1] = ' ' + suggestion.displayLabel;
								option.value = parts.join(',').replace(/^ /, '');
							}
							else {
								option.value = suggestion.displayLabel;
							}
							list.appendChild(option);
						});
					})
					.catch(function () { /* the server resolves the text instead */ });
			}, 200);
		});
		if (multiple && idField) {
			input.form.addEventListener('submit', function () {
				idField.value = input.value.split(',').map(function (part) {
					return known[kind + ':' + part.trim()] || '';
				}).join(',');
			});
		}
	}

	document.querySelectorAll('input[data-typeahead]').forEach(setUp);
}());

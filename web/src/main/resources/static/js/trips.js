// Place typeahead for the trip form: fills the datalist from /api/concepts and remembers the
// chosen place's id. Without JavaScript the typed name is resolved on the server.
(function () {
	'use strict';
	document.querySelectorAll('input[data-typeahead]').forEach(function (input) {
		var list = document.getElementById(input.getAttribute('list'));
		var target = document.getElementById(input.dataset.typeaheadTarget);
		var ids = {};
		var timer = null;
		input.addEventListener('input', function () {
			if (ids[input.value]) {
				target.value = ids[input.value];
				return;
			}
			target.value = '';
			clearTimeout(timer);
			var text = input.value.trim();
			if (text.length < 2) {
				return;
			}
			timer = setTimeout(function () {
				var url = input.dataset.typeahead + '&q=' + encodeURIComponent(text) + '&lang=' + document.documentElement.lang;
				fetch(url, { headers: { Accept: 'application/json' } })
					.then(function (response) { return response.ok ? response.json() : []; })
					.then(function (suggestions) {
						list.replaceChildren();
						suggestions.forEach(function (suggestion) {
							var option = document.createElement('option');
							option.value = suggestion.displayLabel;
							ids[suggestion.displayLabel] = suggestion.id;
							list.appendChild(option);
						});
					})
					.catch(function () { /* the server resolves the typed name */ });
			}, 200);
		});
	});
}());

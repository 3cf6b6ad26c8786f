// Draws the dashboard's outcomes-by-country chart from the JSON next to it. Without
// JavaScript (or Chart.js) the table below the chart carries the same numbers.
(function () {
	'use strict';
	function draw() {
		var canvas = document.getElementById('coaching-chart');
		var data = document.getElementById('coaching-chart-data');
		if (!canvas || !data || typeof window.Chart === 'undefined') {
			return;
		}
		var chart = JSON.parse(data.textContent);
		var colours = ['#0b5e8a', '#f0a202', '#2a7f62', '#a4161a'];
		chart.datasets.forEach(function (dataset, i) {
			dataset.backgroundColor = colours[i % colours.length];
		});
		new window.Chart(canvas, {
			type: 'bar',
			data: chart,
			options: {
				responsive: true,
				animation: false,
				scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
			}
		});
		canvas.setAttribute('data-drawn', 'true');
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', draw);
	}
	else {
		draw();
	}
})();

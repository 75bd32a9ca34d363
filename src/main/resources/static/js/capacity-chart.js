/*
 * Capacity-building totals: <canvas data-capacity-chart data-series="ID"> becomes a Chart.js bar chart
 * of target against achieved per target group. The data block holds
 * [{"group": "JUDGES", "target": 50, "achieved": 47}]; data-label-target / data-label-achieved name the
 * bars and data-label describes the chart (its aria-label). The page's table shows the same numbers.
 */
(function (charts) {
  'use strict';

  function rowsOf(data) {
    if (!Array.isArray(data)) {
      throw new Error('not a list');
    }
    return data;
  }

  function draw(canvas, rows) {
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.label || r.group; }),
        datasets: [
          { label: canvas.getAttribute('data-label-target'), data: rows.map(function (r) { return r.target; }),
            backgroundColor: charts.property(canvas, '--chart-target', '#b1b4b6') },
          { label: canvas.getAttribute('data-label-achieved'), data: rows.map(function (r) { return r.achieved; }),
            backgroundColor: charts.property(canvas, '--chart-visits', '#1d70b8') }
        ]
      },
      options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
    });
  }

  charts.drawEvery({
    canvas: 'canvas[data-capacity-chart]',
    ready: 'data-capacity-chart-ready',
    script: 'capacity-chart',
    holds: 'a list of target groups',
    figures: rowsOf,
    draw: draw
  });
}(window.CorridorCharts));

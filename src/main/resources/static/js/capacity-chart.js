/*
 * Capacity-building totals: <canvas data-capacity-chart data-series="ID"> becomes a Chart.js bar chart
 * of target against achieved per target group. The data block holds
 * [{"group": "JUDGES", "target": 50, "achieved": 47}]; data-label-target / data-label-achieved name the
 * bars and data-label describes the chart (its aria-label). The page's table shows the same numbers.
 */
(function () {
  'use strict';

  function property(element, name, fallback) {
    var value = window.getComputedStyle(element).getPropertyValue(name).trim();
    return value || fallback;
  }

  function draw(canvas) {
    var block = document.getElementById(canvas.getAttribute('data-series'));
    if (block === null || typeof window.Chart === 'undefined') {
      return;
    }
    var rows;
    try {
      rows = JSON.parse(block.textContent);
    } catch (e) {
      console.error('capacity-chart: the data block is not JSON: ' + e.message);
      return;
    }
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', canvas.getAttribute('data-label') || '');
    // The wrapper gives the chart its size; it is hidden until there is a chart to show.
    if (canvas.parentElement) {
      canvas.parentElement.classList.add('is-ready');
    }
    canvas.setAttribute('data-capacity-chart-ready', '');
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.label || r.group; }),
        datasets: [
          { label: canvas.getAttribute('data-label-target'), data: rows.map(function (r) { return r.target; }),
            backgroundColor: property(canvas, '--chart-target', '#b1b4b6') },
          { label: canvas.getAttribute('data-label-achieved'), data: rows.map(function (r) { return r.achieved; }),
            backgroundColor: property(canvas, '--chart-visits', '#1d70b8') }
        ]
      },
      options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
    });
  }

  document.querySelectorAll('canvas[data-capacity-chart]').forEach(draw);
}());

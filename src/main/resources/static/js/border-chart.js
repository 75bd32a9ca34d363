/*
 * Border charts: every <canvas data-border-chart> inside a <div class="chart-box"> becomes a Chart.js chart of one
 * border day by day: a line for the exits counted on one side, a line for the entries counted on the other, bars for
 * their difference (exits − entries) and a line for the difference's 7-day average. A day one side did not count is
 * a gap in its line (never 0) and has no bar.
 *
 * The canvas's attributes:
 *   data-series="ID"   id of a <script type="application/json"> block holding
 *                      {"days": [{"date": "2015-10-20", "exits": 5000, "entries": 4900, "difference": 100,
 *                                 "trend": 80.5, "diverges": false}]}
 *   data-label         what the chart shows, in words: becomes the canvas's aria-label (role="img")
 *   data-label-exits, data-label-entries, data-label-difference, data-label-trend   legend entries
 *
 * The page always shows the same figures as tables: the chart is a picture of them. Colours come from custom
 * properties in regional-borders.css (--border-exits, --border-entries, --border-difference, --border-diverges,
 * --border-trend).
 */
(function (charts) {
  'use strict';

  var property = charts.property;
  var number = charts.number;

  function draw(canvas, days) {
    var ink = property(canvas, '--ink', '#1b2631');
    var font = property(canvas, '--font', 'system-ui, sans-serif');
    var exits = property(canvas, '--border-exits', '#1d4e89');
    var entries = property(canvas, '--border-entries', '#8c5a00');
    var difference = property(canvas, '--border-difference', '#9aa5b1');
    var diverges = property(canvas, '--border-diverges', '#b42318');
    var trend = property(canvas, '--border-trend', '#1b2631');

    new Chart(canvas, {
      data: {
        labels: days.map(function (day) { return day.date; }),
        datasets: [{
          type: 'line',
          label: canvas.getAttribute('data-label-exits') || 'Exits',
          data: days.map(function (day) { return number(day.exits); }),
          borderColor: exits,
          backgroundColor: exits,
          borderWidth: 2,
          pointRadius: 0,
          pointHitRadius: 6,
          spanGaps: false,
          order: 1
        }, {
          type: 'line',
          label: canvas.getAttribute('data-label-entries') || 'Entries',
          data: days.map(function (day) { return number(day.entries); }),
          borderColor: entries,
          backgroundColor: entries,
          borderWidth: 2,
          borderDash: [6, 3],
          pointRadius: 0,
          pointHitRadius: 6,
          spanGaps: false,
          order: 2
        }, {
          type: 'bar',
          label: canvas.getAttribute('data-label-difference') || 'Difference',
          data: days.map(function (day) { return number(day.difference); }),
          backgroundColor: days.map(function (day) { return day.diverges ? diverges : difference; }),
          barPercentage: 1,
          categoryPercentage: 1,
          order: 4
        }, {
          type: 'line',
          label: canvas.getAttribute('data-label-trend') || 'Difference, 7-day average',
          data: days.map(function (day) { return number(day.trend); }),
          borderColor: trend,
          backgroundColor: trend,
          borderWidth: 1,
          pointRadius: 0,
          pointHitRadius: 6,
          spanGaps: false,
          order: 3
        }]
      },
      options: charts.overTime({
        plugins: {
          legend: { labels: { color: ink, font: { family: font } } }
        },
        scales: {
          x: { ticks: { color: ink, maxTicksLimit: 12, font: { family: font } } },
          y: { ticks: { color: ink, font: { family: font } } }
        }
      })
    });
  }

  charts.drawEvery({
    canvas: 'canvas[data-border-chart]',
    ready: 'data-border-chart-ready',
    script: 'border-chart',
    holds: 'a border series',
    figures: charts.days,
    draw: draw
  });
}(window.CorridorCharts));

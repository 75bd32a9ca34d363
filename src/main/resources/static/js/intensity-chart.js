/*
 * Monitoring intensity charts: every <canvas data-intensity-chart> inside a <div class="chart-box">
 * becomes a Chart.js bar chart of visits per ISO week, with the planned target as a stepped line. Weeks
 * below target are drawn light amber against the dark blue of the others, so they stand out by lightness
 * as well as by hue.
 *
 * The canvas's attributes:
 *   data-series="ID"      id of a <script type="application/json"> block holding
 *                         [{"label": "2015-W53", "visits": 2, "target": 3, "below": true}] (target may be null)
 *   data-label            what the chart shows, in words: becomes the canvas's aria-label (role="img")
 *   data-label-visits, data-label-target, data-label-below   legend entries in the page's language
 *
 * The page always shows a table of the same weeks: the chart is a picture of it. Colours come from the
 * custom properties in corridor.css (--chart-visits, --chart-below, --chart-below-edge, --chart-target).
 */
(function (charts) {
  'use strict';

  var property = charts.property;
  var number = charts.number;

  /* The weeks of the list: objects, whatever else it holds. */
  function weeksOf(data) {
    if (!Array.isArray(data)) {
      throw new Error('not a list');
    }
    return data.filter(function (week) {
      return week !== null && typeof week === 'object';
    });
  }

  function draw(canvas, weeks) {
    var visits = property(canvas, '--chart-visits', '#1d4e89');
    var below = property(canvas, '--chart-below', '#f2b134');
    var belowEdge = property(canvas, '--chart-below-edge', '#8c5a00');
    var target = property(canvas, '--chart-target', '#1b2631');
    var ink = property(canvas, '--ink', '#1b2631');
    var line = property(canvas, '--line', '#d3dae2');
    var font = property(canvas, '--font', 'system-ui, sans-serif');
    var labelVisits = canvas.getAttribute('data-label-visits') || 'Visits';
    var labelTarget = canvas.getAttribute('data-label-target') || 'Target';
    var labelBelow = canvas.getAttribute('data-label-below') || 'Below target';
    var anyTarget = weeks.some(function (week) {
      return number(week.target) !== null;
    });

    new Chart(canvas, {
      data: {
        labels: weeks.map(function (week) {
          return String(week.label);
        }),
        datasets: [{
          type: 'bar',
          label: labelVisits,
          data: weeks.map(function (week) {
            return number(week.visits) || 0;
          }),
          backgroundColor: weeks.map(function (week) {
            return week.below === true ? below : visits;
          }),
          borderColor: weeks.map(function (week) {
            return week.below === true ? belowEdge : visits;
          }),
          borderWidth: 1,
          pointStyle: 'rect',
          order: 2
        }, {
          type: 'line',
          label: labelTarget,
          data: weeks.map(function (week) {
            return number(week.target);
          }),
          // A target holds for a whole week: steps, not slopes, and a gap where no plan covers the week.
          stepped: 'middle',
          spanGaps: false,
          borderColor: target,
          backgroundColor: target,
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: 0,
          pointHitRadius: 8,
          pointStyle: 'line',
          fill: false,
          hidden: !anyTarget,
          order: 1
        }]
      },
      options: charts.overTime({
        font: {family: font},
        color: ink,
        scales: charts.daysAndWeeks(ink, line, font),
        plugins: {
          legend: {
            labels: {
              color: ink,
              font: {family: font},
              usePointStyle: true,
              // Visits, then what the amber bars mean, then the target line (drawn dashed, as on the chart).
              generateLabels: function (chart) {
                var items = Chart.defaults.plugins.legend.labels.generateLabels(chart);
                var byDataset = {};
                items.forEach(function (item) {
                  byDataset[item.datasetIndex] = item;
                });
                var ordered = [byDataset[0]];
                ordered[0].fillStyle = visits;
                ordered[0].strokeStyle = visits;
                if (anyTarget) {
                  ordered.push({text: labelBelow, fillStyle: below, strokeStyle: belowEdge, lineWidth: 1,
                    pointStyle: 'rect', fontColor: ink, hidden: false});
                  ordered.push(byDataset[1]);
                }
                return ordered;
              }
            },
            // The "below target" entry explains a colour; it is no dataset to switch off.
            onClick: function (event, item, legend) {
              if (typeof item.datasetIndex === 'number') {
                Chart.defaults.plugins.legend.onClick.call(this, event, item, legend);
              }
            }
          },
          tooltip: {
            callbacks: {
              afterBody: function (items) {
                var week = items.length ? weeks[items[0].dataIndex] : null;
                return week && week.below === true ? labelBelow : '';
              }
            }
          }
        }
      })
    });
  }

  charts.drawEvery({
    canvas: 'canvas[data-intensity-chart]',
    ready: 'data-intensity-chart-ready',
    script: 'intensity-chart',
    holds: 'a list of weeks',
    figures: weeksOf,
    draw: draw
  });
}(window.CorridorCharts));

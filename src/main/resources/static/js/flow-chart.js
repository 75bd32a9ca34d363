/*
 * Flow charts: every <canvas data-flow-chart> inside a <div class="chart-box"> becomes a Chart.js chart of
 * one place's counts day by day: bars for the daily counts, a line for their 7-day average, a dashed stepped
 * line for weekly or monthly figures (their total per day, never added to the daily bars), and the route
 * events as triangles along the top, on the same days, coloured by kind.
 *
 * The canvas's attributes:
 *   data-series="ID"   id of a <script type="application/json"> block holding
 *                      {"days": [{"date": "2015-10-20", "total": 5000, "average": 4800.5, "perDay": null}],
 *                       "events": [{"date": "2015-11-19", "kind": "RESTRICTION", "title": "..."}]}
 *   data-label         what the chart shows, in words: becomes the canvas's aria-label (role="img")
 *   data-label-daily, data-label-average, data-label-period, data-label-events   legend entries
 *
 * The page always shows tables of the same figures and a list of the events: the chart is a picture of
 * them. Colours come from custom properties in flows.css (--flow-daily, --flow-average, --flow-period,
 * --event-opening, --event-restriction, --event-closure, --event-policy_change, --event-incident).
 */
(function (charts) {
  'use strict';

  var property = charts.property;
  var number = charts.number;

  /* The days with a date, and the events with one; the events may be missing. */
  function flowSeries(data) {
    return {
      days: charts.days(data),
      events: Array.isArray(data.events) ? data.events.filter(function (event) {
        return event !== null && typeof event === 'object' && typeof event.date === 'string';
      }) : []
    };
  }

  function draw(canvas, series) {
    var ink = property(canvas, '--ink', '#1b2631');
    var line = property(canvas, '--line', '#d3dae2');
    var font = property(canvas, '--font', 'system-ui, sans-serif');
    var daily = property(canvas, '--flow-daily', '#7fa6d4');
    var average = property(canvas, '--flow-average', '#1b2631');
    var period = property(canvas, '--flow-period', '#8c5a00');
    var labels = series.days.map(function (day) {
      return day.date;
    });
    var indexOf = {};
    labels.forEach(function (date, i) {
      indexOf[date] = i;
    });

    // The markers stand a little above the highest figure, so they never hide a bar.
    var top = 0;
    series.days.forEach(function (day) {
      top = Math.max(top, number(day.total) || 0, number(day.average) || 0, number(day.perDay) || 0);
    });
    var markerHeight = top > 0 ? top * 1.08 : 1;
    var markers = labels.map(function () {
      return null;
    });
    var markerColours = labels.map(function () {
      return ink;
    });
    var titles = {};
    series.events.forEach(function (event) {
      var i = indexOf[event.date];
      if (i === undefined) {
        return;
      }
      markers[i] = markerHeight;
      markerColours[i] = property(canvas, '--event-' + String(event.kind || '').toLowerCase(), ink);
      (titles[i] = titles[i] || []).push(String(event.title || ''));
    });
    var anyPeriod = series.days.some(function (day) {
      return number(day.perDay) !== null;
    });

    new Chart(canvas, {
      data: {
        labels: labels,
        datasets: [{
          type: 'bar',
          label: canvas.getAttribute('data-label-daily') || 'Daily count',
          data: series.days.map(function (day) {
            return number(day.total);
          }),
          backgroundColor: daily,
          borderColor: daily,
          barPercentage: 1,
          categoryPercentage: 1,
          order: 4
        }, {
          type: 'line',
          label: canvas.getAttribute('data-label-average') || '7-day average',
          data: series.days.map(function (day) {
            return number(day.average);
          }),
          borderColor: average,
          backgroundColor: average,
          borderWidth: 2,
          pointRadius: 0,
          pointHitRadius: 6,
          pointStyle: 'line',
          spanGaps: false,
          order: 2
        }, {
          type: 'line',
          label: canvas.getAttribute('data-label-period') || 'Weekly or monthly figure, per day',
          data: series.days.map(function (day) {
            return number(day.perDay);
          }),
          stepped: true,
          borderColor: period,
          backgroundColor: period,
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
          pointHitRadius: 6,
          pointStyle: 'line',
          spanGaps: false,
          hidden: !anyPeriod,
          order: 3
        }, {
          type: 'line',
          label: canvas.getAttribute('data-label-events') || 'Route events',
          data: markers,
          showLine: false,
          pointStyle: 'triangle',
          pointRadius: 8,
          pointHoverRadius: 10,
          pointBackgroundColor: markerColours,
          pointBorderColor: ink,
          borderColor: ink,
          backgroundColor: ink,
          order: 1
        }]
      },
      options: charts.overTime({
        color: ink,
        scales: charts.daysAndWeeks(ink, line, font),
        plugins: {
          legend: {labels: {color: ink, font: {family: font}, usePointStyle: true}},
          tooltip: {
            filter: function (item) {
              // The marker's height means nothing; its titles are told in the footer.
              return item.datasetIndex !== 3;
            },
            callbacks: {
              footer: function (items) {
                var i = items.length ? items[0].dataIndex : -1;
                return titles[i] ? titles[i] : '';
              }
            }
          }
        }
      })
    });
  }

  charts.drawEvery({
    canvas: 'canvas[data-flow-chart]',
    ready: 'data-flow-chart-ready',
    script: 'flow-chart',
    holds: 'a flow series',
    figures: flowSeries,
    draw: draw
  });
}(window.CorridorCharts));

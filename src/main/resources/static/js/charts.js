/*
 * What every chart script shares (flow-chart.js, intensity-chart.js, border-chart.js, capacity-chart.js): loaded
 * before them, it gives them window.CorridorCharts. A chart script names its canvases, reads its figures from the
 * JSON block the canvas's data-series names, and draws; this script finds the canvases once the page is ready (and
 * in what htmx swaps in), reads the block and claims the canvas for the chart.
 *
 * A claimed canvas has its ready attribute, role="img", its data-label as aria-label, and its wrapper (the
 * chart-box) the class is-ready: the wrapper gives the chart its size and is hidden until there is a chart to show.
 */
window.CorridorCharts = (function () {
  'use strict';

  /* A custom property of the style sheets (a colour, the font), or the fallback where none is set. */
  function property(element, name, fallback) {
    var value = window.getComputedStyle(element).getPropertyValue(name).trim();
    return value || fallback;
  }

  /* A figure as drawn: a finite number, or null (a gap, never 0). */
  function number(value) {
    return typeof value === 'number' && isFinite(value) ? value : null;
  }

  /* The days of a series by day ({"days": [{"date": "2015-10-20", …}]}) that have a date; throws where it has none. */
  function days(data) {
    if (data === null || !Array.isArray(data.days)) {
      throw new Error('no list of days');
    }
    return data.days.filter(function (day) {
      return day !== null && typeof day === 'object' && typeof day.date === 'string';
    });
  }

  /*
   * The options of a chart of figures over time: sized by its chart box, drawn at once (an operational chart gains
   * nothing from motion, and a screenshot or print never catches it half-drawn), a day's or week's figures together
   * in one tooltip; own: the chart's own options (scales, plugins, …), added to these.
   */
  function overTime(own) {
    var options = {responsive: true, maintainAspectRatio: false, animation: false, interaction: {mode: 'index', intersect: false}};
    Object.keys(own).forEach(function (key) {
      options[key] = own[key];
    });
    return options;
  }

  /* The axes of a chart of days or weeks in the page's colours and font: a label a day or week, whole numbers from 0. */
  function daysAndWeeks(ink, line, font) {
    return {
      x: {grid: {display: false}, ticks: {color: ink, font: {family: font}, maxRotation: 60, autoSkip: true}},
      y: {beginAtZero: true, grid: {color: line}, ticks: {color: ink, font: {family: font}, precision: 0}}
    };
  }

  /* The canvas's figures as chart.figures makes them of its data block, or null (told on the console). */
  function figuresOf(canvas, chart) {
    var id = canvas.getAttribute('data-series');
    var block = id ? document.getElementById(id) : null;
    if (block === null) {
      console.error(chart.script + ': no data block with id "' + id + '"');
      return null;
    }
    try {
      return chart.figures(JSON.parse(block.textContent));
    } catch (e) {
      console.error(chart.script + ': the data block "' + id + '" is not ' + chart.holds + ': ' + e.message);
      return null;
    }
  }

  function claim(canvas, ready) {
    canvas.setAttribute(ready, '');
    canvas.setAttribute('role', 'img');
    if (canvas.hasAttribute('data-label')) {
      canvas.setAttribute('aria-label', canvas.getAttribute('data-label'));
    }
    if (canvas.parentElement) {
      canvas.parentElement.classList.add('is-ready');
    }
  }

  /*
   * Draws every chart of a kind, once the page is ready and in what htmx swaps in; a canvas already drawn is left.
   * chart: {canvas: its selector, ready: the attribute a drawn one carries, script: the script's name for the console,
   * holds: what its data block holds, in words, figures(data): the figures (throws where data is not such figures),
   * draw(canvas, figures): draws them}.
   */
  function drawEvery(chart) {
    function drawIn(root) {
      if (typeof window.Chart === 'undefined') {
        return;
      }
      var canvases = Array.prototype.slice.call(root.querySelectorAll(chart.canvas));
      if (root.matches && root.matches(chart.canvas)) {
        canvases.push(root);
      }
      canvases.forEach(function (canvas) {
        if (canvas.hasAttribute(chart.ready)) {
          return;
        }
        var figures = figuresOf(canvas, chart);
        if (figures !== null) {
          claim(canvas, chart.ready);
          chart.draw(canvas, figures);
        }
      });
    }

    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () {
        drawIn(document);
      });
    } else {
      drawIn(document);
    }
    /* A chart swapped in by htmx is drawn like one in a freshly loaded page. */
    document.addEventListener('htmx:load', function (event) {
      var elt = event.detail && event.detail.elt;
      if (elt && elt.querySelectorAll) {
        drawIn(elt);
      }
    });
  }

  return {
    property: property, number: number, days: days, overTime: overTime, daysAndWeeks: daysAndWeeks, drawEvery: drawEvery
  };
}());

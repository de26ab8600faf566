/*
 * Supervisor dashboard (/dashboard). No inline scripts (CSP): the charts section names its data in data-source
 * (/dashboard/data.json with the page's filters); each canvas[data-chart] is drawn with Chart.js (WebJar) from the
 * entry of that name: {type, stacked, yTitle, yMax, wholeNumbers, empty, labels, datasets: [{label, data}]}. An empty
 * chart shows its "no data" note instead of a blank frame; counts step by whole numbers; a line's points are drawn, so
 * a single month is a visible point. The tables below show the same numbers, so nothing is lost without script.
 */
(function () {
  'use strict';

  var COLOURS = ['#13325f', '#b3121f', '#d99a1e', '#2f7d4f', '#6f42c1', '#0d7ea6'];

  function draw(canvas, chart) {
    var stacked = !!chart.stacked;
    var single = chart.labels.length === 1;
    return new window.Chart(canvas, {
      type: chart.type,
      data: {
        labels: chart.labels,
        datasets: chart.datasets.map(function (series, index) {
          var colour = COLOURS[index % COLOURS.length];
          return {
            label: series.label,
            data: series.data,
            backgroundColor: colour,
            borderColor: colour,
            spanGaps: true,
            tension: 0.2,
            pointRadius: single ? 6 : 3,
            pointHoverRadius: single ? 8 : 5
          };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {stacked: stacked},
          y: {
            stacked: stacked,
            beginAtZero: true,
            max: chart.yMax || undefined,
            // counts of cases and days: 0, 1, 2 … never 0.1 steps when the numbers are small
            ticks: chart.wholeNumbers ? {precision: 0} : {},
            title: {display: !!chart.yTitle, text: chart.yTitle}
          }
        },
        plugins: {legend: {position: 'bottom'}}
      }
    });
  }

  /** Nothing to draw: the chart's box says so ("暂无数据") instead of showing empty axes. */
  function showEmpty(canvas) {
    var box = canvas.closest('.dashboard-chart');
    var note = document.getElementById(canvas.id + '-empty');
    if (box) {
      box.hidden = true;
    }
    if (note) {
      note.hidden = false;
    }
    canvas.setAttribute('data-empty', 'true');
  }

  function start() {
    var section = document.getElementById('dashboard-charts');
    if (!section || !window.Chart || !window.fetch) {
      return;
    }
    window.fetch(section.getAttribute('data-source'), {
      credentials: 'same-origin',
      headers: {'Accept': 'application/json'}
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('dashboard data: HTTP ' + response.status);
      }
      return response.json();
    }).then(function (charts) {
      section.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var chart = charts[canvas.getAttribute('data-chart')];
        if (chart && chart.empty) {
          showEmpty(canvas);
        } else if (chart) {
          draw(canvas, chart);
          canvas.setAttribute('data-drawn', 'true');
        }
      });
      section.setAttribute('data-loaded', 'true');
    }).catch(function (error) {
      section.setAttribute('data-error', String(error));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

// Draws the charts a page marks with data-chart: the x values in data-x, the y values in data-y (comma-separated),
// the series' name in data-label. Values come from the page itself; nothing is fetched and nothing runs inline.
(function () {
  function numbers(text) {
    return (text || '').split(',').filter(function (s) { return s !== ''; }).map(Number);
  }

  function draw() {
    document.querySelectorAll('[data-chart]:not([data-drawn])').forEach(function (element) {
      element.setAttribute('data-drawn', 'true');
      var x = numbers(element.getAttribute('data-x'));
      var y = numbers(element.getAttribute('data-y'));
      var options = {
        width: Math.max(element.clientWidth - 16, 280),
        height: 220,
        scales: { x: { time: false } },
        series: [
          { label: element.getAttribute('data-x-label') || 'x' },
          { label: element.getAttribute('data-label') || 'y', stroke: '#2f7d32', width: 2, fill: 'rgba(47,125,50,0.12)' }
        ],
        axes: [{}, { size: 70 }]
      };
      new uPlot(options, [x, y], element);
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
})();

// Line charts (Chart.js) with titled axes: one per canvas, replaced only when its data changes.

import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip);

const charts = new WeakMap();

/**
 * Draws on `canvas` a line chart of `series` (`[{ label, data, axis: 'y' | 'y2' }]`) over
 * `labels`, with the axis titles `{ x, y, y2 }`. The data and the titles are also kept on the
 * canvas, as JSON in `data-series` and `data-axes`, for readers that cannot see pictures.
 */
export function lineChart(canvas, { title, labels, series, axes }) {
  const key = JSON.stringify({ labels, series });
  if (canvas.dataset.series === key && charts.has(canvas)) return charts.get(canvas);
  charts.get(canvas)?.destroy();
  canvas.dataset.series = key;
  canvas.dataset.axes = JSON.stringify({ title, ...axes });
  const colors = ['#2563eb', '#dc2626', '#059669'];
  const scales = {
    x: { title: { display: true, text: axes.x } },
    y: { title: { display: true, text: axes.y }, position: 'left' },
  };
  if (axes.y2) scales.y2 = { title: { display: true, text: axes.y2 }, position: 'right', grid: { drawOnChartArea: false } };
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.data,
        yAxisID: s.axis ?? 'y',
        borderColor: colors[i % colors.length],
        backgroundColor: colors[i % colors.length],
        pointRadius: labels.length > 60 ? 0 : 3,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { title: { display: Boolean(title), text: title } },
      scales,
    },
  });
  charts.set(canvas, chart);
  return chart;
}

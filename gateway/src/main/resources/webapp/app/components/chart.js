// <pt-chart .config=${{ type, data, options }} label="…">: a Chart.js chart (webjar, ES modules through the import
// map; loaded only by the screens that import this file). The canvas is a picture with role="img" and the label as
// its name; every chart's numbers are also in a table on its screen, which is what screen readers and keyboards use.
// The values drawn are mirrored in data-values (JSON of each dataset's data), so a test can see the chart change.
import { html } from 'lit';
import { Chart, registerables } from 'chart.js';
import { Element } from './page.js';

Chart.register(...registerables);

/** The theme's colours for text and grid lines, read from the stylesheet's custom properties. */
function themed() {
  const style = getComputedStyle(document.documentElement);
  const text = style.getPropertyValue('--text').trim() || '#1f2328';
  const grid = style.getPropertyValue('--border').trim() || '#d0d7de';
  return {
    color: text,
    scales: { x: { ticks: { color: text }, grid: { color: grid } }, y: { ticks: { color: text }, grid: { color: grid } } },
    plugins: { legend: { labels: { color: text } } },
  };
}

function merge(base, extra) {
  const out = { ...base };
  for (const [key, value] of Object.entries(extra || {})) {
    out[key] = value && typeof value === 'object' && !Array.isArray(value) && base[key] ? merge(base[key], value) : value;
  }
  return out;
}

class ChartView extends Element {
  static properties = { config: { attribute: false }, label: {} };

  constructor() {
    super();
    this.config = null;
    this.label = '';
    this.chart = null;
  }

  render() {
    return html`<div class="chart-box"><canvas role="img" aria-label=${this.label}></canvas></div>`;
  }

  updated() {
    if (!this.config) return;
    const options = merge(merge({ animation: false, responsive: true, maintainAspectRatio: false }, themed()),
      this.config.options);
    if (this.chart && this.chart.config.type === this.config.type) {
      this.chart.data = this.config.data;
      this.chart.options = options;
      this.chart.update();
    } else {
      this.chart?.destroy();
      this.chart = new Chart(this.querySelector('canvas'), { type: this.config.type, data: this.config.data, options });
    }
    this.dataset.values = JSON.stringify(this.config.data.datasets.map((d) => d.data));
  }

  connectedCallback() {
    super.connectedCallback();
    // the theme's colours are read when drawing, so a theme switch (the header's, or the system's) draws again
    this.redraw = () => this.requestUpdate();
    this.themeWatch = new MutationObserver(this.redraw);
    this.themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    this.systemTheme = matchMedia('(prefers-color-scheme: dark)');
    this.systemTheme.addEventListener('change', this.redraw);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.themeWatch?.disconnect();
    this.systemTheme?.removeEventListener('change', this.redraw);
    this.chart?.destroy();
    this.chart = null;
  }
}
customElements.define('pt-chart', ChartView);

// Create or edit a dish: Danish and English texts, the station, the EU-14 allergens by number. POST /dishes takes
// the Danish texts only (a new dish has no translation), so English entered on a new dish is saved by a PUT right
// after; if that second call is refused the dish exists and its edit screen opens with the reason shown.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { toast } from '../components/toasts.js';
import { get, post, put } from '../api.js';
import { navigate } from '../router.js';

const text = (form, name) => {
  const value = (form.get(name) || '').trim();
  return value === '' ? null : value;
};

class DishPage extends Page {
  static properties = { dish: { state: true }, stations: { state: true }, allergens: { state: true } };

  constructor() {
    super();
    this.dish = null;
    this.stations = [];
    this.allergens = [];
  }

  get isNew() {
    return !this.params.id;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      const [stations, allergens, dish] = await Promise.all([get('/stations'), get('/allergens'),
        this.isNew ? null : get(`/dishes/${encodeURIComponent(this.params.id)}`)]);
      this.stations = stations;
      this.allergens = [...allergens].sort((a, b) => a.displayNumber - b.displayNumber);
      this.dish = dish;
      if (dish) document.title = `${dish.nameDA} · PrepTable`;
    });
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const texts = { nameDA: text(form, 'nameDA'), descriptionDA: text(form, 'descriptionDA') };
    const english = { nameEN: text(form, 'nameEN'), descriptionEN: text(form, 'descriptionEN') };
    const allergenIds = form.getAll('allergen').map(Number);
    let created = null;
    const saved = await this.run(async () => {
      if (!this.isNew) return put(`/dishes/${this.dish.id}`, { ...texts, ...english, allergenIds });
      created = await post('/dishes', { ...texts, stationId: Number(form.get('stationId')), allergenIds });
      if (!english.nameEN && !english.descriptionEN) return created;
      return put(`/dishes/${created.id}`, { ...texts, ...english, allergenIds });
    });
    if (saved) {
      toast(`${saved.nameDA} was saved.`);
      navigate('/dishes');
    } else if (created) {
      // the dish exists, its English texts were refused: edit it with the reason still in the banner
      const error = this.error;
      navigate(`/dishes/${created.id}`, { replace: true });
      toast(`${created.nameDA} was created without its English texts: ${error?.message}`);
    }
  }

  field(id, label, value, { area = false, min, max, required = false, lang } = {}) {
    const hint = `${min}–${max} characters${required ? '' : ', or empty'}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${area ? html`<textarea id=${id} name=${id} minlength=${min} maxlength=${max} ?required=${required}
          lang=${lang} aria-describedby="${id}-hint" .value=${value ?? ''}></textarea>`
        : html`<input id=${id} name=${id} minlength=${min} maxlength=${max} ?required=${required} lang=${lang}
          aria-describedby="${id}-hint" .value=${value ?? ''}>`}
      <span class="hint" id="${id}-hint">${hint}</span>
    </div>`;
  }

  render() {
    const d = this.dish;
    if (!this.isNew && !d) {
      return html`<h1 tabindex="-1">Dish</h1><pt-error-banner .error=${this.error}></pt-error-banner>
        ${this.error ? html`<p><a href="/dishes">Back to the dish bank</a></p>` : html`<p class="muted">Loading…</p>`}`;
    }
    const chosen = new Set((d?.allergens || []).map((a) => a.id));
    return html`<h1 tabindex="-1">${this.isNew ? 'New dish' : d.nameDA}</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${d ? html`<p class="muted">${d.active ? 'Active' : 'Inactive'} · from week ${d.originWeek} of ${d.originYear}</p>` : nothing}
      <form @submit=${(e) => this.save(e)}>
        <div class="form-grid">
          <fieldset><legend>Danish</legend>
            ${this.field('nameDA', 'Name (Danish)', d?.nameDA, { min: 2, max: 100, required: true, lang: 'da' })}
            ${this.field('descriptionDA', 'Description (Danish)', d?.descriptionDA, { area: true, min: 5, max: 200, required: true, lang: 'da' })}
          </fieldset>
          <fieldset><legend>English</legend>
            ${this.field('nameEN', 'Name (English)', d?.nameEN, { min: 2, max: 100, lang: 'en' })}
            ${this.field('descriptionEN', 'Description (English)', d?.descriptionEN, { area: true, min: 5, max: 200, lang: 'en' })}
          </fieldset>
        </div>
        <div class="field narrow"><label for="stationId">Station</label>
          <select id="stationId" name="stationId" required ?disabled=${!this.isNew} aria-describedby="station-hint">
            ${this.isNew ? html`<option value="">Choose a station</option>` : nothing}
            ${this.stations.map((s) => html`<option value=${s.id} ?selected=${d?.station?.id === s.id}>${s.name}</option>`)}
          </select>
          <span class="hint" id="station-hint">${this.isNew ? 'The station that prepares it.' : 'A dish keeps the station it was created for.'}</span>
        </div>
        <fieldset><legend>Allergens (EU-14)</legend>
          <div class="checks">${this.allergens.map((a) => html`<label>
            <input type="checkbox" name="allergen" value=${a.id} ?checked=${chosen.has(a.id)}>
            <span class="allergen">${a.displayNumber}</span> ${a.nameDA} <span class="muted" lang="en">(${a.nameEN})</span>
          </label>`)}</div>
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${this.isNew ? 'Create dish' : 'Save changes'}</button>
          <a class="button" href="/dishes">Cancel</a>
        </div>
      </form>`;
  }
}
customElements.define('pt-dish-page', DishPage);

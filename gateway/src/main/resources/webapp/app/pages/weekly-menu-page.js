// The published weekly menu for guests, no sign-in: GET /weekly-menus/current or /weekly-menus/by-week (both public
// in the contract; a draft is never shown). Danish or English (?lang=da|en, kept in the URL), each dish with its
// allergens by EU-14 number and name. Week navigation by /weekly-menu/{year}/{week}.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { get } from '../api.js';
import { navigate, setQuery } from '../router.js';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const WORDS = {
  da: {
    title: 'Ugens menu', week: (w, y) => `Uge ${w}, ${y}`, none: 'Der er ingen offentliggjort menu for denne uge.',
    allergens: 'Allergener', noAllergens: 'Ingen allergener', weeks: 'Uger', prev: 'Forrige uge', next: 'Næste uge', language: 'Sprog',
    days: ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'],
  },
  en: {
    title: 'This week\u2019s menu', week: (w, y) => `Week ${w}, ${y}`, none: 'No menu has been published for this week.',
    allergens: 'Allergens', noAllergens: 'No allergens', weeks: 'Weeks', prev: 'Previous week', next: 'Next week', language: 'Language',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
};

/** The ISO week (year, week) `delta` weeks from the given one. */
function shiftWeek(year, week, delta) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + ((week - 1) * 7 + delta * 7) * 86400000);
  const thursday = new Date(monday.getTime() + 3 * 86400000);
  const isoYear = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(isoYear, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86400000;
  return { year: isoYear, week: Math.floor((monday.getTime() - firstMonday) / (7 * 86400000)) + 1 };
}

class WeeklyMenuPage extends Page {
  static properties = { menu: { state: true }, missing: { state: true }, lang: { state: true } };

  constructor() {
    super();
    this.menu = null;
    this.missing = false;
    this.lang = new URL(window.location.href).searchParams.get('lang') === 'en' ? 'en' : 'da';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    const { year, week } = this.params;
    const path = year && week ? `/weekly-menus/by-week?week=${encodeURIComponent(week)}&year=${encodeURIComponent(year)}`
      : '/weekly-menus/current';
    this.missing = false;
    const menu = await this.run(async () => {
      try {
        return await get(path);
      } catch (e) {
        if (e.status === 404) {
          this.missing = true;
          return null;
        }
        throw e;
      }
    });
    this.menu = menu ?? null;
  }

  setLang(lang) {
    this.lang = lang;
    setQuery({ lang: lang === 'da' ? null : lang });
  }

  go(delta) {
    const from = this.menu ? { year: this.menu.year, week: this.menu.weekNumber }
      : { year: Number(this.params.year), week: Number(this.params.week) };
    if (!from.year || !from.week) return;
    const to = shiftWeek(from.year, from.week, delta);
    navigate(`/weekly-menu/${to.year}/${to.week}${this.lang === 'en' ? '?lang=en' : ''}`);
  }

  dish(slot) {
    const d = slot.menuDish;
    const en = this.lang === 'en';
    const name = (en ? d.nameEN : d.nameDA) || d.nameDA || d.nameEN;
    const description = (en ? d.descriptionEN : d.descriptionDA) || d.descriptionDA || '';
    const allergens = [...(d.allergens ?? [])].sort((a, b) => a.displayNumber - b.displayNumber);
    return html`<li class="card menu-dish">
      <strong>${name}</strong> <span class="muted">${slot.station?.name ?? ''}</span>
      ${description ? html`<p>${description}</p>` : nothing}
      <p class="allergens">${allergens.length
        ? html`${WORDS[this.lang].allergens}: ${allergens.map((a, i) => html`${i ? ', ' : ''}(${a.displayNumber}) ${en ? a.nameEN : a.nameDA}`)}`
        : WORDS[this.lang].noAllergens}</p>
    </li>`;
  }

  render() {
    const t = WORDS[this.lang];
    const m = this.menu;
    const slots = m?.menuSlots ?? [];
    const canNavigate = m || (this.params.year && this.params.week);
    return html`<div lang=${this.lang}>
      <h1 tabindex="-1">${t.title}</h1>
      <div class="toolbar" role="group" aria-label=${t.language}>
        <button type="button" aria-pressed=${this.lang === 'da'} @click=${() => this.setLang('da')} lang="da">Dansk</button>
        <button type="button" aria-pressed=${this.lang === 'en'} @click=${() => this.setLang('en')} lang="en">English</button>
      </div>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${m ? html`<p class="week">${t.week(m.weekNumber, m.year)}</p>` : nothing}
      ${canNavigate ? html`<nav class="toolbar" aria-label=${t.weeks}>
        <button type="button" @click=${() => this.go(-1)}>${t.prev}</button>
        <button type="button" @click=${() => this.go(1)}>${t.next}</button></nav>` : nothing}
      ${this.missing ? html`<p class="empty">${t.none}</p>` : nothing}
      ${DAYS.map((day, i) => {
        const today = slots.filter((s) => s.dayOfWeek === day);
        return today.length ? html`<section><h2>${t.days[i]}</h2><ul class="cards">${today.map((s) => this.dish(s))}</ul></section>` : nothing;
      })}
    </div>`;
  }
}
customElements.define('pt-weekly-menu-page', WeeklyMenuPage);

/** The UI's entry: a hash router (#/, #/?q=, #/article/ID, #/story/ID, #/entity/ID, #/entities). */
import { ApiFailure } from './api.js';
import { h } from './dom.js';
import { articleView, entitiesView, entityView, searchView, storyView } from './views.js';

async function route(): Promise<void> {
  const main = document.getElementById('main');
  if (!main) return;
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = hash.split('?');
  const params = new URLSearchParams(search);
  const [, kind, rawId] = /^\/(article|story|entity|entities)?\/?(.*)$/.exec(path) ?? [];
  const id = decodeURIComponent(rawId ?? '');
  main.setAttribute('aria-busy', 'true');
  let view: HTMLElement;
  try {
    if (kind === 'article' && id) view = await articleView(id);
    else if (kind === 'story' && id) view = await storyView(id);
    else if (kind === 'entity' && id) view = await entityView(id);
    else if (kind === 'entities') view = await entitiesView(params.get('q') ?? '');
    else view = await searchView(params.get('q') ?? '');
  } catch (err) {
    const msg = err instanceof ApiFailure ? err.message : 'something went wrong';
    view = h('p', { class: 'error', role: 'alert' }, `Could not load this page: ${msg}`);
  }
  main.replaceChildren(view);
  main.setAttribute('aria-busy', 'false');
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', () => void route());
void route();

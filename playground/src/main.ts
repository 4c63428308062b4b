/**
 * The playground page: reads dropped, chosen or pasted articles, has the worker parse them, and
 * shows the record as a card, the body with its entities marked, the entity list and the JSON.
 */
import type { ArticleRecord } from '../../src/index.js';
import { entityMarks, KIND_BADGES, KIND_NAMES, splitRuns, type EntityMark, type MarkKind } from './marks.js';
import type { ParseReply, ParseRequest } from './protocol.js';

interface FileResult {
  readonly name: string;
  readonly reply: ParseReply;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
};

const KINDS: readonly MarkKind[] = ['bloc', 'member', 'document', 'movement', 'award', 'place'];

/** One worker parses every input in turn; replies come back by request id. */
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const pending = new Map<number, (reply: ParseReply) => void>();
let nextId = 1;
worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
  pending.get(event.data.id)?.(event.data);
  pending.delete(event.data.id);
});

function parseInWorker(name: string, input: ArrayBuffer | string): Promise<ParseReply> {
  const id = nextId++;
  const request: ParseRequest = { id, name, input };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    // Bytes are handed over, not copied: a 40 MB page is not duplicated.
    worker.postMessage(request, typeof input === 'string' ? [] : [input]);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.text !== undefined) el.textContent = props.text;
  return el;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = element('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `article.html` → `article.json`; a `.gz` loses its own extension first. */
function jsonName(name: string): string {
  const base = name.replace(/\.gz$/i, '').replace(/\.[^./\\]*$/, '') || 'record';
  return `${base}.json`;
}

// ——— The card ———

function showCard(record: ArticleRecord, name: string): void {
  $('card-category').textContent = record.category ?? '';
  $('card-title').textContent = record.title ?? '(no headline found)';
  const fields = $('card-fields');
  fields.replaceChildren();
  const description = (record as { description?: string | null }).description ?? null;
  const rows: [string, string][] = [
    ['File', name],
    ['Published', record.publishedAt ?? '—'],
    ['Event date', record.eventDate ?? '—'],
    ['Authors', record.authors.map((a) => (a.unit ? `${a.name} (${a.unit})` : a.name)).join('; ') || '—'],
    ['Format', `${record.source.format}, ${record.source.encoding}`],
    ['Body', `${record.body.paragraphs.length} paragraphs, ${record.images.length} images`],
  ];
  if (record.source.url) rows.push(['URL', record.source.url]);
  for (const [term, value] of rows) fields.append(element('dt', { text: term }), element('dd', { text: value }));
  $('card-description').textContent = description ?? '';
  const warnings = $('card-warnings');
  warnings.replaceChildren(...record.warnings.map((w) => element('li', { text: w })));
}

// ——— The body with its marks ———

function legend(): void {
  const box = $('legend');
  box.replaceChildren(element('span', { className: 'legend-title', text: 'Marks:' }));
  for (const kind of KINDS) {
    const sample = element('mark', { className: `m m-${kind} mark-start`, text: KIND_NAMES[kind] });
    sample.dataset['label'] = KIND_NAMES[kind];
    box.append(sample);
  }
}

const tip = (): HTMLElement => $('tip');

function showTip(mark: EntityMark, anchor: HTMLElement): void {
  const box = tip();
  box.replaceChildren(element('strong', { text: KIND_NAMES[mark.kind] }));
  const list = element('dl');
  for (const [key, value] of Object.entries(mark.fields)) list.append(element('dt', { text: key }), element('dd', { text: value }));
  box.append(list);
  box.hidden = false;
  const rect = anchor.getBoundingClientRect();
  const top = window.scrollY + rect.bottom + 6;
  const left = Math.max(8, Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8));
  box.style.top = `${top}px`;
  box.style.left = `${left}px`;
  anchor.setAttribute('aria-describedby', 'tip');
}

function hideTip(anchor?: HTMLElement): void {
  tip().hidden = true;
  anchor?.removeAttribute('aria-describedby');
}

/** The marks of the record on show, read by the body's pointer and focus handlers. */
let shownMarks: readonly EntityMark[] = [];

function markAt(target: EventTarget | null): { el: HTMLElement; mark: EntityMark } | null {
  const el = target instanceof HTMLElement ? target.closest<HTMLElement>('mark[data-mark]') : null;
  const mark = el ? shownMarks[Number(el.dataset['mark'])] : undefined;
  return el && mark ? { el, mark } : null;
}

/** An entity's fields show on hover and on keyboard focus alike. */
function wireTips(): void {
  const body = $('body');
  for (const type of ['mouseover', 'focusin'] as const) {
    body.addEventListener(type, (e) => {
      const hit = markAt(e.target);
      if (hit) showTip(hit.mark, hit.el);
    });
  }
  for (const type of ['mouseout', 'focusout'] as const) {
    body.addEventListener(type, (e) => {
      const hit = markAt(e.target);
      if (hit) hideTip(hit.el);
    });
  }
}

function renderBody(record: ArticleRecord): void {
  const text = record.body.text;
  const { entities, marks } = entityMarks(record);
  const body = $('body');
  const fragment = document.createDocumentFragment();
  const started = new Set<number>();
  for (const run of splitRuns(text.length, marks)) {
    let node: Node = document.createTextNode(text.slice(run.start, run.end));
    // Innermost first, so the outermost mark ends up around the others.
    for (let i = run.marks.length - 1; i >= 0; i--) {
      const index = run.marks[i]!;
      const mark = marks[index]!;
      const el = element('mark', { className: `m m-${mark.kind}` });
      el.dataset['mark'] = String(index);
      el.dataset['kind'] = mark.kind;
      if (!started.has(index) && run.start === mark.start) {
        started.add(index);
        // The start of a mark carries its label and is a stop for the keyboard.
        el.classList.add('mark-start');
        el.dataset['label'] = KIND_BADGES[mark.kind];
        el.id = `mark-${index}`;
        el.tabIndex = 0;
        el.setAttribute('aria-label', `${KIND_NAMES[mark.kind]}: ${text.slice(mark.start, mark.end)}`);
      }
      el.append(node);
      node = el;
    }
    fragment.append(node);
  }
  body.replaceChildren(fragment);
  if (!text) body.append(element('p', { className: 'empty', text: 'The record has no body text.' }));

  shownMarks = marks;

  const list = $('entity-list');
  list.replaceChildren();
  for (const kind of KINDS) {
    const ofKind = entities.map((entity, index) => ({ entity, index })).filter(({ entity }) => entity.kind === kind);
    if (ofKind.length === 0) continue;
    const group = element('section', { className: `group group-${kind}` });
    group.append(element('h4', { text: `${KIND_NAMES[kind]} (${ofKind.length})` }));
    const ul = element('ul');
    for (const { entity } of ofKind) {
      const li = element('li');
      const button = element('button', { className: `entity m-${kind}`, text: entity.label });
      button.type = 'button';
      if (entity.firstMark === null) {
        button.disabled = true;
        button.title = 'not found in the body text';
      } else {
        const target = entity.firstMark;
        button.dataset['target'] = String(target);
        button.addEventListener('click', () => {
          const mark = document.getElementById(`mark-${target}`);
          if (!mark) return;
          mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
          mark.focus({ preventScroll: true });
          mark.classList.add('flash');
          setTimeout(() => mark.classList.remove('flash'), 1200);
        });
      }
      li.append(button);
      ul.append(li);
    }
    group.append(ul);
    list.append(group);
  }
  if (entities.length === 0) list.append(element('p', { className: 'empty', text: 'No entities found.' }));
}

// ——— One record, several files ———

let shownJson = '';
let shownName = 'record.json';

function showRecord(name: string, record: ArticleRecord): void {
  showCard(record, name);
  renderBody(record);
  shownJson = JSON.stringify(record, null, 2);
  shownName = jsonName(name);
  $('json').textContent = shownJson;
  $('copy-status').textContent = '';
  $('result').hidden = false;
}

function showError(name: string, reply: Extract<ParseReply, { ok: false }>): void {
  $('progress').textContent = `${name}: ${reply.code}: ${reply.message}`;
}

let batch: FileResult[] = [];

function renderBatch(): void {
  const rows = $('batch-rows');
  rows.replaceChildren();
  batch.forEach(({ name, reply }) => {
    const tr = element('tr');
    const file = element('td');
    const open = element('button', { className: 'link', text: name });
    open.type = 'button';
    open.disabled = !reply.ok;
    open.addEventListener('click', () => {
      if (reply.ok) {
        showRecord(name, reply.record);
        $('result').focus();
      }
    });
    file.append(open);
    tr.append(file);
    if (reply.ok) {
      const r = reply.record;
      const count = r.blocs.length + r.blocs.reduce((n, b) => n + b.members.length, 0) + r.documents.length + r.movements.length + r.awards.length + r.places.length;
      tr.append(element('td', { text: r.title ?? '—' }), element('td', { text: r.publishedAt ?? '—' }), element('td', { text: r.source.encoding }), element('td', { text: String(count) }), element('td', { text: r.warnings.join('; ') }));
    } else {
      tr.append(element('td', { text: '—' }), element('td', { text: '—' }), element('td', { text: '—' }), element('td', { text: '—' }), element('td', { className: 'error', text: `${reply.code}: ${reply.message}` }));
    }
    rows.append(tr);
  });
  $('batch').hidden = batch.length < 2;
}

/** One JSON line per file, as the command writes them: a record with its path, or an error line. */
function jsonLines(results: readonly FileResult[]): string {
  return results
    .map(({ name, reply }) =>
      JSON.stringify(reply.ok ? { ...reply.record, source: { ...reply.record.source, path: name } } : { error: { code: reply.code, message: reply.message }, source: { path: name } }),
    )
    .join('\n') + '\n';
}

async function parseFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const progress = $('progress');
  batch = [];
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    progress.textContent = files.length > 1 ? `Parsing ${i + 1} of ${files.length}: ${file.name}` : `Parsing ${file.name}…`;
    const reply = await parseInWorker(file.name, await file.arrayBuffer());
    batch.push({ name: file.name, reply });
    if (i === 0) {
      if (reply.ok) showRecord(file.name, reply.record);
      else showError(file.name, reply);
    }
    if (files.length > 1) renderBatch();
  }
  const failed = batch.filter((b) => !b.reply.ok).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (files.length > 1) progress.textContent = `Parsed ${files.length} files in ${seconds} s${failed ? `, ${failed} failed` : ''}.`;
  else if (batch[0]?.reply.ok) progress.textContent = `Parsed ${files[0]!.name} in ${seconds} s.`;
  if (files.length === 1) $('batch').hidden = true;
}

// ——— Input ———

function wireInput(): void {
  const drop = $('drop');
  const picker = $<HTMLInputElement>('files');
  drop.addEventListener('click', () => picker.click());
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      picker.click();
    }
  });
  picker.addEventListener('change', () => {
    void parseFiles([...(picker.files ?? [])]);
    picker.value = '';
  });
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
  }
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void parseFiles([...(e.dataTransfer?.files ?? [])]);
  });
  // A file dropped beside the zone is not opened by the browser in place of the page.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());

  $('parse-paste').addEventListener('click', () => {
    const text = $<HTMLTextAreaElement>('paste').value;
    if (!text.trim()) {
      $('progress').textContent = 'Paste an article first.';
      return;
    }
    void parseInWorker('pasted', text).then((reply) => {
      batch = [{ name: 'pasted', reply }];
      $('batch').hidden = true;
      if (reply.ok) {
        showRecord('pasted', reply.record);
        $('progress').textContent = `Parsed the pasted ${reply.record.source.format}.`;
      } else showError('pasted', reply);
    });
  });

  $('copy-json').addEventListener('click', () => {
    void navigator.clipboard.writeText(shownJson).then(
      () => ($('copy-status').textContent = 'Copied.'),
      () => ($('copy-status').textContent = 'The browser did not allow copying; select the text instead.'),
    );
  });
  $('download-json').addEventListener('click', () => download(shownName, shownJson + '\n', 'application/json'));
  $('download-jsonl').addEventListener('click', () => download('records.jsonl', jsonLines(batch), 'application/x-ndjson'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideTip();
  });
}

interface Sample {
  readonly file: string;
  readonly label: string;
}

async function loadSamples(): Promise<void> {
  const box = $('samples');
  const response = await fetch('samples/index.json');
  if (!response.ok) return;
  const samples = (await response.json()) as Sample[];
  for (const sample of samples) {
    const button = element('button', { className: 'sample', text: sample.label });
    button.type = 'button';
    button.addEventListener('click', async () => {
      const bytes = await (await fetch(`samples/${encodeURIComponent(sample.file)}`)).arrayBuffer();
      await parseFiles([new File([bytes], sample.file)]);
    });
    box.append(button);
  }
}

legend();
wireTips();
wireInput();
void loadSamples();

// Loads an XForm that `vap form` wrote into ODK's own form engine (@getodk/xforms-engine, under
// jsdom), checks that every question of the form is a node of the engine, fills the answers of
// a JSON file, checks that the engine refuses the values the JSON says it must refuse, and
// prints the submission XML the engine serialises.
//
//   node fill.mjs FORM.xml ANSWERS.json > submission.xml
//
// ANSWERS.json: {"answers": {"/data/session/date": "2015-03-02", ...},
//                "repeats": {"/data/gallery/votes": [{"problem": "drinking-water", ...}, ...]},
//                "refused": [{"repeat": "/data/gallery/votes", "index": 0, "name": "vote_dots",
//                             "value": "999"}]}
// Exit 1 with a message on standard error when anything is not as expected.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
for (const name of ['window', 'document', 'DOMParser', 'XMLSerializer', 'Node', 'Element', 'Document',
                    'XPathResult', 'XMLDocument', 'NodeFilter', 'Attr', 'Text', 'DocumentFragment']) {
  if (!(name in globalThis) && name in dom.window) globalThis[name] = name === 'window' ? dom.window : dom.window[name];
}
// The engine's XPath parser is web-tree-sitter built by Emscripten, which, seeing Node, reaches
// for CommonJS's `__dirname` and `module` (its WebAssembly comes inline, as data URLs).
globalThis.__dirname = new URL('.', import.meta.url).pathname;
globalThis.module = { exports: {} };
const { loadForm } = await import('@getodk/xforms-engine');

const [formPath, answersPath] = process.argv.slice(2);
const formXml = readFileSync(formPath, 'utf8');
const spec = JSON.parse(readFileSync(answersPath, 'utf8'));
const fail = (why) => { process.stderr.write(`fill.mjs: ${why}\n`); process.exit(1); };

const result = await loadForm(formXml);
if (result.status === 'failure') fail(`the engine cannot load the form: ${result.error}`);
const instance = result.createInstance();
const root = instance.root;

// Every node of the engine, by its nodeset (repeat instances: their template's nodeset).
const nodes = [];
const walk = (node) => {
  nodes.push(node);
  for (const child of node.currentState.children ?? []) walk(child);
};
walk(root);
const byNodeset = (nodeset) => nodes.filter((n) => n.definition?.nodeset === nodeset);

// Every question of the form (each <bind nodeset="...">) is a node of the engine.
const binds = [...formXml.matchAll(/<bind nodeset="([^"]+)"/g)].map((m) => m[1]);
const repeatsOfForm = [...formXml.matchAll(/<repeat nodeset="([^"]+)"/g)].map((m) => m[1]);
const insideRepeat = (path) => repeatsOfForm.some((r) => path.startsWith(r + '/'));
for (const b of binds) {
  if (b === '/data/meta/instanceID') continue;
  if (!insideRepeat(b) && byNodeset(b).length === 0) fail(`no node of the engine for ${b}`);
}
for (const r of repeatsOfForm) if (byNodeset(r).length === 0) fail(`no repeat of the engine for ${r}`);

const set = (node, value) => {
  if (node.nodeType === 'select') {
    if (node.selectType === 'select') node.selectValues(String(value).split(' ').filter(Boolean));
    else node.selectValue(String(value));
  } else if (node.valueType === 'int') {
    node.setValue(Number(value));
  } else if (node.valueType === 'decimal') {
    node.setValue(Number(value));
  } else {
    node.setValue(String(value));
  }
};

for (const [path, value] of Object.entries(spec.answers ?? {})) {
  const [node] = byNodeset(path);
  if (!node) fail(`no question ${path}`);
  set(node, value);
}
for (const [path, entries] of Object.entries(spec.repeats ?? {})) {
  const [range] = byNodeset(path).filter((n) => n.nodeType.startsWith('repeat-range'));
  if (!range) fail(`no repeat ${path}`);
  range.addInstances(range.currentState.children.length - 1, entries.length);
  entries.forEach((entry, i) => {
    const inst = range.currentState.children[i];
    for (const [name, value] of Object.entries(entry)) {
      const node = inst.currentState.children.find((c) => c.definition.nodeset === `${path}/${name}`);
      if (!node) fail(`no question ${path}/${name}`);
      set(node, value);
    }
  });
}

// The values the engine must refuse: set, checked, and set back.
for (const r of spec.refused ?? []) {
  const [range] = byNodeset(r.repeat).filter((n) => n.nodeType.startsWith('repeat-range'));
  const scope = r.repeat ? range.currentState.children[r.index] : root;
  const node = r.repeat
    ? scope.currentState.children.find((c) => c.definition.nodeset === `${r.repeat}/${r.name}`)
    : byNodeset(r.name)[0];
  const before = node.currentState.value;
  set(node, r.value);
  const v = node.validationState.violation;
  if (!v || v.condition !== 'constraint') fail(`the engine took ${r.value} for ${r.name}`);
  process.stderr.write(`refused ${r.name} = ${r.value}: ${v.message?.asString ?? ''}\n`);
  set(node, Array.isArray(before) ? before.join(' ') : before);
}

if (!root.validationState.violations === undefined) fail('no validation state');
const violations = root.validationState.violations ?? [];
if (violations.length) fail(`still invalid: ${violations.map((v) => v.nodeId ?? v.reference).join(', ')}`);

const payload = await root.prepareInstancePayload();
if (payload.status !== 'ready') fail(`the submission is not ready: ${payload.status}`);
const file = payload.data[0].get('xml_submission_file');
process.stdout.write(await file.text());

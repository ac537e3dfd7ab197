// Runs the core of a questionnaire form's own script (the functions without DOM) in node, for
// tests/form_conformance.rs. Usage: node form-core.js JOBS.json > RESULTS.json, where JOBS.json is
// [{ page, visibility: [entries], bounds: [{ question, text }], toml: [session] }] and each result is
// { visibility: [{ visible, progress }], bounds: [{ value } | { error }], toml: [text] }.
// The script and the model are taken from the generated page itself, so what is tested is what ships.
'use strict';
const fs = require('fs');
const vm = require('vm');

function scripts(html) {
  const model = html.match(/<script type="application\/json" id="vragenlijst">([\s\S]*?)<\/script>/);
  const code = html.match(/<script>\n?([\s\S]*?)<\/script>/);
  if (!model || !code) throw new Error('page without model or script');
  return { model: JSON.parse(model[1]), code: code[1] };
}

function load(page) {
  const { model, code } = scripts(fs.readFileSync(page, 'utf8'));
  const sandbox = { module: { exports: {} } };
  vm.runInNewContext(code, sandbox, { filename: page });
  const core = sandbox.module.exports;
  if (typeof core.isVisible !== 'function') throw new Error(page + ': the script exports no core');
  return { core, model: core.prepare(model) };
}

function run(job) {
  const { core, model } = load(job.page);
  return {
    visibility: (job.visibility || []).map((entries) => ({
      visible: core.visibleIds(model, entries),
      progress: core.progress(model, entries).map((p) => [p.done, p.all]),
    })),
    bounds: (job.bounds || []).map((b) => core.checkNumber(model.byId[b.question], b.text, model.texts)),
    toml: (job.toml || []).map((session) => core.sessionToml(model, session)),
  };
}

const jobs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(jobs.map(run)));

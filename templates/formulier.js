// Regiewijzer — the questionnaire form (`regiewijzer formulier`). Reads the questionnaire embedded as
// JSON in the element #vragenlijst, draws it, keeps the answers in localStorage and writes them as a
// session file (docs/SESSIEBESTAND.md) to download. The only rules it repeats from Regiewijzer are
// visibility (`when`, as Questionnaire::is_visible) and number bounds (as wizard::input::parse_number);
// tests/form_conformance.rs checks both against the Rust code. Plain JavaScript, no framework, no
// network: all user text reaches the page through textContent and value, never as HTML.
//
// The first part ("core") has no DOM and is what node loads in the tests (module.exports); the
// second part ("page") runs only in a browser.
(function () {
  'use strict';

  // ===== Core ===================================================================================
  // entries: question id -> { choice | choices | number | text | records, note }, exactly the
  // [answers."id"] tables of a session file.

  var ANSWER_KEYS = ['choice', 'choices', 'number', 'text', 'records'];
  var DONT_KNOW = 'weet_niet';

  // Index the model: model.questions (in order, each with its step index) and model.byId.
  function prepare(model) {
    var byId = Object.create(null);
    var questions = [];
    model.steps.forEach(function (step, s) {
      step.questions.forEach(function (q) {
        q.step = s;
        byId[q.id] = q;
        questions.push(q);
      });
    });
    model.byId = byId;
    model.questions = questions;
    return model;
  }

  function own(object, key) {
    return object != null && Object.prototype.hasOwnProperty.call(object, key);
  }

  function entryOf(entries, id) {
    return own(entries, id) ? entries[id] : undefined;
  }

  function hasAnswer(entry) {
    return !!entry && ANSWER_KEYS.some(function (k) { return entry[k] !== undefined; });
  }

  // Whether the answer is, or contains, option `id` (Answer::has_option).
  function hasOption(entry, id) {
    if (typeof entry.choice === 'string') return entry.choice === id;
    if (Array.isArray(entry.choices)) return entry.choices.indexOf(id) >= 0;
    return false;
  }

  function isDontKnow(entry) {
    return !!entry && (entry.choice === DONT_KNOW ||
      (Array.isArray(entry.choices) && entry.choices.length === 1 && entry.choices[0] === DONT_KNOW));
  }

  // Questionnaire::is_visible: the mode, then the condition on an earlier choice question, which
  // must itself be visible and answered.
  function isVisible(model, q, entries) {
    if (model.mode === 'kort' && !q.kort) return false;
    var c = q.when;
    if (!c) return true;
    var target = model.byId[c.question];
    if (!target || !isVisible(model, target, entries)) return false;
    var entry = entryOf(entries, c.question);
    if (!hasAnswer(entry)) return false;
    var any = c.any_of.length === 0 || c.any_of.some(function (o) { return hasOption(entry, o); });
    var none = c.none_of.every(function (o) { return !hasOption(entry, o); });
    return any && none;
  }

  function visibleIds(model, entries) {
    return model.questions.filter(function (q) { return isVisible(model, q, entries); })
      .map(function (q) { return q.id; });
  }

  // Per step: visible questions, how many are answered, how many with "weet niet".
  function progress(model, entries) {
    return model.steps.map(function (step) {
      var p = { done: 0, all: 0, dontKnow: 0 };
      step.questions.forEach(function (q) {
        if (!isVisible(model, q, entries)) return;
        var entry = entryOf(entries, q.id);
        p.all += 1;
        if (hasAnswer(entry)) p.done += 1;
        if (isDontKnow(entry)) p.dontKnow += 1;
      });
      return p;
    });
  }

  // "{n} van {m}" with { n: 1, m: 2 }.
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return own(values, key) ? String(values[key]) : all;
    });
  }

  // wizard::input::parse_decimal: spaces dropped, a decimal comma or point.
  function parseDecimal(text) {
    var cleaned = String(text).replace(/\s+/g, '').replace(/,/g, '.');
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cleaned)) return null;
    var value = Number(cleaned);
    return isFinite(value) ? value : null;
  }

  // wizard::input::parse_number: { value } or { error } (the wizard's Dutch message).
  function checkNumber(q, text, texts) {
    var value = parseDecimal(text);
    if (value === null) return { error: fill(texts.not_a_number, { tekst: String(text).trim() }) };
    if (q.kind === 'scale' && Math.floor(value) !== value) return { error: texts.whole_number };
    if ((q.min != null && value < q.min) || (q.max != null && value > q.max)) return { error: q.range_error };
    return { value: value };
  }

  // wizard::input::format_number: no decimals for whole numbers, else a decimal comma.
  function formatNumber(value) {
    return Math.floor(value) === value && Math.abs(value) < 1e15 ? value.toFixed(0) : String(value).replace('.', ',');
  }

  // --- TOML (the session file) ---

  // A TOML basic string: \" \\ and \b \t \n \f \r, \uXXXX for other control characters (C0, DEL,
  // C1); a lone surrogate (not valid Unicode) becomes U+FFFD.
  function tomlString(s) {
    var out = '"';
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          out += s.charAt(i) + s.charAt(i + 1);
          i += 1;
          continue;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) out += '\ufffd';
      else if (c === 0x22) out += '\\"';
      else if (c === 0x5c) out += '\\\\';
      else if (c === 0x0a) out += '\\n';
      else if (c === 0x09) out += '\\t';
      else if (c === 0x0d) out += '\\r';
      else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += '\\u' + ('000' + c.toString(16).toUpperCase()).slice(-4);
      else out += s.charAt(i);
    }
    return out + '"';
  }

  function tomlKey(key) {
    return /^[A-Za-z0-9_-]+$/.test(key) ? key : tomlString(key);
  }

  // Always a TOML float (`3.0`, `2.5`, `1e+300`), as Regiewijzer writes numbers.
  function tomlNumber(n) {
    if (!isFinite(n)) throw new Error('not a finite number');
    if (Math.floor(n) === n && Math.abs(n) < 1e15) return n.toFixed(1);
    var s = String(n);
    return /[.eE]/.test(s) ? s : s + '.0';
  }

  function isText(v) {
    return typeof v === 'string';
  }

  function isTextList(v) {
    return Array.isArray(v) && v.every(isText);
  }

  function isNumber(v) {
    return typeof v === 'number' && isFinite(v);
  }

  // A record value as a session file allows it: text, a finite number or a list of texts.
  function isFieldValue(v) {
    return isText(v) || isNumber(v) || isTextList(v);
  }

  function isRecord(r) {
    return r !== null && typeof r === 'object' && !Array.isArray(r) &&
      Object.keys(r).every(function (k) { return isFieldValue(r[k]); });
  }

  // The entry as it goes into the file: { key, value } of its answer (texts trimmed; blank, empty
  // or malformed answers left out) and its note, or null when nothing is left.
  function cleanEntry(entry) {
    if (entry === null || typeof entry !== 'object') return null;
    var answer = null;
    if (isText(entry.choice)) answer = { key: 'choice', value: entry.choice };
    else if (isTextList(entry.choices) && entry.choices.length) answer = { key: 'choices', value: entry.choices };
    else if (isNumber(entry.number)) answer = { key: 'number', value: entry.number };
    else if (isText(entry.text) && entry.text.trim() !== '') answer = { key: 'text', value: entry.text.trim() };
    else if (Array.isArray(entry.records) && entry.records.length && entry.records.every(isRecord)) {
      answer = { key: 'records', value: entry.records };
    }
    var note = isText(entry.note) && entry.note.trim() !== '' ? entry.note : null;
    return answer || note !== null ? { answer: answer, note: note } : null;
  }

  function tomlValue(v) {
    if (typeof v === 'number') return tomlNumber(v);
    if (Array.isArray(v)) return '[' + v.map(tomlString).join(', ') + ']';
    return tomlString(v);
  }

  // The session file: session = { respondent: { gemeente, name, role }, created, updated, entries }.
  function sessionToml(model, session) {
    var r = session.respondent;
    var lines = [
      model.texts.file_header,
      'format = ' + model.format,
      'questionnaire = ' + tomlString(model.questionnaire),
      'questionnaire_version = ' + tomlString(model.version),
      'mode = ' + tomlString(model.mode),
      'created = ' + tomlString(session.created),
      'updated = ' + tomlString(session.updated),
      '',
      '[respondent]',
      'gemeente = ' + tomlString(r.gemeente.trim()),
      'name = ' + tomlString(r.name.trim()),
      'role = ' + tomlString(r.role),
    ];
    Object.keys(session.entries).sort().forEach(function (id) {
      var entry = cleanEntry(session.entries[id]);
      if (!entry) return;
      var table = 'answers.' + tomlKey(id);
      var plain = [];
      if (entry.answer && entry.answer.key !== 'records') plain.push(entry.answer.key + ' = ' + tomlValue(entry.answer.value));
      if (entry.note !== null) plain.push('note = ' + tomlString(entry.note));
      if (plain.length) lines.push('', '[' + table + ']'), lines.push.apply(lines, plain);
      if (entry.answer && entry.answer.key === 'records') {
        entry.answer.value.forEach(function (record) {
          lines.push('', '[[' + table + '.records]]');
          Object.keys(record).sort().forEach(function (k) { lines.push(tomlKey(k) + ' = ' + tomlValue(record[k])); });
        });
      }
    });
    return lines.join('\n') + '\n';
  }

  // ASCII letters and digits, accents folded, at most 60 characters (as session::slug).
  function slug(s) {
    var folded = String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    return folded.replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/^-+|-+$/g, '');
  }

  // `lier-an-2026-11-25.toml`: gemeente, then name (or role), so several respondents' files differ.
  function fileName(respondent, date) {
    var parts = [slug(respondent.gemeente) || 'sessie', slug(respondent.name) || slug(respondent.role)];
    return parts.filter(Boolean).join('-') + '-' + date + '.toml';
  }

  // Entries read back from localStorage: keep only well-formed ones (the storage is other input).
  function sanitizeEntries(raw) {
    var entries = Object.create(null);
    if (raw === null || typeof raw !== 'object') return entries;
    Object.keys(raw).forEach(function (id) {
      var e = raw[id];
      if (cleanEntry(e) === null) return;
      var copy = Object.create(null);
      ANSWER_KEYS.concat(['note']).forEach(function (k) { if (own(e, k)) copy[k] = e[k]; });
      entries[id] = copy;
    });
    return entries;
  }

  var core = {
    prepare: prepare,
    isVisible: isVisible,
    visibleIds: visibleIds,
    progress: progress,
    hasAnswer: hasAnswer,
    fill: fill,
    parseDecimal: parseDecimal,
    checkNumber: checkNumber,
    formatNumber: formatNumber,
    tomlString: tomlString,
    tomlNumber: tomlNumber,
    cleanEntry: cleanEntry,
    sessionToml: sessionToml,
    slug: slug,
    fileName: fileName,
    sanitizeEntries: sanitizeEntries,
  };
  if (typeof module === 'object' && module && module.exports) module.exports = core;
  if (typeof document === 'undefined') return;

  // ===== Page ===================================================================================

  var model = prepare(JSON.parse(document.getElementById('vragenlijst').textContent));
  var T = model.texts;
  var state = {
    entries: Object.create(null),
    respondent: { gemeente: '', name: '', role: '' },
    created: null,
    updated: null,
    raw: Object.create(null), // number fields: the text as typed, also when it is not a valid number
    step: null,
  };
  var invalid = Object.create(null); // question id -> message, for number fields with a bad value
  var storage = openStorage();
  var views = Object.create(null); // question id -> { box, refresh, focus }
  var sections = [];               // { id, title, section, heading, link, progress, stepIndex }
  var shownBefore = null;          // visible ids of the current step before the last change

  function openStorage() {
    try {
      var s = window.localStorage;
      var probe = model.storage_key + ':probe';
      s.setItem(probe, '1');
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null;
    }
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === false || v == null) return;
      if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : v);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function srOnly(text) {
    return el('span', { class: 'verborgen', text: text });
  }

  function nowIso() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  function localDate(d) {
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }

  var statusTimer = null;
  function announce(text) {
    var region = document.getElementById('status');
    region.textContent = '';
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () { region.textContent = text; }, 50);
  }

  var noticeLasts = false; // the warning that nothing is kept stays; "restored" goes once one moves on
  function notice(text, lasts) {
    var box = document.getElementById('melding');
    box.textContent = text;
    box.hidden = false;
    noticeLasts = !!lasts;
  }

  // --- state and storage ---

  function persist() {
    if (!storage) return;
    try {
      storage.setItem(model.storage_key, JSON.stringify({
        version: 1,
        created: state.created,
        updated: state.updated,
        respondent: state.respondent,
        entries: state.entries,
        raw: state.raw,
        step: state.step,
      }));
    } catch (e) {
      storage = null;
      notice(T.no_storage, true);
    }
  }

  // Every change: stamp the time, store, redraw what depends on the answers.
  function changed() {
    var now = nowIso();
    if (!state.created) state.created = now;
    state.updated = now;
    persist();
    refresh();
  }

  function restore() {
    if (!storage) {
      notice(T.no_storage, true);
      return;
    }
    var saved;
    try {
      saved = JSON.parse(storage.getItem(model.storage_key) || 'null');
    } catch (e) {
      saved = null;
    }
    if (saved === null || typeof saved !== 'object') return;
    var r = saved.respondent || {};
    state.respondent = {
      gemeente: typeof r.gemeente === 'string' ? r.gemeente : '',
      name: typeof r.name === 'string' ? r.name : '',
      role: model.roles.some(function (x) { return x.id === r.role; }) ? r.role : '',
    };
    state.entries = sanitizeEntries(saved.entries);
    if (saved.raw && typeof saved.raw === 'object') {
      Object.keys(saved.raw).forEach(function (k) { if (isText(saved.raw[k])) state.raw[k] = saved.raw[k]; });
    }
    state.created = typeof saved.created === 'string' ? saved.created : null;
    state.updated = typeof saved.updated === 'string' ? saved.updated : null;
    state.step = typeof saved.step === 'string' ? saved.step : null;
    if (state.updated) {
      var when = new Date(state.updated);
      var text = isNaN(when.getTime()) ? state.updated : when.toLocaleString(document.documentElement.lang || 'nl-BE',
        { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
      notice(fill(T.restored, { datum: text }));
    }
  }

  function entry(id) {
    if (!own(state.entries, id)) state.entries[id] = Object.create(null);
    return state.entries[id];
  }

  function setAnswer(id, key, value) {
    var e = entry(id);
    ANSWER_KEYS.forEach(function (k) { delete e[k]; });
    e[key] = value;
    changed();
  }

  function clearAnswer(id) {
    if (!own(state.entries, id)) return;
    var e = state.entries[id];
    ANSWER_KEYS.forEach(function (k) { delete e[k]; });
    if (e.note === undefined) delete state.entries[id];
    changed();
  }

  function setNote(id, text) {
    if (text.trim() === '') {
      if (!own(state.entries, id)) return;
      delete state.entries[id].note;
      if (!hasAnswer(state.entries[id])) delete state.entries[id];
    } else {
      entry(id).note = text;
    }
    changed();
  }

  function answerOf(id) {
    return entryOf(state.entries, id);
  }

  // --- questions ---

  function optionLabel(options, id) {
    for (var i = 0; i < options.length; i++) if (options[i].id === id) return options[i].label;
    return id;
  }

  // wizard::input::record_line: `Naam: OCMW; Soort: Intern`.
  function recordLine(fields, record) {
    return fields.filter(function (f) { return own(record, f.id); }).map(function (f) {
      var v = record[f.id];
      var text;
      if (typeof v === 'number') text = formatNumber(v);
      else if (Array.isArray(v)) text = v.map(function (o) { return optionLabel(f.options, o); }).join(', ');
      else if (f.kind === 'single' || f.kind === 'jgnw') text = optionLabel(f.options, v);
      else text = v;
      return f.label + ': ' + text;
    }).join('; ');
  }

  // The box of one question: prompt (legend or label), help, the input, errors, a note.
  function questionBox(q, n) {
    var base = 'v' + n;
    var box = el('div', { class: 'vraag', id: base, 'data-vraag': q.id });
    var help = q.help ? el('p', { class: 'hulp', id: base + '-hulp', text: q.help }) : null;
    var view = { box: box, refresh: function () {}, focus: function () {} };
    var build = {
      single: choiceQuestion, jgnw: choiceQuestion, multi: multiQuestion, scale: scaleQuestion,
      number: numberQuestion, text: textQuestion, long_text: textQuestion, records: recordsQuestion,
    }[q.kind] || textQuestion;
    build(q, base, box, help, view);
    box.appendChild(noteBox(q, base));
    views[q.id] = view;
    return box;
  }

  function describedBy(ids) {
    return ids.filter(Boolean).join(' ') || null;
  }

  function clearButton(q, view) {
    var button = el('button', { type: 'button', class: 'knop klein wissen', text: T.clear });
    button.addEventListener('click', function () {
      clearAnswer(q.id);
      view.refresh();
      view.focus();
    });
    return button;
  }

  // Radio buttons: single choice, jgnw, a short scale.
  function radioGroup(q, base, box, help, view, choices, isChosen, choose) {
    var inputs = [];
    var clear = clearButton(q, view);
    var list = el('div', { class: q.kind === 'scale' ? 'opties schaal' : 'opties' });
    choices.forEach(function (c, i) {
      var input = el('input', { type: 'radio', name: base, id: base + '-o' + i, value: String(i) });
      input.addEventListener('change', function () {
        if (!input.checked) return;
        choose(c);
        clear.hidden = false;
      });
      inputs.push(input);
      list.appendChild(el('div', { class: 'optie' }, [input, el('label', { for: input.id, text: c.label })]));
    });
    var legend = el('legend', { text: q.prompt });
    var fieldset = el('fieldset', { 'aria-describedby': help ? help.id : null }, [legend, help, list]);
    box.appendChild(fieldset);
    box.appendChild(clear);
    view.refresh = function () {
      choices.forEach(function (c, i) { inputs[i].checked = isChosen(c); });
      clear.hidden = !hasAnswer(answerOf(q.id));
    };
    view.focus = function () { inputs[0].focus(); };
  }

  function choiceQuestion(q, base, box, help, view) {
    radioGroup(q, base, box, help, view, q.options,
      function (o) { var e = answerOf(q.id); return !!e && e.choice === o.id; },
      function (o) { setAnswer(q.id, 'choice', o.id); });
  }

  function scaleQuestion(q, base, box, help, view) {
    if (!q.scale.length) return numberQuestion(q, base, box, help, view);
    radioGroup(q, base, box, help, view, q.scale,
      function (s) { var e = answerOf(q.id); return !!e && e.number === s.value; },
      function (s) { setAnswer(q.id, 'number', s.value); });
  }

  // Ticking an exclusive option ("weet niet", "geen") clears the others, ticking another clears the
  // exclusive ones (wizard::input::toggle).
  function excludes(a, b) { return a.exclusive || b.exclusive; }

  // Check boxes; exclusive options stand alone.
  function multiQuestion(q, base, box, help, view) {
    var inputs = [];
    var list = el('div', { class: 'opties' });
    q.options.forEach(function (o, i) {
      var input = el('input', { type: 'checkbox', id: base + '-o' + i, value: o.id });
      input.addEventListener('change', function () {
        if (input.checked) {
          inputs.forEach(function (other) {
            if (other !== input && excludes(o, q.options[inputs.indexOf(other)])) other.checked = false;
          });
        }
        var chosen = inputs.filter(function (x) { return x.checked; }).map(function (x) { return x.value; });
        if (chosen.length) setAnswer(q.id, 'choices', chosen);
        else clearAnswer(q.id);
      });
      inputs.push(input);
      list.appendChild(el('div', { class: 'optie' }, [input, el('label', { for: input.id, text: o.label })]));
    });
    box.appendChild(el('fieldset', { 'aria-describedby': help ? help.id : null },
      [el('legend', { text: q.prompt }), help, list]));
    view.refresh = function () {
      var e = answerOf(q.id);
      inputs.forEach(function (input) { input.checked = !!e && hasOption(e, input.value); });
    };
    view.focus = function () { inputs[0].focus(); };
  }

  function textQuestion(q, base, box, help, view) {
    var long = q.kind === 'long_text';
    var input = el(long ? 'textarea' : 'input', {
      id: base + '-invoer', type: long ? null : 'text', rows: long ? '5' : null, dir: 'auto',
      'aria-describedby': describedBy([help && help.id]),
    });
    input.addEventListener('input', function () {
      if (input.value.trim() === '') clearAnswer(q.id);
      else setAnswer(q.id, 'text', input.value);
    });
    box.appendChild(el('label', { for: input.id, class: 'vraagtekst', text: q.prompt }));
    if (help) box.appendChild(help);
    box.appendChild(input);
    view.refresh = function () {
      var e = answerOf(q.id);
      var value = e && isText(e.text) ? e.text : '';
      if (input.value !== value && document.activeElement !== input) input.value = value;
    };
    view.focus = function () { input.focus(); };
  }

  function numberQuestion(q, base, box, help, view) {
    var hint = el('p', { class: 'hulp', id: base + '-grenzen', text: q.hint });
    var error = el('p', { class: 'fout', id: base + '-fout', hidden: true });
    var input = el('input', {
      id: base + '-invoer', type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'getal',
      'aria-describedby': describedBy([help && help.id, hint.id, error.id]),
    });
    var unit = q.unit ? el('span', { class: 'eenheid', text: q.unit }) : null;
    function check(showError) {
      var text = input.value;
      state.raw[q.id] = text;
      if (text.trim() === '') {
        delete state.raw[q.id];
        delete invalid[q.id];
        clearAnswer(q.id);
      } else {
        var result = checkNumber(q, text, T);
        if (result.error === undefined) {
          delete invalid[q.id];
          setAnswer(q.id, 'number', result.value);
        } else {
          invalid[q.id] = result.error;
          clearAnswer(q.id);
          persist();
        }
      }
      showState(showError);
    }
    function showState(showError) {
      var message = invalid[q.id];
      if (message === undefined) {
        error.hidden = true;
        input.removeAttribute('aria-invalid');
      } else if (showError) {
        error.textContent = message;
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
      }
    }
    input.addEventListener('input', function () { check(false); });
    input.addEventListener('change', function () { check(true); });
    box.appendChild(el('label', { for: input.id, class: 'vraagtekst', text: q.prompt }));
    if (help) box.appendChild(help);
    box.appendChild(hint);
    box.appendChild(error);
    box.appendChild(el('div', { class: 'getalrij' }, [input, unit]));
    view.refresh = function () {
      if (document.activeElement === input) return;
      var e = answerOf(q.id);
      var raw = own(state.raw, q.id) ? state.raw[q.id] : (e && isNumber(e.number) ? formatNumber(e.number) : '');
      input.value = raw;
      if (raw.trim() !== '' && !(e && isNumber(e.number))) {
        var result = checkNumber(q, raw, T);
        if (result.error !== undefined) invalid[q.id] = result.error;
      }
      showState(true);
    };
    view.focus = function () { input.focus(); };
  }

  function noteBox(q, base) {
    var area = el('textarea', { id: base + '-notitie', rows: '3', dir: 'auto' });
    area.addEventListener('input', function () { setNote(q.id, area.value); });
    var details = el('details', { class: 'notitie' }, [
      el('summary', { text: T.note }),
      el('label', { for: area.id, text: T.note_label }),
      area,
    ]);
    var e = answerOf(q.id);
    if (e && isText(e.note) && e.note.trim() !== '') {
      area.value = e.note;
      details.open = true;
    }
    return details;
  }

  // --- record lists (the actor inventory) ---

  function recordsQuestion(q, base, box, help, view) {
    var empty = el('p', { class: 'leeg', text: T.no_records });
    var list = el('ul', { class: 'items' });
    var add = el('button', { type: 'button', class: 'knop', text: T.record_add });
    var editor = el('div', { class: 'editor', hidden: true });
    box.appendChild(el('fieldset', { 'aria-describedby': help ? help.id : null },
      [el('legend', { text: q.prompt }), help, empty, list, add, editor]));

    function records() {
      var e = answerOf(q.id);
      return e && Array.isArray(e.records) ? e.records : [];
    }

    function store(next) {
      if (next.length) setAnswer(q.id, 'records', next);
      else clearAnswer(q.id);
    }

    function renderList() {
      var all = records();
      list.textContent = '';
      empty.hidden = all.length > 0;
      all.forEach(function (record, i) {
        var line = recordLine(q.fields, record);
        var edit = el('button', { type: 'button', class: 'knop klein' }, [
          document.createTextNode(T.record_edit), srOnly(': ' + fill(T.record_edit_title, { n: i + 1 }))]);
        var remove = el('button', { type: 'button', class: 'knop klein' }, [
          document.createTextNode(T.record_remove), srOnly(': item ' + (i + 1))]);
        edit.addEventListener('click', function () { open(i); });
        remove.addEventListener('click', function () {
          if (!window.confirm(fill(T.record_confirm_remove, { n: i + 1, item: line }))) return;
          var next = records().slice();
          next.splice(i, 1);
          store(next);
          renderList();
          var buttons = list.querySelectorAll('button');
          (buttons[Math.min(i, next.length - 1) * 2] || add).focus();
          announce(T.record_removed);
        });
        list.appendChild(el('li', {}, [
          el('span', { class: 'item' }, [el('bdi', { text: line || '—' })]),
          el('span', { class: 'itemknoppen' }, [edit, remove]),
        ]));
      });
    }

    // The editor for record `index` (-1: a new one).
    function open(index) {
      var record = index >= 0 ? records()[index] : {};
      var controls = [];
      var error = el('p', { class: 'fout', id: base + '-item-fout', hidden: true });
      var fieldset = el('fieldset', {}, [el('legend', {
        text: index >= 0 ? fill(T.record_edit_title, { n: index + 1 }) : T.record_new,
      }), error]);
      q.fields.forEach(function (f, i) {
        var control = recordField(f, base + '-f' + i, own(record, f.id) ? record[f.id] : undefined, error.id);
        controls.push(control);
        fieldset.appendChild(control.node);
      });
      var save = el('button', { type: 'button', class: 'knop hoofdknop', text: T.record_save });
      var cancel = el('button', { type: 'button', class: 'knop', text: T.record_cancel });
      fieldset.appendChild(el('p', { class: 'knoppen' }, [save, cancel]));
      editor.textContent = '';
      editor.appendChild(fieldset);
      editor.hidden = false;
      add.hidden = true;
      save.addEventListener('click', function () {
        var next = Object.create(null);
        Object.keys(record).forEach(function (k) { next[k] = record[k]; }); // keep fields this version lacks
        var problems = [];
        var missing = [];
        var first = null;
        q.fields.forEach(function (f, i) {
          var read = controls[i].read();
          controls[i].mark(false);
          if (read.error !== undefined) {
            problems.push(f.label + ': ' + read.error);
            controls[i].mark(true);
            first = first || controls[i];
            delete next[f.id];
            return;
          }
          if (read.value === undefined) delete next[f.id];
          else next[f.id] = read.value;
          if (f.required && read.value === undefined) {
            missing.push(f.label);
            controls[i].mark(true);
            first = first || controls[i];
          }
        });
        if (missing.length) problems.push(fill(T.fields_required, { labels: missing.join(', ') }));
        if (!problems.length && !Object.keys(next).length) problems.push(T.record_blank);
        if (problems.length) {
          error.textContent = problems.join(' ');
          error.hidden = false;
          (first || controls[0]).focus();
          return;
        }
        var all = records().slice();
        if (index >= 0) all[index] = next;
        else all.push(next);
        store(all);
        close();
        announce(T.record_saved);
      });
      cancel.addEventListener('click', close);
      if (controls.length) controls[0].focus();
    }

    function close() {
      editor.hidden = true;
      editor.textContent = '';
      add.hidden = false;
      renderList();
      add.focus();
    }

    add.addEventListener('click', function () { open(-1); });
    view.refresh = function () { if (editor.hidden) renderList(); };
    view.focus = function () { add.focus(); };
  }

  // One field of the record editor: { node, read() -> { value } | { error }, mark(bad), focus() }.
  function recordField(f, id, value, errorId) {
    var help = f.help ? el('p', { class: 'hulp', id: id + '-hulp', text: f.help }) : null;
    var label = f.label + (f.required ? ' ' + T.required : '');
    var described = describedBy([help && help.id, errorId]);
    var input;
    var node;
    if (f.kind === 'multi') {
      var boxes = f.options.map(function (o, i) {
        return el('input', { type: 'checkbox', id: id + '-o' + i, value: o.id });
      });
      boxes.forEach(function (b) {
        b.checked = Array.isArray(value) && value.indexOf(b.value) >= 0;
        b.addEventListener('change', function () {
          if (!b.checked) return;
          boxes.forEach(function (other) {
            if (other !== b && excludes(f.options[boxes.indexOf(b)], f.options[boxes.indexOf(other)])) other.checked = false;
          });
        });
      });
      node = el('fieldset', { class: 'veld', 'aria-describedby': described }, [el('legend', { text: label }), help,
        el('div', { class: 'opties' }, boxes.map(function (b, i) {
          return el('div', { class: 'optie' }, [b, el('label', { for: b.id, text: f.options[i].label })]);
        }))]);
      return {
        node: node,
        read: function () {
          var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
          return { value: chosen.length ? chosen : undefined };
        },
        mark: function (bad) { if (bad) node.setAttribute('aria-invalid', 'true'); else node.removeAttribute('aria-invalid'); },
        focus: function () { boxes[0].focus(); },
      };
    }
    if (f.kind === 'single' || f.kind === 'jgnw') {
      input = el('select', { id: id, 'aria-describedby': described, 'aria-required': f.required ? 'true' : null },
        [el('option', { value: '', text: T.choose })].concat(f.options.map(function (o) {
          return el('option', { value: o.id, text: o.label });
        })));
      if (isText(value) && !f.options.some(function (o) { return o.id === value; })) {
        input.appendChild(el('option', { value: value, text: value })); // a value this version lacks
      }
      input.value = isText(value) ? value : '';
    } else {
      var long = f.kind === 'long_text';
      input = el(long ? 'textarea' : 'input', {
        id: id, type: long ? null : 'text', rows: long ? '3' : null, dir: 'auto',
        inputmode: f.kind === 'number' ? 'decimal' : null, 'aria-describedby': described,
        'aria-required': f.required ? 'true' : null,
      });
      input.value = typeof value === 'number' ? formatNumber(value) : (isText(value) ? value : '');
    }
    node = el('div', { class: 'veld' }, [el('label', { for: id, text: label }), help, input]);
    return {
      node: node,
      read: function () {
        var text = input.value.trim();
        if (text === '') return { value: undefined };
        if (f.kind !== 'number') return { value: text };
        var n = parseDecimal(text);
        return n === null ? { error: fill(T.not_a_number, { tekst: text }) } : { value: n };
      },
      mark: function (bad) { if (bad) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid'); },
      focus: function () { input.focus(); },
    };
  }

  // --- steps and navigation ---

  function stepSection(step, s) {
    var id = 'stap-' + step.id;
    var heading = el('h2', { id: id + '-titel', tabindex: '-1', text: step.title });
    var where = el('p', { class: 'waar' });
    var section = el('section', { id: id, class: 'stap', 'aria-labelledby': heading.id }, [
      heading, where, step.intro ? el('p', { class: 'intro', text: step.intro }) : null,
    ]);
    var emptyNote = el('p', { class: 'melding', text: T.step_empty, hidden: true });
    section.appendChild(emptyNote);
    step.questions.forEach(function (q) {
      section.appendChild(questionBox(q, model.questions.indexOf(q)));
    });
    return { id: id, title: step.title, section: section, heading: heading, where: where, emptyNote: emptyNote, stepIndex: s };
  }

  function fixedSection(id) {
    var section = document.getElementById(id);
    var heading = section.querySelector('h2');
    return { id: id, title: heading.textContent, section: section, heading: heading, stepIndex: -1 };
  }

  function buildPage() {
    var main = document.getElementById('inhoud');
    var last = document.getElementById('versturen');
    sections.push(fixedSection('over-u'));
    model.steps.forEach(function (step, s) {
      var built = stepSection(step, s);
      main.insertBefore(built.section, last);
      sections.push(built);
    });
    sections.push(fixedSection('versturen'));
    var nav = document.getElementById('stappen');
    sections.forEach(function (x, i) {
      x.progress = x.stepIndex >= 0 ? el('span', { class: 'voortgang' }) : null;
      x.link = el('a', { href: '#' + x.id }, [document.createTextNode(x.title), x.progress]);
      nav.appendChild(el('li', {}, [x.link]));
      var buttons = el('p', { class: 'stapknoppen' });
      if (i > 0) buttons.appendChild(el('a', { class: 'knop', href: '#' + sections[i - 1].id, text: '← ' + T.previous }));
      if (i + 1 < sections.length) {
        buttons.appendChild(el('a', { class: 'knop hoofdknop', href: '#' + sections[i + 1].id }, [
          document.createTextNode(T.next + ' →'), srOnly(': ' + sections[i + 1].title)]));
      }
      x.section.appendChild(buttons);
    });
  }

  function current() {
    for (var i = 0; i < sections.length; i++) if (sections[i].id === state.step) return sections[i];
    return sections[0];
  }

  function currentVisible() {
    var x = current();
    if (x.stepIndex < 0) return [];
    return model.steps[x.stepIndex].questions.filter(function (q) { return isVisible(model, q, state.entries); })
      .map(function (q) { return q.id; });
  }

  function show(id, focus) {
    var target = sections.filter(function (x) { return x.id === id; })[0] || sections[0];
    state.step = target.id;
    sections.forEach(function (x) {
      x.section.hidden = x !== target;
      if (x === target) x.link.setAttribute('aria-current', 'step');
      else x.link.removeAttribute('aria-current');
    });
    persist();
    shownBefore = currentVisible();
    if (target.id === 'versturen') summary();
    if (focus) {
      if (!noticeLasts) document.getElementById('melding').hidden = true;
      target.heading.focus();
      window.scrollTo(0, 0);
    }
  }

  // Follow the address: a step (`#stap-context`), or a question or field inside one (`#v12`).
  function route(focus) {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return false;
    }
    if (!id) return false;
    var node = document.getElementById(id);
    var section = node && node.closest ? node.closest('section.stap') : null;
    if (!section) return false;
    show(section.id, focus && node === section);
    if (node !== section && focus) {
      var view = views[node.getAttribute('data-vraag')];
      if (view) view.focus();
      else if (node.focus) node.focus();
    }
    return true;
  }

  // Visibility, progress and the summary after any change.
  function refresh() {
    var steps = progress(model, state.entries);
    model.questions.forEach(function (q) {
      views[q.id].box.hidden = !isVisible(model, q, state.entries);
    });
    sections.forEach(function (x) {
      if (x.stepIndex < 0) return;
      var p = steps[x.stepIndex];
      x.progress.textContent = '';
      x.progress.appendChild(el('span', { 'aria-hidden': 'true', text: p.done + '/' + p.all }));
      x.progress.appendChild(srOnly(', ' + fill(T.step_progress, { n: p.done, m: p.all })));
      x.progress.className = 'voortgang' + (p.all > 0 && p.done === p.all ? ' klaar' : '');
      x.where.textContent = fill(T.step_of, { n: x.stepIndex + 1, m: model.steps.length }) + ' · ' +
        fill(T.step_progress, { n: p.done, m: p.all });
      x.emptyNote.hidden = p.all > 0;
    });
    var now = currentVisible();
    if (shownBefore !== null) {
      var added = now.filter(function (id) { return shownBefore.indexOf(id) < 0; }).length;
      if (added === 1) announce(T.new_question);
      else if (added > 1) announce(fill(T.new_questions, { n: added }));
    }
    shownBefore = now;
    if (state.step === 'versturen') summary();
  }

  function redrawAnswers() {
    model.questions.forEach(function (q) { views[q.id].refresh(); });
  }

  // --- intake, summary, download ---

  function bindIntake() {
    var gemeente = document.getElementById('gemeente');
    var naam = document.getElementById('naam');
    var rol = document.getElementById('rol');
    gemeente.value = state.respondent.gemeente;
    naam.value = state.respondent.name;
    rol.value = state.respondent.role;
    gemeente.addEventListener('input', function () {
      state.respondent.gemeente = gemeente.value;
      if (gemeente.value.trim() !== '') fieldError('gemeente', null);
      changed();
    });
    naam.addEventListener('input', function () { state.respondent.name = naam.value; changed(); });
    rol.addEventListener('change', function () {
      state.respondent.role = rol.value;
      if (rol.value) fieldError('rol', null);
      changed();
    });
  }

  function fieldError(id, message) {
    var input = document.getElementById(id);
    var error = document.getElementById(id + '-fout');
    error.textContent = message || '';
    error.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  function missing() {
    var list = [];
    if (state.respondent.gemeente.trim() === '') list.push({ id: 'gemeente', text: T.gemeente_required });
    if (!state.respondent.role) list.push({ id: 'rol', text: T.role_required });
    return list;
  }

  function summary() {
    var steps = progress(model, state.entries);
    var total = steps.reduce(function (a, p) {
      return { done: a.done + p.done, all: a.all + p.all, dontKnow: a.dontKnow + p.dontKnow };
    }, { done: 0, all: 0, dontKnow: 0 });
    document.getElementById('samenvatting').textContent = fill(T.summary, { n: total.done, m: total.all, w: total.dontKnow });
    var box = document.getElementById('problemen');
    box.textContent = '';
    var bad = model.questions.filter(function (q) { return own(invalid, q.id) && isVisible(model, q, state.entries); });
    if (bad.length) {
      box.appendChild(el('p', { text: T.invalid }));
      box.appendChild(el('ul', {}, bad.map(function (q) {
        return el('li', {}, [el('a', { href: '#' + views[q.id].box.id, text: q.prompt }),
          document.createTextNode(' — ' + invalid[q.id])]);
      })));
    }
    box.hidden = !bad.length;
  }

  function download() {
    var problems = missing();
    fieldError('gemeente', null);
    fieldError('rol', null);
    problems.forEach(function (p) { fieldError(p.id, p.text); });
    var box = document.getElementById('problemen');
    summary();
    if (problems.length) {
      var heading = el('p', { tabindex: '-1', text: T.fix_first });
      var list = el('ul', {}, problems.map(function (p) {
        return el('li', {}, [el('a', { href: '#' + p.id, text: p.text })]);
      }));
      box.insertBefore(list, box.firstChild);
      box.insertBefore(heading, list);
      box.hidden = false;
      heading.focus();
      return;
    }
    var now = new Date();
    var session = {
      respondent: state.respondent,
      created: state.created || nowIso(),
      updated: state.updated || nowIso(),
      entries: state.entries,
    };
    var name = fileName(state.respondent, localDate(now));
    var blob = new Blob([sessionToml(model, session)], { type: 'application/toml;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var link = el('a', { href: url, download: name, hidden: true });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    var done = document.getElementById('gedownload');
    done.textContent = fill(T.downloaded, { bestand: name });
    done.hidden = false;
    announce(done.textContent);
  }

  function wipe() {
    if (!window.confirm(T.confirm_wipe)) return;
    if (storage) storage.removeItem(model.storage_key);
    state.entries = Object.create(null);
    state.respondent = { gemeente: '', name: '', role: '' };
    state.created = null;
    state.updated = null;
    state.raw = Object.create(null);
    invalid = Object.create(null);
    ['gemeente', 'naam', 'rol'].forEach(function (id) { document.getElementById(id).value = ''; });
    Array.prototype.forEach.call(document.querySelectorAll('.notitie textarea'), function (a) { a.value = ''; });
    Array.prototype.forEach.call(document.querySelectorAll('details.notitie'), function (d) { d.open = false; });
    document.getElementById('melding').hidden = true;
    document.getElementById('gedownload').hidden = true;
    redrawAnswers();
    refresh();
    if (storage) storage.removeItem(model.storage_key);
    announce(T.wiped);
  }

  function start() {
    restore();
    buildPage();
    bindIntake();
    redrawAnswers();
    document.getElementById('downloaden').addEventListener('click', download);
    document.getElementById('wissen').addEventListener('click', wipe);
    window.addEventListener('hashchange', function () { route(true); });
    if (!route(false)) show(state.step || 'over-u', false);
    refresh();
  }

  start();
})();

// The workbench page: plain script, no framework, nothing loaded from elsewhere. Every
// word comes from the server's glossary (/api/words), every chart and table of results
// from the server, which draws them as the reports do. The page's state (plan, edits,
// view, replications, seed, language, variant name) lives in the address's #fragment,
// so a copied link reopens the same variant and view.
"use strict";

const state = {
  plans: [], plan: null, edits: {}, view: "whatif", lang: "en", name: "",
  reps: 200, seed: 1, words: {}, job: null, requestSeq: 0, refused: null,
};
window.intsimTimings = [];  // browser-measured milliseconds from an edit to its answer on screen

const $ = (id) => document.getElementById(id);
const word = (key, ...args) => {
  let text = state.words[key] ?? key;
  args.forEach((a) => { text = text.replace("{}", a); });
  return text;
};
const numberFormat = () => new Intl.NumberFormat(state.lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 2 });

// ---- the address (#plan=...&view=...&e=measure|field|value;...) ----
function readAddress() {
  const p = new URLSearchParams(location.hash.slice(1));
  if (p.has("lang")) state.lang = p.get("lang") === "de" ? "de" : "en";
  if (p.has("view")) state.view = ["whatif", "montecarlo", "runs"].includes(p.get("view")) ? p.get("view") : "whatif";
  if (p.has("reps")) state.reps = Number(p.get("reps")) || 200;
  if (p.has("seed")) state.seed = Number(p.get("seed")) || 0;
  if (p.has("name")) state.name = p.get("name");
  state.edits = {};
  for (const item of (p.get("e") || "").split(";").filter(Boolean)) {
    const [measure, field, value] = item.split("|").map(decodeURIComponent);
    if (measure && field && value !== undefined) state.edits[measure + "|" + field] = { measure, field, value: Number(value) };
  }
  return p.get("plan");
}
function writeAddress() {
  const p = new URLSearchParams();
  if (state.plan) p.set("plan", state.plan.id);
  p.set("view", state.view);
  p.set("lang", state.lang);
  const e = Object.values(state.edits).map((x) => [x.measure, x.field, String(x.value)].map(encodeURIComponent).join("|"));
  if (e.length) p.set("e", e.join(";"));
  if (state.name) p.set("name", state.name);
  p.set("reps", String(state.reps));
  p.set("seed", String(state.seed));
  history.replaceState(null, "", "#" + p.toString());
}

async function api(path, body) {
  const options = body === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
  const response = await fetch(path, options);
  const data = await response.json();
  if (!response.ok) { const error = new Error(data.error || response.statusText); error.pointer = data.pointer || ""; error.status = response.status; throw error; }
  return data;
}
function whatIf(extra) {
  return Object.assign({ plan: state.plan.id, name: state.name, edits: Object.values(state.edits) }, extra || {});
}

// ---- words ----
async function loadWords() {
  state.words = await api("/api/words?lang=" + state.lang);
  document.documentElement.lang = state.lang;
  document.title = word("title");
  document.querySelectorAll("[data-word]").forEach((el) => { el.textContent = word(el.dataset.word); });
}

// ---- views ----
function showView(view) {
  state.view = view;
  for (const v of ["whatif", "montecarlo", "runs"]) $("view-" + v).hidden = v !== view;
  document.querySelectorAll("nav.tabs button").forEach((b) => b.setAttribute("aria-selected", String(b.dataset.view === view)));
  writeAddress();
  if (view === "runs") loadRuns();
}

// ---- what-if ----
function fieldValue(measure, field) {
  const edit = state.edits[measure.id + "|" + field];
  if (edit) return edit.value;
  if (field === "capacity") return measure.capacity;
  return measure.cost[field.slice("cost.".length)];
}
function priceField(measure) {
  for (const key of ["per_slot_month", "per_participant_month", "per_entry"]) if (measure.cost[key] !== undefined) return "cost." + key;
  return null;
}
function renderMeasures() {
  const body = $("measures").tBodies[0];
  body.textContent = "";
  for (const m of state.plan.measures) {
    const row = body.insertRow();
    row.dataset.measure = m.id;
    const name = row.insertCell();
    name.textContent = m.name;
    name.title = m.id + (m.egt_funded ? "" : " · " + word("third_party"));
    const input = (field, unitWord) => {
      const cell = row.insertCell();
      cell.className = "num";
      if (!field) { cell.textContent = "–"; return; }
      const box = document.createElement("input");
      box.type = "number"; box.min = "0"; box.step = "any";
      box.value = fieldValue(m, field) ?? 0;
      box.dataset.measure = m.id; box.dataset.field = field;
      box.setAttribute("aria-label", m.name + ": " + word(unitWord));
      box.addEventListener("input", onEdit);
      cell.append(box);
      const unit = document.createElement("span");
      unit.className = "quiet"; unit.textContent = " " + word(unitWord);
      cell.append(unit);
      const error = document.createElement("div");
      error.className = "field-error"; error.dataset.errorFor = m.id + "|" + field; error.setAttribute("role", "alert");
      cell.append(error);
      if (state.edits[m.id + "|" + field]) cell.classList.add("changed");
    };
    input("capacity", "unit_" + m.capacity_kind);
    const price = priceField(m);
    input(price, price ? "unit_" + price.slice(5) : "");
    input(m.cost.fixed !== undefined ? "cost.fixed" : null, "unit_fixed");
    const running = row.insertCell();
    running.className = "num";
    running.textContent = m.months_by_year.join(" · ");
    row.insertCell().className = "num entries";
    row.insertCell().className = "num spend";
  }
}
function onEdit(event) {
  const box = event.target;
  const key = box.dataset.measure + "|" + box.dataset.field;
  const measure = state.plan.measures.find((m) => m.id === box.dataset.measure);
  const original = box.dataset.field === "capacity" ? measure.capacity : measure.cost[box.dataset.field.slice(5)];
  // An empty or unreadable box is sent as it is, so that the server says why it is refused.
  const value = box.value === "" ? box.value : Number(box.value);
  if (value === original) delete state.edits[key];
  else state.edits[key] = { measure: box.dataset.measure, field: box.dataset.field, value };
  box.parentElement.classList.toggle("changed", key in state.edits);
  writeAddress();
  askExpected(performance.now());
}
function clearRefusals() {
  document.querySelectorAll(".field-error").forEach((e) => { e.textContent = ""; });
  document.querySelectorAll("input.refused").forEach((e) => e.classList.remove("refused"));
  $("whatif-error").hidden = true;
}
function showRefusal(error) {
  state.refused = error.message;
  const match = /^\/measures\/([^/]+)(?:\/(.*))?$/.exec(error.pointer || "");
  let placed = false;
  if (match) {
    const measure = match[1].replace(/~1/g, "/").replace(/~0/g, "~");
    const rest = (match[2] || "").replace(/\//g, ".");
    const field = rest.startsWith("capacity") ? "capacity" : rest;
    for (const key of [measure + "|" + field, ...Object.keys(state.edits).filter((k) => k.startsWith(measure + "|"))]) {
      const slot = document.querySelector(`[data-error-for="${CSS.escape(key)}"]`);
      if (slot) {
        slot.textContent = error.message;
        slot.parentElement.querySelector("input").classList.add("refused");
        placed = true;
        break;
      }
    }
  }
  if (!placed) { $("whatif-error").textContent = error.message; $("whatif-error").hidden = false; }
}
async function askExpected(startedAt) {
  const seq = ++state.requestSeq;
  try {
    const answer = await api("/api/expect?lang=" + state.lang, whatIf());
    if (seq !== state.requestSeq) return;  // a later edit is on its way
    clearRefusals();
    state.refused = null;
    $("expected").innerHTML = answer.html;
    for (const row of $("measures").tBodies[0].rows) {
      const f = answer.measures[row.dataset.measure];
      if (!f) continue;
      const nf = new Intl.NumberFormat(state.lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 0 });
      row.querySelector(".entries").textContent = nf.format(f.entries[0]) + " → " + nf.format(f.entries[1]);
      row.querySelector(".spend").textContent = nf.format(f.spend[0]) + " € → " + nf.format(f.spend[1]) + " €";
    }
    const ms = performance.now() - startedAt;
    window.intsimTimings.push(ms);
    $("expected-time").textContent = word("answered_in", numberFormat().format(Math.round(ms)), numberFormat().format(Math.round(answer.server_ms * 10) / 10));
    $("expected").dataset.sha256 = answer.variant.sha256;
  } catch (error) {
    if (seq !== state.requestSeq) return;
    clearRefusals();
    showRefusal(error);
    $("expected-time").textContent = word("refused");
  }
}
async function downloadVariant() {
  try {
    const response = await fetch("/api/variant-file", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(whatIf()) });
    if (!response.ok) throw new Error((await response.json()).error);
    const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "")?.[1] || "variant.json";
    save(await response.blob(), name);
  } catch (error) { showRefusal(error); }
}
function save(blob, name) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

// ---- Monte Carlo ----
async function startRun() {
  $("mc-error").hidden = true;
  $("mc-result").hidden = true;
  state.reps = Number($("reps").value); state.seed = Number($("seed").value);
  writeAddress();
  try {
    const job = await api("/api/jobs?lang=" + state.lang, whatIf({ replications: state.reps, seed: state.seed, note: $("note").value }));
    state.job = job.id;
    $("start").disabled = true; $("cancel").disabled = false;
    pollRun();
  } catch (error) {
    $("mc-error").textContent = error.message; $("mc-error").hidden = false;
  }
}
async function pollRun() {
  const job = await api(`/api/jobs/${state.job}?lang=${state.lang}`);
  $("progress").max = job.total; $("progress").value = job.done;
  $("mc-status").textContent = job.state === "queued" ? word("queued", job.ahead)
    : job.state === "running" ? word("running", numberFormat().format(job.done), numberFormat().format(job.total))
    : word("state_" + job.state);
  $("mc-status").dataset.state = job.state;
  if (job.state === "queued" || job.state === "running") { setTimeout(pollRun, 250); return; }
  $("start").disabled = false; $("cancel").disabled = true;
  if (job.state === "failed") { $("mc-error").textContent = job.error; $("mc-error").hidden = false; }
  if (job.state === "done") showResult(job);
}
function percent(p) { return p === null || p === undefined ? "–" : numberFormat().format(Math.round(p * 100)) + " %"; }
function showResult(job) {
  const s = job.summary;
  const box = $("mc-summary");
  box.textContent = "";
  const h = document.createElement("h2");
  h.textContent = word("mc_result_heading", job.variant, numberFormat().format(s.replications), s.seed);
  box.append(h);
  const horizon = document.createElement("p");
  horizon.id = "mc-horizon";
  horizon.textContent = word("horizon_difference", s.horizon.text);
  box.append(horizon);
  const levels = document.createElement("p");
  levels.id = "mc-levels"; levels.className = "quiet";
  levels.textContent = word("interval_levels", s.horizon.text95);
  box.append(levels);
  const every = document.createElement("p");
  every.textContent = word("p_all_every_year", percent(s.base_p_all_targets_met_every_year), percent(s.variant_p_all_targets_met_every_year));
  box.append(every);
  for (const year of s.years) {
    const t = document.createElement("table");
    t.className = "compact mc-year"; t.dataset.year = year.year;
    const head = t.createTHead().insertRow();
    for (const [text, num] of [[word("year_col", year.year), false], [word("difference_interval_col"), true], [word("p_target_base_col"), true], [word("p_target_variant_col"), true]]) {
      const th = document.createElement("th"); th.textContent = text; if (num) th.className = "num"; head.append(th);
    }
    const body = t.createTBody();
    for (const r of year.rows) {
      const row = body.insertRow();
      row.dataset.indicator = r.indicator;
      row.insertCell().textContent = r.label;
      for (const text of [r.text, percent(r.base_p_target_met), percent(r.variant_p_target_met)]) {
        const c = row.insertCell(); c.className = "num"; c.textContent = text;
      }
    }
    const all = body.insertRow();
    all.insertCell().textContent = word("p_all_year");
    all.insertCell().className = "num";
    for (const p of [year.base_p_all_targets_met, year.variant_p_all_targets_met]) { const c = all.insertCell(); c.className = "num"; c.textContent = percent(p); }
    const egt = body.insertRow();
    egt.insertCell().textContent = word("egt_of_year");
    const c = egt.insertCell(); c.className = "num"; c.textContent = year.operative_egt_text;
    egt.insertCell(); egt.insertCell();
    box.append(t);
  }
  const base = `/api/jobs/${job.id}/`;
  $("download-csv").href = base + "differences.csv?lang=" + state.lang;
  $("download-csv").download = "differences.csv";
  $("download-report").href = base + "report.html?download=1&lang=" + state.lang;
  $("download-report").download = "report.html";
  $("download-json").href = base + "compare.json";
  $("download-json").download = "compare.json";
  $("mc-report").src = base + "report.html?lang=" + state.lang;
  $("mc-result").hidden = false;
  $("mc-result").dataset.job = job.id;
}
async function cancelRun() {
  if (state.job) await api(`/api/jobs/${state.job}/cancel`, {});
}

// ---- past runs ----
async function loadRuns() {
  const data = await api("/api/runs");
  $("store-line").textContent = data.store ? word("store_is", data.store) + (data.store_error ? " — " + data.store_error : "") : word("store_off");
  const body = $("runs").tBodies[0];
  body.textContent = "";
  for (const r of data.runs) {
    const row = body.insertRow();
    row.dataset.run = r.id;
    for (const side of ["a", "b"]) {
      const radio = document.createElement("input");
      radio.type = "radio"; radio.name = "run-" + side; radio.value = r.id;
      radio.setAttribute("aria-label", side.toUpperCase() + " " + r.id);
      row.insertCell().append(radio);
    }
    for (const [text, num] of [[r.id, true], [r.kind, false], [r.started_at, false], [r.origin + ": " + r.started_by, false], [r.scenarios, false], [numberFormat().format(r.replications), true], [r.seed, true]]) {
      const c = row.insertCell(); c.textContent = text; if (num) c.className = "num";
    }
    const note = document.createElement("input");
    note.type = "text"; note.value = r.note; note.size = 24;
    note.setAttribute("aria-label", word("note") + " " + r.id);
    note.addEventListener("change", () => api(`/api/runs/${r.id}/note`, { note: note.value }).catch((e) => { note.title = e.message; note.classList.add("refused"); }));
    row.insertCell().append(note);
    // The report the run wrote, reopened from the store as it was written.
    const report = row.insertCell();
    if (r.report) {
      const a = document.createElement("a");
      a.className = "run-report"; a.href = `/api/runs/${r.id}/report.html`; a.target = "_blank"; a.rel = "noopener";
      a.textContent = word("open_report");
      report.append(a);
    } else {
      report.className = "quiet"; report.textContent = word("no_report");
    }
  }
}
async function diffRuns() {
  const a = document.querySelector("input[name=run-a]:checked")?.value, b = document.querySelector("input[name=run-b]:checked")?.value;
  const out = $("runs-diff");
  out.textContent = "";
  if (!a || !b) { out.textContent = word("pick_two"); return; }
  const d = await api(`/api/runs/diff?a=${a}&b=${b}`);
  const h = document.createElement("h2"); h.textContent = word("diff_heading", a, b); out.append(h);
  for (const s of d.settings) { const p = document.createElement("p"); p.textContent = `${s.what}: A ${s.a}, B ${s.b}`; out.append(p); }
  const t = document.createElement("table"); t.className = "compact"; t.id = "diff-table";
  const head = t.createTHead().insertRow();
  for (const [text, num] of [[word("scenarios_col"), false], [word("period_col"), false], [word("indicator_col"), false], ["A", true], ["B", true], ["B − A", true]]) {
    const th = document.createElement("th"); th.textContent = text; if (num) th.className = "num"; head.append(th);
  }
  const nf = numberFormat();
  for (const r of d.rows) {
    const row = t.insertRow();
    for (const [text, num] of [[r.scenario, false], [r.period === "horizon" ? word("horizon") : r.period, false], [state.words["indicator." + r.indicator] ?? r.indicator, false], [r.a === null ? "–" : nf.format(r.a), true], [r.b === null ? "–" : nf.format(r.b), true], [r.difference === null ? "–" : nf.format(r.difference), true]]) {
      const c = row.insertCell(); c.textContent = text; if (num) c.className = "num";
    }
  }
  out.append(t);
}

// ---- start ----
async function choosePlan(id) {
  state.plan = state.plans.find((p) => p.id === id) || state.plans[0];
  $("plan").value = state.plan.id;
  $("plan-description").textContent = state.plan.description + " (" + state.plan.file + ")";
  $("variant-name").value = state.name;
  $("variant-name").placeholder = state.plan.id + "-variant";
  renderMeasures();
  writeAddress();
  await askExpected(performance.now());
}
async function start() {
  const wanted = readAddress();
  const plans = await api("/api/plans");
  if (!location.hash.includes("lang=")) state.lang = plans.language;
  await loadWords();
  state.plans = plans.plans;
  $("lang").value = state.lang;
  $("reps").value = state.reps; $("seed").value = state.seed;
  for (const p of state.plans) { const o = document.createElement("option"); o.value = p.id; o.textContent = p.name; $("plan").append(o); }
  $("plan").addEventListener("change", () => { state.edits = {}; state.name = ""; choosePlan($("plan").value); });
  $("lang").addEventListener("change", async () => { state.lang = $("lang").value; await loadWords(); renderMeasures(); writeAddress(); askExpected(performance.now()); if (state.view === "runs") loadRuns(); });
  document.querySelectorAll("nav.tabs button").forEach((b) => b.addEventListener("click", () => showView(b.dataset.view)));
  $("variant-name").addEventListener("input", () => { state.name = $("variant-name").value.trim(); writeAddress(); askExpected(performance.now()); });
  $("reset").addEventListener("click", () => { state.edits = {}; renderMeasures(); writeAddress(); askExpected(performance.now()); });
  $("download-variant").addEventListener("click", downloadVariant);
  $("start").addEventListener("click", startRun);
  $("cancel").addEventListener("click", cancelRun);
  $("diff-runs").addEventListener("click", diffRuns);
  $("copy-link").addEventListener("click", async () => {
    writeAddress();
    try { await navigator.clipboard.writeText(location.href); $("link-status").textContent = word("link_copied"); }
    catch (e) { $("link-status").textContent = location.href; }
  });
  await choosePlan(wanted);
  showView(state.view);
  document.body.dataset.ready = "true";
}
start().catch((error) => { $("fatal").textContent = error.message; $("fatal").hidden = false; });

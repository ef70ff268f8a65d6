// dramasearch search page. Everything is rendered with DOM calls and
// textContent; the only HTML taken from the server is the snippet, which the
// library HTML-escapes, with <b>..</b> around matched words.
"use strict";

const app = document.getElementById("app");
const PAGE = 10;
const FILTERS = ["cast", "drama", "kind", "spun", "since", "until"];

// Credits below this confidence are the recognizer's guesses (kWeakConfidence in entities.h).
const WEAK_CONFIDENCE = 0.6;
function weakMark(confidence) {
  return el("span", { class: "weak", title: "weak evidence (confidence " + confidence.toFixed(2) + ")", text: " (?)" });
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// The snippet is escaped text; keep only its <b> and </b> tags.
function safeSnippet(s) {
  return String(s).replace(/<(?!\/?b>)/g, "&lt;");
}

function searchUrl(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.forEach((x) => p.append(k, x));
    else if (v !== undefined && v !== null && v !== "" && !(k === "offset" && Number(v) === 0)) p.set(k, v);
  }
  const s = p.toString();
  return "/" + (s ? "?" + s : "");
}

function whoLink(name) {
  return el("a", { href: "/who/" + encodeURIComponent(name), text: name });
}

function dramaLink(title) {
  return el("a", { href: "/drama/" + encodeURIComponent(title), text: title });
}

async function getJson(url, init) {
  const r = await fetch(url, init);
  let body;
  try {
    body = await r.json();
  } catch (e) {
    throw new Error("HTTP " + r.status);
  }
  if (!r.ok) throw new Error(body.error || "HTTP " + r.status);
  return body;
}

function showError(msg) {
  app.replaceChildren(el("p", { class: "error", role: "alert", text: msg }));
}

// ---- search --------------------------------------------------------------

function currentState() {
  const p = new URLSearchParams(location.search);
  const s = { q: p.get("q") || "", offset: Math.max(0, parseInt(p.get("offset") || "0", 10) || 0), cast: p.getAll("cast") };
  for (const f of FILTERS) if (f !== "cast") s[f] = p.get(f) || "";
  return s;
}

function withState(state, changes) {
  return Object.assign({}, state, { offset: 0 }, changes);
}

function apiQuery(state, extra) {
  const p = new URLSearchParams();
  p.set("q", state.q);
  p.set("limit", PAGE);
  p.set("offset", state.offset);
  state.cast.forEach((c) => p.append("cast", c));
  for (const f of FILTERS) if (f !== "cast" && state[f]) p.set(f, state[f]);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return "/api/search?" + p.toString();
}

function activeFilters(state) {
  const chips = [];
  const remove = (label, changes) =>
    chips.push(el("li", {}, el("a", { class: "chip", href: searchUrl(withState(state, changes)), "aria-label": "Remove filter " + label, text: label + " ✕" })));
  state.cast.forEach((c) => remove("cast: " + c, { cast: state.cast.filter((x) => x !== c) }));
  for (const f of FILTERS) if (f !== "cast" && state[f]) remove(f + ": " + state[f], { [f]: "" });
  return chips.length ? el("ul", { class: "chips", "aria-label": "Active filters" }, ...chips) : null;
}

function facetList(title, items, makeChanges, state) {
  if (!items || !items.length) return null;
  return el("section", { class: "facet" },
    el("h3", { text: title }),
    el("ul", {}, ...items.map((f) =>
      el("li", {}, el("a", { href: searchUrl(withState(state, makeChanges(f.value))) }, f.value, " ", el("span", { class: "count", text: "(" + f.count + ")" }))))));
}

function hitItem(hit, state) {
  const meta = el("p", { class: "meta" });
  const parts = [];
  if (hit.date) parts.push(el("time", { datetime: hit.date, text: hit.date }));
  if (hit.source) parts.push(el("span", { class: "source", text: hit.source }));
  if (hit.kind) parts.push(el("span", { class: "kind", text: hit.kind }));
  if (hit.drama) parts.push(dramaLink(hit.drama));
  parts.forEach((p, i) => { if (i) meta.append(" · "); meta.append(p); });

  const snippet = el("p", { class: "snippet" });
  snippet.innerHTML = safeSnippet(hit.snippet || hit.text || "");

  const titleText = hit.title || hit.article_id;
  const title = el("h2", { class: "title" },
    el("span", { class: "rank", text: hit.rank + ". " }),
    hit.url ? el("a", { href: hit.url, rel: "noopener noreferrer", text: titleText }) : titleText);

  const li = el("li", { class: "hit", "data-passage": hit.passage_id }, title, meta);
  if (hit.spun) {
    const toggle = el("button", { type: "button", class: "toggle", "aria-pressed": "false", text: "Show original" });
    const repaired = snippet.innerHTML;
    toggle.addEventListener("click", async () => {
      const showing = toggle.getAttribute("aria-pressed") === "true";
      if (showing) {
        snippet.innerHTML = repaired;
        toggle.setAttribute("aria-pressed", "false");
        toggle.textContent = "Show original";
        return;
      }
      try {
        const orig = await originalPage(state);
        const o = orig.hits.find((h) => h.passage_id === hit.passage_id);
        snippet.innerHTML = safeSnippet(o ? o.snippet || o.text : "(original text not found)");
        toggle.setAttribute("aria-pressed", "true");
        toggle.textContent = "Show repaired";
      } catch (e) {
        snippet.textContent = "Could not load the original: " + e.message;
      }
    });
    li.append(el("p", { class: "spun" },
      el("span", { class: "badge", title: "Published with spun wording; shown repaired", text: "spun " + Math.round((hit.spin_score || 0) * 100) + "%" }),
      " ", toggle));
  }
  li.append(snippet);
  if (hit.cast && hit.cast.length) {
    const cast = el("p", { class: "cast" }, "Cast: ");
    hit.cast.forEach((c, i) => {
      if (i) cast.append(", ");
      cast.append(whoLink(c.name));
      if (c.character) cast.append(" as " + c.character);
      if (c.confidence !== undefined && c.confidence < WEAK_CONFIDENCE) cast.append(weakMark(c.confidence));
    });
    li.append(cast);
  }
  if (hit.copies && hit.copies.length) li.append(copiesSection(hit.copies));
  return li;
}

// The other copies of the hit's story (same story, other sites, spun or not).
function copiesSection(copies) {
  const list = el("ul", { class: "copies" });
  for (const c of copies) {
    const name = c.title || c.article_id;
    const item = el("li", { "data-article": c.article_id },
      c.url ? el("a", { href: c.url, rel: "noopener noreferrer", text: name }) : name);
    const meta = [c.source, c.date, c.spun ? "spun" : "", Math.round((c.similarity || 0) * 100) + "% similar"].filter(Boolean);
    item.append(" (" + meta.join(", ") + ")");
    if (c.original) item.append(" ", el("span", { class: "badge original", text: "likely original" }));
    list.append(item);
  }
  return el("details", { class: "copies" },
    el("summary", { text: copies.length === 1 ? "1 other copy of this story" : copies.length + " other copies of this story" }),
    list);
}

let originalCache = null;
function originalPage(state) {
  const url = apiQuery(state, { original: "1" });
  if (!originalCache || originalCache.url !== url) originalCache = { url, promise: getJson(url) };
  return originalCache.promise;
}

async function renderSearch() {
  const state = currentState();
  document.getElementById("q").value = state.q;
  if (!state.q) {
    document.title = "dramasearch";
    app.replaceChildren(el("p", { class: "hint", text: "Search K-drama news in plain words, e.g. “camping car scene” or cast:\"Kim Young Seo\". Spun wording is repaired before matching." }));
    return;
  }
  document.title = state.q + " – dramasearch";
  app.replaceChildren(el("p", { class: "status", role: "status", text: "Searching…" }));
  let res;
  try {
    res = await getJson(apiQuery(state, { facets: "1" }));
  } catch (e) {
    showError(e.message);
    return;
  }
  const status = el("p", { class: "status", role: "status" });
  if (!res.hits.length) status.textContent = state.offset ? "No more results." : "No results for “" + (res.query || "") + "”.";
  else status.textContent = "Results " + (state.offset + 1) + "–" + (state.offset + res.hits.length) + " of about " + res.total_estimate + ".";

  const list = el("ol", { class: "hits", start: state.offset + 1 }, ...res.hits.map((h) => hitItem(h, state)));

  const pager = el("nav", { class: "pager", "aria-label": "Result pages" });
  if (state.offset > 0) pager.append(el("a", { rel: "prev", href: searchUrl(Object.assign({}, state, { offset: Math.max(0, state.offset - PAGE) })), text: "← Previous" }));
  if (state.offset + res.hits.length < res.total_estimate && res.hits.length === PAGE)
    pager.append(el("a", { rel: "next", href: searchUrl(Object.assign({}, state, { offset: state.offset + PAGE })), text: "Next →" }));

  const f = res.facets || {};
  const spunLinks = el("section", { class: "facet" }, el("h3", { text: "Spun articles" }),
    el("ul", {}, ...["any", "only", "exclude"].map((v) =>
      el("li", {}, el("a", { href: searchUrl(withState(state, { spun: v === "any" ? "" : v })), "aria-current": (state.spun || "any") === v ? "true" : null, text: v })))));
  const side = el("aside", { class: "facets", "aria-label": "Refine results" },
    facetList("People", f.people, (v) => ({ cast: state.cast.includes(v) ? state.cast : state.cast.concat([v]) }), state),
    facetList("Dramas", f.dramas, (v) => ({ drama: v }), state),
    facetList("Kinds", f.kinds, (v) => ({ kind: v }), state),
    spunLinks);

  app.replaceChildren(el("div", { class: "layout" },
    el("section", { class: "results", "aria-label": "Results" }, activeFilters(state), status, list, pager), side));
}

// ---- person and drama pages ---------------------------------------------

function pathArg(prefix) {
  try {
    return decodeURIComponent(location.pathname.slice(prefix.length));
  } catch (e) {
    return location.pathname.slice(prefix.length);
  }
}

// A profile's articles, newest first: title (linking to the article's
// passages), date and source; the id only where the index has no title.
function articleList(details) {
  const items = [...details].sort((a, b) => (b.date || "").localeCompare(a.date || ""));
  return el("ul", { class: "articles" }, ...items.map((a) => {
    const meta = [a.date, a.source].filter(Boolean).join(" · ");
    return el("li", {},
      el("a", { href: searchUrl({ q: "id:" + a.id }), text: a.title || a.id }),
      meta ? el("span", { class: "meta", text: " — " + meta }) : "");
  }));
}

// A profile page's subject (from the path after `prefix`) and its API
// answer; the answer is null after an error has been shown.
async function loadProfile(prefix, api, param) {
  const subject = pathArg(prefix);
  document.title = subject + " – dramasearch";
  app.replaceChildren(el("p", { class: "status", role: "status", text: "Loading…" }));
  try {
    return [subject, await getJson(api + "?" + param + "=" + encodeURIComponent(subject))];
  } catch (e) {
    showError(e.message);
    return [subject, null];
  }
}

async function renderWho() {
  const [name, p] = await loadProfile("/who/", "/api/who", "name");
  if (!p) return;
  const out = [el("h1", { text: p.name || name })];
  if (!p.passages) out.push(el("p", { text: "No passages mention " + name + "." }));
  else {
    out.push(el("p", {}, "Mentioned in " + p.passages + " passages of " + p.articles.length + " articles. ",
      el("a", { href: searchUrl({ q: 'cast:"' + (p.name || name) + '"' }), text: "Search passages naming " + (p.name || name) })));
    if (p.roles.length) {
      out.push(el("h2", { text: "Roles" }));
      out.push(el("ul", { class: "roles" }, ...p.roles.map((r) =>
        el("li", {}, r.drama ? dramaLink(r.drama) : "(drama unknown)", r.character ? " as " + r.character : "",
          " — " + r.articles.length + " article" + (r.articles.length === 1 ? "" : "s"),
          r.confidence < WEAK_CONFIDENCE ? weakMark(r.confidence) : ""))));
    }
    out.push(el("h2", { text: "Articles" }), articleList(p.article_details || p.articles.map((id) => ({ id }))));
  }
  app.replaceChildren(...out);
}

async function renderDrama() {
  const [title, d] = await loadProfile("/drama/", "/api/cast-of", "title");
  if (!d) return;
  const out = [el("h1", { text: d.title || title })];
  if (!d.passages) out.push(el("p", { text: "No passages about " + title + "." }));
  else {
    out.push(el("p", {}, d.passages + " passages in " + d.articles.length + " articles. ",
      el("a", { href: searchUrl({ q: 'drama:"' + (d.title || title) + '"' }), text: "Search passages about " + (d.title || title) })));
    if (d.cast.length) {
      out.push(el("h2", { text: "Cast" }));
      out.push(el("ul", { class: "roles" }, ...d.cast.map((m) =>
        el("li", {}, whoLink(m.name), m.character ? " as " + m.character : "",
          m.confidence < WEAK_CONFIDENCE ? weakMark(m.confidence) : ""))));
    }
    out.push(el("h2", { text: "Articles" }), articleList(d.article_details || d.articles.map((id) => ({ id }))));
  }
  app.replaceChildren(...out);
}

// ---- repair page ---------------------------------------------------------

// Marks the edits (byte offsets into the UTF-8 input) in the input text.
function markedText(input, edits) {
  const bytes = new TextEncoder().encode(input);
  const dec = new TextDecoder();
  const out = el("div", { class: "repaired" });
  let pos = 0;
  for (const e of edits) {
    if (e.offset < pos || e.offset + e.length > bytes.length) continue;
    out.append(dec.decode(bytes.subarray(pos, e.offset)));
    const why = e.reason + (e.applied ? "" : ", uncertain: not applied");
    if (e.applied) {
      out.append(el("span", { class: "edit", title: why },
        el("del", { "aria-label": "spun", text: e.spun }), el("ins", { "aria-label": "repaired", text: e.repaired })));
    } else {
      out.append(el("mark", { class: "uncertain", title: "maybe “" + e.repaired + "” (" + why + ")", text: e.spun }));
    }
    pos = e.offset + e.length;
  }
  out.append(dec.decode(bytes.subarray(pos)));
  return out;
}

function renderRepair() {
  document.title = "Repair spun text – dramasearch";
  document.getElementById("search-form").hidden = false;
  const area = el("textarea", { id: "spun-text", rows: "10", required: true });
  const result = el("div", { id: "repair-result", "aria-live": "polite" });
  const form = el("form", { class: "repair" },
    el("label", { for: "spun-text", text: "Spun text to repair" }), area,
    el("button", { type: "submit", text: "Repair" }));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const input = area.value;
    result.replaceChildren(el("p", { class: "status", text: "Repairing…" }));
    try {
      const r = await getJson("/api/despin", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: input });
      const applied = r.edits.filter((e) => e.applied).length;
      result.replaceChildren(
        el("p", { class: "status", text: applied + " repair" + (applied === 1 ? "" : "s") + ", " +
          (r.edits.length - applied) + " uncertain; spin score " + Math.round(r.spin_score * 100) + "%." }),
        el("h2", { text: "Edits marked" }), markedText(input, r.edits),
        el("h2", { text: "Repaired text" }), el("pre", { class: "plain", text: r.text }));
    } catch (e) {
      result.replaceChildren(el("p", { class: "error", role: "alert", text: e.message }));
    }
  });
  app.replaceChildren(el("h1", { text: "Repair spun text" }),
    el("p", { text: "Paste an article rewritten by a spinner; the repaired wording is shown with each edit marked: struck-out spun words, then the restored words." }),
    form, result);
}

// ---- routing -------------------------------------------------------------

function route() {
  const path = location.pathname;
  if (path.startsWith("/who/")) return renderWho();
  if (path.startsWith("/drama/")) return renderDrama();
  if (path === "/repair") return renderRepair();
  return renderSearch();
}

document.addEventListener("keydown", (ev) => {
  // "/" focuses the search box, as on many search sites.
  const t = ev.target;
  if (ev.key === "/" && !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement)) {
    ev.preventDefault();
    document.getElementById("q").focus();
  }
});

route();

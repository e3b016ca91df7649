// khabar web UI: plain JavaScript, hash routing, no build step, no external resources.
// All annotation offsets from the API are Unicode code point offsets (end-exclusive);
// JavaScript strings are UTF-16, so text is always split with Array.from() before slicing.
"use strict";

(function () {
  const app = document.getElementById("app");

  // ---------- helpers ----------

  /** Creates an element: el("a", {href: "#", class: "x"}, child, "text", [more]). */
  function el(tag, attrs, ...children) {
    const svg = tag.startsWith("svg:");
    const node = svg
      ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
      : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.setAttribute("class", v);
      else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(node, c);
      else if (c instanceof Node) node.appendChild(c);
      else node.appendChild(document.createTextNode(String(c)));
    }
  }

  function render(...nodes) {
    app.replaceChildren(...nodes.filter(Boolean));
    window.scrollTo(0, 0);
  }

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  async function api(path, options) {
    let resp;
    try {
      resp = await fetch(path, options);
    } catch (e) {
      throw new ApiError(0, "تعذّر الاتصال بالخادم: " + e.message);
    }
    let body = null;
    const text = await resp.text();
    try {
      body = text ? JSON.parse(text) : null;
    } catch (_) {
      body = null;
    }
    if (!resp.ok) {
      const msg = body && body.error ? body.error.message : text || resp.statusText;
      throw new ApiError(resp.status, msg);
    }
    return body;
  }

  function errorBox(e) {
    return el("div", { class: "error", role: "alert" }, "خطأ: ", el("bdi", {}, e.message || String(e)));
  }

  function loading() {
    return el("div", { class: "loading" }, "جارٍ التحميل…");
  }

  const SOURCES = {
    alarabia: "العربية",
    alarabiya: "العربية",
    bbc: "بي بي سي عربي",
    cnn: "سي إن إن بالعربية",
    france24: "فرانس 24",
    skynews: "سكاي نيوز عربية",
    sana: "سانا",
  };
  const CATEGORIES = {
    internationalnews: "دولي",
    middleeast: "الشرق الأوسط",
    sport: "رياضة",
    economy: "اقتصاد",
    technology: "تكنولوجيا",
    culture: "ثقافة وفن",
  };
  const FACETS = [
    ["source", "المصدر"],
    ["category", "التصنيف"],
    ["month", "الشهر"],
    ["person", "الأشخاص"],
    ["org", "المنظمات"],
    ["place", "الأماكن"],
  ];
  const LABELS = { PER: "شخص", ORG: "منظمة", LOC: "مكان", MISC: "أخرى" };
  const LABEL_FACET = { PER: "person", ORG: "org", LOC: "place" };
  const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
  const QUALIFIERS = {
    exact: "",
    approximately: "نحو",
    more_than: "أكثر من",
    less_than: "أقل من",
    at_least: "على الأقل",
    at_most: "على الأكثر",
    range: "بين",
    vague: "غير محدد",
  };

  function sourceName(s) {
    if (!s) return "";
    return SOURCES[s.toLowerCase()] || s;
  }

  function categoryName(c) {
    if (!c) return "";
    return CATEGORIES[c.toLowerCase()] || c;
  }

  function monthName(m) {
    const mm = /^(\d{4})-(\d{2})$/.exec(m || "");
    if (!mm) return m;
    const i = Number(mm[2]) - 1;
    return (MONTHS[i] || mm[2]) + " " + mm[1];
  }

  function facetValueName(facet, v) {
    if (facet === "source") return sourceName(v);
    if (facet === "category") return categoryName(v);
    if (facet === "month") return monthName(v);
    return v;
  }

  /** "2018-02-18T21:35:43+04:00" → "18 فبراير 2018، 21:35" (the time as published). */
  function formatDate(iso, withTime) {
    if (!iso) return "";
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
    if (!m) return iso;
    let s = Number(m[3]) + " " + (MONTHS[Number(m[2]) - 1] || m[2]) + " " + m[1];
    if (withTime !== false && m[4]) s += "، " + m[4] + ":" + m[5];
    return s;
  }

  /** Milliseconds since the epoch, or NaN. */
  function timeOf(iso) {
    return iso ? Date.parse(iso) : NaN;
  }

  function number(n) {
    return typeof n === "number" ? n.toLocaleString("en-US") : String(n);
  }

  function articleLink(meta, text) {
    return el("a", { href: "#/article/" + encodeURIComponent(meta.id) }, el("bdi", {}, text || meta.title || meta.id));
  }

  function entityHref(name, label) {
    return "#/entity/" + encodeURIComponent(name) + (label ? "?label=" + encodeURIComponent(label) : "");
  }

  /** Snippet {text, highlights: [[start, end], ...]} (code points) → DOM. */
  function snippetNode(snippet) {
    const p = el("p", { class: "snippet" });
    if (!snippet || !snippet.text) return p;
    const cps = Array.from(snippet.text);
    const hs = (snippet.highlights || [])
      .map((h) => (Array.isArray(h) ? h : [h.start, h.end]))
      .filter((h) => h[0] < h[1])
      .sort((a, b) => a[0] - b[0]);
    let pos = 0;
    for (const [s0, e0] of hs) {
      const s = Math.max(s0, pos);
      const e = Math.min(e0, cps.length);
      if (s >= e) continue;
      if (s > pos) p.append(cps.slice(pos, s).join(""));
      p.append(el("mark", {}, cps.slice(s, e).join("")));
      pos = e;
    }
    if (pos < cps.length) p.append(cps.slice(pos).join(""));
    return p;
  }

  // ---------- routing ----------

  function parseHash() {
    const h = location.hash.replace(/^#/, "") || "/";
    const qi = h.indexOf("?");
    const path = qi >= 0 ? h.slice(0, qi) : h;
    const params = new URLSearchParams(qi >= 0 ? h.slice(qi + 1) : "");
    const parts = path.split("/").filter(Boolean).map((p) => {
      try {
        return decodeURIComponent(p);
      } catch (_) {
        return p;
      }
    });
    return { parts, params };
  }

  function go(path, params) {
    const qs = params ? params.toString() : "";
    location.hash = "#" + path + (qs ? "?" + qs : "");
  }

  let routeSeq = 0;
  async function route() {
    const seq = ++routeSeq;
    const { parts, params } = parseHash();
    const [name, arg] = parts;
    const nav = { article: "search", story: "search", entity: "entities" }[name] || name || "search";
    for (const a of document.querySelectorAll(".mainnav a")) {
      a.classList.toggle("active", a.dataset.nav === nav);
    }
    const stale = () => seq !== routeSeq;
    try {
      if (!name || name === "search") await searchView(params, stale);
      else if (name === "article" && arg) await articleView(arg, stale);
      else if (name === "story" && arg) await storyView(arg, stale);
      else if (name === "entities") await entitiesView(params, stale);
      else if (name === "entity" && arg) await entityView(arg, params, stale);
      else if (name === "said") await saidView(params, stale);
      else if (name === "analyze") analyzeView();
      else render(el("div", { class: "notice" }, "الصفحة غير موجودة. ", el("a", { href: "#/" }, "العودة إلى البحث")));
    } catch (e) {
      if (!stale()) render(errorBox(e));
    }
  }

  // ---------- search ----------

  const FILTER_KEYS = ["source", "category", "month", "person", "org", "place"];
  const PER_PAGE = 10;

  async function searchView(params, stale) {
    const q = params.get("q") || "";
    // Without a query, relevance means nothing: show the newest articles.
    const sortParam = params.get("sort");
    const sort = sortParam === "date" || (!q && !sortParam) ? "date" : "relevance";
    const page = Math.max(1, Number(params.get("page")) || 1);
    const hideDup = params.get("dups") === "hide";

    const input = el("input", {
      type: "search", name: "q", value: q, placeholder: "ابحث في الأخبار… مثال: سوريا، \"الأمم المتحدة\"، person:Trump",
      "aria-label": "نص البحث", autocomplete: "off", id: "q",
    });
    const sortSel = el("select", { name: "sort", "aria-label": "الترتيب" },
      el("option", { value: "relevance", selected: sort === "relevance" }, "الأكثر صلة"),
      el("option", { value: "date", selected: sort === "date" }, "الأحدث"));
    const dupSel = el("select", { name: "dups", "aria-label": "النسخ المكررة" },
      el("option", { value: "", selected: !hideDup }, "مع النسخ المكررة"),
      el("option", { value: "hide", selected: hideDup }, "دون النسخ المكررة"));
    const form = el("form", { class: "searchbar", role: "search" }, input, sortSel, dupSel,
      el("button", { type: "submit" }, "بحث"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams(params);
      p.set("q", input.value.trim());
      if (!input.value.trim()) p.delete("q");
      // Keep an explicit choice of order; otherwise let the query decide (relevance).
      if (sortParam || sortSel.value !== sort) p.set("sort", sortSel.value);
      else p.delete("sort");
      if (dupSel.value) p.set("dups", dupSel.value);
      else p.delete("dups");
      p.delete("page");
      go("/search", p);
    });
    const ex = (q, what) => el("li", {}, el("code", { dir: "auto" }, q), " — ", what);
    const hint = el("details", { class: "hint" }, el("summary", {}, "صيغة البحث"),
      el("ul", {},
        ex("سوريا روسيا", "مقالات فيها الكلمتان"),
        ex('"مجلس الأمن"', "عبارة كما هي"),
        ex("سوريا OR العراق", "إحدى الكلمتين؛ و AND و NOT"),
        ex("سوريا -روسيا", "استبعاد كلمة"),
        ex("person:Trump", "حقل: title: source: category: entity: person: org: place:"),
        ex("published:[2018-03-01 TO 2018-03-31]", "مدة زمنية")));
    const results = el("section", { class: "results-col", "aria-label": "النتائج" }, loading());
    const facetsCol = el("aside", { class: "facets", "aria-label": "تصفية النتائج" });
    render(form, hint, el("div", { class: "layout" }, facetsCol, results));
    if (!q) input.focus();

    const apiParams = new URLSearchParams();
    apiParams.set("q", q);
    apiParams.set("sort", sort);
    apiParams.set("page", String(page));
    apiParams.set("per_page", String(PER_PAGE));
    apiParams.set("facets", "true");
    if (hideDup) apiParams.set("hide_duplicates", "true");
    for (const k of FILTER_KEYS) for (const v of params.getAll(k)) apiParams.append(k, v);
    let data;
    try {
      data = await api("/api/search?" + apiParams.toString());
    } catch (e) {
      if (!stale()) results.replaceChildren(errorBox(e));
      return;
    }
    if (stale()) return;

    // Active filters as removable chips.
    const chips = el("div", { class: "chips" });
    for (const k of FILTER_KEYS) {
      for (const v of params.getAll(k)) {
        const label = (FACETS.find((f) => f[0] === k) || [k, k])[1];
        chips.append(el("span", { class: "chip", "data-filter": k },
          label + ": ", el("bdi", {}, facetValueName(k, v)),
          el("button", {
            type: "button", title: "إزالة", "aria-label": "إزالة التصفية",
            onclick: () => {
              const p = new URLSearchParams();
              for (const [pk, pv] of params) if (!(pk === k && pv === v) && pk !== "page") p.append(pk, pv);
              go("/search", p);
            },
          }, "×")));
      }
    }

    facetsCol.replaceChildren();
    for (const [key, title] of FACETS) {
      const values = (data.facets && data.facets[key]) || [];
      if (!values.length) continue;
      const selected = new Set(params.getAll(key));
      const ul = el("ul");
      for (const f of values.slice(0, key === "month" ? 24 : 10)) {
        // Clicking a value adds it as a filter; clicking a selected value removes it.
        const p = new URLSearchParams();
        for (const [pk, pv] of params) if (pk !== "page" && !(pk === key && pv === f.value)) p.append(pk, pv);
        if (!selected.has(f.value)) p.append(key, f.value);
        ul.append(el("li", { class: selected.has(f.value) ? "selected" : null },
          el("a", { href: "#/search?" + p.toString(), "data-facet": key, "data-value": f.value, title: f.value },
            el("bdi", {}, facetValueName(key, f.value))),
          el("span", { class: "count" }, number(f.count))));
      }
      facetsCol.append(el("div", { class: "facet panel", "data-facet-group": key }, el("h3", {}, title), ul));
    }

    const total = data.total || 0;
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    const summary = el("div", { class: "summary", id: "summary" },
      total ? "عدد النتائج: " + number(total) + (pages > 1 ? " — الصفحة " + page + " من " + pages : "")
        : "لا نتائج. جرّب كلمات أخرى أو أزل بعض التصفيات.");
    const list = el("ol", { class: "results" });
    for (const h of data.hits || []) {
      list.append(el("li", { class: "result" },
        el("h3", {}, articleLink(h)),
        el("div", { class: "meta" },
          el("span", { class: "outlet" }, sourceName(h.source)),
          h.published ? el("time", { datetime: h.published }, formatDate(h.published)) : null,
          h.category ? el("span", {}, categoryName(h.category)) : null,
          h.duplicate_of ? el("span", { class: "badge warn", title: h.duplicate_of }, "نسخة مكررة") : null,
          h.story ? el("a", { href: "#/story/" + encodeURIComponent(h.story) }, "القصة") : null),
        snippetNode(h.snippet)));
    }
    results.replaceChildren(chips, summary, list, pager(page, pages, params));
  }

  function pager(page, pages, params) {
    const nav = el("nav", { class: "pager", "aria-label": "الصفحات" });
    if (pages <= 1) return nav;
    const link = (n, text) => {
      const p = new URLSearchParams(params);
      p.set("page", String(n));
      return el("a", { href: "#/search?" + p.toString(), "data-page": n }, text || String(n));
    };
    if (page > 1) nav.append(link(page - 1, "السابق"));
    const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
    let last = 0;
    for (let n = 1; n <= pages; n++) {
      if (!shown.has(n)) continue;
      if (n > last + 1) nav.append(el("span", { class: "gap" }, "…"));
      nav.append(n === page ? el("span", { class: "current", "aria-current": "page" }, String(n)) : link(n));
      last = n;
    }
    if (page < pages) nav.append(link(page + 1, "التالي"));
    return nav;
  }

  // ---------- annotated text ----------

  /**
   * Renders `text` with the analysis highlighted. Quotes (attribution contents) form an
   * outer layer; entities, quantities, times, cues and the dateline an inner layer in
   * which overlapping spans are resolved (earlier, then longer, wins).
   */
  function annotatedText(text, analysis) {
    const cps = Array.from(text);
    const n = cps.length;
    const inner = [];
    const d = analysis.dateline;
    if (d && !d.in) inner.push({ start: d.start, end: d.end, cls: "ann-dateline", title: "سطر المكان والمصدر" });
    for (const e of analysis.entities || []) {
      const title = LABELS[e.label] ? LABELS[e.label] + (e.canonical ? " — " + e.canonical : "") : e.label;
      inner.push({ start: e.start, end: e.end, cls: "ann ann-" + (LABELS[e.label] ? e.label : "MISC"), title, entity: e });
    }
    for (const q of analysis.quantities || []) {
      inner.push({ start: q.start, end: q.end, cls: "ann ann-qty", title: "كمية: " + quantityText(q) });
    }
    for (const t of analysis.times || []) {
      inner.push({ start: t.start, end: t.end, cls: "ann ann-time", title: "زمن (" + t.type + "): " + (t.value || "غير صالح") });
    }
    (analysis.attributions || []).forEach((a, i) => {
      if (a.cue) inner.push({ start: a.cue.start, end: a.cue.end, cls: "ann ann-cue", title: "فعل القول", attr: i });
    });
    const outer = [];
    (analysis.attributions || []).forEach((a, i) => {
      if (a.content && a.content.end > a.content.start) {
        outer.push({ start: a.content.start, end: a.content.end, cls: "quote", title: "قول " + (a.source ? a.source.text : ""), attr: i });
      }
    });
    const innerAt = layer(inner, n);
    const outerAt = layer(outer, n);

    const root = el("div", { class: "article-text", dir: "rtl" });
    let i = 0;
    while (i < n) {
      const o = outerAt[i];
      let j = i;
      while (j < n && outerAt[j] === o) j++;
      const container = o >= 0 ? el("span", { class: outer[o].cls, title: outer[o].title, "data-attr": outer[o].attr }) : root;
      let k = i;
      while (k < j) {
        const a = innerAt[k];
        let m = k;
        while (m < j && innerAt[m] === a) m++;
        const s = cps.slice(k, m).join("");
        if (a < 0) container.append(s);
        else container.append(innerNode(inner[a], s));
        k = m;
      }
      if (container !== root) root.append(container);
      i = j;
    }
    // Mark the first piece of every quote so the side panel can scroll to it.
    const seen = new Set();
    for (const q of root.querySelectorAll(".quote")) {
      const a = q.getAttribute("data-attr");
      if (!seen.has(a)) {
        q.id = "quote-" + a;
        seen.add(a);
      }
    }
    return root;
  }

  function innerNode(a, s) {
    if (a.entity) {
      const e = a.entity;
      const name = e.canonical || e.text;
      return el("a", { class: a.cls, title: a.title, href: entityHref(name, e.label), "data-label": e.label }, s);
    }
    return el("span", { class: a.cls, title: a.title }, s);
  }

  /** For each code point, the index of the span covering it (or -1); overlaps resolved greedily. */
  function layer(spans, n) {
    const at = new Array(n).fill(-1);
    const order = spans
      .map((s, i) => [s, i])
      .filter(([s]) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.start >= 0)
      .sort((a, b) => a[0].start - b[0].start || b[0].end - b[0].start - (a[0].end - a[0].start));
    for (const [s, i] of order) {
      const end = Math.min(s.end, n);
      let free = true;
      for (let p = s.start; p < end; p++) {
        if (at[p] !== -1) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      for (let p = s.start; p < end; p++) at[p] = i;
    }
    return at;
  }

  function quantityText(q) {
    const qual = QUALIFIERS[q.qualifier] !== undefined ? QUALIFIERS[q.qualifier] : q.qualifier;
    let v = "";
    if (q.value !== null && q.value !== undefined) v = number(q.value);
    else if (q.low !== null && q.low !== undefined) v = number(q.low) + "–" + number(q.high);
    return [qual, v, q.unit || ""].filter(Boolean).join(" ");
  }

  function legend() {
    const item = (cls, text) => el("span", { class: "swatch " + cls }, text);
    return el("div", { class: "legend", "aria-label": "دليل الألوان" },
      el("strong", {}, "الدليل:"),
      item("ann-PER", "شخص"), item("ann-ORG", "منظمة"), item("ann-LOC", "مكان"), item("ann-MISC", "كيان آخر"),
      item("ann-qty", "كمية"), item("ann-time", "زمن"), item("quote", "قول منسوب"), item("ann-cue", "فعل القول"),
      item("ann-dateline", "سطر المكان"));
  }

  function datelineBox(analysis, meta) {
    const d = analysis.dateline;
    const parts = [];
    if (d) {
      if (d.place) parts.push(el("span", {}, "المكان: ", el("strong", {}, el("bdi", {}, d.place))));
      if (d.agency) parts.push(el("span", {}, "الوكالة: ", el("strong", {}, el("bdi", {}, d.agency)),
        d.agency_canonical && d.agency_canonical !== d.agency ? el("span", { class: "value" }, " (" + d.agency_canonical + ")") : null));
      if (d.reporter) parts.push(el("span", {}, "المراسل: ", el("strong", {}, el("bdi", {}, d.reporter))));
      if (!parts.length) parts.push(el("span", {}, el("bdi", {}, d.text)));
      if (d.in === "byline") parts.push(el("span", { class: "muted small" }, "(من سطر الكاتب)"));
    } else if (meta && meta.byline) {
      parts.push(el("span", {}, "سطر الكاتب: ", el("bdi", {}, meta.byline)));
    }
    if (!parts.length) return null;
    return el("div", { class: "dateline-box", id: "dateline" }, el("span", { class: "muted" }, "سطر المكان:"), parts);
  }

  function saidPanel(analysis) {
    const atts = analysis.attributions || [];
    const ul = el("ul", { class: "said-list" });
    atts.forEach((a, i) => {
      const src = a.source || {};
      const who = el("span", { class: "said-source" }, el("bdi", {}, src.text || "—"));
      const item = el("li", { class: "said-item", tabindex: "0", "data-attr": i },
        el("div", { class: "said-flow" },
          who,
          src.refers_to ? el("span", { class: "muted small" }, "(", el("bdi", {}, src.refers_to), ")") : null,
          src.anonymous ? el("span", { class: "badge" }, "مصدر مجهول") : null,
          el("span", { class: "arrow" }, "←"),
          el("span", { class: "said-cue" }, el("bdi", {}, a.cue ? a.cue.text : "")),
          el("span", { class: "arrow" }, "←"),
          el("span", { class: "badge" }, a.direct ? "مباشر" : "غير مباشر"),
          a.kind === "belief" ? el("span", { class: "badge" }, "رأي/اعتقاد") : null),
        el("div", { class: "said-content" }, el("bdi", {}, truncate(a.content ? a.content.text : "", 220))));
      const flash = () => {
        const q = document.getElementById("quote-" + i);
        if (!q) return;
        q.scrollIntoView({ behavior: "smooth", block: "center" });
        for (const part of document.querySelectorAll('.quote[data-attr="' + i + '"]')) {
          part.classList.add("flash");
          setTimeout(() => part.classList.remove("flash"), 1600);
        }
      };
      item.addEventListener("click", flash);
      item.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter") flash();
      });
      ul.append(item);
    });
    return el("section", { class: "panel", id: "who-said-what", "aria-label": "من قال ماذا" },
      el("h2", {}, "من قال ماذا ", el("span", { class: "count" }, "(" + atts.length + ")")),
      atts.length ? ul : el("p", { class: "muted" }, "لم يُعثر على أقوال منسوبة."));
  }

  function factsPanel(analysis) {
    const ents = new Map();
    for (const e of analysis.entities || []) {
      const key = e.label + "|" + (e.canonical || e.text);
      const cur = ents.get(key) || { e, n: 0 };
      cur.n++;
      ents.set(key, cur);
    }
    const entList = el("ul", { class: "facts" });
    for (const { e, n } of [...ents.values()].sort((a, b) => b.n - a.n).slice(0, 25)) {
      const name = e.canonical || e.text;
      entList.append(el("li", {},
        el("a", { href: entityHref(name, e.label), class: "ann ann-" + (LABELS[e.label] ? e.label : "MISC") }, el("bdi", {}, e.text)),
        el("span", { class: "value" }, (e.canonical ? e.canonical + " · " : "") + (LABELS[e.label] || e.label) + (n > 1 ? " ×" + n : ""))));
    }
    const qList = el("ul", { class: "facts" });
    for (const q of analysis.quantities || []) {
      qList.append(el("li", {}, el("span", { class: "ann ann-qty" }, el("bdi", {}, q.text)), el("span", { class: "value" }, el("bdi", {}, quantityText(q)))));
    }
    const tList = el("ul", { class: "facts" });
    for (const t of analysis.times || []) {
      tList.append(el("li", {}, el("span", { class: "ann ann-time" }, el("bdi", {}, t.text)), el("span", { class: "value" }, t.type + " " + (t.value || "—"))));
    }
    return el("section", { class: "panel", "aria-label": "الحقائق" },
      el("h2", {}, "الكيانات ", el("span", { class: "count" }, "(" + (analysis.entities || []).length + ")")),
      ents.size ? entList : el("p", { class: "muted" }, "لا كيانات."),
      el("h3", {}, "الكميات"), (analysis.quantities || []).length ? qList : el("p", { class: "muted" }, "لا كميات."),
      el("h3", {}, "التعبيرات الزمنية"), (analysis.times || []).length ? tList : el("p", { class: "muted" }, "لا تعبيرات زمنية."));
  }

  function truncate(s, n) {
    const cps = Array.from(s || "");
    return cps.length > n ? cps.slice(0, n).join("") + "…" : s || "";
  }

  // ---------- article ----------

  async function articleView(id, stale) {
    render(loading());
    const data = await api("/api/articles/" + encodeURIComponent(id));
    if (stale()) return;
    const meta = data.article || {};
    const analysis = data.analysis || { text: "" };
    const head = el("div", { class: "article-head" },
      el("h1", {}, el("bdi", {}, meta.title || meta.id)),
      el("div", { class: "meta" },
        el("span", { class: "outlet" }, sourceName(meta.source)),
        meta.published ? el("time", { datetime: meta.published }, formatDate(meta.published)) : null,
        meta.category ? el("span", {}, categoryName(meta.category)) : null,
        meta.story ? el("a", { href: "#/story/" + encodeURIComponent(meta.story), id: "story-link" }, "كل مقالات هذه القصة ←") : null,
        meta.duplicate_of ? el("span", {}, el("span", { class: "badge warn" }, "نسخة مكررة من"), " ",
          el("a", { href: "#/article/" + encodeURIComponent(meta.duplicate_of) }, el("bdi", {}, meta.duplicate_of))) : null,
        meta.url ? el("a", { href: meta.url, rel: "noopener noreferrer", target: "_blank" }, "المصدر الأصلي") : null),
      datelineBox(analysis, meta));
    const body = el("article", { class: "panel" }, head, legend(), annotatedText(analysis.text || "", analysis));
    const side = el("aside", { class: "side" }, saidPanel(analysis), factsPanel(analysis));
    render(el("div", { class: "layout article-layout" }, body, side));
    if (meta.story) {
      // Other outlets' coverage of the same story, under the who-said-what panel.
      try {
        const story = await api("/api/stories/" + encodeURIComponent(meta.story));
        if (stale()) return;
        const others = (story.articles || []).filter((a) => a.id !== meta.id);
        if (others.length) {
          const ul = el("ul", { class: "facts" });
          for (const a of others.slice(0, 12)) {
            ul.append(el("li", {}, articleLink(a), el("span", { class: "value" }, sourceName(a.source) + " · " + formatDate(a.published, false))));
          }
          side.insertBefore(el("section", { class: "panel", id: "same-story" },
            el("h2", {}, "في القصة نفسها ", el("span", { class: "count" }, "(" + others.length + ")")), ul,
            el("a", { href: "#/story/" + encodeURIComponent(meta.story) }, "الخط الزمني للقصة ←")), side.children[1] || null);
        }
      } catch (_) {
        // The story list is an extra; the article is shown without it.
      }
    }
  }

  // ---------- story ----------

  const OUTLET_COLORS = ["#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#ad1457"];

  async function storyView(id, stale) {
    render(loading());
    const s = await api("/api/stories/" + encodeURIComponent(id));
    if (stale()) return;
    const outlets = (s.outlets || []).map((o) => o.source);
    const color = (src) => OUTLET_COLORS[Math.max(0, outlets.indexOf(src)) % OUTLET_COLORS.length];
    const head = el("div", {},
      el("h1", {}, "قصة: ", el("bdi", {}, (s.articles[0] && s.articles[0].title) || s.id)),
      el("div", { class: "meta" },
        el("span", {}, "عدد المقالات: " + s.articles.length),
        el("span", {}, "عدد المصادر: " + outlets.length),
        s.first_seen ? el("span", {}, "أول ظهور: " + formatDate(s.first_seen)) : null,
        s.last_seen ? el("span", {}, "آخر ظهور: " + formatDate(s.last_seen)) : null),
      el("div", { class: "chips" }, (s.outlets || []).map((o) =>
        el("span", { class: "chip" }, el("bdi", {}, sourceName(o.source)), el("span", { class: "count" }, " " + o.count)))));
    const list = el("ol", { class: "timeline", id: "story-timeline" });
    for (const a of s.articles) {
      list.append(el("li", {},
        el("time", { datetime: a.published || "" }, formatDate(a.published) || "دون تاريخ"),
        el("span", { class: "outlet" }, el("bdi", {}, sourceName(a.source))), " — ",
        articleLink(a),
        a.duplicate_of ? el("span", { class: "badge warn" }, " نسخة مكررة") : null));
    }
    render(el("div", { class: "stack" },
      el("section", { class: "panel" }, head, storyChart(s.articles, outlets, color)),
      el("section", { class: "panel" }, el("h2", {}, "الخط الزمني"), list)));
  }

  /** SVG: one row per outlet, one dot per article; time runs right-to-left (RTL). */
  function storyChart(articles, outlets, color) {
    const dated = articles.filter((a) => !isNaN(timeOf(a.published)));
    if (!dated.length || !outlets.length) return null;
    const W = 900, rowH = 34, top = 24, left = 10, right = 150, bottom = 30;
    const H = top + outlets.length * rowH + bottom;
    let t0 = Math.min(...dated.map((a) => timeOf(a.published)));
    let t1 = Math.max(...dated.map((a) => timeOf(a.published)));
    if (t1 - t0 < 3600e3) {
      t0 -= 1800e3;
      t1 += 1800e3;
    }
    // Earliest on the right, as text reads.
    const x = (t) => W - right - ((t - t0) / (t1 - t0)) * (W - right - left - 20) - 10;
    // The page is RTL, so in these charts text-anchor "start" is the right end of a label.
    const svg = el("svg:svg", { viewBox: "0 0 " + W + " " + H, class: "timeline-svg", direction: "rtl", role: "img", "aria-label": "مقالات القصة على خط زمني" });
    outlets.forEach((o, i) => {
      const y = top + i * rowH + rowH / 2;
      svg.append(el("svg:line", { x1: left, x2: W - right, y1: y, y2: y, class: "axis", "stroke-dasharray": "3 4" }));
      svg.append(el("svg:text", { x: W - 10, y: y + 5, "text-anchor": "start", class: "outlet-label", fill: color(o) }, sourceName(o)));
    });
    const axisY = top + outlets.length * rowH + 6;
    svg.append(el("svg:line", { x1: left, x2: W - right, y1: axisY, y2: axisY, class: "axis" }));
    // Label the first and last article with their own published times (as the outlet gave them).
    const byTime = dated.slice().sort((a, b) => timeOf(a.published) - timeOf(b.published));
    const first = byTime[0];
    const last = byTime[byTime.length - 1];
    svg.append(el("svg:text", { x: x(timeOf(first.published)) + 8, y: axisY + 20, "text-anchor": "start" }, formatDate(first.published)));
    if (last !== first && x(timeOf(first.published)) - x(timeOf(last.published)) > 200) {
      svg.append(el("svg:text", { x: x(timeOf(last.published)) - 8, y: axisY + 20, "text-anchor": "end" }, formatDate(last.published)));
    }
    for (const a of dated) {
      const row = Math.max(0, outlets.indexOf(a.source));
      const y = top + row * rowH + rowH / 2;
      const link = el("svg:a", { href: "#/article/" + encodeURIComponent(a.id) },
        el("svg:circle", { cx: x(timeOf(a.published)).toFixed(1), cy: y, r: 7, fill: color(a.source), stroke: "#fff", "stroke-width": 2 },
          el("svg:title", {}, formatDate(a.published) + " — " + (a.title || a.id))));
      svg.append(link);
    }
    return svg;
  }

  // ---------- entities ----------

  async function entitiesView(params, stale) {
    const q = params.get("q") || "";
    const input = el("input", { type: "search", value: q, placeholder: "الكيانات الأكثر ذكرًا في المقالات التي تطابق بحثًا… مثال: سوريا", "aria-label": "بحث لتصفية المقالات" });
    const form = el("form", { class: "searchbar" }, input, el("button", { type: "submit" }, "تصفية"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      if (input.value.trim()) p.set("q", input.value.trim());
      go("/entities", p);
    });
    const out = el("div", { class: "entity-columns" }, loading());
    render(el("h1", {}, "أكثر الكيانات ذكرًا"), form, out);
    const p = new URLSearchParams({ limit: "30" });
    if (q) p.set("q", q);
    const data = await api("/api/entities?" + p.toString());
    if (stale()) return;
    out.replaceChildren();
    for (const label of ["PER", "ORG", "LOC"]) {
      const items = (data.entities || []).filter((e) => e.label === label);
      const max = Math.max(1, ...items.map((e) => e.articles));
      const ul = el("ul", { class: "bars" });
      for (const e of items) {
        const bar = el("span", { class: "bar" });
        bar.style.width = ((100 * e.articles) / max).toFixed(1) + "%";
        ul.append(el("li", {}, el("a", { href: entityHref(e.name, e.label) }, el("bdi", {}, e.name)),
          el("span", { class: "count" }, number(e.articles)), bar));
      }
      out.append(el("section", { class: "panel" }, el("h2", {}, { PER: "الأشخاص", ORG: "المنظمات", LOC: "الأماكن" }[label]),
        items.length ? ul : el("p", { class: "muted" }, "لا نتائج.")));
    }
  }

  async function entityView(name, params, stale) {
    render(loading());
    const label = params.get("label") || "";
    const p = new URLSearchParams();
    if (label) p.set("label", label);
    const e = await api("/api/entities/" + encodeURIComponent(name) + "?" + p.toString());
    if (stale()) return;
    const facet = LABEL_FACET[e.label];
    const sp = new URLSearchParams();
    if (facet) sp.set(facet, e.name);
    else sp.set("q", 'entity:"' + e.name + '"');
    const head = el("section", { class: "panel" },
      el("h1", {}, el("bdi", {}, e.name), " ", el("span", { class: "badge" }, LABELS[e.label] || e.label || "كيان")),
      el("div", { class: "meta" }, el("span", {}, "عدد المقالات: " + number(e.articles)),
        el("a", { href: "#/search?" + sp.toString() }, "عرض المقالات ←")));
    const chart = el("section", { class: "panel" }, el("h2", {}, "الذكر عبر الزمن (مقالات في الشهر)"), mentionsChart(e.by_month || []));
    const co = el("ul", { class: "bars" });
    const max = Math.max(1, ...(e.cooccurring || []).map((c) => c.articles));
    for (const c of e.cooccurring || []) {
      const bar = el("span", { class: "bar" });
      bar.style.width = ((100 * c.articles) / max).toFixed(1) + "%";
      co.append(el("li", {}, el("span", {}, el("a", { href: entityHref(c.name, c.label) }, el("bdi", {}, c.name)), " ",
        el("span", { class: "muted small" }, LABELS[c.label] || "")), el("span", { class: "count" }, number(c.articles)), bar));
    }
    const quotes = el("ul", { class: "said-list" });
    for (const s of e.quotes || []) quotes.append(saidHitItem(s));
    render(el("div", { class: "stack" }, head, chart,
      el("div", { class: "grid-2" },
        el("section", { class: "panel" }, el("h2", {}, "أكثر الكيانات ورودًا معه"), (e.cooccurring || []).length ? co : el("p", { class: "muted" }, "لا شيء.")),
        el("section", { class: "panel", id: "entity-quotes" }, el("h2", {}, "أحدث أقواله"), (e.quotes || []).length ? quotes : el("p", { class: "muted" }, "لم يُعثر على أقوال منسوبة إليه.")))));
  }

  /** SVG bar chart of articles per month; months run right-to-left. */
  function mentionsChart(byMonth) {
    if (!byMonth.length) return el("p", { class: "muted" }, "لا بيانات.");
    const W = 900, H = 260, top = 20, bottom = 50, side = 40;
    const max = Math.max(1, ...byMonth.map((m) => m.count));
    const slot = (W - 2 * side) / byMonth.length;
    const bw = Math.min(60, slot * 0.7);
    const svg = el("svg:svg", { viewBox: "0 0 " + W + " " + H, class: "chart-svg", direction: "rtl", role: "img", "aria-label": "عدد المقالات في كل شهر", id: "mentions-chart" });
    const baseY = H - bottom;
    svg.append(el("svg:line", { x1: side, x2: W - side, y1: baseY, y2: baseY, class: "axis" }));
    for (const frac of [0.5, 1]) {
      const y = baseY - frac * (baseY - top);
      svg.append(el("svg:line", { x1: side, x2: W - side, y1: y, y2: y, class: "axis", "stroke-dasharray": "2 4", opacity: 0.5 }));
      svg.append(el("svg:text", { x: W - side + 6, y: y + 4, "text-anchor": "end" }, number(Math.round(frac * max))));
    }
    byMonth.forEach((m, i) => {
      const cx = W - side - slot * (i + 0.5);
      const h = (m.count / max) * (baseY - top);
      svg.append(el("svg:rect", { x: (cx - bw / 2).toFixed(1), y: (baseY - h).toFixed(1), width: bw.toFixed(1), height: h.toFixed(1), rx: 3, fill: "#1f4e79" },
        el("svg:title", {}, monthName(m.month) + ": " + m.count)));
      svg.append(el("svg:text", { x: cx.toFixed(1), y: baseY + 18, "text-anchor": "middle" }, monthName(m.month)));
      if (m.count) svg.append(el("svg:text", { x: cx.toFixed(1), y: (baseY - h - 5).toFixed(1), "text-anchor": "middle" }, String(m.count)));
    });
    return svg;
  }

  function saidHitItem(s) {
    const a = s.attribution || {};
    const art = s.article || {};
    return el("li", { class: "said-item" },
      el("div", { class: "said-flow" },
        el("span", { class: "said-source" }, el("bdi", {}, (a.source && a.source.text) || "—")),
        a.source && a.source.refers_to ? el("span", { class: "muted small" }, "(", el("bdi", {}, a.source.refers_to), ")") : null,
        el("span", { class: "arrow" }, "←"),
        el("span", { class: "said-cue" }, el("bdi", {}, a.cue ? a.cue.text : "")),
        el("span", { class: "badge" }, a.direct ? "مباشر" : "غير مباشر")),
      el("div", { class: "said-content" }, el("bdi", {}, truncate(a.content ? a.content.text : "", 260))),
      el("div", { class: "meta" }, el("span", { class: "outlet" }, sourceName(art.source)),
        art.published ? el("time", { datetime: art.published }, formatDate(art.published, false)) : null,
        articleLink(art)));
  }

  // ---------- who said what (corpus) ----------

  async function saidView(params, stale) {
    const by = params.get("by") || "";
    const about = params.get("about") || "";
    const byIn = el("input", { type: "text", value: by, placeholder: "القائل، مثال: ترامب أو Donald Trump", "aria-label": "القائل" });
    const aboutIn = el("input", { type: "text", value: about, placeholder: "موضوع القول، مثال: الاتفاق النووي", "aria-label": "موضوع القول" });
    const form = el("form", { class: "form-row" }, el("label", {}, "قال: ", byIn), el("label", {}, "عن: ", aboutIn), el("button", { type: "submit" }, "بحث"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      if (byIn.value.trim()) p.set("by", byIn.value.trim());
      if (aboutIn.value.trim()) p.set("about", aboutIn.value.trim());
      go("/said", p);
    });
    const out = el("div", {});
    render(el("h1", {}, "من قال ماذا"), form, out);
    if (!by && !about) {
      out.append(el("p", { class: "muted" }, "اكتب اسم القائل أو موضوع القول (أو كليهما)."));
      return;
    }
    out.append(loading());
    const p = new URLSearchParams({ limit: "50" });
    if (by) p.set("by", by);
    if (about) p.set("about", about);
    const data = await api("/api/said?" + p.toString());
    if (stale()) return;
    const ul = el("ul", { class: "said-list" });
    for (const s of data.items || []) ul.append(saidHitItem(s));
    out.replaceChildren(el("p", { class: "summary" }, "عدد الأقوال: " + (data.items || []).length), ul);
  }

  // ---------- analyze your text ----------

  const EXAMPLE = "القاهرة - رويترز\n" +
    "قال وزير الخارجية المصري سامح شكري يوم الثلاثاء إن أكثر من 300 شاحنة محملة بالمساعدات عبرت معبر رفح منذ بداية الأسبوع الماضي. " +
    "وأضاف في مؤتمر صحفي بالقاهرة أن \"مصر لن تدخر جهدا لإيصال المساعدات\"، مشيرا إلى أن نحو 15 بالمئة فقط من الاحتياجات وصلت حتى الآن.";

  function analyzeView() {
    const ta = el("textarea", { id: "analyze-text", dir: "rtl", placeholder: "الصق هنا نص خبر عربي…", "aria-label": "النص" });
    const ref = el("input", { type: "date", id: "analyze-ref", "aria-label": "التاريخ المرجعي" });
    const button = el("button", { type: "submit", id: "analyze-submit" }, "حلّل");
    const out = el("div", { id: "analyze-result" });
    const form = el("form", {}, ta,
      el("div", { class: "form-row" }, button,
        el("button", { type: "button", class: "secondary", onclick: () => { ta.value = EXAMPLE; ta.focus(); } }, "مثال"),
        el("label", {}, "التاريخ المرجعي (لحلّ «أمس» و«الشهر الماضي»): ", ref)));
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const text = ta.value;
      if (!text.trim()) {
        out.replaceChildren(el("p", { class: "notice" }, "الصق نصًا أولًا."));
        return;
      }
      button.disabled = true;
      out.replaceChildren(loading());
      try {
        const body = { text };
        if (ref.value) body.reference_date = ref.value;
        const analysis = await api("/api/analyze", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
        out.replaceChildren(el("div", { class: "layout article-layout" },
          el("article", { class: "panel" }, datelineBox(analysis, null), legend(), annotatedText(analysis.text, analysis)),
          el("aside", { class: "side" }, saidPanel(analysis), factsPanel(analysis))));
      } catch (e) {
        out.replaceChildren(errorBox(e));
      } finally {
        button.disabled = false;
      }
    });
    render(el("h1", {}, "حلّل نصّك"),
      el("p", { class: "muted" }, "يُحلَّل النص على هذا الخادم ولا يُخزَّن: الكيانات والكميات والتعبيرات الزمنية والأقوال المنسوبة."),
      form, out);
    ta.focus();
  }

  // ---------- start ----------

  async function health() {
    const h = document.getElementById("health");
    try {
      const d = await api("/api/health");
      if (h && d && typeof d.articles === "number") h.textContent = "المقالات في الفهرس: " + number(d.articles);
    } catch (_) {
      if (h) h.textContent = "الخادم غير متاح";
    }
  }

  window.addEventListener("hashchange", route);
  route();
  health();
})();

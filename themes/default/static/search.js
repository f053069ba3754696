/* rapport search: runs in the browser on the index rapport wrote for each
 * language (LANG/search-index/), with no server and no outside library.
 *
 * The index holds keys: words in lower case, stemmed with Snowball's
 * algorithm for the language at build time, then without accents. A query's
 * words get their keys here the same way, with the JavaScript Snowball
 * generated from the same algorithm (the index's stemmer.js), so the two
 * sides agree. The keys are cut into files by their order (t-N.js): a query
 * loads meta.js, the stemmer, and the files its keys are in; then the cards
 * of the results it shows (d-N.js, ten documents a file). Results are ranked
 * by BM25 (weights made at build time, IDF here).
 *
 * The pure functions are exported for Node, where the tests run them. */
(function (root) {
  "use strict";

  /* ---------- Loading the index's files ---------- */
  var got = {};
  var waiting = {};

  /* Every file of the index calls this with what it holds. */
  function receive(lang, kind, n, data) {
    var id = lang + "/" + kind + "/" + n;
    got[id] = data;
    (waiting[id] || []).forEach(function (w) { w.resolve(data); });
    delete waiting[id];
  }

  /* Loads a file as a script (which works from a server and from disk). */
  function scriptLoader(url) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = url;
      s.async = true;
      s.onload = function () { resolve(); s.remove(); };
      s.onerror = function () { reject(new Error(url)); s.remove(); };
      document.head.appendChild(s);
    });
  }

  var api = { receive: receive, loader: null };

  /* The data of `file` in the index at `base`, loaded once. */
  function get(base, lang, kind, n, file, version) {
    var id = lang + "/" + kind + "/" + n;
    if (got[id] !== undefined) return Promise.resolve(got[id]);
    if (waiting[id]) {
      return new Promise(function (resolve, reject) { waiting[id].push({ resolve: resolve, reject: reject }); });
    }
    waiting[id] = [];
    var p = new Promise(function (resolve, reject) { waiting[id].push({ resolve: resolve, reject: reject }); });
    var url = base + file + (version ? "?v=" + version : "");
    (api.loader || scriptLoader)(url).then(function () {
      if (waiting[id]) { // the file did not call receive
        waiting[id].forEach(function (w) { w.reject(new Error(url)); });
        delete waiting[id];
      }
    }, function (e) {
      (waiting[id] || []).forEach(function (w) { w.reject(e); });
      delete waiting[id];
    });
    return p;
  }

  /* ---------- Words and keys ---------- */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  var SPLIT = /[^\p{Alphabetic}\p{N}]+/u;
  var WORD = /[\p{Alphabetic}\p{N}]+/gu;

  function words(text) {
    return (text || "").split(SPLIT).filter(function (w) { return w.length > 0; })
      .map(function (w) { return w.toLowerCase(); });
  }

  function key(word, stemmer) {
    return fold(stemmer ? stemmer.stemWord(word) : word);
  }

  /* The keys a query's word looks for: its own, and for Swedish the
   * definite singular in -an with its noun, which Snowball keeps apart:
   * "sjuksköterskan" also looks for the key of "sjuksköterska", and the
   * other forms for the definite one, which keeps its whole word as its key:
   * "sjuksköterska" + "n", and for a plural of such a noun in -or the
   * stem + "an" ("sjuksköterskor"). Measured on Snowball's Swedish
   * vocabulary in docs/decisions.md. */
  function keysOf(word, stemmer, name) {
    var keys = [key(word, stemmer)];
    if (name === "swedish") {
      if (word.length > 4 && word.slice(-2) === "an") keys.push(key(word.slice(0, -1), stemmer));
      if (word.length > 3 && word.slice(-1) === "a") keys.push(key(word + "n", stemmer));
      if (/or(na)?s?$/.test(word)) keys.push(keys[0] + "an");
    }
    return keys.filter(function (k, i) { return keys.indexOf(k) === i; });
  }

  /* Strings compared by code point, as the build sorted them. */
  function cmp(a, b) {
    var i = 0, j = 0;
    while (i < a.length && j < b.length) {
      var x = a.codePointAt(i), y = b.codePointAt(j);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
      j += y > 0xffff ? 2 : 1;
    }
    return (a.length - i) - (b.length - j);
  }

  /* The number of the term file that holds `k`. */
  function fileOf(meta, k) {
    var lo = 0, hi = meta.first.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (cmp(meta.first[mid], k) <= 0) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* ---------- An index ---------- */

  /* The index of `lang` at `base` (a folder URL): its meta and stemmer. */
  function open(base, lang) {
    return get(base, lang, "m", 0, "meta.js").then(function (meta) {
      if (!meta.stemmer) return { base: base, lang: lang, meta: meta, stemmer: null };
      return get(base, lang, "s", 0, "stemmer.js").then(function (s) {
        return { base: base, lang: lang, meta: meta, stemmer: s.stemmer };
      });
    });
  }

  function terms(ix, n) {
    return get(ix.base, ix.lang, "t", n, "t-" + n + ".js", ix.meta.tv[n]);
  }

  /* Document → weight, from a key's postings [delta, weight, …]. */
  function postings(list) {
    var out = new Map(), doc = 0;
    for (var i = 0; i < list.length; i += 2) { doc += list[i]; out.set(doc, list[i + 1]); }
    return out;
  }

  /* The key of a filter's value, as the build made it: "#tags:3". */
  function filterKey(name, value) {
    return "#" + name + ":" + value;
  }

  /* The documents of `ix` that have every word of `query`, best first:
   * [{ix, doc, score}], with the keys that matched. The last word also
   * matches as the start of a longer word, for search as you type, unless
   * `options.prefix` is false. `options.filters`, a list of filter keys,
   * keeps only the documents that have each; with no words, those
   * documents newest first. */
  function search(ix, query, options) {
    var ws = words(query);
    var filters = (options && options.filters) || [];
    if (!ws.length && !filters.length) return Promise.resolve({ hits: [], keys: [], prefix: null });
    var name = ix.meta.stemmer;
    var n = ix.meta.docs;
    var last = ws.length - 1;
    var prefix = ws.length ? fold(ws[last]) : "";
    var usePrefix = prefix.length >= 3 && !(options && options.prefix === false);
    var groups = ws.map(function (w) { return keysOf(w, ix.stemmer, name); });
    var files = new Set();
    groups.forEach(function (keys) { keys.forEach(function (k) { files.add(fileOf(ix.meta, k)); }); });
    filters.forEach(function (k) { files.add(fileOf(ix.meta, k)); });
    if (usePrefix) {
      var from = fileOf(ix.meta, prefix), to = fileOf(ix.meta, prefix + "\u{10ffff}");
      for (var f = from; f <= Math.min(to, from + 2); f++) files.add(f);
    }
    var nums = Array.from(files);
    return Promise.all(nums.map(function (f) { return terms(ix, f); })).then(function (chunks) {
      var table = {};
      chunks.forEach(function (c, i) { table[nums[i]] = c; });
      var lookup = function (k) { var c = table[fileOf(ix.meta, k)]; return c && c[k]; };
      var idf = function (list) {
        var df = list.length / 2;
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
      };
      var matched = [];
      var scores = null;
      groups.forEach(function (keys, i) {
        var found = new Map();
        var add = function (list, factor) {
          var w = idf(list) * factor / 40;
          postings(list).forEach(function (weight, doc) {
            found.set(doc, Math.max(found.get(doc) || 0, weight * w));
          });
        };
        keys.forEach(function (k) {
          var list = lookup(k);
          if (list) { add(list, 1); matched.push(k); }
        });
        if (i === last && usePrefix) {
          nums.forEach(function (f) {
            Object.keys(table[f]).forEach(function (k) {
              if (k.length > prefix.length && k.indexOf(prefix) === 0 && keys.indexOf(k) < 0) {
                add(table[f][k], 0.5);
              }
            });
          });
        }
        if (scores === null) {
          scores = found;
        } else {
          var next = new Map();
          scores.forEach(function (s, d) { if (found.has(d)) next.set(d, s + found.get(d)); });
          scores = next;
        }
      });
      filters.forEach(function (k) {
        var list = lookup(k);
        var docs = list ? postings(list) : new Map();
        if (scores === null) {
          scores = new Map();
          docs.forEach(function (w, d) { scores.set(d, 0); });
        } else {
          var kept = new Map();
          scores.forEach(function (s, d) { if (docs.has(d)) kept.set(d, s); });
          scores = kept;
        }
      });
      var hits = Array.from(scores.entries()).map(function (e) { return { ix: ix, doc: e[0], score: e[1] }; });
      hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return { hits: hits, keys: matched, prefix: usePrefix ? prefix : null };
    });
  }

  /* The card of a hit: {t, u, d, e, l, s, m, c, x}. */
  function card(hit) {
    var per = hit.ix.meta.per, f = Math.floor(hit.doc / per);
    return get(hit.ix.base, hit.ix.lang, "d", f, "d-" + f + ".js", hit.ix.meta.dv[f]).then(function (docs) {
      return docs[hit.doc % per];
    });
  }

  /* The part of `text` around the first word that matched, as
   * [[text, marked], …], or null when no word of it matched. */
  function excerpt(text, result, stemmer, length) {
    length = length || 200;
    var keys = new Set(result.keys), spans = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      var w = m[0].toLowerCase();
      var k = key(w, stemmer);
      if (keys.has(k) || (result.prefix && fold(w).indexOf(result.prefix) === 0)) {
        spans.push([m.index, m.index + m[0].length]);
      }
    }
    if (!spans.length) return null;
    var start = Math.max(0, spans[0][0] - Math.floor(length / 3));
    if (start > 0) { var space = text.indexOf(" ", start); if (space >= 0 && space < spans[0][0]) start = space + 1; }
    var end = Math.min(text.length, start + length);
    if (end < text.length) { var back = text.lastIndexOf(" ", end); if (back > spans[0][1]) end = back; }
    var parts = [], at = start;
    if (start > 0) parts.push(["…", false]);
    spans.forEach(function (s) {
      if (s[0] < at || s[1] > end) return;
      if (s[0] > at) parts.push([text.slice(at, s[0]), false]);
      parts.push([text.slice(s[0], s[1]), true]);
      at = s[1];
    });
    if (end > at) parts.push([text.slice(at, end), false]);
    if (end < text.length && text.slice(end).trim() !== "…") parts.push(["…", false]);
    return parts;
  }

  /* Several indexes at once: their hits merged by score. */
  function searchAll(ixs, query, options) {
    return Promise.all(ixs.map(function (ix) { return search(ix, query, options); })).then(function (rs) {
      var hits = [];
      rs.forEach(function (r) { r.hits.forEach(function (h) { h.result = r; hits.push(h); }); });
      hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return hits;
    });
  }

  /* "3 results" in a language, from texts Fluent rendered for some numbers
   * (`counts`: number → text): the text of `n` itself when it is there, else
   * that of the largest number of the same plural form in `locale`, with the
   * number put in. So "21 результат" serves 31 and "22 результата" serves 34. */
  function countText(counts, n, locale) {
    if (counts[n] !== undefined) return counts[n];
    var plurals = new Intl.PluralRules(locale);
    var numbers = new Intl.NumberFormat(locale);
    var samples = Object.keys(counts).map(Number).sort(function (a, b) { return a - b; });
    var kind = plurals.select(n);
    var same = samples.filter(function (s) { return s > 1 && plurals.select(s) === kind; });
    var sample = same.length ? same[same.length - 1] : samples[samples.length - 1];
    return counts[sample].split(numbers.format(sample)).join(numbers.format(n));
  }

  api.fold = fold;
  api.words = words;
  api.key = key;
  api.keysOf = keysOf;
  api.filterKey = filterKey;
  api.open = open;
  api.search = search;
  api.searchAll = searchAll;
  api.card = card;
  api.excerpt = excerpt;
  api.countText = countText;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  root.RapportSearch = api;

  /* ---------- The page ---------- */
  if (typeof document === "undefined") return;
  var form = document.querySelector("[data-search]");
  if (!form || location.protocol === "file:") return;
  var input = form.querySelector("input[type=search]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var more = document.querySelector(".search-more");
  var indexes = JSON.parse(form.dataset.indexes); // [[lang, folder URL], …], this page's first
  var pageLang = form.dataset.lang;
  var locale = form.dataset.locale || pageLang;
  var texts = document.getElementById("search-texts").content;
  var cardTemplate = document.getElementById("card-template").content;
  var PAGE = 10;
  var dates = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  var counts = {};
  Array.prototype.forEach.call(texts.querySelectorAll("[data-count]"), function (p) {
    counts[p.dataset.count] = p.textContent;
  });
  var opened = {};
  var shown = [];
  var generation = 0;

  function scope() {
    var checked = form.querySelector("input[name=in]:checked");
    return checked ? checked.value : pageLang;
  }

  function indexesFor(which) {
    return Promise.all(indexes.filter(function (i) { return which === "all" || i[0] === which; })
      .map(function (i) {
        if (!opened[i[0]]) opened[i[0]] = open(i[1], i[0]);
        return opened[i[0]];
      }));
  }

  function day(iso) { return new Date(iso + "T00:00:00Z"); }

  function marked(el, parts) {
    el.textContent = "";
    parts.forEach(function (p) {
      if (p[1]) { var m = document.createElement("mark"); m.textContent = p[0]; el.appendChild(m); }
      else el.appendChild(document.createTextNode(p[0]));
    });
  }

  /* A result as the listings show it: the theme's card, filled in. */
  function item(doc, hit) {
    var li = cardTemplate.firstElementChild.cloneNode(true);
    var media = li.querySelector(".card-media");
    if (doc.c) {
      var img = document.createElement("img");
      img.className = "thumb";
      img.src = doc.c;
      img.alt = "";
      img.loading = "lazy";
      media.appendChild(img);
      li.classList.add("has-cover");
    } else {
      var blank = document.createElement("span");
      blank.className = "thumb-placeholder";
      media.appendChild(blank);
    }
    var a = li.querySelector(".card-title a");
    a.href = doc.u;
    a.textContent = doc.t;
    var foreign = doc.l !== pageLang;
    if (foreign) { a.lang = doc.l; a.hreflang = doc.l; }
    var meta = li.querySelector(".meta");
    if (doc.d) {
      var time = document.createElement("time");
      time.dateTime = doc.d;
      time.textContent = doc.e && doc.e !== doc.d && dates.formatRange
        ? dates.formatRange(day(doc.d), day(doc.e)) : dates.format(day(doc.d));
      meta.appendChild(time);
    }
    if (doc.m) {
      var place = document.createElement("span");
      place.className = "location";
      place.textContent = doc.m;
      meta.appendChild(place);
    }
    if (!meta.firstChild) meta.remove();
    var summary = li.querySelector(".summary");
    var parts = excerpt(doc.x || "", hit.result, hit.ix.stemmer) || excerpt(doc.s || "", hit.result, hit.ix.stemmer);
    if (parts) {
      marked(summary, parts);
      summary.classList.add("excerpt");
    } else if (doc.s) {
      summary.textContent = doc.s;
    } else {
      summary.remove();
    }
    if (foreign && summary.parentNode) summary.lang = doc.l;
    var badges = li.querySelector(".badges");
    var marker = texts.querySelector('[data-written-in="' + doc.l + '"]');
    if (foreign && marker) {
      var badge = document.createElement("span");
      badge.className = "badge foreign";
      badge.textContent = marker.textContent;
      badges.appendChild(badge);
    } else {
      badges.remove();
    }
    return li;
  }

  /* Shows the next PAGE results of `hits`. */
  function showMore(hits, mine) {
    var next = hits.slice(shown.length, shown.length + PAGE);
    return Promise.all(next.map(card)).then(function (docs) {
      if (mine !== generation) return;
      docs.forEach(function (doc, i) { list.appendChild(item(doc, next[i])); shown.push(next[i]); });
      more.hidden = shown.length >= hits.length;
      more.onclick = function () { showMore(hits, mine); };
    });
  }

  /* The filter keys the page's choices make. */
  function chosen() {
    return selects.filter(function (s) { return s.value; })
      .map(function (s) { return filterKey(s.name, s.value); });
  }

  function run() {
    var query = input.value.trim();
    var which = scope();
    var filters = chosen();
    var params = new URLSearchParams(location.search);
    if (query) params.set("q", query); else params.delete("q");
    if (which === "all") params.set("in", "all"); else params.delete("in");
    selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); else params.delete(s.name); });
    var qs = params.toString();
    history.replaceState(null, "", location.pathname + (qs ? "?" + qs : ""));
    var mine = ++generation;
    if (!query && !filters.length) { list.textContent = ""; status.textContent = ""; more.hidden = true; return; }
    indexesFor(which).then(function (ixs) { return searchAll(ixs, query, { filters: filters }); }).then(function (hits) {
      if (mine !== generation) return;
      list.textContent = "";
      shown = [];
      status.textContent = hits.length === 0 ? texts.querySelector("[data-none]").textContent
        : countText(counts, hits.length, locale);
      more.hidden = true;
      return showMore(hits, mine);
    }).catch(function (e) { if (typeof console !== "undefined") console.error(e); });
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  if (params.get("in") === "all") {
    var all = form.querySelector("input[name=in][value=all]");
    if (all) all.checked = true;
  }
  selects.forEach(function (s) {
    var wanted = params.get(s.name);
    if (wanted && s.querySelector('option[value="' + CSS.escape(wanted) + '"]')) {
      s.value = wanted;
      var details = s.closest("details");
      if (details) details.open = true;
    }
    s.addEventListener("change", run);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  input.addEventListener("input", run);
  Array.prototype.forEach.call(form.querySelectorAll("input[name=in]"), function (r) {
    r.addEventListener("change", run);
  });
  if (input.value || chosen().length) run();
})(typeof window !== "undefined" ? window : globalThis);

/* rapport search: runs in the browser on the language's search.json, with no
 * server and no outside library. Words are matched after stemming for the
 * page's language (Snowball's Swedish and English (Porter2) algorithms) and
 * without regard to case and accents, on the index and the query alike.
 * The pure functions are exported for Node, where the tests run them. */
(function (root) {
  "use strict";

  /* ---------- Swedish (Snowball) ---------- */
  var SV_VOWELS = "aeiouyäåö";
  var SV_STEP1 = ["heterna", "hetens", "anden", "andes", "andet", "arens", "arnas", "ernas",
    "heten", "heter", "ornas", "ande", "arna", "arne", "aste", "aren", "ades", "erna", "erns",
    "orna", "ade", "are", "ast", "ens", "ern", "het", "ets", "ad", "ar", "as", "at", "en", "er",
    "es", "et", "or", "a", "e"].sort(function (a, b) { return b.length - a.length; });
  var SV_S_ENDING = "bcdfghjklmnoprtvy";

  function svR1(w) {
    for (var i = 1; i < w.length; i++) {
      if (SV_VOWELS.indexOf(w[i]) < 0 && SV_VOWELS.indexOf(w[i - 1]) >= 0) {
        return Math.max(3, i + 1);
      }
    }
    return w.length;
  }

  function stemSwedish(w) {
    var r1 = svR1(w);
    var i, s;
    for (i = 0; i < SV_STEP1.length; i++) {
      s = SV_STEP1[i];
      if (w.length - s.length >= r1 && w.slice(-s.length) === s) { w = w.slice(0, -s.length); break; }
    }
    if (i === SV_STEP1.length && w.length - 1 >= r1 && w.slice(-1) === "s" &&
        SV_S_ENDING.indexOf(w[w.length - 2]) >= 0) {
      w = w.slice(0, -1);
    }
    var doubles = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"];
    for (i = 0; i < doubles.length; i++) {
      if (w.length - 2 >= r1 && w.slice(-2) === doubles[i]) { w = w.slice(0, -1); break; }
    }
    if (w.length - 4 >= r1 && w.slice(-4) === "löst") return w.slice(0, -1);
    if (w.length - 5 >= r1 && w.slice(-5) === "fullt") return w.slice(0, -1);
    var ends = ["lig", "els", "ig"];
    for (i = 0; i < ends.length; i++) {
      if (w.length - ends[i].length >= r1 && w.slice(-ends[i].length) === ends[i]) {
        return w.slice(0, -ends[i].length);
      }
    }
    return w;
  }

  /* ---------- English (Porter2) ---------- */
  var EN_EXCEPTIONS = {
    skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl",
    gently: "gentl", ugly: "ugli", early: "earli", only: "onli", singly: "singl", sky: "sky",
    news: "news", howe: "howe", atlas: "atlas", cosmos: "cosmos", bias: "bias", andes: "andes"
  };
  var EN_AFTER_1A = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];

  function isVowel(c) { return "aeiouy".indexOf(c) >= 0; }

  function enRegions(w) {
    var r1 = w.length, r2 = w.length, i;
    var prefix = ["gener", "commun", "arsen"].filter(function (p) { return w.indexOf(p) === 0; })[0];
    if (prefix) {
      r1 = prefix.length;
    } else {
      for (i = 1; i < w.length; i++) {
        if (!isVowel(w[i]) && isVowel(w[i - 1])) { r1 = i + 1; break; }
      }
    }
    for (i = r1 + 1; i < w.length; i++) {
      if (!isVowel(w[i]) && isVowel(w[i - 1])) { r2 = i + 1; break; }
    }
    return [r1, r2];
  }

  function shortSyllableAtEnd(w) {
    var n = w.length;
    if (n === 2) return isVowel(w[0]) && !isVowel(w[1]);
    return n >= 3 && !isVowel(w[n - 3]) && isVowel(w[n - 2]) && !isVowel(w[n - 1]) &&
      "wxY".indexOf(w[n - 1]) < 0;
  }

  function ends(w, s) { return w.length >= s.length && w.slice(-s.length) === s; }

  function stemEnglish(word) {
    if (word.length <= 2) return word;
    if (EN_EXCEPTIONS[word]) return EN_EXCEPTIONS[word];
    var w = word.replace(/^'/, "");
    if (w[0] === "y") w = "Y" + w.slice(1);
    w = w.replace(/([aeiouy])y/g, "$1Y");
    var rr = enRegions(w), r1 = rr[0], r2 = rr[1];
    var inR1 = function (s) { return w.length - s.length >= r1; };
    var inR2 = function (s) { return w.length - s.length >= r2; };
    var i;

    // Step 0
    ["'s'", "'s", "'"].some(function (s) {
      if (ends(w, s)) { w = w.slice(0, -s.length); return true; }
      return false;
    });
    // Step 1a
    if (ends(w, "sses")) w = w.slice(0, -2);
    else if (ends(w, "ied") || ends(w, "ies")) w = w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
    else if (ends(w, "us") || ends(w, "ss")) { /* unchanged */ }
    else if (ends(w, "s") && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);
    if (EN_AFTER_1A.indexOf(w) >= 0) return w;
    // Step 1b
    var s1b = ["eedly", "ingly", "edly", "eed", "ing", "ed"].filter(function (s) { return ends(w, s); })[0];
    if (s1b === "eed" || s1b === "eedly") {
      if (inR1(s1b)) w = w.slice(0, -s1b.length) + "ee";
    } else if (s1b && /[aeiouy]/.test(w.slice(0, -s1b.length))) {
      w = w.slice(0, -s1b.length);
      if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) w += "e";
      else if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w)) w = w.slice(0, -1);
      else if (r1 >= w.length && shortSyllableAtEnd(w)) w += "e";
    }
    // Step 1c
    if (w.length > 2 && /[yY]$/.test(w) && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + "i";
    // Step 2
    var step2 = [["ization", "ize"], ["ational", "ate"], ["fulness", "ful"], ["ousness", "ous"],
      ["iveness", "ive"], ["tional", "tion"], ["biliti", "ble"], ["lessli", "less"], ["entli", "ent"],
      ["ation", "ate"], ["alism", "al"], ["aliti", "al"], ["ousli", "ous"], ["iviti", "ive"],
      ["fulli", "ful"], ["enci", "ence"], ["anci", "ance"], ["abli", "able"], ["izer", "ize"],
      ["ator", "ate"], ["alli", "al"], ["bli", "ble"], ["ogi", "og"], ["li", ""]];
    for (i = 0; i < step2.length; i++) {
      var p = step2[i];
      if (ends(w, p[0])) {
        if (inR1(p[0])) {
          if (p[0] === "ogi") { if (ends(w, "logi")) w = w.slice(0, -1); }
          else if (p[0] === "li") { if (/[cdeghkmnrt]li$/.test(w)) w = w.slice(0, -2); }
          else w = w.slice(0, -p[0].length) + p[1];
        }
        break;
      }
    }
    // Step 3
    var step3 = [["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"],
      ["iciti", "ic"], ["ative", ""], ["ical", "ic"], ["ness", ""], ["ful", ""]];
    for (i = 0; i < step3.length; i++) {
      var q = step3[i];
      if (ends(w, q[0])) {
        if (inR1(q[0]) && (q[0] !== "ative" || inR2(q[0]))) w = w.slice(0, -q[0].length) + q[1];
        break;
      }
    }
    // Step 4
    var step4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti",
      "ous", "ive", "ize", "ion", "al", "er", "ic"];
    for (i = 0; i < step4.length; i++) {
      var t = step4[i];
      if (ends(w, t)) {
        if (inR2(t)) {
          if (t !== "ion") w = w.slice(0, -t.length);
          else if (/[st]ion$/.test(w)) w = w.slice(0, -3);
        }
        break;
      }
    }
    // Step 5
    if (ends(w, "e")) {
      if (inR2("e") || (inR1("e") && !shortSyllableAtEnd(w.slice(0, -1)))) w = w.slice(0, -1);
    } else if (ends(w, "ll") && inR2("l")) {
      w = w.slice(0, -1);
    }
    return w.replace(/Y/g, "y");
  }

  /* ---------- Matching ---------- */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function tokens(text) {
    return (text || "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  function stem(word, lang) {
    if (lang === "sv") return stemSwedish(word);
    if (lang === "en") return stemEnglish(word);
    return word;
  }

  function key(word, lang) { return fold(stem(word.toLowerCase(), lang)); }

  var WEIGHTS = { t: 8, g: 4, o: 4, p: 4, m: 4, s: 2, w: 1 };

  /* Builds the inverted index: stemmed, folded word → document → weight. */
  function buildIndex(data) {
    var lang = data.lang, terms = new Map();
    data.docs.forEach(function (doc, n) {
      Object.keys(WEIGHTS).forEach(function (field) {
        var value = doc[field];
        var text = Array.isArray(value) ? value.join(" ") : value;
        tokens(text).forEach(function (word) {
          var k = key(word, lang);
          var docs = terms.get(k);
          if (!docs) { docs = new Map(); terms.set(k, docs); }
          docs.set(n, Math.max(docs.get(n) || 0, WEIGHTS[field]));
        });
      });
    });
    return { lang: lang, docs: data.docs, terms: terms, keys: Array.from(terms.keys()) };
  }

  /* The documents that have every word of the query, best first. The last
   * word also matches as the start of a longer word, for search as you type. */
  function search(index, query) {
    var words = tokens(query);
    if (!words.length) return [];
    var scores = null;
    words.forEach(function (word, i) {
      var k = key(word, index.lang);
      var found = new Map();
      var add = function (docs) {
        docs.forEach(function (w, n) { found.set(n, Math.max(found.get(n) || 0, w)); });
      };
      if (index.terms.has(k)) add(index.terms.get(k));
      if (i === words.length - 1 && k.length >= 3) {
        var prefix = fold(word);
        index.keys.forEach(function (other) {
          if (other !== k && other.indexOf(prefix) === 0) add(index.terms.get(other));
        });
      }
      if (scores === null) {
        scores = found;
      } else {
        var next = new Map();
        scores.forEach(function (s, n) { if (found.has(n)) next.set(n, s + found.get(n)); });
        scores = next;
      }
    });
    return Array.from(scores.entries())
      .sort(function (a, b) {
        return b[1] - a[1] || String(index.docs[b[0]].d || "").localeCompare(String(index.docs[a[0]].d || ""));
      })
      .map(function (e) { return index.docs[e[0]]; });
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

  var api = { stemSwedish: stemSwedish, stemEnglish: stemEnglish, fold: fold, key: key,
    buildIndex: buildIndex, search: search, countText: countText };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  root.RapportSearch = api;

  /* ---------- The page ---------- */
  if (typeof document === "undefined") return;
  var form = document.querySelector("[data-search]");
  if (!form) return;
  var input = form.querySelector("input");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var index = null;

  function loaded(data) { index = buildIndex(data); run(); }

  function load() {
    if (root.RAPPORT_SEARCH) return loaded(root.RAPPORT_SEARCH);
    fetch(form.dataset.index).then(function (r) { return r.json(); }).then(loaded).catch(function () {
      // Opened from disk: browsers refuse fetch there, but load scripts.
      var script = document.createElement("script");
      script.src = form.dataset.script;
      script.onload = function () { loaded(root.RAPPORT_SEARCH); };
      document.head.appendChild(script);
    });
  }

  var locale = form.dataset.locale || form.dataset.lang;
  var texts = document.getElementById("search-texts").content;
  var cardTemplate = document.getElementById("card-template").content;
  var dates = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  var counts = {};
  Array.prototype.forEach.call(texts.querySelectorAll("[data-count]"), function (p) {
    counts[p.dataset.count] = p.textContent;
  });

  /* A result as the listings show it: the theme's card, filled in. */
  function item(doc) {
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
    var foreign = doc.l !== form.dataset.lang;
    if (foreign) { a.lang = doc.l; a.hreflang = doc.l; }
    var meta = li.querySelector(".meta");
    if (doc.d) {
      var time = document.createElement("time");
      time.dateTime = doc.d;
      time.textContent = dates.format(new Date(doc.d + "T00:00:00Z"));
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
    if (doc.s) {
      summary.textContent = doc.s;
      if (foreign) summary.lang = doc.l;
    } else {
      summary.remove();
    }
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

  function run() {
    if (!index) return;
    var query = input.value.trim();
    var params = new URLSearchParams(location.search);
    if (query) params.set("q", query); else params.delete("q");
    history.replaceState(null, "", location.pathname + (query ? "?" + params : ""));
    list.textContent = "";
    if (!query) { status.textContent = ""; return; }
    var hits = search(index, query);
    hits.slice(0, 100).forEach(function (doc) { list.appendChild(item(doc)); });
    status.textContent = hits.length === 0 ? texts.querySelector("[data-none]").textContent
      : countText(counts, hits.length, locale);
  }

  input.value = new URLSearchParams(location.search).get("q") || "";
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  input.addEventListener("input", run);
  load();
})(typeof window !== "undefined" ? window : globalThis);

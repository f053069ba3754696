/* Readers' comments (Isso) and view counts (GoatCounter) on a report, when
   site.yaml turns them on (see the README, "Comments and view counts").

   - Nothing is asked of the comment server until the reader presses
     "Show comments", or arrives by a link to the comments (#comments,
     #isso-12): then Isso's own script is loaded from it, in the page's
     language, and the count is asked for.
   - The view is recorded and its count fetched after the page has loaded,
     without cookies; when the counter cannot be reached nothing is shown.
   - Every word comes from the page: the theme renders each count message
     for a sample number of each plural category, and the count replaces
     the sample (Intl.PluralRules picks the category, Intl.NumberFormat
     writes the number as the language does: "1 673", "1,673"). */
(function () {
  "use strict";

  var lang = document.documentElement.lang || "en";

  // The message of the `template` for `n`, or null when it has none.
  function words(template, n) {
    if (!template) return null;
    var forms = {};
    template.content.querySelectorAll("[data-category]").forEach(function (span) {
      forms[span.getAttribute("data-category")] = span;
    });
    var category = "other";
    try {
      category = new Intl.PluralRules(lang).select(n);
    } catch (e) { /* a language the browser does not know */ }
    var chosen = forms[category] || forms.other;
    if (!chosen) return null;
    var sample = chosen.getAttribute("data-number");
    var number = String(n);
    try {
      number = new Intl.NumberFormat(lang).format(n);
    } catch (e) { /* as above */ }
    return chosen.textContent.replace(
      new RegExp("(^|[^0-9])" + sample + "(?![0-9])"),
      function (match, before) { return before + number; }
    );
  }

  // --- Comments ---------------------------------------------------------
  var section = document.getElementById("comments");
  var thread = document.getElementById("isso-thread");
  if (section && thread && section.getAttribute("data-isso")) {
    var server = section.getAttribute("data-isso");
    var button = section.querySelector(".comments-open");
    var countLine = section.querySelector(".comments-count");
    var unavailable = section.querySelector(".comments-unavailable");
    var template = section.querySelector("template.comments-words");
    var id = thread.getAttribute("data-isso-id");
    var opened = false;
    var counting = null;

    var showCount = function () {
      fetch(server + "count", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify([id])
      })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (counts) {
          var n = Number(counts && counts[0]) || 0;
          var text = n > 0 ? words(template, n) : null;
          if (n === 0) {
            var none = template && template.content.querySelector('[data-category="none"]');
            text = none ? none.textContent : null;
          }
          if (text) {
            countLine.textContent = text;
            countLine.hidden = false;
          }
        })
        .catch(function () { /* the thread shows what there is */ });
    };

    var fail = function () {
      thread.hidden = true;
      unavailable.hidden = false;
    };

    var open = function () {
      if (opened) return;
      opened = true;
      button.setAttribute("aria-expanded", "true");
      button.hidden = true;
      thread.hidden = false;
      var script = document.createElement("script");
      script.src = server + "js/embed.min.js";
      script.async = true;
      script.setAttribute("data-isso", server.replace(/\/$/, ""));
      script.setAttribute("data-isso-lang", lang);
      script.setAttribute("data-isso-default-lang", lang);
      script.setAttribute("data-isso-css", "false");
      script.setAttribute("data-isso-avatar", "false");
      script.setAttribute("data-isso-vote", "false");
      script.onerror = fail;
      document.body.appendChild(script);
      showCount();
      // A comment posted, edited or deleted: count again.
      new MutationObserver(function () {
        clearTimeout(counting);
        counting = setTimeout(showCount, 600);
      }).observe(thread, { childList: true, subtree: true });
    };

    button.hidden = false;
    button.addEventListener("click", function () {
      open();
      thread.setAttribute("tabindex", "-1");
      thread.focus({ preventScroll: true });
    });
    if (/^#(comments|isso-[0-9]+)$/.test(location.hash)) open();
  }

  // --- Views ------------------------------------------------------------
  var views = document.querySelector(".views[data-goatcounter]");
  if (views) {
    var counter = views.getAttribute("data-goatcounter");
    var path = views.getAttribute("data-path");
    var viewWords = document.querySelector("template.views-words");
    var count = function () {
      // Recorded without cookies; not when the reader asks not to be tracked.
      var dnt = navigator.doNotTrack === "1" || navigator.globalPrivacyControl === true;
      if (!dnt) {
        var hit = counter + "count?p=" + encodeURIComponent(path) +
          "&t=" + encodeURIComponent(document.title) + "&rnd=" + Math.random().toString(36).slice(2);
        try {
          if (!(navigator.sendBeacon && navigator.sendBeacon(hit))) {
            new Image().src = hit;
          }
        } catch (e) { /* nothing to show for it */ }
      }
      fetch(counter + "counter/" + encodeURIComponent(path) + ".json", { credentials: "omit" })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (answer) {
          // GoatCounter writes the count formatted ("1,673" or "1 673").
          var n = parseInt(String(answer && answer.count).replace(/[^0-9]/g, ""), 10);
          var text = n > 0 ? words(viewWords, n) : null;
          if (text) {
            views.textContent = text;
            views.hidden = false;
          }
        })
        .catch(function () { /* unreachable: nothing is shown */ });
    };
    var later = function () {
      (window.requestIdleCallback || function (f) { setTimeout(f, 1); })(count);
    };
    if (document.readyState === "complete") later();
    else window.addEventListener("load", later);
  }
})();

/* Archive search for /search/: loads the build's search index (a manifest listing its parts) and matches
   query words as prefixes of indexed terms. Plain JavaScript, no framework; every string comes from the page's data- attributes. */
(function () {
  "use strict";

  var root = document.getElementById("search-results");
  var form = document.querySelector("form.search-form");
  var input = form && form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-list");
  if (!root || !form || !input || !status || !list) return;

  var strings = root.dataset;
  // Stop words the index leaves out (Site/Search/SearchTokenizer.swift): a query must drop them too.
  var STOP_WORDS = new Set(("au aux avec ce ces cet cette dans de des du elle en et eux il je la le les leur lui ma " +
    "mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton " +
    "tu un une vos votre vous est sont ete etre a the and of to in is for on with as at by an be or it this that " +
    "are was from not but plus tres aussi comme si y").split(" "));
  var SEPARATORS = /[^\p{Alphabetic}0-9]+/u;

  var index = null;      // {docs, terms: Map of term to doc numbers}, merged from the index's parts
  var sortedTerms = [];  // index terms in code-unit order, for prefix lookups
  var pending = null;    // query typed before the index arrived

  /** Lowercases, folds accents and ligatures, splits on anything but letters and digits. */
  function tokenize(text) {
    var folded = String(text).toLowerCase().normalize("NFD").replace(/\p{M}+/gu, "")
      .replace(/œ/g, "oe").replace(/æ/g, "ae");
    return folded.split(SEPARATORS).filter(function (token) {
      return token.length >= 2 && !STOP_WORDS.has(token);
    });
  }

  /** Index terms starting with `prefix`, found by binary search in the sorted term list. */
  function termsWithPrefix(prefix) {
    var low = 0, high = sortedTerms.length;
    while (low < high) {
      var middle = (low + high) >>> 1;
      if (sortedTerms[middle] < prefix) low = middle + 1; else high = middle;
    }
    var found = [];
    for (var i = low; i < sortedTerms.length && sortedTerms[i].lastIndexOf(prefix, 0) === 0; i++) {
      found.push(sortedTerms[i]);
    }
    return found;
  }

  /** Documents matching every token, best first: more exact terms, then words of the title, then newest. */
  function search(tokens) {
    var scores = new Map(); // doc number -> {tokens, exact}
    tokens.forEach(function (token) {
      var seen = new Set();
      termsWithPrefix(token).forEach(function (term) {
        (index.terms.get(term) || []).forEach(function (doc) {
          var score = scores.get(doc) || { tokens: 0, exact: 0, title: 0 };
          if (!seen.has(doc)) { seen.add(doc); score.tokens += 1; }
          if (term === token) score.exact += 1;
          scores.set(doc, score);
        });
      });
    });
    var results = [];
    scores.forEach(function (score, doc) {
      if (score.tokens !== tokens.length || !index.docs[doc]) return;
      var titleWords = tokenize(index.docs[doc][0]);
      tokens.forEach(function (token) {
        if (titleWords.some(function (word) { return word.lastIndexOf(token, 0) === 0; })) score.title += 1;
      });
      results.push({ doc: index.docs[doc], score: score });
    });
    results.sort(function (a, b) {
      return (b.score.tokens - a.score.tokens) || (b.score.title - a.score.title) ||
        (b.score.exact - a.score.exact) || (a.doc[2] < b.doc[2] ? 1 : a.doc[2] > b.doc[2] ? -1 : 0);
    });
    return results.map(function (result) { return result.doc; });
  }

  function formatDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!parts || typeof Intl === "undefined") return iso || "";
    try {
      var date = new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]));
      return new Intl.DateTimeFormat(document.documentElement.lang || undefined,
        { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
    } catch (error) {
      return iso;
    }
  }

  function kindLabel(kind) {
    var key = "kind" + String(kind).charAt(0).toUpperCase() + String(kind).slice(1);
    return strings[key] || "";
  }

  function resultItem(doc) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    // Only site-relative paths from the index become links.
    link.href = /^\/(?!\/)/.test(doc[1]) ? doc[1] : "#";
    link.textContent = doc[0];
    item.appendChild(link);

    var meta = document.createElement("span");
    meta.className = "result-meta";
    var label = kindLabel(doc[4]);
    if (label) meta.appendChild(document.createTextNode(label + " · "));
    var time = document.createElement("time");
    time.dateTime = doc[2];
    time.textContent = formatDate(doc[2]);
    meta.appendChild(time);
    item.appendChild(meta);

    if (doc[3]) {
      var summary = document.createElement("p");
      summary.className = "result-summary";
      summary.textContent = doc[3];
      item.appendChild(summary);
    }
    return item;
  }

  function show(message) {
    status.textContent = message || "";
  }

  function run(query) {
    list.replaceChildren();
    if (!query.trim()) { show(""); return; }
    if (!index) { pending = query; show(strings.loading); return; }
    var tokens = Array.from(new Set(tokenize(query)));
    if (!tokens.length) { show(strings.tooShort); return; }
    var results = search(tokens);
    if (!results.length) { show(strings.noResults); return; }
    show(results.length === 1 ? strings.resultOne
      : String(strings.resultMany).replace("{count}", String(results.length)));
    var fragment = document.createDocumentFragment();
    results.forEach(function (doc) { fragment.appendChild(resultItem(doc)); });
    list.appendChild(fragment);
  }

  function remember(query) {
    if (!window.history || !window.history.replaceState) return;
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.toString());
  }

  var timer = 0;
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { run(input.value); }, 200);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    remember(input.value.trim());
    run(input.value);
  });

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  if (initial) { input.value = initial; run(initial); }

  /** Fetches a JSON document of the search index, relative to the page. */
  function fetchJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  /** One index from the manifest's parts: each part's documents follow the previous parts', renumbered. */
  function merge(parts) {
    var docs = [];
    var terms = new Map();
    parts.forEach(function (part) {
      if (!part || part.v !== 1 || !Array.isArray(part.docs) || typeof part.terms !== "object" || !part.terms) {
        throw new Error("unexpected search index part");
      }
      var offset = docs.length;
      Array.prototype.push.apply(docs, part.docs);
      Object.keys(part.terms).forEach(function (term) {
        var list = terms.get(term);
        if (!list) { list = []; terms.set(term, list); }
        part.terms[term].forEach(function (doc) { list.push(doc + offset); });
      });
    });
    return { docs: docs, terms: terms };
  }

  var manifestURL = new URL(strings.index, window.location.href);
  fetchJSON(manifestURL)
    .then(function (manifest) {
      if (!manifest || manifest.v !== 1 || !Array.isArray(manifest.parts)) throw new Error("unexpected search index");
      return Promise.all(manifest.parts.map(function (part) { return fetchJSON(new URL(part, manifestURL)); }));
    })
    .then(function (parts) {
      index = merge(parts);
      sortedTerms = Array.from(index.terms.keys()).sort();
      var query = pending !== null ? pending : input.value;
      pending = null;
      if (query) run(query);
    })
    .catch(function () {
      show(strings.error);
    });
})();

// The index of the review site: every report of the dataset, sortable by any column and
// filtered by text and finding. Only the rows in view are in the document, so an archive of
// any size opens at once. The rows come from reports-*.js files beside this page.
(function () {
  "use strict";
  var site = window.REVIEW_SITE;
  var all = window.REVIEW_REPORTS || [];
  // A row: [href, path, idx, org, year, period, title, script, repost, yearHidden, counts…, findings, warnings]
  var F = { href: 0, path: 1, idx: 2, org: 3, year: 4, period: 5, title: 6, script: 7, repost: 8, hidden: 9, counts: 10 };
  var nMetrics = site.metrics.length;
  var FINDINGS = F.counts + nMetrics, WARNINGS = FINDINGS + 1;
  var columns = [
    { label: "source", key: function (r) { return r[F.path] + "\u0000" + String(r[F.idx]).padStart(4, "0"); }, cell: function (r) { return link(r, r[F.path].split("/").pop() + (r[F.idx] > 1 ? " #" + r[F.idx] : "")); }, width: "minmax(180px,1.3fr)" },
    { label: "org", key: function (r) { return r[F.org] || ""; }, cell: function (r) { return text(r[F.org] || "—"); }, width: "minmax(120px,1fr)" },
    { label: "year", key: function (r) { return r[F.year] || 0; }, cell: function (r) { return text(r[F.year] ? String(r[F.year]) : r[F.hidden] ? "hidden" : "—"); }, width: "56px", num: true },
    { label: "period", key: function (r) { return r[F.period] || ""; }, cell: function (r) { return text(r[F.period] || ""); }, width: "70px" },
    { label: "title", key: function (r) { return r[F.title] || ""; }, cell: function (r) { return text(r[F.title] || "(untitled)"); }, width: "minmax(160px,2fr)" }
  ];
  site.metrics.forEach(function (m, k) {
    columns.push({ label: m.short, title: m.name, key: function (r) { return r[F.counts + k]; }, cell: function (r) { return count(r[F.counts + k]); }, width: "64px", num: true });
  });
  columns.push({ label: "findings", key: function (r) { return r[WARNINGS] * 1000 + r[FINDINGS].split(",").filter(Boolean).length; }, cell: function (r) {
    var s = text(r[FINDINGS].replace(/,/g, ", ")); if (r[WARNINGS] > 0) s.className = "warn"; return s; }, width: "minmax(120px,1.2fr)" });

  var ROW = 26;
  var root = document.getElementById("reports");
  root.style.setProperty("--cols", columns.map(function (c) { return c.width; }).join(" "));
  var head = document.createElement("div");
  head.className = "row head";
  columns.forEach(function (c, i) {
    var s = document.createElement("span");
    s.textContent = c.label;
    if (c.title) s.title = c.title;
    if (c.num) s.className = "num";
    s.setAttribute("data-col", String(i));
    head.appendChild(s);
  });
  root.appendChild(head);
  var rows = document.createElement("div");
  rows.id = "rows";
  root.appendChild(rows);

  function text(s) { var e = document.createElement("span"); e.textContent = s; e.title = s; return e; }
  function count(n) { var e = document.createElement("span"); e.textContent = String(n); e.className = "num" + (n ? "" : " zero"); return e; }
  function link(r, label) {
    var e = document.createElement("span");
    var a = document.createElement("a");
    a.href = r[F.href]; a.textContent = label; a.title = r[F.path];
    e.appendChild(a);
    if (r[F.repost]) { e.className = "repost"; e.title = "re-posts an earlier report"; }
    return e;
  }

  var shown = all.slice();
  var sortCol = 0, sortDir = 1;
  var input = document.getElementById("filter");
  var kind = document.getElementById("finding");
  var reposts = document.getElementById("reposts");
  site.kinds.forEach(function (k) { var o = document.createElement("option"); o.value = k; o.textContent = k; kind.appendChild(o); });

  function filter() {
    var words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var want = kind.value;
    var hide = reposts.checked;
    shown = all.filter(function (r) {
      if (hide && r[F.repost]) return false;
      if (want && ("," + r[FINDINGS] + ",").indexOf("," + want + ",") < 0 && (want !== "any warning" || !r[WARNINGS])) return false;
      if (!words.length) return true;
      var hay = [r[F.path], r[F.org], r[F.title], r[F.year], r[F.period]].join(" ").toLowerCase();
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    });
    sort();
  }
  function sort() {
    var key = columns[sortCol].key;
    shown.sort(function (a, b) { var x = key(a), y = key(b); return x < y ? -sortDir : x > y ? sortDir : 0; });
    head.querySelectorAll("span").forEach(function (s, i) {
      if (i === sortCol) s.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending"); else s.removeAttribute("aria-sort");
    });
    document.getElementById("count").textContent = shown.length + " of " + all.length + " reports";
    rows.style.height = shown.length * ROW + "px";
    drawn = -1;
    draw();
  }
  head.addEventListener("click", function (e) {
    var col = e.target.getAttribute && e.target.getAttribute("data-col");
    if (col === null || col === undefined) return;
    col = Number(col);
    if (col === sortCol) sortDir = -sortDir; else { sortCol = col; sortDir = columns[col].num ? -1 : 1; }
    sort();
  });

  // Only the rows in view (and a screen's worth around them) are in the document.
  var drawn = -1;
  function draw() {
    var top = rows.getBoundingClientRect().top + window.scrollY;
    var first = Math.max(0, Math.floor((window.scrollY - top) / ROW) - 20);
    if (first === drawn) return;
    drawn = first;
    var last = Math.min(shown.length, first + Math.ceil(window.innerHeight / ROW) + 40);
    var frag = document.createDocumentFragment();
    for (var i = first; i < last; i++) {
      var r = shown[i];
      var row = document.createElement("div");
      row.className = "row";
      row.style.position = "absolute";
      row.style.top = i * ROW + "px";
      row.style.left = "0";
      row.style.right = "0";
      columns.forEach(function (c) { row.appendChild(c.cell(r)); });
      frag.appendChild(row);
    }
    rows.textContent = "";
    rows.appendChild(frag);
  }
  window.addEventListener("scroll", draw, { passive: true });
  window.addEventListener("resize", function () { drawn = -1; draw(); });
  input.addEventListener("input", filter);
  kind.addEventListener("change", filter);
  reposts.addEventListener("change", filter);
  document.documentElement.style.setProperty("--bar-height", document.querySelector(".bar").offsetHeight + "px");
  filter();
  document.body.setAttribute("data-ready", "1");
})();

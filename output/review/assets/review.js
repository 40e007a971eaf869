// A page of the review site: the claims of one source in its text. A click on a claim shows
// all its fields in the panel; previous and next move through the claims the filters keep,
// on to the pages before and after. Plain script, no network: it runs from the file system.
(function () {
  "use strict";
  var site = window.REVIEW_SITE || { metrics: [], statuses: [] };
  var data = JSON.parse(document.getElementById("claims-data").textContent || "[]");
  var byId = {};
  data.forEach(function (c) { byId[c.id] = c; });
  var marks = Array.prototype.slice.call(document.querySelectorAll("main mark.claim"));
  var body = document.body;
  var current = -1;

  // The filter bar: metrics, statuses, and whether to show the figures no rule labelled.
  var bar = document.getElementById("filters");
  function checkbox(name, value, label, swatch) {
    var l = document.createElement("label");
    var i = document.createElement("input");
    i.type = "checkbox"; i.name = name; i.value = value; i.checked = true;
    l.appendChild(i);
    if (swatch) { var s = document.createElement("span"); s.className = "swatch"; s.style.background = swatch; l.appendChild(s); }
    l.appendChild(document.createTextNode(label));
    return l;
  }
  function group(title, name, values) {
    var g = document.createElement("span");
    g.className = "group";
    var b = document.createElement("b"); b.textContent = title; g.appendChild(b);
    values.forEach(function (v) { g.appendChild(checkbox(name, v.name, v.label || v.name, v.colour)); });
    bar.appendChild(g);
  }
  group("metric", "metric", site.metrics);
  group("status", "status", site.statuses.map(function (s) { return { name: s }; }));
  var qty = checkbox("quantities", "1", "unlabelled quantities (" + document.querySelectorAll("main mark.qty").length + ")");
  qty.querySelector("input").checked = false;
  bar.appendChild(qty);

  function checked(name) {
    return Array.prototype.map.call(document.querySelectorAll('#filters input[name="' + name + '"]:checked'), function (i) { return i.value; });
  }
  function apply() {
    var metrics = checked("metric"), statuses = checked("status");
    marks.forEach(function (m) {
      var keep = metrics.indexOf(m.getAttribute("data-metric")) >= 0 && statuses.indexOf(m.getAttribute("data-status")) >= 0;
      m.classList.toggle("dim", !keep);
    });
    body.classList.toggle("show-qty", checked("quantities").length > 0);
    document.getElementById("shown").textContent = String(marks.filter(kept).length);
  }
  function kept(m) { return !m.classList.contains("dim"); }
  bar.addEventListener("change", apply);

  // The claim panel.
  var panel = document.getElementById("panel");
  function cell(table, label, value) {
    if (value === null || value === undefined || value === "") return;
    var tr = document.createElement("tr");
    var th = document.createElement("th"); th.textContent = label;
    var td = document.createElement("td");
    if (value instanceof Node) td.appendChild(value); else td.textContent = String(value);
    tr.appendChild(th); tr.appendChild(td); table.appendChild(tr);
  }
  function show(c) {
    var box = document.getElementById("claim");
    box.textContent = "";
    if (!c) { box.textContent = "Click a figure, or press Next."; return; }
    var h = document.createElement("h3");
    h.textContent = c.shown + " · " + c.metric;
    box.appendChild(h);
    var t = document.createElement("table");
    cell(t, "value", c.value === null ? "left out (redacted)" : c.value + " " + c.unit);
    cell(t, "approx", c.approx);
    cell(t, "status", c.status);
    cell(t, "rule", c.rule);
    cell(t, "cue", c.cue);
    cell(t, "noun", c.noun);
    if (c.part_of) {
      var a = document.createElement("a");
      a.href = "#claim-" + c.part_of;
      a.textContent = "the total " + (c.part_of_quote || c.part_of);
      a.addEventListener("click", function (e) { if (byId[c.part_of]) { e.preventDefault(); selectId(c.part_of); } });
      cell(t, "part of", a);
    }
    cell(t, "quote", c.quote);
    cell(t, "source", c.start + "–" + c.end);
    cell(t, "report", c.report);
    cell(t, "claim id", c.id);
    box.appendChild(t);
    var f = document.createElement("div");
    var title = document.createElement("b");
    title.textContent = "findings";
    f.appendChild(title);
    if (!c.findings.length) f.appendChild(document.createTextNode(": none"));
    else {
      var ul = document.createElement("ul");
      c.findings.forEach(function (x) {
        var li = document.createElement("li");
        li.className = "sev-" + x.severity;
        var k = document.createElement("b"); k.textContent = x.kind;
        li.appendChild(k); li.appendChild(document.createTextNode(" " + x.message));
        ul.appendChild(li);
      });
      f.appendChild(ul);
    }
    f.className = "finding-list";
    box.appendChild(f);
    var cmd = document.createElement("p");
    cmd.className = "muted";
    cmd.innerHTML = "<code></code>";
    cmd.firstChild.textContent = "union-claims audit " + c.id + " --db …";
    box.appendChild(cmd);
  }
  function select(i) {
    if (current >= 0 && marks[current]) marks[current].classList.remove("current");
    current = i;
    var m = marks[i];
    if (!m) { show(null); return; }
    m.classList.add("current");
    m.scrollIntoView({ block: "center" });
    show(byId[m.getAttribute("data-claim")]);
    document.getElementById("position").textContent = (i + 1) + " / " + marks.length;
    if (history.replaceState) history.replaceState(null, "", "#claim-" + m.getAttribute("data-claim"));
  }
  function selectId(id) {
    for (var i = 0; i < marks.length; i++) if (marks[i].getAttribute("data-claim") === String(id)) return select(i);
    show(null);
  }
  function step(direction) {
    for (var i = current + direction; i >= 0 && i < marks.length; i += direction) if (kept(marks[i])) return select(i);
    // Past the first or last claim here: on to the page before or after.
    var link = document.querySelector(direction > 0 ? "a[rel=next]" : "a[rel=prev]");
    if (link) location.href = link.getAttribute("href").split("#")[0] + (direction > 0 ? "#first-claim" : "#last-claim");
  }
  document.getElementById("next").addEventListener("click", function () { step(1); });
  document.getElementById("prev").addEventListener("click", function () { step(-1); });
  document.addEventListener("keydown", function (e) {
    if (e.target && /INPUT|TEXTAREA|SELECT/.test(e.target.tagName)) return;
    if (e.key === "j" || e.key === "n") step(1);
    if (e.key === "k" || e.key === "p") step(-1);
  });
  marks.forEach(function (m, i) { m.addEventListener("click", function () { if (kept(m)) select(i); }); });

  apply();
  var hash = location.hash;
  if (hash === "#first-claim") step(1);
  else if (hash === "#last-claim") { current = marks.length; step(-1); }
  else if (/^#claim-/.test(hash)) selectId(hash.slice(7));
  else show(null);
})();

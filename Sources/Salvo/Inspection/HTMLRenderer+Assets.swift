extension HTMLRenderer {
  /// The page's style, inlined: system fonts only, one colour per mention kind, triggers
  /// bold and underlined, rejected triggers and cues underlined in red, furniture grey.
  static let stylesheet = """

    :root { color-scheme: light; --ink: #1f2328; --muted: #6e7781; --line: #d0d7de; }
    * { box-sizing: border-box; }
    [id] { scroll-margin-top: 130px; }
    body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
      color: var(--ink); background: #f6f8fa; }
    header.page { padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line);
      position: sticky; top: 0; z-index: 2; }
    h1 { font-size: 18px; margin: 0 0 6px; }
    h1 .path { font-weight: normal; color: var(--muted); font-family: ui-monospace, monospace; }
    h2 { font-size: 20px; margin: 0 0 8px; }
    h3 { font-size: 15px; margin: 16px 0 8px; text-transform: uppercase; letter-spacing: .04em;
      color: var(--muted); }
    main { padding: 0 20px 40px; }
    article.report { background: #fff; border: 1px solid var(--line); border-radius: 6px;
      padding: 16px 20px; margin: 16px 0; }
    fieldset.legend { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap;
      gap: 4px 10px; align-items: center; }
    fieldset.legend legend { float: left; margin-right: 8px; font-weight: 600; }
    fieldset.legend label { cursor: pointer; white-space: nowrap; }
    .hint, .muted { color: var(--muted); font-size: 13px; }
    nav.articles h2 { font-size: 14px; margin: 8px 0 2px; }
    nav.articles ol { margin: 0; columns: 3; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 12px; margin: 0;
      font-size: 13px; }
    dl.meta dt, .card dt { color: var(--muted); }
    dl.meta dd { margin: 0; word-break: break-all; }
    .layout { display: grid; grid-template-columns: minmax(0, 52rem) minmax(280px, 1fr);
      gap: 24px; }
    .text { white-space: pre-wrap; font-size: 16px; line-height: 1.9; }
    aside.panel > .panel-body { position: sticky; top: 120px; max-height: calc(100vh - 140px);
      overflow: auto; }
    .mk { border-radius: 3px; cursor: pointer; }
    .mk .mk { box-shadow: 0 0 0 1px rgba(31, 35, 40, .35); }
    .k-place { background: #c6efce; }
    .k-actor { background: #f4d3f5; }
    .k-demonym { background: #cbeef5; }
    .k-weapon { background: #ffd2cc; }
    .k-quantity { background: #ffeaa0; }
    .k-date { background: #d4e2ff; }
    .k-trigger { font-weight: 700; border-bottom: 2px solid var(--ink); }
    .k-rejected { font-style: italic; border-bottom: 2px dashed #cf222e; }
    .k-cue { font-style: italic; border-bottom: 2px dotted #cf222e; }
    .k-boilerplate, .k-duplicate { color: #8c959f; }
    .k-duplicate { text-decoration: line-through; }
    .key { padding: 0 4px; }
    .key.k-boilerplate, .key.k-duplicate { border: 1px solid var(--line); }
    body.hide-place .mk.k-place, body.hide-actor .mk.k-actor,
    body.hide-demonym .mk.k-demonym, body.hide-weapon .mk.k-weapon,
    body.hide-quantity .mk.k-quantity, body.hide-date .mk.k-date { background: none;
      box-shadow: none; }
    body.hide-trigger .mk.k-trigger, body.hide-rejected .mk.k-rejected,
    body.hide-cue .mk.k-cue { font-weight: inherit; font-style: inherit;
      border-bottom-color: transparent; }
    body.hide-boilerplate .mk.k-boilerplate, body.hide-duplicate .mk.k-duplicate {
      color: inherit; text-decoration: none; }
    .mk.sel, .mk:target { outline: 2px solid #e36209; outline-offset: 1px; }
    .mk.hl, .mk:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
    .card.sel, tr.sel { background: #fff8c5; }
    .scroll { overflow-x: auto; }
    table.events { border-collapse: collapse; font-size: 13px; width: 100%; }
    table.events th, table.events td { border: 1px solid var(--line); padding: 4px 6px;
      vertical-align: top; text-align: left; }
    table.events th { background: #f6f8fa; }
    table.events tr:hover { background: #f0f6ff; }
    .slot-row { margin-bottom: 2px; }
    .label { color: var(--muted); font-size: 12px; margin-right: 4px; }
    a.slot { color: #0550ae; }
    .rule { font-family: ui-monospace, monospace; font-size: 12px; }
    ul.fills { margin: 4px 0; padding-left: 16px; }
    blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid var(--line);
      color: #424a53; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 8px; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px;
      font-size: 13px; background: #fff; }
    .card dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 10px;
      margin: 4px 0; }
    .card dd { margin: 0; word-break: break-word; }
    .panel .card { margin-bottom: 8px; }
    .panel-head { font-weight: 600; margin: 0 0 6px; }
    @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }

    """

  /// The page's script, inlined: the kind toggles, the details panel, and the highlighting
  /// of the spans an event slot or an events row points to.
  static let script = """

    (function () {
      "use strict";
      var body = document.body;
      document.querySelectorAll("input[data-kind]").forEach(function (box) {
        function apply() { body.classList.toggle("hide-" + box.dataset.kind, !box.checked); }
        box.addEventListener("change", apply);
        apply();
      });
      function pieces(id) {
        return document.querySelectorAll('.mk[data-span="' + id + '"]');
      }
      function clear(name) {
        document.querySelectorAll("." + name).forEach(function (e) { e.classList.remove(name); });
      }
      function light(ids, name) {
        ids.forEach(function (id) {
          pieces(id).forEach(function (e) { e.classList.add(name); });
        });
      }
      function copyOf(element) {
        var copy;
        if (element.tagName === "TR") {
          copy = document.createElement("div");
          copy.className = "card";
          var heads = element.closest("table").querySelectorAll("thead th");
          var list = document.createElement("dl");
          element.querySelectorAll("td").forEach(function (cell, index) {
            var term = document.createElement("dt");
            term.textContent = heads[index] ? heads[index].textContent : "";
            var value = document.createElement("dd");
            value.innerHTML = cell.innerHTML;
            list.appendChild(term);
            list.appendChild(value);
          });
          copy.appendChild(list);
        } else {
          copy = element.cloneNode(true);
        }
        copy.removeAttribute("id");
        copy.querySelectorAll("[id]").forEach(function (e) { e.removeAttribute("id"); });
        return copy;
      }
      function show(span) {
        var panel = span.closest("article").querySelector(".panel-body");
        var id = span.dataset.span;
        clear("sel");
        light([id], "sel");
        panel.textContent = "";
        var head = document.createElement("p");
        head.className = "panel-head";
        var text = Array.prototype.map.call(pieces(id), function (e) { return e.textContent; });
        head.textContent = span.dataset.label + " \\u201c" + text.join("") + "\\u201d";
        panel.appendChild(head);
        var refs = (span.dataset.refs || "").split(" ").filter(Boolean);
        refs.forEach(function (ref) {
          var target = document.getElementById(ref);
          if (!target) { return; }
          panel.appendChild(copyOf(target));
          target.classList.add("sel");
        });
        if (!refs.length) {
          var note = document.createElement("p");
          note.textContent = span.title;
          panel.appendChild(note);
        }
      }
      document.addEventListener("click", function (event) {
        var link = event.target.closest("a[data-span]");
        if (link) {
          var first = document.getElementById(link.dataset.span);
          if (first) { show(first); }
          return;
        }
        var span = event.target.closest(".mk");
        if (span) { show(span); }
      });
      document.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && event.target.classList.contains("mk")) { show(event.target); }
      });
      document.querySelectorAll("tr[data-spans]").forEach(function (row) {
        var ids = row.dataset.spans.split(" ").filter(Boolean);
        row.addEventListener("mouseenter", function () { light(ids, "hl"); });
        row.addEventListener("mouseleave", function () { clear("hl"); });
      });
      if (location.hash.length > 1) {
        var target = document.getElementById(location.hash.slice(1));
        if (target && target.classList.contains("mk")) { show(target); }
      }
    })();

    """
}

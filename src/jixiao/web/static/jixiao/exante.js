// 事前评估 申报 form: 指标库推荐 for its indicator drafts, the project editor's list
// (suggestions.js) fed by the project's name as typed, the focused row's levels and the
// 三级指标 already written; 添加 fills the focused row if its indicator is not written yet, else the first such row.
(function () {
  "use strict";
  const list = document.getElementById("suggestions");
  const name = document.getElementById("ex-name");
  if (!list || !name || !window.jixiaoSuggestions) return;
  const form = name.form;
  const FIELDS = { level1: "level1", level2: "level2", level3: "level3",
    value: "typical_value", description: "description" };
  let current = null;
  let shown = null;

  function cell(row, field) {
    return form.querySelector('[name="ind-' + row + "-" + field + '"]');
  }
  function rowsOf() {
    return Array.from(form.querySelectorAll('[name^="ind-"][name$="-level1"]'))
      .map((input) => input.name.split("-")[1]);
  }
  // a row whose indicator is not written yet (its levels may be, to narrow the list)
  function empty(row) {
    return ["level3", "value", "description", "basis"]
      .every((field) => !cell(row, field) || !cell(row, field).value.trim());
  }

  function add(s) {
    const row = current !== null && empty(current) ? current : rowsOf().find(empty);
    if (row === undefined) {
      window.alert("指标表中已没有空行：先保存申报，保存后会再添加空行。");
      return;
    }
    Object.entries(FIELDS).forEach(([field, key]) => { cell(row, field).value = s[key] || ""; });
    shown = null;
    load(row);
  }

  function load(row) {
    const params = new URLSearchParams({ limit: "12", name: name.value.trim() });
    if (row !== null) {
      ["level1", "level2"].forEach((field) => {
        const value = cell(row, field).value.trim();
        if (value) params.set(field, value);
      });
    }
    const have = rowsOf().map((r) => cell(r, "level3").value.trim()).filter(Boolean);
    params.set("existing", have.join("\n"));
    if (params.toString() === shown) return;
    shown = params.toString();
    window.jixiaoSuggestions.show(list, "/api/suggestions?" + params, true, add);
  }

  form.addEventListener("focusin", (event) => {
    const match = /^ind-(\d+)-/.exec(event.target.name || "");
    if (match) { current = match[1]; load(current); }
  });
  form.addEventListener("change", (event) => {
    if (event.target === name || /-level[12]$/.test(event.target.name || "")) load(current);
  });
  load(null);
})();

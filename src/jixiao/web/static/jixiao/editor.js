// 项目绩效目标表编辑器: a keyboard-friendly grid over the JSON API.
// Saves with the project's lock_version (乐观锁); shows what the grammar reads in each
// 指标值 as you type, and the review findings of the unsaved draft (检查, no save).
(function () {
  "use strict";
  const state = JSON.parse(document.getElementById("editor-state").textContent);
  const project = state.project;
  const editable = project.editable;
  const COLUMNS = ["level1", "level2", "level3", "description", "value", "basis"];
  // Each cell is named by its column's heading (「第1行 一级指标」): a screen reader read the
  // field's key, 「第1行 level1」.
  const HEADINGS = Array.from(document.querySelectorAll("#grid thead th"))
    .slice(1, 1 + COLUMNS.length).map((th) => th.textContent.trim());
  const MONTHS = { "3月底": 3, "6月底": 6, "10月底": 10, "12月底": 12 };
  const tbody = document.querySelector("#grid tbody");
  const saveState = document.getElementById("save-state");
  let rows = project.indicators.map((i) => Object.assign({}, i));
  let version = project.lock_version;
  let dirty = false;
  let findings = state.findings;

  // Read at each request, not once: signing in again (in another window, after the session
  // ran out) gives a new token, and a token kept from the page's load refused every save.
  function csrf() {
    return (document.cookie.match(/csrftoken=([^;]+)/) || [])[1] || "";
  }

  function api(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf() },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((response) =>
      response.text().then((text) => ({
        ok: response.ok, status: response.status, data: parseAnswer(text, response.status),
      }))
    );
  }

  // The API answers JSON; a proxy or a crashed server may not: say so instead of failing.
  function parseAnswer(text, status) {
    if (!text) return null;
    try { return JSON.parse(text); } catch (error) {
      return { detail: "服务器返回了无法识别的内容（HTTP " + status + "），请稍后重试" };
    }
  }

  function debounce(fn, ms) {
    let timer = null;
    return function () {
      const args = arguments;
      clearTimeout(timer);
      timer = setTimeout(() => fn.apply(null, args), ms);
    };
  }

  // the element builder of suggestions.js (loaded first): one helper for both lists
  const el = window.jixiaoSuggestions.el;

  // Printing: each box's whole text beside it as plain text, shown only in print (app.css)
  // — a browser without CSS field-sizing (Firefox) prints an <input> as one cut line and a
  // <textarea> cut at its height; text wraps and runs on in any browser.
  function mirror(box) {
    const text = el("span", { class: "print-text" });
    const copy = () => {
      text.textContent = box.tagName === "SELECT"
        ? (box.selectedIndex > 0 ? box.options[box.selectedIndex].text : "") : box.value;
    };
    copy();
    box.classList.add("mirrored");
    box.insertAdjacentElement("afterend", text);
    box.addEventListener("input", copy);
  }

  // ---- header fields -------------------------------------------------------------
  const unitSelect = document.getElementById("f-unit");
  unitSelect.appendChild(el("option", { value: "", text: "（未指定）" }));
  state.units.forEach((u) => unitSelect.appendChild(el("option", { value: u.code, text: u.code + " " + u.name })));
  ["name", "code", "unit_code", "budget_total", "budget_fiscal", "budget_other", "purpose"].forEach((field) => {
    const input = document.querySelector('[data-field="' + field + '"]');
    const value = project[field];
    input.value = value === null || value === undefined ? "" : String(value);
    input.disabled = !editable;
    input.addEventListener("input", changed);
    mirror(input);
  });
  const goalsBox = document.getElementById("f-goals");
  goalsBox.value = project.goals.join("\n");
  goalsBox.disabled = !editable;
  goalsBox.addEventListener("input", changed);
  mirror(goalsBox);

  // ---- spending plan and its curve --------------------------------------------------
  const spendInputs = document.getElementById("spend-inputs");
  state.checkpoints.forEach((key) => {
    const input = el("input", { id: "spend-" + MONTHS[key], inputmode: "decimal", "aria-label": key });
    const value = project.spend_plan[key];
    input.value = value === null || value === undefined ? "" : String(value);
    input.disabled = !editable;
    input.addEventListener("input", () => { drawCurve(); changed(); });
    spendInputs.appendChild(el("label", {}, [document.createTextNode(key + "（%）"), input]));
  });

  function spendPlan() {
    const plan = {};
    state.checkpoints.forEach((key) => {
      const text = document.getElementById("spend-" + MONTHS[key]).value.trim();
      plan[key] = text === "" ? null : text;
    });
    return plan;
  }

  function drawCurve() {
    const svg = document.getElementById("spend-chart");
    const W = 320, H = 160, L = 34, B = 24, T = 8, R = 16;
    const x = (month) => L + ((W - L - R) * month) / 12;
    const y = (pct) => H - B - ((H - B - T) * Math.max(0, Math.min(pct, 110))) / 110;
    const parts = [];
    [0, 25, 50, 75, 100].forEach((p) => {
      parts.push('<line x1="' + L + '" x2="' + (W - R) + '" y1="' + y(p) + '" y2="' + y(p) + '" class="gridline"/>');
      parts.push('<text x="' + (L - 4) + '" y="' + (y(p) + 4) + '" class="axis" text-anchor="end">' + p + '%</text>');
    });
    [3, 6, 10, 12].forEach((m) => parts.push('<text x="' + x(m) + '" y="' + (H - 6) + '" class="axis" text-anchor="middle">' + m + '月</text>'));
    // 序时进度: the straight line of elapsed time
    parts.push('<line x1="' + x(0) + '" y1="' + y(0) + '" x2="' + x(12) + '" y2="' + y(100) + '" class="pace"/>');
    const points = [[0, 0]];
    state.checkpoints.forEach((key) => {
      const v = parseFloat(document.getElementById("spend-" + MONTHS[key]).value);
      if (!isNaN(v)) points.push([MONTHS[key], v]);
    });
    const path = points.map((p, i) => (i ? "L" : "M") + x(p[0]).toFixed(1) + " " + y(p[1]).toFixed(1)).join(" ");
    parts.push('<path d="' + path + '" class="curve"/>');
    points.slice(1).forEach((p) => parts.push('<circle cx="' + x(p[0]) + '" cy="' + y(p[1]) + '" r="3.5" class="dot"><title>' + p[0] + '月底 ' + p[1] + '%</title></circle>'));
    let falling = false;
    for (let i = 1; i < points.length; i++) if (points[i][1] < points[i - 1][1]) falling = true;
    if (falling) parts.push('<text x="' + (L + 6) + '" y="' + (T + 12) + '" class="warn">累计数不应下降</text>');
    svg.innerHTML = parts.join("");
  }

  // ---- the indicator grid ---------------------------------------------------------
  function level2Options(level1) {
    return state.level2[level1] || [];
  }

  function render(focus) {
    tbody.innerHTML = "";
    rows.forEach((row, index) => tbody.appendChild(renderRow(row, index)));
    tbody.querySelectorAll("textarea").forEach(fit);
    if (focus) focusCell(focus.row, focus.col);
    showFindings();
  }

  function renderRow(row, index) {
    const tr = el("tr", { id: row.id ? "indicator-" + row.id : null, "data-row": index });
    tr.appendChild(el("td", { class: "rownum", text: String(index + 1) }));
    COLUMNS.forEach((column, col) => {
      // Long texts wrap and grow with their content, so nothing is hidden in a narrow column.
      const multiline = column === "level3" || column === "description" || column === "basis";
      const input = el(multiline ? "textarea" : "input", {
        "data-col": col, "data-column": column, rows: multiline ? 1 : null,
        "aria-label": "第" + (index + 1) + "行 " + (HEADINGS[col] || column),
        list: column === "level1" ? "level1-list" : column === "level2" ? "level2-list-" + index : null,
      });
      input.value = row[column] || "";
      input.disabled = !editable;
      input.addEventListener("input", () => {
        row[column] = input.value;
        if (multiline) fit(input);
        if (column === "value") showReading(tr, input.value);
        if (column === "level1" || column === "level2") loadSuggestions(row);
        changed();
      });
      input.addEventListener("keydown", (event) => onKey(event, index, col));
      input.addEventListener("focus", () => loadSuggestions(row));
      const cell = el("td", { class: "c-" + column }, [input]);
      mirror(input);
      if (column === "level2") {
        cell.appendChild(el("datalist", { id: "level2-list-" + index },
          level2Options(row.level1).map((v) => el("option", { value: v }))));
      }
      if (column === "value") cell.appendChild(el("div", { class: "reading" }));
      tr.appendChild(cell);
    });
    tr.appendChild(el("td", { class: "row-findings" }));
    const tools = el("td", { class: "row-tools" });
    if (editable) {
      tools.appendChild(el("button", { type: "button", title: "上移", text: "↑", onclick: () => move(index, -1) }));
      tools.appendChild(el("button", { type: "button", title: "下移", text: "↓", onclick: () => move(index, 1) }));
      tools.appendChild(el("button", { type: "button", title: "删除", class: "danger", text: "✕", onclick: () => remove(index) }));
    } else if (state.can_comment && row.id) {
      tools.appendChild(el("button", { type: "button", title: "对该指标提意见", text: "意见", onclick: () => comment(row) }));
    }
    tr.appendChild(tools);
    showReading(tr, row.value || "");
    return tr;
  }

  const level1List = el("datalist", { id: "level1-list" }, state.level1.map((v) => el("option", { value: v })));
  document.body.appendChild(level1List);

  function fit(area) {
    area.style.height = "auto";
    area.style.height = area.scrollHeight + 2 + "px";
  }

  function focusCell(rowIndex, col) {
    const input = tbody.querySelector('tr[data-row="' + rowIndex + '"] [data-col="' + col + '"]');
    if (input) { input.focus(); if (input.select) input.select(); }
  }

  function onKey(event, index, col) {
    // Ctrl+S is not handled here: the document's listener below gets it from every cell.
    if (!editable && !["ArrowUp", "ArrowDown"].includes(event.key)) return;
    if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault(); move(index, event.key === "ArrowUp" ? -1 : 1, col); return;
    }
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault(); insert(index + 1, col); return;
    }
    if ((event.ctrlKey || event.metaKey) && event.key === "Delete") {
      event.preventDefault(); remove(index); return;
    }
    const multiline = event.target.tagName === "TEXTAREA";
    if (event.key === "Enter" && !(multiline && event.altKey)) {
      event.preventDefault(); focusCell(index + (event.shiftKey ? -1 : 1), col); return;
    }
    if (event.key === "ArrowDown" && !multiline) { event.preventDefault(); focusCell(index + 1, col); }
    if (event.key === "ArrowUp" && !multiline) { event.preventDefault(); focusCell(index - 1, col); }
  }

  function blankRow(template) {
    return {
      id: null, level1: template ? template.level1 : "产出指标", level2: template ? template.level2 : "数量指标",
      level3: "", description: "", value: "", basis: "",
    };
  }

  function insert(at, col, row) {
    rows.splice(at, 0, row || blankRow(rows[at - 1]));
    changed(); render({ row: at, col: col === undefined ? 2 : col });
  }

  function move(index, step, col) {
    const target = index + step;
    if (target < 0 || target >= rows.length) return;
    const [row] = rows.splice(index, 1);
    rows.splice(target, 0, row);
    changed(); render({ row: target, col: col || 0 });
  }

  function remove(index) {
    const row = rows[index];
    if (row.level3 && !window.confirm("删除指标“" + row.level3 + "”？")) return;
    rows.splice(index, 1);
    changed(); render({ row: Math.min(index, rows.length - 1), col: 2 });
  }

  document.getElementById("add-row").addEventListener("click", () => insert(rows.length));
  document.getElementById("add-row").disabled = !editable;

  // ---- what the grammar understood -------------------------------------------------
  const readings = {};
  const pending = {};
  function fetchReading(tr, value) {
    // Each row waits for its own pause in typing; identical values share one request.
    clearTimeout(tr.readingTimer);
    tr.readingTimer = setTimeout(() => {
      if (!pending[value]) {
        pending[value] = api("GET", "/api/grammar?value=" + encodeURIComponent(value)).then((res) => {
          if (res.ok) readings[value] = res.data;
          delete pending[value];
          return res.ok ? res.data : null;
        });
      }
      pending[value].then((reading) => { if (reading && tr.isConnected) paintReading(tr, reading); });
    }, 200);
  }

  function showReading(tr, value) {
    if (readings[value]) paintReading(tr, readings[value]);
    else fetchReading(tr, value);
  }

  function paintReading(tr, r) {
    const box = tr.querySelector(".reading");
    if (!box) return;
    const parts = [r.kind_label];
    if (r.direction) parts.push("方向 " + r.direction);
    if (r.number !== null) parts.push("数值 " + r.number + (r.upper ? "~" + r.upper : ""));
    if (r.unit) parts.push("单位 " + r.unit);
    box.textContent = r.raw ? parts.join(" · ") : "";
    box.className = "reading kind-" + r.kind + (r.problems.length ? " has-problem" : "");
    box.title = r.problems.join("；");
    if (r.problems.length) box.textContent += "（" + r.problems.join("；") + "）";
  }

  // ---- findings of the draft ---------------------------------------------------------
  function draft() {
    return {
      lock_version: version,
      name: document.getElementById("f-name").value.trim() || project.name,
      code: document.getElementById("f-code").value.trim(),
      unit_code: unitSelect.value,
      unit_name: (state.units.find((u) => u.code === unitSelect.value) || {}).name || project.unit_name || "",
      budget_total: numberOrNull("f-budget_total"),
      budget_fiscal: numberOrNull("f-budget_fiscal"),
      budget_other: numberOrNull("f-budget_other"),
      purpose: document.getElementById("f-purpose").value,
      spend_plan: spendPlan(),
      goals: goalsBox.value.split("\n").map((g) => g.trim()).filter(Boolean),
      indicators: rows.map((r) => ({
        id: r.id, level1: r.level1 || "", level2: r.level2 || "", level3: r.level3 || "",
        description: r.description || "", value: r.value || "", basis: r.basis || "",
      })),
    };
  }

  function numberOrNull(id) {
    const text = document.getElementById(id).value.trim().replace(/,/g, "");
    return text === "" ? null : text;
  }

  const check = debounce(() => {
    api("POST", "/api/projects/" + project.id + "/check", draft()).then((res) => {
      if (res.ok) { findings = res.data; showFindings(); }
    });
  }, 400);

  function showFindings() {
    tbody.querySelectorAll(".row-findings").forEach((cell) => { cell.innerHTML = ""; });
    tbody.querySelectorAll("tr").forEach((tr) => tr.classList.remove("has-error", "has-warning"));
    const list = document.getElementById("findings");
    list.innerHTML = "";
    document.getElementById("finding-count").textContent = String(findings.length);
    // One finding per place; the places of one rule are listed under one heading.
    const counts = {};
    findings.forEach((f) => { counts[f.rule] = (counts[f.rule] || 0) + 1; });
    const ordered = findings.slice();
    const firstOf = {};
    ordered.forEach((f, i) => { if (!(f.rule in firstOf)) firstOf[f.rule] = i; });
    ordered.sort((a, b) => firstOf[a.rule] - firstOf[b.rule]);
    const headed = {};
    ordered.forEach((f) => {
      if (counts[f.rule] > 1 && !headed[f.rule]) {
        headed[f.rule] = true;
        // the rule id is drawn by CSS (data-rule), so the heading is not one of the findings
        list.appendChild(el("li", { class: "group sev-" + f.severity, "data-rule": f.rule }, [
          el("strong", { text: f.title + "（" + counts[f.rule] + "处）" }),
        ]));
      }
      const rowIndex = f.row !== undefined && f.row !== null ? f.row - 1
        : f.indicator_index ? f.indicator_index - 1 : null;
      // the rule's title beside its code: "N106" alone tells a unit nothing
      const badge = el("span", { class: "sev sev-" + f.severity, title: f.severity_label + "：" + f.message + "\n建议：" + f.suggestion, text: f.rule + " " + f.title });
      if (rowIndex !== null) {
        const tr = tbody.querySelector('tr[data-row="' + rowIndex + '"]');
        if (tr) { tr.querySelector(".row-findings").appendChild(badge); tr.classList.add("has-" + f.severity); }
      }
      const where = rowIndex !== null ? "第" + (rowIndex + 1) + "行" + (f.indicator ? "「" + f.indicator + "」" : "") : "项目";
      const item = el("li", { class: "sev-" + f.severity + (counts[f.rule] > 1 ? " in-group" : "") }, [
        el("span", { class: "sev sev-" + f.severity, title: f.severity_label, text: f.rule + " " + f.title }),
        el("span", { class: "where", text: " " + where + "：" }),
        el("span", { text: f.message }),
        el("div", { class: "suggestion", text: "建议：" + f.suggestion }),
      ]);
      if (rowIndex !== null) {
        item.classList.add("jump");
        item.addEventListener("click", () => focusCell(rowIndex, Math.max(0, COLUMNS.indexOf(f.field || "value"))));
      }
      list.appendChild(item);
    });
    if (!findings.length) list.appendChild(el("li", { class: "muted", text: "没有审核发现" }));
  }

  // ---- suggestions from the indicator library ------------------------------------------
  let suggestKey = null;
  function loadSuggestions(row) {
    const key = (row && row.level1 || "") + "|" + (row && row.level2 || "");
    if (key === suggestKey) return;
    suggestKey = key;
    const params = new URLSearchParams({ limit: "12" });
    if (row && row.level1) params.set("level1", row.level1);
    if (row && row.level2) params.set("level2", row.level2);
    const list = document.getElementById("suggestions");
    window.jixiaoSuggestions.show(list, "/api/projects/" + project.id + "/suggestions?" + params, editable, (s) => {
      insert(rows.length, 4, { id: null, level1: s.level1, level2: s.level2, level3: s.level3,
        description: s.description || "", value: s.typical_value || "", basis: "" });
    });
  }

  // ---- comments ----------------------------------------------------------------------
  function showComments() {
    const list = document.getElementById("comments");
    list.innerHTML = "";
    state.comments.forEach((c) => list.appendChild(el("li", {}, [
      el("b", { text: c.indicator_label ? "指标「" + c.indicator_label + "」：" : "" }),
      el("span", { text: c.text }), el("small", { text: " — " + c.author }),
    ])));
    if (!state.comments.length) list.appendChild(el("li", { class: "muted", text: "暂无意见" }));
  }

  function comment(row) {
    const text = window.prompt("对指标“" + row.level3 + "”的审核意见：");
    if (!text) return;
    api("POST", "/api/plans/" + state.plan_id + "/comments", { text: text, indicator_id: row.id }).then((res) => {
      if (res.ok) { state.comments.unshift(res.data); showComments(); }
      else window.alert(res.data && res.data.detail || "保存意见失败");
    });
  }

  // ---- saving ------------------------------------------------------------------------
  function changed() {
    dirty = true;
    saveState.textContent = "有未保存的修改";
    check();
  }

  function save(overwrite) {
    if (!editable) return;
    const body = draft();
    if (overwrite) body.lock_version = overwrite;
    saveState.textContent = "正在保存…";
    api("PUT", "/api/projects/" + project.id, body).then((res) => {
      const conflict = document.getElementById("conflict");
      if (res.ok) {
        conflict.hidden = true;
        version = res.data.lock_version;
        rows = res.data.indicators.map((i) => Object.assign({}, i));
        dirty = false;
        document.getElementById("project-title").textContent = res.data.name;
        saveState.textContent = "已保存（版本 " + version + "）";
        render();
        api("GET", "/api/projects/" + project.id + "/findings").then((r) => { if (r.ok) { findings = r.data; showFindings(); } });
      } else if (res.status === 409) {
        saveState.textContent = "未保存：编辑冲突";
        conflict.hidden = false;
        conflict.innerHTML = "";
        conflict.appendChild(el("p", { text: res.data.detail }));
        conflict.appendChild(el("a", { href: "/projects/" + project.id + "/", target: "_blank", text: "在新窗口查看对方保存的版本" }));
        conflict.appendChild(document.createTextNode(" "));
        conflict.appendChild(el("button", { type: "button", class: "danger", text: "我已核对，用我的内容覆盖", onclick: () => {
          api("GET", "/api/projects/" + project.id).then((latest) => { if (latest.ok) save(latest.data.lock_version); });
        } }));
      } else if (res.status === 401 || res.status === 403) {
        signedOut(res.data && res.data.detail);
      } else {
        const detail = res.data && res.data.detail;
        saveState.textContent = "保存失败：" + (typeof detail === "string" ? detail : JSON.stringify(detail));
      }
    });
  }

  // The session ran out (or the token is stale): the input stays on this page; sign in
  // again in a new window, come back and save.
  function signedOut(detail) {
    saveState.textContent = "未保存：" + (typeof detail === "string" ? detail : "登录已过期");
    const notice = document.getElementById("conflict");
    notice.hidden = false;
    notice.innerHTML = "";
    notice.appendChild(el("p", { text: "您的修改仍在本页，没有丢失。请在新窗口重新登录，然后回到本页再点「保存」。" }));
    notice.appendChild(el("a", { href: "/accounts/login/?next=/projects/" + project.id + "/", target: "_blank", id: "sign-in-again", text: "在新窗口重新登录" }));
  }

  document.getElementById("save").addEventListener("click", () => save());
  document.getElementById("save").disabled = !editable;
  // The one Ctrl+S binding (a second one in the cells sent every save twice).
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(); }
  });
  window.addEventListener("beforeunload", (event) => { if (dirty) { event.preventDefault(); event.returnValue = ""; } });

  drawCurve();
  render();
  showComments();
  loadSuggestions(rows[0]);
  const hash = window.location.hash.match(/^#indicator-(\d+)/);
  if (hash) {
    const index = rows.findIndex((r) => String(r.id) === hash[1]);
    if (index >= 0) focusCell(index, 4);
  }
  if (!editable) saveState.textContent = "只读（" + ({ department_review: "待主管部门初审", bureau_review: "待财政局审核", approved: "已批复" }[document.getElementById("editor").dataset.planStatus] || "无编辑权限") + "）";
})();

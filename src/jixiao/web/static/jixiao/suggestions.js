// 指标库推荐: the list of suggested indicators beside a goal table, shared by the project
// editor (editor.js) and the 事前评估 申报 form (exante.js). show(list, url, editable, onAdd)
// fills <ul> ``list`` from the suggestions API at ``url``; 添加 hands the suggestion to onAdd.
// el(tag, attrs, children) builds an element (the editor's grid uses it too).
window.jixiaoSuggestions = (function () {
  "use strict";

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([key, value]) => {
      if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value);
    });
    (children || []).forEach((child) => node.appendChild(child));
    return node;
  }

  function item(s, editable, onAdd) {
    const add = el("button", { type: "button", text: "添加", disabled: !editable, onclick: () => onAdd(s) });
    const others = s.other_values.length ? "（另有 " + s.other_values.slice(0, 3).join("、") + "）" : "";
    return el("li", {}, [
      el("b", { text: s.level3 }), el("span", { class: "muted", text: " " + s.level2 }),
      el("div", { text: "典型值：" + (s.typical_value || "—") + others }),
      el("div", { class: "hint", text: s.reason }), add,
    ]);
  }

  function show(list, url, editable, onAdd) {
    return fetch(url, { credentials: "same-origin" }).then((response) => {
      if (!response.ok) return;
      return response.json().then((found) => {
        list.innerHTML = "";
        found.forEach((s) => list.appendChild(item(s, editable, onAdd)));
        if (!found.length) list.appendChild(el("li", { class: "muted", text: "暂无推荐" }));
      });
    });
  }

  return { show: show, el: el };
})();

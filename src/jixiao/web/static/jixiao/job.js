// 后台任务: follow the job's progress by polling its JSON status, without reloading.
(function () {
  "use strict";
  const box = document.getElementById("job");
  if (!box || !window.fetch) return;
  const url = box.dataset.statusUrl;
  const bar = document.getElementById("job-progress");
  const show = (id, text) => {
    const node = document.getElementById(id);
    if (node) node.textContent = text;
  };
  const update = (status) => {
    bar.value = status.percent;
    show("job-state", status.state_label);
    show("job-count", status.done + " / " + status.total);
    show("job-step", status.step);
    const error = document.getElementById("job-error");
    error.hidden = !status.error;
    error.textContent = status.error;
    if (!status.finished) return false;
    const cancel = document.getElementById("job-cancel");
    if (cancel) cancel.hidden = true;
    if (status.next_url) {
      // the job's page now leads on to its result, with its message (or, for an import
      // whose every file failed, to the preview that says why and what to do)
      window.location.reload();
      return true;
    }
    if (status.download) {
      document.getElementById("job-next").hidden = false;
      const link = document.getElementById("job-download");
      link.href = status.download;
      link.hidden = false;
    }
    return true;
  };
  // Signed out meanwhile (the session ran out, or 退出 in another window): the status
  // answers the login page. Say so and how to go on, instead of polling it for ever while
  // the page still reads 进行中. The job itself runs on.
  const signedOut = () => {
    const error = document.getElementById("job-error");
    error.hidden = false;
    error.textContent = "登录已过期，本页不再更新进度（任务仍在后台进行，不受影响）。";
    const again = document.createElement("a");
    again.href = "/accounts/login/?next=" + encodeURIComponent(window.location.pathname);
    again.textContent = "重新登录后查看进度";
    error.appendChild(document.createTextNode(" "));
    error.appendChild(again);
  };
  const poll = () => {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((response) => {
        if (response.redirected && response.url.indexOf("/accounts/login/") >= 0) return null;
        return response.ok ? response.json() : Promise.reject(response.status);
      })
      .then((status) => {
        if (status === null) signedOut();
        else if (!update(status)) window.setTimeout(poll, 700);
      })
      .catch(() => window.setTimeout(poll, 3000));
  };
  if (box.querySelector("#job-cancel")) poll();
})();

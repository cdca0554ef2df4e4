// 导入: upload with a progress bar, then follow the server to the preview page.
(function () {
  "use strict";
  const form = document.getElementById("upload-form");
  if (!form || !window.FormData) return;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const bar = document.getElementById("upload-progress");
    const status = document.getElementById("upload-status");
    const files = document.getElementById("documents").files;
    const request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.href);
    bar.hidden = false;
    status.textContent = "正在上传 " + files.length + " 个文件…";
    request.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) bar.value = Math.round((100 * e.loaded) / e.total);
    });
    request.upload.addEventListener("load", () => {
      bar.removeAttribute("value");
      status.textContent = "上传完成，正在识别 " + files.length + " 个文档…";
    });
    request.addEventListener("load", () => {
      if (request.status >= 200 && request.status < 400) window.location.href = request.responseURL;
      else status.textContent = "上传失败（" + request.status + "）";
    });
    request.addEventListener("error", () => { status.textContent = "上传失败，请重试"; });
    request.send(new FormData(form));
  });
})();

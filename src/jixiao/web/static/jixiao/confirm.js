// 确认: a button (or form) with data-confirm asks before the form is sent — 批复公开,
// 退回修改 and 放弃导入 are not to be done by a slip of the mouse.
document.addEventListener("submit", (event) => {
  const button = event.submitter;
  const text = (button && button.dataset.confirm) || event.target.dataset.confirm;
  if (text && !window.confirm(text)) event.preventDefault();
});

// 「返回上一页」 on the 登录已过期 page (session_expired.html): the browser's back button,
// where the input of the form that was refused still is.
document.addEventListener("click", (event) => {
  const back = event.target.closest("[data-back]");
  if (back) {
    event.preventDefault();
    window.history.back();
  }
});

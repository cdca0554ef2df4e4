// 清单: the header checkbox selects every row of a batch list (a file, not inline: the CSP
// allows only the site's own scripts).
document.querySelectorAll(".pick-all").forEach(function (all) {
  all.addEventListener("change", function () {
    document.querySelectorAll('input[name="ids"]').forEach(function (box) { box.checked = all.checked; });
  });
});

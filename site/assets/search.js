// Search as you type: the search page's results are fetched again as the box changes and put in
// place; without this script the form still works (a plain GET). Served by us, under a strict CSP.
(function () {
  var form = document.querySelector("form.search"), box = document.getElementById("q");
  var results = document.getElementById("results");
  if (!form || !box || !results || !window.fetch || !window.DOMParser) return;
  var timer = 0, asked = 0;
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = box.value, n = ++asked;
      if (!q.trim()) return;
      var url = form.action + "?q=" + encodeURIComponent(q);
      fetch(url, { headers: { "Accept": "text/html" } }).then(function (r) { return r.text(); }).then(function (html) {
        if (n !== asked) return; // an answer to an older text
        var next = new DOMParser().parseFromString(html, "text/html").getElementById("results");
        if (next) { results.innerHTML = next.innerHTML; history.replaceState(null, "", url); }
      }).catch(function () {});
    }, 200);
  });
})();

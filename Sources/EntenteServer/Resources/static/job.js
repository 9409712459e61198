// Follows a simulation job: progress from the server-sent events when the page offers them,
// otherwise (or when they break) a reload every two seconds. No build step, no library.
(function () {
  var bar = document.getElementById("job-progress");
  if (!bar) return;
  var count = document.getElementById("job-count");
  var url = bar.getAttribute("data-events");
  function reloadSoon() { setTimeout(function () { window.location.reload(); }, 2000); }
  if (!url || !window.EventSource) { reloadSoon(); return; }
  var source = new EventSource(url);
  source.addEventListener("status", function (event) {
    var job = JSON.parse(event.data);
    bar.max = Math.max(1, job.total);
    bar.value = job.done;
    if (count) count.textContent = " " + job.done + "/" + job.total;
    if (job.state !== "queued" && job.state !== "running") { source.close(); window.location.reload(); }
  });
  source.onerror = function () { source.close(); reloadSoon(); };
})();

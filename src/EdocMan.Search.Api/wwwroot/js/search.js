// Results as you type: fetch the server-rendered results fragment, newest request wins.
(() => {
  const form = document.getElementById("search-form");
  const input = document.getElementById("q");
  const results = document.getElementById("results");
  if (!form || !input || !results) return;
  let timer = 0;
  let latest = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2) return;
      const ticket = ++latest;
      const params = new URLSearchParams(new FormData(form));
      const url = `${location.pathname}?${params}&partial=true`;
      try {
        const response = await fetch(url, { headers: { "Accept": "text/html" } });
        if (ticket !== latest) return;
        results.innerHTML = await response.text();
        history.replaceState(null, "", `${location.pathname}?${params}`);
      } catch {
        // Offline or server restarting: the form still works with Enter.
      }
    }, 250);
  });
})();

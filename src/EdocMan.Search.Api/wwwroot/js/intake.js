// Intake: upload each dropped file to the API with a progress bar, then follow its status
// until it is searchable or has failed. API errors are shown as their Vietnamese "detail".
(() => {
  const form = document.getElementById("intake");
  const input = document.getElementById("files");
  const drop = document.getElementById("drop");
  const table = document.getElementById("uploads");
  if (!form || !input || !drop || !table) return;
  const body = table.querySelector("tbody");

  const row = (name) => {
    const tr = document.createElement("tr");
    const nameCell = document.createElement("td");
    nameCell.textContent = name;
    const progressCell = document.createElement("td");
    const bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    bar.setAttribute("aria-label", "Tiến độ tải lên " + name);
    progressCell.append(bar);
    const status = document.createElement("td");
    status.className = "status-cell";
    status.textContent = "Đang tải lên…";
    tr.append(nameCell, progressCell, status);
    body.append(tr);
    table.hidden = false;
    return { bar, status };
  };

  const describe = (text) => {
    try { return JSON.parse(text).detail || "Không tải lên được tệp."; } catch { return "Không tải lên được tệp."; }
  };

  const follow = async (url, ui) => {
    for (let i = 0; i < 600; i++) {
      const response = await fetch(url);
      if (!response.ok) { ui.status.textContent = describe(await response.text()); return; }
      const doc = await response.json();
      ui.status.textContent = doc.statusLabel + (doc.failureReason ? ": " + doc.failureReason : "");
      // OCR takes seconds a page: show how far a long scan has got.
      if (doc.status === "Extracting" && doc.pagesTotal) ui.status.textContent += " (Trang " + (doc.pagesDone ?? 0) + "/" + doc.pagesTotal + ")";
      if (doc.status === "Indexed" || doc.status === "Failed") {
        const link = document.createElement("a");
        link.href = form.dataset.view + doc.id;
        link.textContent = " Xem văn bản";
        ui.status.append(link);
        ui.status.dataset.state = doc.status;
        return;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  };

  const upload = (file) => {
    const ui = row(file.name);
    const data = new FormData();
    data.append("file", file, file.name);
    data.append("register", form.register.value);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.dataset.api);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) ui.bar.value = Math.round((e.loaded / e.total) * 100); };
    xhr.onload = () => {
      ui.bar.value = 100;
      const location = xhr.getResponseHeader("Location");
      if (xhr.status === 202 && location) { ui.status.textContent = "Đã lưu, chờ xử lý"; follow(location, ui); }
      else { ui.status.textContent = describe(xhr.responseText); ui.status.dataset.state = "Failed"; }
    };
    xhr.onerror = () => { ui.status.textContent = "Mất kết nối tới máy chủ; hãy thử lại."; };
    xhr.send(data);
  };

  input.addEventListener("change", () => { [...input.files].forEach(upload); input.value = ""; });
  ["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add("over"); }));
  ["dragleave", "drop"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.remove("over"); }));
  drop.addEventListener("drop", (e) => [...e.dataTransfer.files].forEach(upload));
})();

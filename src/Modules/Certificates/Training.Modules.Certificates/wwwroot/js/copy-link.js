// Copies a certificate's share link. The link stays readable without script; the button only appears where copying works.
(() => {
  if (!navigator.clipboard) {
    return;
  }

  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
        button.textContent = button.dataset.copied;
      } catch {
        button.hidden = true;
      }
    });
  }
})();

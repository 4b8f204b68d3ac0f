/// The browser side of live reload, served at `/__preview/live-reload.js` and referenced from every HTML
/// response of the preview (never from the files on disk).
enum LiveReloadScript {
    static let path = "/__preview/live-reload.js"

    /// The tag inserted before `</body>`; an external script so that a page's Content-Security-Policy
    /// allowing `'self'` scripts still lets it run.
    static let tag = Array("<script src=\"\(path)\" data-infolettre-preview defer></script>".utf8)

    /// `html` with the script tag before its last `</body>`, or appended when there is none.
    static func inject(into html: [UInt8]) -> [UInt8] {
        guard let bodyEnd = html.lastIndex(ofASCIICaseInsensitive: Array("</body".utf8)) else { return html + tag }
        var result = html
        result.insert(contentsOf: tag, at: bodyEnd)
        return result
    }

    /// Opens the event stream; `reload` reloads the page, `error` shows the diagnostics in a dismissable
    /// overlay (set through `textContent`, so they are never parsed as HTML). Frames (the dashboard's email
    /// previews) stay quiet: the top page reloads them, and each stream would hold one of the browser's six
    /// connections per host.
    static let source = """
        (() => {
          "use strict";
          if (window.top !== window || !("EventSource" in window)) return;
          const overlayID = "infolettre-preview-overlay";
          function dismiss() {
            const overlay = document.getElementById(overlayID);
            if (overlay) overlay.remove();
          }
          function show(diagnostics) {
            let overlay = document.getElementById(overlayID);
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = overlayID;
              overlay.setAttribute("role", "alertdialog");
              overlay.setAttribute("aria-label", "Erreur de construction");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
                "padding:2rem;background:rgba(20,20,20,.94);color:#fdd;font:14px/1.5 ui-monospace,monospace;";
              const close = document.createElement("button");
              close.type = "button";
              close.textContent = "Fermer (Échap)";
              close.style.cssText = "float:right;font:inherit;padding:.3rem .8rem;cursor:pointer;";
              close.addEventListener("click", dismiss);
              const title = document.createElement("strong");
              title.textContent = "La construction a échoué — la page montre la dernière version réussie.";
              const text = document.createElement("pre");
              text.style.cssText = "white-space:pre-wrap;margin-top:1rem;";
              overlay.append(close, title, text);
              document.body.appendChild(overlay);
            }
            overlay.querySelector("pre").textContent = diagnostics;
          }
          document.addEventListener("keydown", (event) => { if (event.key === "Escape") dismiss(); });
          const events = new EventSource("/__preview/events");
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("error", (event) => {
            if (typeof event.data !== "string") return; // a connection error, not a build error
            let diagnostics = event.data;
            try { diagnostics = JSON.parse(event.data).diagnostics; } catch (_) {}
            show(String(diagnostics));
          });
        })();

        """
}

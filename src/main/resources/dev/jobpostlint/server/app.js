// The page behind `jobpost-lint serve`: sends a file or pasted text to /api/check and draws the answer.
// Everything is built with DOM nodes and textContent, never innerHTML, so a posting cannot inject markup.
"use strict";

const I18N = {
  de: {
    skip: "Zur Prüfung springen",
    title: "Stellenanzeige prüfen, bevor sie online geht",
    lead: "Findet Anforderungen wie eine Mindestzahl an Followern und schlägt Formulierungen vor, die nach Fähigkeiten fragen.",
    privacy: "Ihre Anzeige wird nur auf diesem Computer geprüft. Nichts verlässt das Gerät, nichts wird gespeichert.",
    inputTitle: "Ihre Anzeige",
    dropTitle: "Datei hierher ziehen",
    dropHint: "PDF, DOCX, HTML, Markdown oder Text",
    choose: "Datei auswählen",
    or: "oder",
    pasteLabel: "Text der Anzeige einfügen",
    checkText: "Text prüfen",
    pasted: "Eingefügter Text",
    footer: "Läuft lokal. Anzeigen werden nur im Arbeitsspeicher verarbeitet, nie auf die Festplatte geschrieben oder protokolliert.",
    checking: "Wird geprüft …",
    done: (n) => n === 0 ? "Geprüft: keine Funde." : `Geprüft: ${n} ${n === 1 ? "Fund" : "Funde"}.`,
    emptyText: "Bitte zuerst Text einfügen.",
    failed: "Die Prüfung ist fehlgeschlagen",
    refused: {
      "unsupported-media-type": "Dieser Dateityp wird nicht unterstützt. Bitte eine PDF-, DOCX-, HTML-, Markdown- oder Textdatei wählen oder den Text einfügen.",
      "payload-too-large": "Die Datei ist zu groß.",
      "bad-request": "Es kam keine Anzeige an. Bitte eine Datei wählen oder Text einfügen."
    },
    unreachable: "Der lokale Server antwortet nicht. Läuft „jobpost-lint serve“ noch?",
    unreadable: "Die Datei konnte nicht gelesen werden",
    findings: (n) => `${n} ${n === 1 ? "Fund" : "Funde"}`,
    noFindings: "Keine Funde – die Anzeige verlangt keine persönliche Reichweite.",
    why: "Warum?",
    more: "Mehr dazu",
    instead: "Besser so",
    copy: "Kopieren",
    copyLabel: (n) => `Vorschlag ${n} kopieren`,
    copied: "Kopiert",
    copiedAnnounce: "Vorschlag in die Zwischenablage kopiert.",
    rule: "Regel",
    byRule: "gefunden von der Regel",
    byModel: "gefunden vom Modell,",
    elsewhere: "Weitere Funde",
    toFinding: (n) => `Zu Fund ${n}`,
    postingText: "Text der Anzeige",
    lang: { de: "Deutsch", en: "Englisch" },
    severity: { error: "Fehler", warning: "Warnung", info: "Hinweis" },
    line: "Zeile", column: "Spalte", page: "Seite", paragraph: "Absatz",
    category: {
      "follower-count": "Followerzahl", "personal-reach": "Persönliche Reichweite",
      "influencer-status": "Influencer-Status", "profile-as-credential": "Profil als Nachweis",
      "on-camera-persona": "Vor der Kamera", "monetized-reach": "Monetarisierte Reichweite"
    }
  },
  en: {
    skip: "Skip to the check",
    title: "Check a job posting before it goes live",
    lead: "Finds requirements such as a minimum number of followers and suggests wording that asks for skills instead.",
    privacy: "Your posting is checked on this computer only. Nothing leaves the machine, nothing is stored.",
    inputTitle: "Your posting",
    dropTitle: "Drop a file here",
    dropHint: "PDF, DOCX, HTML, Markdown or text",
    choose: "Choose a file",
    or: "or",
    pasteLabel: "Paste the text of the posting",
    checkText: "Check text",
    pasted: "Pasted text",
    footer: "Runs locally. Postings are processed in memory and never written to disk or logged.",
    checking: "Checking …",
    done: (n) => n === 0 ? "Checked: no findings." : `Checked: ${n} ${n === 1 ? "finding" : "findings"}.`,
    emptyText: "Please paste some text first.",
    failed: "The check failed",
    refused: {
      "unsupported-media-type": "This file type is not supported. Please choose a PDF, DOCX, HTML, Markdown or text file, or paste the text.",
      "payload-too-large": "The file is too large.",
      "bad-request": "No posting arrived. Please choose a file or paste the text."
    },
    unreachable: "The local server does not answer. Is “jobpost-lint serve” still running?",
    unreadable: "The file could not be read",
    findings: (n) => `${n} ${n === 1 ? "finding" : "findings"}`,
    noFindings: "No findings – the posting does not ask for personal reach.",
    why: "Why?",
    more: "More",
    instead: "Write instead",
    copy: "Copy",
    copyLabel: (n) => `Copy suggestion ${n}`,
    copied: "Copied",
    copiedAnnounce: "Suggestion copied to the clipboard.",
    rule: "Rule",
    byRule: "found by the rule",
    byModel: "found by the model,",
    elsewhere: "More findings",
    toFinding: (n) => `To finding ${n}`,
    postingText: "Text of the posting",
    lang: { de: "German", en: "English" },
    severity: { error: "Error", warning: "Warning", info: "Info" },
    line: "line", column: "column", page: "page", paragraph: "paragraph",
    category: {
      "follower-count": "Follower count", "personal-reach": "Personal reach",
      "influencer-status": "Influencer status", "profile-as-credential": "Profile as credential",
      "on-camera-persona": "On-camera persona", "monetized-reach": "Monetized reach"
    }
  }
};

const FORMATS = { md: "Markdown", txt: "Text", html: "HTML", pdf: "PDF", docx: "DOCX" };

let lang = initialLanguage();
let last = null;
let pasted = false;

function initialLanguage() {
  try {
    const saved = localStorage.getItem("jobpost-lint.lang");
    if (saved === "de" || saved === "en") return saved;
  } catch (e) { /* storage may be off */ }
  const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
  for (const l of wanted) {
    const code = String(l).slice(0, 2).toLowerCase();
    if (code === "de" || code === "en") return code;
  }
  return "en";
}

function t(key, ...args) {
  const v = I18N[lang][key];
  return typeof v === "function" ? v(...args) : v;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c);
  }
  return node;
}

function setLanguage(code) {
  lang = code;
  try { localStorage.setItem("jobpost-lint.lang", code); } catch (e) { /* ignore */ }
  document.documentElement.lang = code;
  document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll(".lang-switch button").forEach((b) => {
    b.setAttribute("aria-pressed", String(b.dataset.lang === code));
  });
  document.title = t("title") + " – jobpost-lint";
  if (last) render(last);
}

function showStatus(text, kind) {
  const s = document.getElementById("status");
  s.textContent = text || "";
  s.className = "status" + (kind ? " " + kind : "");
}

async function send(body, contentType) {
  const result = document.getElementById("result");
  result.setAttribute("aria-busy", "true");
  showStatus(t("checking"), "busy");
  try {
    const headers = contentType ? { "Content-Type": contentType } : {};
    const response = await fetch("/api/check", { method: "POST", body, headers });
    const json = await response.json();
    if (!response.ok && response.status !== 422) {
      last = null;
      result.hidden = true;
      showStatus(t("refused")[json.error] || t("failed") + ": " + (json.message || response.status), "error");
      return;
    }
    last = json;
    render(json);
    const heading = result.querySelector("h2");
    if (heading) heading.focus();
  } catch (e) {
    showStatus(t("unreachable"), "error");
  } finally {
    result.removeAttribute("aria-busy");
  }
}

function checkFile(file) {
  if (!file) return;
  pasted = false;
  const form = new FormData();
  form.append("file", file, file.name);
  send(form, null);
}

function checkText() {
  const text = document.getElementById("text").value;
  if (!text.trim()) {
    showStatus(t("emptyText"), "error");
    return;
  }
  pasted = true;
  send(text, "text/plain; charset=utf-8");
}

function render(json) {
  const file = json.files[0];
  const result = document.getElementById("result");
  result.replaceChildren();
  result.hidden = false;
  showStatus(file.error ? "" : t("done", file.findings.length), file.error ? "" : "ok");
  const postingLang = file.language || lang;
  const meta = [FORMATS[file.format], file.language ? t("lang")[file.language] : null,
    file.error ? null : t("findings", file.findings.length)].filter(Boolean).join(" · ");
  const card = el("article", { class: "card posting", "aria-labelledby": "result-title" },
    el("header", { class: "posting-head" },
      el("h2", { id: "result-title", tabindex: "-1", text: pasted ? t("pasted") : file.path }),
      el("p", { class: "meta", text: meta })));
  if (file.error) {
    card.append(el("p", { class: "problem" }, el("strong", { text: t("unreadable") + ": " }), file.error));
  } else {
    // a notice says what was not checked (another language, hidden or cut text); the findings still stand
    if (file.notice) {
      card.append(el("p", { class: "notice", text: file.notice }));
    }
    if (file.findings.length > 0) {
      card.append(categoryChips(file.findings));
    } else if (file.language) {
      card.append(el("p", { class: "clean", text: t("noFindings") }));
    }
  }
  if (typeof file.text === "string" && file.language) {
    card.append(postingText(file, postingLang));
  }
  result.append(card);
}

function categoryChips(findings) {
  const counts = new Map();
  for (const f of findings) counts.set(f.category, (counts.get(f.category) || 0) + 1);
  return el("ul", { class: "chips" }, [...counts].map(([c, n]) =>
    el("li", { class: "chip" }, (t("category")[c] || c) + " ", el("strong", { text: String(n) }))));
}

// The same cut as the HTML report: blocks of plain and marked runs, each finding's card under its block.
function postingText(file, postingLang) {
  const text = file.text;
  const order = file.findings.map((f, i) => i)
    .filter((i) => Number.isInteger(file.findings[i].start) && file.findings[i].end > file.findings[i].start
      && file.findings[i].end <= text.length)
    .sort((a, b) => file.findings[a].start - file.findings[b].start || a - b);
  const placed = new Set();
  const container = el("div", { class: "text", lang: postingLang, "aria-label": t("postingText"), role: "region" });
  let list = null;
  let next = 0;
  for (const block of file.blocks) {
    const tag = block.kind === "heading" ? "h3" : block.kind === "list-item" ? "li" : "p";
    const node = el(tag, {});
    const cards = [];
    let cursor = block.start;
    while (next < order.length && file.findings[order[next]].start < block.end) {
      const index = order[next++];
      const f = file.findings[index];
      if (f.start < block.start) continue;
      const from = Math.max(cursor, f.start);
      const to = Math.min(block.end, f.end);
      placed.add(index);
      if (from > cursor) node.append(text.slice(cursor, from));
      if (to > from) {
        node.append(el("a", { class: "hl " + f.severity, id: "m" + (index + 1), href: "#f" + (index + 1),
          "aria-label": text.slice(from, to) + " – " + t("toFinding", index + 1) },
          el("mark", { text: text.slice(from, to) }), el("sup", { text: String(index + 1) })));
        cursor = to;
      }
      cards.push(findingCard(f, index, postingLang, false));
    }
    if (cursor < block.end) node.append(text.slice(cursor, block.end));
    if (tag === "li") {
      if (!list) { list = el("ul", {}); container.append(list); }
      node.append(...cards);
      list.append(node);
    } else {
      list = null;
      container.append(node, ...cards);
    }
  }
  const rest = file.findings.map((f, i) => i).filter((i) => !placed.has(i));
  if (rest.length) {
    container.append(el("h3", { text: t("elsewhere") }), rest.map((i) => findingCard(file.findings[i], i, postingLang, true)));
  }
  return container;
}

function place(f) {
  if (f.line) return t("line") + " " + f.line + (f.column ? ", " + t("column") + " " + f.column : "");
  if (f.page) return t("page") + " " + f.page + (f.paragraph ? ", " + t("paragraph") + " " + f.paragraph : "");
  if (f.paragraph) return t("paragraph") + " " + f.paragraph;
  return null;
}

function source(f) {
  if (f.source === "model" && f.model) return t("byModel") + " " + Math.round(f.model.probability * 100) + " %";
  return f.source === "rule" ? t("byRule") : null;
}

function firstSentence(s) {
  const m = /^(.+?[.!?])\s/.exec(s + " ");
  return m ? m[1] : s;
}

function findingCard(f, index, postingLang, withSentence) {
  const n = index + 1;
  const meta = [t("severity")[f.severity] || f.severity, t("category")[f.category] || f.category,
    t("rule") + " " + f.ruleId, place(f), source(f)].filter(Boolean).join(" · ");
  const card = el("aside", { class: "finding " + f.severity, id: "f" + n, tabindex: "-1", "aria-labelledby": "f" + n + "-title" },
    el("h4", { id: "f" + n + "-title" }, el("span", { class: "num", text: String(n) }), " ",
      el("span", { lang: postingLang, text: f.message })),
    el("p", { class: "meta", text: meta }));
  if (withSentence && f.sentence) card.append(el("p", { class: "sentence", lang: postingLang, text: f.sentence }));
  if (f.explanation) {
    const short = firstSentence(f.explanation);
    const why = el("div", { class: "why" }, el("strong", { text: t("why") }), el("p", { lang: postingLang, text: short }));
    if (short.length < f.explanation.length) {
      why.append(el("details", {}, el("summary", { text: t("more") }), el("p", { lang: postingLang, text: f.explanation.slice(short.length).trim() })));
    }
    card.append(why);
  }
  if (f.suggestions && f.suggestions.length) {
    card.append(el("div", { class: "instead" }, el("strong", { text: t("instead") }),
      el("ul", {}, f.suggestions.map((s, i) => el("li", {},
        el("span", { class: "suggestion", lang: postingLang, text: s }),
        el("button", { type: "button", class: "button copy", "aria-label": t("copyLabel", i + 1), "data-copy": s,
          onclick: copy, text: t("copy") }))))));
  }
  return card;
}

async function copy(event) {
  const button = event.currentTarget;
  const value = button.dataset.copy;
  try {
    await navigator.clipboard.writeText(value);
  } catch (e) {
    const area = el("textarea", { class: "visually-hidden" });
    area.value = value;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  button.textContent = "✓ " + t("copied");
  button.classList.add("done");
  document.getElementById("announce").textContent = t("copiedAnnounce");
  setTimeout(() => { button.textContent = t("copy"); button.classList.remove("done"); }, 2000);
}

function setUp() {
  const drop = document.getElementById("drop");
  const input = document.getElementById("file");
  input.addEventListener("change", () => { checkFile(input.files[0]); input.value = ""; });
  for (const type of ["dragenter", "dragover"]) {
    drop.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add("over"); });
  }
  for (const type of ["dragleave", "drop"]) {
    drop.addEventListener(type, () => drop.classList.remove("over"));
  }
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) checkFile(e.dataTransfer.files[0]);
  });
  // A file dropped next to the zone would make the browser open it and leave the page.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());
  document.getElementById("check-text").addEventListener("click", checkText);
  document.getElementById("text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) checkText();
  });
  document.querySelectorAll(".lang-switch button").forEach((b) => {
    b.addEventListener("click", () => setLanguage(b.dataset.lang));
  });
  setLanguage(lang);
}

document.addEventListener("DOMContentLoaded", setUp);

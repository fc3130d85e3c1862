// Two agents in two browser sessions work one case: Karin hands it off with a note (the
// dialog shows where the case has been), Olle sees it arrive in his inbox without
// reloading and accepts it; Olle asks Karin's team a question, which appears on her open
// page, and her answer appears on his; Olle resolves with a summary. axe-core checks the
// case view with the handoff dialog open.
import { accessible, api, base, check, run, signIn } from "./lib.mjs";

const password = process.env.LOTSEN_PASSWORD;

const created = await api("POST", "/messages", {
  external_id: "browser-handoff-1",
  customer: { name: "Anders Holm", email: "anders.holm@example.se" },
  subject: "Kortet nekas utomlands",
  body: "Hej, mitt kort nekas överallt här i Spanien. Vad gör jag?",
});
check(created.status === 201, "a customer's message opens a case");
const caseId = created.json.case_id;
const assigned = await api("POST", `/cases/${caseId}/assign`, { agent_id: process.env.LOTSEN_KARIN_ID });
check(assigned.status === 200, `the case is Karin's (${assigned.status})`);

/** Marks the page so that a reload would be noticed; waits until it listens. */
async function listening(page) {
  await page.locator("body[data-live-ready]").waitFor();
  await page.evaluate(() => {
    window.lotsenNotReloaded = true;
  });
}

async function notReloaded(page, what) {
  check(await page.evaluate(() => window.lotsenNotReloaded === true), `${what}, without a reload`);
}

await run(async (browser) => {
  const karin = await signIn(browser, "karin.lund@banken.se", password, { bypassCSP: true });
  const olle = await signIn(browser, "olle.kort@banken.se", password, { bypassCSP: true });
  await listening(olle);
  check((await olle.locator("#handed").count()) === 0, "Olle has nothing handed to him yet");

  // Karin's handoff dialog: where the case has been, the receiver, the required note.
  await karin.goto(`${base}/cases/${caseId}`);
  await karin.locator("details#hand-off summary").click();
  const dialog = karin.locator("details#hand-off");
  check((await dialog.locator(".been").innerText()).includes("Karin Lund"), "the dialog shows where the case has been");
  await accessible(karin, "the case view with the handoff dialog open");
  await karin.getByLabel("Till vem").selectOption({ label: "Olle Kort" });
  await dialog.getByRole("button", { name: "Lämna över" }).click();
  check(
    await karin.getByLabel(/Överlämningsanteckning/).evaluate((el) => el.validity.valueMissing),
    "the handoff is not sent without a note",
  );
  const note = "Kunden är i Spanien till fredag. Bedrägeriskyddet spärrade kortet; kortteamet behöver häva spärren.";
  await karin.getByLabel(/Överlämningsanteckning/).fill(note);
  await dialog.getByRole("button", { name: "Lämna över" }).click();
  await karin.locator(".task.handoff .handoff-note", { hasText: "Bedrägeriskyddet" }).waitFor();
  check(true, "Karin's case shows the handoff waiting for Olle");
  await listening(karin);

  // Olle's inbox shows it live; he opens it and accepts.
  await olle.locator("#handed").getByRole("link", { name: "Kortet nekas utomlands" }).waitFor({ timeout: 10000 });
  await notReloaded(olle, "the handoff appears in Olle's inbox");
  await olle.locator("#handed").getByRole("link", { name: "Kortet nekas utomlands" }).click();
  await olle.locator(".task.handoff .handoff-note", { hasText: note }).waitFor();
  check(true, "Olle reads the handoff note before accepting");
  await olle.getByRole("button", { name: "Ta emot ärendet" }).click();
  await olle.locator(".facts .owner", { hasText: "Olle Kort" }).waitFor();
  check(true, "Olle owns the case after accepting");
  await karin.locator(".facts .owner", { hasText: "Olle Kort" }).waitFor({ timeout: 10000 });
  await notReloaded(karin, "Karin's open case shows the new owner");

  // Olle asks Kundservice; the question appears on Karin's open page; she answers.
  await olle.locator("details#escalate summary").click();
  await olle.getByLabel("Typ av eskalering").selectOption("specialist");
  await olle.getByLabel("Mottagare", { exact: true }).selectOption({ label: "Kundservice" });
  await olle.getByLabel("Din fråga").fill("Har kunden bekräftat köpen i Spanien i telefon?");
  await olle.locator("details#escalate").getByRole("button", { name: "Eskalera" }).click();
  await olle.locator(".task.question", { hasText: "bekräftat köpen" }).waitFor();
  await listening(olle);
  await karin.locator(".task.question", { hasText: "bekräftat köpen" }).waitFor({ timeout: 10000 });
  await notReloaded(karin, "the question appears on Karin's open case");
  await karin.getByLabel("Ditt svar").fill("Ja, kunden bekräftade alla tre köpen i morse.");
  await karin.getByRole("button", { name: "Skicka svaret" }).click();
  await olle
    .locator(".timeline li.event-escalation_answered", { hasText: "bekräftade alla tre" })
    .waitFor({ timeout: 10000 });
  await notReloaded(olle, "the answer appears on Olle's open case");

  // Olle resolves with a summary.
  await olle.locator("details#resolve summary").click();
  await olle.getByLabel("Vad löste det (sammanfattning)").fill("Spärren hävd efter kundens bekräftelse.");
  await olle.locator("details#resolve").getByRole("button", { name: "Lös ärendet" }).click();
  await olle.locator(".meta .status", { hasText: "Löst" }).waitFor();
  check(true, "the case is resolved with its summary");
  await olle.locator(".timeline li.event-resolved", { hasText: "Spärren hävd" }).waitFor();
  await accessible(olle, "the resolved case view");
});
console.log("handoff: all checks passed");

// The composer as an agent uses it: an upset customer's case, a draft without an
// acknowledgement gets a hint while it is typed, a saved reply is inserted with the
// customer's first name and the agent's signature, and the hint goes once the reply
// acknowledges the customer; the reply is sent on the case's channel. The team lead's
// page and an incident's page (with the incident banner) pass the same accessibility
// check.
import { accessible, api, base, check, mail, run, signIn } from "./lib.mjs";

const email = process.env.LOTSEN_AGENT_EMAIL;
const password = process.env.LOTSEN_AGENT_PASSWORD;

const raw = [
  "From: Maja Ek <maja.ek@example.se>",
  "To: kundservice@banken.se",
  "Subject: Tredje gången",
  "Message-ID: <composer-1@example.se>",
  "Date: Wed, 02 Dec 2026 08:00:00 +0100",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Det här är helt oacceptabelt!!! Tredje gången jag skriver och ingen svarar. Kortet fungerar fortfarande inte.",
  "",
].join("\r\n");
const { status, json: intake } = await mail(raw);
check(status === 202 && intake.case_id, `the upset customer's email opens a case (${status})`);
const saved = await api("POST", "/saved-replies", {
  title: "Kort spärrat",
  language: "sv",
  body: "Hej {förnamn}!\n\nFörlåt besväret, jag förstår att det har varit frustrerande. Kortet är öppnat igen nu.\n\nVänliga hälsningar\n{signatur}",
});
check(saved.status === 201, `a lead's saved reply is written (${saved.status})`);

await run(async (browser) => {
  const page = await signIn(browser, email, password);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}/cases/${intake.case_id}`);
  const body = page.getByLabel("Svar till kunden");
  const hints = page.locator(".lint-hints li");
  await body.pressSequentially("Du måste starta om appen.", { delay: 10 });
  await hints.filter({ hasText: "Kunden är upprörd" }).waitFor();
  check(true, "a draft without an acknowledgement gets a hint while it is typed");
  check(
    (await page.locator(".signing span:not([hidden])").innerText()).startsWith("Skickas från: Karin"),
    "the signature preview shows how the email is sent",
  );

  await body.fill("");
  await page.locator("#saved-replies summary").click();
  await page.getByRole("button", { name: "Infoga: Kort spärrat" }).click();
  const text = await body.inputValue();
  check(text.startsWith("Hej Maja!") && text.trim().endsWith("Karin"), "the saved reply is inserted with Maja's name and Karin's signature");
  await page.waitForFunction(() => document.querySelector(".lint-hints").hidden);
  check(true, "the hint goes when the reply acknowledges the customer");

  await page.getByRole("button", { name: "Skicka svar" }).click();
  await page.locator(".timeline li.message.outbound", { hasText: "Hej Maja!" }).waitFor();
  check(true, "the reply is in the timeline");
  check(errors.length === 0, `no script error on the page (${errors.join("; ")})`);

  // axe-core is injected as an inline script, which our CSP refuses: checked apart.
  const again = await signIn(browser, email, password, { bypassCSP: true });
  await again.goto(`${base}/cases/${intake.case_id}`);
  await again.getByLabel("Svar till kunden").pressSequentially("Du måste starta om appen.", { delay: 5 });
  await again.locator(".lint-hints li").first().waitFor();
  await again.locator("#saved-replies summary").click();
  await again.locator("#call summary").click();
  await accessible(again, "the case view with the composer's hints, saved replies and call form open");

  // The lead's page: the team's load, the review list and the bulk move.
  const lena = await signIn(browser, "lena.ledare@banken.se", password, { bypassCSP: true });
  await lena.getByRole("link", { name: "Teamledning" }).click();
  await lena.locator("#load").waitFor();
  check((await lena.locator(".members tbody tr").count()) >= 1, "the lead sees the team's members and their load");
  await accessible(lena, "the lead's page");

  // An incident: its banner on every workspace page, and its own page.
  const declared = await api("POST", "/incidents", {
    title: "Inloggningen i appen fungerar inte",
    public_status: "Just nu går det inte att logga in i appen. Vi arbetar på det.",
  });
  check(declared.status === 201, `an incident is declared (${declared.status})`);
  await lena.goto(`${base}/inbox`);
  await lena.locator(".incident-banner", { hasText: "Inloggningen i appen fungerar inte" }).waitFor();
  check(true, "the incident's banner is on the inbox");
  await lena.getByRole("link", { name: "Störningar" }).click();
  await lena.getByRole("link", { name: "Inloggningen i appen fungerar inte" }).click();
  await lena.locator("dd.public-status").waitFor();
  await accessible(lena, "the incident's page with its banner");
});

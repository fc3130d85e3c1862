// The chat widget in a real browser, embedded from another origin as a bank's site
// would: one script tag; the visitor chats, sees the agent typing and the reply (and the
// agent with the case open sees the visitor type), asks for a manager, closes with
// Escape, comes back after a reload to the same case; an ongoing incident is said before
// the visitor writes, and a closed chat says when it opens. axe-core checks the open
// widget.
import { createServer } from "node:http";
import { api, accessible, base, check, run, signIn } from "./lib.mjs";

const host = createServer((req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Banken – Kundservice</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Kundservice</h1><p>Har du frågor om ditt konto eller kort? Chatta med oss.</p></main>
<script src="${base}/widget.js" async></script></body></html>`);
});
await new Promise((resolve) => host.listen(0, "localhost", resolve));
const site = `http://localhost:${host.address().port}/`;

/** Opens the site in a context and follows the widget's frames. */
async function visit(context) {
  const page = await context.newPage();
  const frames = [];
  page.on("websocket", (ws) =>
    ws.on("framereceived", ({ payload }) => {
      try {
        frames.push(JSON.parse(payload));
      } catch {
        /* not JSON */
      }
    }),
  );
  await page.goto(site);
  return { page, frames };
}

async function caseOf(frames) {
  for (let i = 0; i < 100; i++) {
    const got = frames.find((f) => f.type === "received");
    if (got) return got.case_id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no received frame");
}

await run(async (browser) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, frames } = await visit(context);
  const open = page.getByRole("button", { name: "Chatta med oss" });
  await open.waitFor();
  check(true, "the widget's button is on the bank's page");
  await open.click();
  const panel = page.getByRole("dialog", { name: "Chatt med kundtjänst" });
  await panel.waitFor();
  check(
    await page.evaluate(() => document.activeElement && document.activeElement.id === "lotsen-text"),
    "opening the chat puts the cursor in the message field",
  );
  const field = page.getByLabel("Ditt meddelande");
  await field.fill("Hej! Jag har blivit dubbeldebiterad för mitt månadskort.");
  await field.press("Enter");
  await page.locator("#lotsen-log p.visitor", { hasText: "dubbeldebiterad" }).waitFor();
  const caseId = await caseOf(frames);
  check(Boolean(caseId), "the line is stored in a case");
  check((await field.inputValue()) === "", "the field is empty after sending");
  await accessible(page, "the open chat widget");

  const typing = await api("POST", `/cases/${caseId}/typing`);
  check(typing.status === 202, "an agent's typing is accepted");
  await page.locator("#lotsen-typing", { hasText: "Kundtjänst skriver" }).waitFor();
  check(true, "the visitor sees that the agent is typing");

  // The agent's side: Lena has the case open and sees the visitor type.
  const lena = await signIn(browser, "lena.ledare@banken.se", process.env.LOTSEN_LEAD_PASSWORD);
  await lena.goto(`${base}/cases/${caseId}`);
  await lena.waitForSelector("body[data-live-ready]");
  await page.waitForTimeout(3100);
  await field.pressSequentially("En sak till", { delay: 20 });
  await lena.locator(".typing-status", { hasText: "Kunden skriver" }).waitFor();
  check(true, "the agent with the case open sees the visitor type");
  await field.fill("");
  await lena.context().close();

  const reply = "Hej! Jag ser dubbeldragningen och återbetalar den ena i dag.";
  const sent = await api("POST", `/cases/${caseId}/replies`, { body: reply });
  check(sent.status === 201, "the agent's reply is accepted");
  await page.locator("#lotsen-log p.agent", { hasText: "återbetalar" }).waitFor();
  check(
    (await page.locator("#lotsen-typing").textContent()) === "",
    "the reply is shown and the typing note is gone",
  );

  await page.getByRole("button", { name: "Be att få prata med en chef" }).click();
  await page.locator("#lotsen-log p.visitor", { hasText: "chef" }).waitFor();
  await page.locator("#lotsen-log p.agent", { hasText: "Lena, teamledare" }).waitFor({ timeout: 15000 });
  check(true, "asking for a manager is answered with the lead's name");
  const view = await api("GET", `/cases/${caseId}`);
  check(
    view.json.timeline.some((e) => e.type === "escalated"),
    "the case is escalated to the lead",
  );

  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "hidden" });
  check(
    await page.evaluate(() => document.activeElement && document.activeElement.id === "lotsen-open"),
    "Escape closes the chat and gives the focus back to its button",
  );

  // Back after a reload, in the same browser: the conversation and the same case.
  await page.reload();
  frames.length = 0;
  await page.getByRole("button", { name: "Chatta med oss" }).click();
  await page.locator("#lotsen-log p.agent", { hasText: "återbetalar" }).waitFor();
  const lines = await page.locator("#lotsen-log p").count();
  check(lines >= 4, `the transcript is back after a reload (${lines} lines)`);
  await field.fill("Tack, då väntar jag på pengarna.");
  await page.getByRole("button", { name: "Skicka" }).click();
  check((await caseOf(frames)) === caseId, "the returning visitor lands in the same case");

  // Another browser is another visitor with a case of their own.
  const other = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const second = await visit(other);
  await second.page.getByRole("button", { name: "Chatta med oss" }).click();
  const box = await second.page.locator("#lotsen-panel").boundingBox();
  check(
    box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 360 && box.y + box.height <= 640,
    "on a phone-sized screen the chat fits the screen",
  );
  await second.page.getByLabel("Ditt meddelande").fill("Hur ändrar jag min adress?");
  await second.page.getByLabel("Ditt meddelande").press("Enter");
  const otherCase = await caseOf(second.frames);
  check(otherCase && otherCase !== caseId, "another visitor gets a case of their own");
  check(
    (await second.page.locator("#lotsen-log p", { hasText: "dubbeldebiterad" }).count()) === 0,
    "another visitor sees none of the first one's conversation",
  );

  // Closed today (a staff day): the widget says when the chat opens, before a word.
  // An ongoing incident is said in the widget before the visitor writes.
  const declared = await api("POST", "/incidents", {
    title: "Inloggningen i appen fungerar inte",
    channels: ["chat"],
    public_status: "Just nu går det inte att logga in i appen. Vi arbetar på det.",
  });
  check(declared.status === 201, `an incident on the chat is declared (${declared.status})`);
  const fourth = await visit(await browser.newContext());
  await fourth.page.getByRole("button", { name: "Chatta med oss" }).click();
  await fourth.page.getByRole("status").filter({ hasText: "Just nu går det inte att logga in" }).waitFor();
  check(true, "the widget tells a visitor about the ongoing incident");
  await fourth.page.context().close();

  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
  const day = { open: "08:00", close: "17:00" };
  const closed = await api("PUT", "/forecast/channels/chat", {
    opening_hours: {
      monday: day, tuesday: day, wednesday: day, thursday: day, friday: day,
      saturday: day, sunday: day, days_off: "normal",
      exceptions: [{ date: today }],
    },
    closed_reply: "Chatten är stängd just nu. Vi öppnar {opens}.",
  });
  check(closed.status === 200, `the chat's hours are set (${JSON.stringify(closed.json)})`);
  const third = await visit(await browser.newContext());
  await third.page.getByRole("button", { name: "Chatta med oss" }).click();
  const notice = third.page.getByRole("status").filter({ hasText: "Chatten är stängd" });
  await notice.waitFor();
  const said = await notice.textContent();
  check(/Vi öppnar \S+ \d+ \S+ kl\. 08:00/.test(said), `a closed chat says when it opens: "${said}"`);
  await accessible(third.page, "the closed chat widget");
});
host.close();
console.log("widget: all checks passed");

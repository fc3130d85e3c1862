// The public FAQ and the widget's suggestions in a real browser, as a customer meets
// them: the FAQ says what is going on during an incident, lists the questions by
// category, searches them and opens one, in Swedish and English; typing a question into
// the chat widget on the bank's own site (another origin) offers the articles that
// answer it before anything is sent, and the widget links to the FAQ; an agent sees the
// incident's banner, the knowledge page and finds an internal article by search.
// axe-core checks the FAQ's list, search results and article page, and the agent's pages.
import { createServer } from "node:http";
import { accessible, api, base, check, run, signIn } from "./lib.mjs";

async function write(body) {
  const { status, json } = await api("POST", "/articles", body);
  check(status === 201, `the article "${body.title}" is written (${status})`);
  return json;
}

await write({
  language: "sv", audience: "public", category: "kort",
  title: "Jag har tappat mitt kort",
  body: "Spärra kortet direkt, så kan ingen annan använda det.\n- I appen: välj Kort och tryck på Spärra kort.\n- Per telefon: ring 08-411 10 11, dygnet runt.\nEtt nytt kort kommer med posten inom fem bankdagar.",
});
await write({
  language: "sv", audience: "public", category: "inloggning",
  title: "BankID fungerar inte – så felsöker du",
  body: "Kontrollera att appen BankID är uppdaterad och att telefonen har internet.",
});
await write({
  language: "sv", category: "kort",
  title: "Intern rutin: kort spärrat av misstag",
  body: "Kontrollera spärrorsaken i kortsystemet innan kortet öppnas.",
});
await write({
  language: "en", audience: "public", category: "kort",
  title: "I have lost my card", body: "Block the card in the app under Cards, or call +46 8 411 10 11.",
});
const { status: declared } = await api("POST", "/incidents", {
  title: "Inloggningen i appen", public_status: "Just nu går det inte att logga in i appen. Vi arbetar på det.",
});
check(declared === 201, "an incident is declared");

const host = createServer((req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Banken – Kundservice</title></head>
<body><main><h1>Kundservice</h1></main><script src="${base}/widget.js" async></script></body></html>`);
});
await new Promise((resolve) => host.listen(0, "localhost", resolve));
const site = `http://localhost:${host.address().port}/`;

await run(async (browser) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/faq`);
  await page.getByRole("heading", { level: 1, name: "Vanliga frågor" }).waitFor();
  check(
    (await page.getByRole("status").first().textContent()).includes("Just nu går det inte att logga in i appen"),
    "the FAQ says what is going on",
  );
  check(
    (await page.getByRole("heading", { level: 2 }).allTextContents()).join("|") === "Inloggning och BankID|Kort",
    "the questions are grouped by category",
  );
  check(
    (await page.getByText("Intern rutin").count()) === 0,
    "an internal article is not on the public page",
  );
  await accessible(page, "the FAQ");

  await page.getByLabel("Sök bland frågorna").fill("tappat kortet");
  await page.keyboard.press("Enter");
  await page.waitForURL(/q=tappat/);
  const hit = page.getByRole("link", { name: "Jag har tappat mitt kort" });
  await hit.waitFor();
  check((await page.locator(".faq-results li").count()) === 1, "the search finds the one question");
  await accessible(page, "the FAQ's search results");
  await hit.click();
  await page.getByRole("heading", { level: 1, name: "Jag har tappat mitt kort" }).waitFor();
  check((await page.locator("article li").count()) === 2, "the article's steps are a list");
  await accessible(page, "an FAQ article");

  await page.goto(`${base}/faq`);
  await page.getByRole("link", { name: "In English" }).click();
  await page.getByRole("heading", { level: 1, name: "Frequently asked questions" }).waitFor();
  check(
    (await page.getByRole("link", { name: "I have lost my card" }).count()) === 1,
    "the English FAQ has the English question",
  );

  // The widget on the bank's site suggests articles as the customer types.
  const shop = await context.newPage();
  await shop.goto(site);
  await shop.getByRole("button", { name: "Chatta med oss" }).click();
  const faqLink = shop.getByRole("link", { name: "Vanliga frågor" });
  check((await faqLink.getAttribute("href")) === `${base}/faq`, "the widget links to the FAQ");
  await shop.getByLabel("Ditt meddelande").fill("Hej, jag har tappat mitt kort på bussen");
  const suggestion = shop.locator("#lotsen-help").getByRole("link", { name: "Jag har tappat mitt kort" });
  await suggestion.waitFor({ timeout: 10000 });
  check(
    (await suggestion.getAttribute("href")).startsWith(`${base}/faq/`),
    "before writing, the customer is offered the article that answers the question",
  );
  await shop.keyboard.press("Enter");
  await shop.locator("#lotsen-help").waitFor({ state: "hidden" });
  check(true, "once the question is sent the suggestions give way to the chat");

  // The agent's side: the incident's banner, the knowledge page and search.
  const agent = await signIn(browser, process.env.LOTSEN_AGENT_EMAIL, process.env.LOTSEN_AGENT_PASSWORD, {
    bypassCSP: true,
  });
  const banner = agent.locator(".incident-banner");
  check(
    (await banner.textContent()).includes("Inloggningen i appen"),
    "agents see the ongoing incident's banner",
  );
  await accessible(agent, "the inbox with the incident banner");
  await agent.getByRole("link", { name: "Kunskapsbanken" }).click();
  await agent.getByRole("heading", { level: 1, name: "Kunskapsbanken" }).waitFor();
  check(
    (await agent.locator(".articles tbody tr").count()) === 4,
    "the knowledge page lists the articles, the internal one too",
  );
  await accessible(agent, "the knowledge page");
  await agent.getByLabel("Sök i ärenden och artiklar").first().fill("intern rutin");
  await agent.keyboard.press("Enter");
  await agent.waitForURL(/\/search\?q=/);
  await agent.locator(".hits li").first().waitFor();
  check(
    (await agent.locator(".hits li").first().textContent()).includes("Intern rutin: kort spärrat av misstag"),
    "an agent's search finds the internal article",
  );
  await accessible(agent, "the search results");
});
host.close();

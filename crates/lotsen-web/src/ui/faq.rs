//! The public FAQ, served by Lotsen for customers (no sign-in, no script): `/faq` lists
//! the public articles by category in Swedish or English (`?lang=en`), searches them
//! (`?q=`), and says what customers are told about an ongoing incident; `/faq/{id}` is
//! one article.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use lotsen_domain::ArticleId;

use super::text::{Lang, Words};
use super::{failure, page};
use crate::AppState;

/// The FAQ's own words (customers read them, not agents).
pub(super) struct FaqWords {
    pub title: &'static str,
    pub intro: &'static str,
    pub search_label: &'static str,
    pub search: &'static str,
    pub ongoing: &'static str,
    pub results: &'static str,
    pub no_results: &'static str,
    pub other_language: &'static str,
    pub other_code: &'static str,
    pub back: &'static str,
    pub updated: &'static str,
    pub contact: &'static str,
}

const SV: FaqWords = FaqWords {
    title: "Vanliga frågor",
    intro: "Svar på det våra kunder oftast frågar om. Hittar du inte svaret är du välkommen att chatta med oss eller ringa 0771-22 11 22.",
    search_label: "Sök bland frågorna",
    search: "Sök",
    ongoing: "Pågående störning",
    results: "Träffar för",
    no_results: "Inga frågor matchade din sökning. Pröva andra ord, eller chatta med oss.",
    other_language: "In English",
    other_code: "en",
    back: "Alla frågor",
    updated: "Uppdaterad",
    contact: "Fick du inte svar på din fråga? Chatta med oss eller ring 0771-22 11 22.",
};

const EN: FaqWords = FaqWords {
    title: "Frequently asked questions",
    intro: "Answers to what our customers ask most. If you cannot find the answer, chat with us or call +46 771 22 11 22.",
    search_label: "Search the questions",
    search: "Search",
    ongoing: "Ongoing disruption",
    results: "Results for",
    no_results: "No questions matched your search. Try other words, or chat with us.",
    other_language: "På svenska",
    other_code: "sv",
    back: "All questions",
    updated: "Updated",
    contact: "Did not find your answer? Chat with us or call +46 771 22 11 22.",
};

fn words(lang: Lang) -> &'static FaqWords {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// A category's heading.
fn category_name(lang: Lang, category: &str) -> String {
    let (sv, en) = match category {
        "kort" => ("Kort", "Cards"),
        "inloggning" => ("Inloggning och BankID", "Signing in and BankID"),
        "swish" => ("Swish", "Swish"),
        "bolån" => ("Bolån", "Mortgages"),
        "konto" => ("Konton", "Accounts"),
        "bankgiro" => ("Bankgiro och OCR", "Bankgiro and OCR"),
        "bedrägeri" => ("Bedrägerier och säkerhet", "Fraud and security"),
        "dödsbo" => ("Dödsbo", "Estates"),
        "årsbesked" => ("Årsbesked", "Annual statements"),
        "skada" => ("Försäkring och skador", "Insurance claims"),
        "öppettider" => ("Kontakt och öppettider", "Contact and opening hours"),
        "störning" => ("Störningar", "Disruptions"),
        "adress" => ("Adress och uppgifter", "Address and details"),
        "betalning" => ("Betalningar", "Payments"),
        other => (other, other),
    };
    let name = match lang {
        Lang::Sv => sv,
        Lang::En => en,
    };
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

struct Link {
    id: String,
    title: String,
    excerpt: String,
}

struct Group {
    name: String,
    links: Vec<Link>,
}

#[derive(Template)]
#[template(path = "faq.html")]
struct FaqPage<'a> {
    lang: Lang,
    t: &'static Words,
    w: &'static FaqWords,
    notices: Vec<String>,
    query: &'a str,
    searched: bool,
    results: Vec<Link>,
    groups: Vec<Group>,
}

#[derive(Template)]
#[template(path = "faq_article.html")]
struct ArticlePage {
    lang: Lang,
    t: &'static Words,
    w: &'static FaqWords,
    notices: Vec<String>,
    title: String,
    blocks: Vec<Block>,
    updated: String,
}

/// A paragraph or a bullet list of an article's plain text.
enum Block {
    Text(String),
    List(Vec<String>),
}

fn blocks(body: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(item) = line.strip_prefix("- ") {
            if let Some(Block::List(items)) = out.last_mut() {
                items.push(item.to_owned());
            } else {
                out.push(Block::List(vec![item.to_owned()]));
            }
        } else {
            out.push(Block::Text(line.to_owned()));
        }
    }
    out
}

fn excerpt(body: &str) -> String {
    let flat: String = body
        .lines()
        .map(|l| l.trim().trim_start_matches("- "))
        .collect::<Vec<_>>()
        .join(" ");
    if flat.chars().count() <= 160 {
        return flat;
    }
    let cut: String = flat.chars().take(160).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

/// What customers are told about the open incidents.
async fn notices(state: &AppState) -> Result<Vec<String>, lotsen_app::AppError> {
    Ok(lotsen_app::incidents::open(&state.app)
        .await?
        .into_iter()
        .map(|i| i.public_status)
        .filter(|s| !s.trim().is_empty())
        .collect())
}

/// Public pages may be cached briefly and framed by nobody.
fn public(resp: Response) -> Response {
    let mut resp = resp;
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("public, max-age=60"),
    );
    resp
}

/// `GET /faq`: the public articles by category, or what `?q=` finds.
pub(super) async fn list(
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let lang = Lang::parse(q.get("lang").map_or("sv", String::as_str));
    let query = q.get("q").map_or("", |s| s.trim());
    let found = match lotsen_app::knowledge::search_public(&state.app, lang.code(), query).await {
        Ok(found) => found,
        Err(e) => return failure(&e),
    };
    let notices = match notices(&state).await {
        Ok(n) => n,
        Err(e) => return failure(&e),
    };
    let link = |r: &lotsen_store::ArticleRow| Link {
        id: r.article.id.to_string(),
        title: r.article.title.clone(),
        excerpt: excerpt(&r.article.body),
    };
    let searched = !query.is_empty();
    let mut groups: Vec<Group> = Vec::new();
    let mut results = Vec::new();
    if searched {
        results = found.iter().take(20).map(link).collect();
    } else {
        let mut by: std::collections::BTreeMap<String, Vec<Link>> = Default::default();
        for r in &found {
            let name = category_name(lang, r.article.category.as_deref().unwrap_or("övrigt"));
            by.entry(name).or_default().push(link(r));
        }
        groups = by
            .into_iter()
            .map(|(name, links)| Group { name, links })
            .collect();
    }
    public(page(
        StatusCode::OK,
        FaqPage {
            lang,
            t: lang.t(),
            w: words(lang),
            notices,
            query,
            searched,
            results,
            groups,
        }
        .render(),
    ))
}

/// `GET /faq/{id}`: one public article.
pub(super) async fn show(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<ArticleId>() else {
        return (StatusCode::NOT_FOUND, "no such article").into_response();
    };
    let row = match lotsen_app::knowledge::public(&state.app, id).await {
        Ok(r) => r,
        Err(e) => return failure(&e),
    };
    let notices = match notices(&state).await {
        Ok(n) => n,
        Err(e) => return failure(&e),
    };
    let lang = Lang::parse(&row.article.language);
    let updated = row
        .article
        .updated_at
        .to_zoned(lotsen_app::forecast::stockholm())
        .date()
        .to_string();
    public(page(
        StatusCode::OK,
        ArticlePage {
            lang,
            t: lang.t(),
            w: words(lang),
            notices,
            title: row.article.title.clone(),
            blocks: blocks(&row.article.body),
            updated,
        }
        .render(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_reads_as_paragraphs_and_lists() {
        let b = blocks("Spärra kortet.\n- I appen\n- Per telefon\nKlart.");
        assert!(matches!(&b[0], Block::Text(t) if t == "Spärra kortet."));
        assert!(matches!(&b[1], Block::List(items) if items.len() == 2));
        assert!(matches!(&b[2], Block::Text(t) if t == "Klart."));
        assert!(excerpt(&"ord ".repeat(100)).ends_with(" …"));
        assert_eq!(category_name(Lang::En, "kort"), "Cards");
        assert_eq!(category_name(Lang::Sv, "övrigt"), "Övrigt");
    }
}

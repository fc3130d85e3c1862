//! `/knowledge/new` and `/knowledge/{id}`: writing and revising an article in the
//! workspace (title, text, language, who may read it, draft or published, category,
//! review date), with its versions listed; a refused form comes back with what was wrong
//! and what was typed.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotsen_domain::ArticleId;
use lotsen_domain::article::Write;
use serde::Deserialize;

use super::pages::{forged, see_other};
use super::session::Signed;
use super::text::{Lang, Words, stockholm};
use super::{Banner, failure, page};
use crate::AppState;

/// The editor's form.
#[derive(Debug, Default, Deserialize)]
pub struct ArticleForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    audience: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    review_by: String,
}

struct VersionRow {
    version: u32,
    at: String,
    title: String,
}

#[derive(Template)]
#[template(path = "article_editor.html")]
struct EditorPage<'a> {
    lang: Lang,
    t: &'static Words,
    csrf: &'a str,
    agent_name: &'a str,
    lead: bool,
    banners: Vec<Banner>,
    action: String,
    heading: &'static str,
    form: ArticleForm,
    versions: Vec<VersionRow>,
    problem: Option<String>,
}

fn render(
    signed: &Signed,
    banners: Vec<Banner>,
    id: Option<ArticleId>,
    form: ArticleForm,
    versions: Vec<VersionRow>,
    problem: Option<String>,
) -> Response {
    let t = signed.lang.t();
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let rendered = EditorPage {
        lang: signed.lang,
        t,
        csrf: &signed.session.csrf,
        agent_name: &signed.agent.name,
        lead: signed.agent.actor().is_lead_or_admin(),
        banners,
        action: id.map_or_else(
            || "/knowledge/new".to_owned(),
            |i| format!("/knowledge/{i}"),
        ),
        heading: if id.is_some() {
            t.edit_article
        } else {
            t.new_article
        },
        form,
        versions,
        problem,
    }
    .render();
    page(status, rendered)
}

/// `GET /knowledge/new` and `GET /knowledge/{id}`.
pub async fn show(
    State(state): State<AppState>,
    signed: Signed,
    Path(raw): Path<String>,
) -> Response {
    let banners = match super::banners(&state).await {
        Ok(b) => b,
        Err(e) => return failure(&e),
    };
    if raw == "new" {
        let form = ArticleForm {
            language: signed.lang.code().to_owned(),
            audience: "internal".into(),
            status: "published".into(),
            ..ArticleForm::default()
        };
        return render(&signed, banners, None, form, Vec::new(), None);
    }
    let Ok(id) = raw.parse::<ArticleId>() else {
        return (StatusCode::NOT_FOUND, signed.lang.t().not_found).into_response();
    };
    let found = tokio::try_join!(
        lotsen_app::knowledge::get(&state.app, id),
        lotsen_app::knowledge::versions(&state.app, id)
    );
    let (row, versions) = match found {
        Ok(f) => f,
        Err(e) => return failure(&e),
    };
    let a = &row.article;
    let form = ArticleForm {
        csrf: String::new(),
        title: a.title.clone(),
        body: a.body.clone(),
        language: a.language.clone(),
        audience: a.audience.as_str().to_owned(),
        status: a.status.as_str().to_owned(),
        category: a.category.clone().unwrap_or_default(),
        review_by: a.review_by.to_string(),
    };
    let versions = versions
        .iter()
        .map(|v| VersionRow {
            version: v.version,
            at: stockholm(v.at),
            title: v.title.clone(),
        })
        .collect();
    render(&signed, banners, Some(id), form, versions, None)
}

/// `POST /knowledge/new` and `POST /knowledge/{id}`.
pub async fn save(
    State(state): State<AppState>,
    signed: Signed,
    Path(raw): Path<String>,
    Form(form): Form<ArticleForm>,
) -> Response {
    if let Some(refused) = forged(&signed, &form.csrf) {
        return refused;
    }
    let id = if raw == "new" {
        None
    } else {
        match raw.parse::<ArticleId>() {
            Ok(id) => Some(id),
            Err(_) => return (StatusCode::NOT_FOUND, signed.lang.t().not_found).into_response(),
        }
    };
    let given = |s: &str| -> Option<String> { Some(s.trim().to_owned()) };
    let (title, body, category) = (given(&form.title), given(&form.body), given(&form.category));
    let review_by = Some(form.review_by.trim()).filter(|d| !d.is_empty());
    let write = Write {
        language: Some(form.language.as_str()),
        audience: Some(form.audience.as_str()),
        status: Some(form.status.as_str()),
        category: category.as_deref(),
        title: title.as_deref(),
        body: body.as_deref(),
        owner_id: None,
        review_by,
    };
    let done = match id {
        None => lotsen_app::knowledge::write(&state.app, &signed.agent, &write).await,
        Some(id) => lotsen_app::knowledge::revise(&state.app, &signed.agent, id, &write).await,
    };
    match done {
        Ok(row) => see_other(&format!("/knowledge/{}", row.article.id)),
        Err(e @ (lotsen_app::AppError::Invalid(_) | lotsen_app::AppError::Forbidden { .. })) => {
            let banners = super::banners(&state).await.unwrap_or_default();
            render(&signed, banners, id, form, Vec::new(), Some(e.to_string()))
        }
        Err(e) => failure(&e),
    }
}

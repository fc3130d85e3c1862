//! The knowledge base: articles in Swedish or English, for agents only or public on the
//! FAQ page, each with an owner, a date by which it is reviewed again and its versions
//! (every change of title or text is a new version, the old ones kept). An article
//! starts as a draft when it comes from a case's resolution (a known solution) and is
//! published by whoever takes it on.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::error::{DomainError, Validator};
use crate::ids::{AgentId, ArticleId, CaseId};

/// Who may read an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Agents only: procedures, escalation routes, what to check.
    Internal,
    /// Customers too, on the FAQ page and in the chat widget.
    Public,
}

impl Audience {
    /// The stored and API name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Internal => "internal",
            Self::Public => "public",
        }
    }

    /// From the stored and API name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "internal" => Some(Self::Internal),
            "public" => Some(Self::Public),
            _ => None,
        }
    }
}

/// An article's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleStatus {
    /// Written from a case's resolution, not yet taken on: agents see it, customers not.
    Draft,
    /// In use.
    Published,
}

impl ArticleStatus {
    /// The stored and API name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Published => "published",
        }
    }

    /// From the stored and API name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "draft" => Some(Self::Draft),
            "published" => Some(Self::Published),
            _ => None,
        }
    }
}

/// One knowledge-base article, at its latest version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Id.
    pub id: ArticleId,
    /// `sv` or `en`.
    pub language: String,
    /// Agents only, or public.
    pub audience: Audience,
    /// Draft or published.
    pub status: ArticleStatus,
    /// The problem category it answers (`kort`, `inloggning`), as cases are resolved.
    pub category: Option<String>,
    /// The question or heading.
    pub title: String,
    /// The answer, plain text.
    pub body: String,
    /// Who keeps it true.
    pub owner_id: AgentId,
    /// When it is reviewed next.
    pub review_by: Date,
    /// The current version, from 1.
    pub version: u32,
    /// The case whose resolution it was written from.
    pub source_case_id: Option<CaseId>,
    /// When first written.
    pub created_at: Timestamp,
    /// When last changed.
    pub updated_at: Timestamp,
}

/// One version of an article's title and text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleVersion {
    /// The version, from 1.
    pub version: u32,
    /// Title then.
    pub title: String,
    /// Text then.
    pub body: String,
    /// Who wrote it (none: the system).
    pub author_id: Option<AgentId>,
    /// When.
    pub at: Timestamp,
}

/// What writes or changes an article; a field left out keeps what the article has.
#[derive(Debug, Clone, Default)]
pub struct Write<'a> {
    /// `sv` or `en`.
    pub language: Option<&'a str>,
    /// `internal` or `public`.
    pub audience: Option<&'a str>,
    /// `draft` or `published`.
    pub status: Option<&'a str>,
    /// Category (blank: none).
    pub category: Option<&'a str>,
    /// Title.
    pub title: Option<&'a str>,
    /// Text.
    pub body: Option<&'a str>,
    /// The owner.
    pub owner_id: Option<AgentId>,
    /// `YYYY-MM-DD`.
    pub review_by: Option<&'a str>,
}

/// How far ahead a new article's review date is set when none is given.
pub const REVIEW_AFTER_DAYS: i64 = 180;

const TITLE_MAX: usize = 200;
const BODY_MAX: usize = 50_000;

fn check_fields(v: &mut Validator, w: &Write<'_>, today: Date) {
    if let Some(l) = w.language
        && !matches!(l, "sv" | "en")
    {
        v.add("language", "must be sv or en");
    }
    if w.audience.is_some_and(|a| Audience::parse(a).is_none()) {
        v.add("audience", "must be internal or public");
    }
    if w.status.is_some_and(|s| ArticleStatus::parse(s).is_none()) {
        v.add("status", "must be draft or published");
    }
    if w.category.is_some_and(|c| c.chars().count() > 60) {
        v.add("category", "must be at most 60 characters");
    }
    if let Some(t) = w.title {
        if t.trim().is_empty() {
            v.add("title", "must not be blank");
        } else if t.chars().count() > TITLE_MAX {
            v.add("title", "must be at most 200 characters");
        }
    }
    if let Some(b) = w.body {
        if b.trim().is_empty() {
            v.add("body", "must not be blank");
        } else if b.chars().count() > BODY_MAX {
            v.add("body", "must be at most 50000 characters");
        }
    }
    if let Some(d) = w.review_by {
        match d.parse::<Date>() {
            Ok(date) if date < today => v.add("review_by", "must not be in the past"),
            Ok(_) => {}
            Err(_) => v.add("review_by", "must be a date, YYYY-MM-DD"),
        }
    }
}

fn category(c: Option<&str>) -> Option<String> {
    c.map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_lowercase)
}

impl Article {
    /// A new article at version 1, every bad field named at once; `today` is the
    /// organisation's date (for the review date's default and check).
    pub fn write(
        id: ArticleId,
        w: &Write<'_>,
        author: AgentId,
        now: Timestamp,
        today: Date,
    ) -> Result<(Self, ArticleVersion), DomainError> {
        let mut v = Validator::new();
        for (field, value) in [
            ("title", w.title),
            ("body", w.body),
            ("language", w.language),
        ] {
            if value.is_none() {
                v.add(field, "required");
            }
        }
        check_fields(&mut v, w, today);
        v.finish()?;
        let review_by = match w.review_by.and_then(|d| d.parse().ok()) {
            Some(d) => d,
            None => today
                .checked_add(jiff::Span::new().days(REVIEW_AFTER_DAYS))
                .map_err(|_| DomainError::invalid("review_by", "is out of range"))?,
        };
        let article = Self {
            id,
            language: w.language.unwrap_or("sv").to_owned(),
            audience: w
                .audience
                .and_then(Audience::parse)
                .unwrap_or(Audience::Internal),
            status: w
                .status
                .and_then(ArticleStatus::parse)
                .unwrap_or(ArticleStatus::Published),
            category: category(w.category),
            title: w.title.unwrap_or_default().trim().to_owned(),
            body: w.body.unwrap_or_default().trim().to_owned(),
            owner_id: w.owner_id.unwrap_or(author),
            review_by,
            version: 1,
            source_case_id: None,
            created_at: now,
            updated_at: now,
        };
        let first = article.current(Some(author), now);
        Ok((article, first))
    }

    /// The current title and text as a version.
    fn current(&self, author: Option<AgentId>, at: Timestamp) -> ArticleVersion {
        ArticleVersion {
            version: self.version,
            title: self.title.clone(),
            body: self.body.clone(),
            author_id: author,
            at,
        }
    }

    /// Changes the article; a new title or text is a new version (returned), the rest
    /// (audience, status, category, owner, review date) changes in place.
    pub fn revise(
        &mut self,
        w: &Write<'_>,
        author: AgentId,
        now: Timestamp,
        today: Date,
    ) -> Result<Option<ArticleVersion>, DomainError> {
        let mut v = Validator::new();
        check_fields(&mut v, w, today);
        v.finish()?;
        if let Some(l) = w.language {
            l.clone_into(&mut self.language);
        }
        if let Some(a) = w.audience.and_then(Audience::parse) {
            self.audience = a;
        }
        if let Some(s) = w.status.and_then(ArticleStatus::parse) {
            self.status = s;
        }
        if w.category.is_some() {
            self.category = category(w.category);
        }
        if let Some(o) = w.owner_id {
            self.owner_id = o;
        }
        if let Some(d) = w.review_by.and_then(|d| d.parse().ok()) {
            self.review_by = d;
        }
        let title = w.title.map(str::trim).unwrap_or(&self.title).to_owned();
        let body = w.body.map(str::trim).unwrap_or(&self.body).to_owned();
        self.updated_at = now;
        if title == self.title && body == self.body {
            return Ok(None);
        }
        self.title = title;
        self.body = body;
        self.version += 1;
        Ok(Some(self.current(Some(author), now)))
    }

    /// A draft written from a resolved case: its subject as the title, the resolution
    /// summary as the text, internal until someone publishes it.
    pub fn from_resolution(
        id: ArticleId,
        case: &crate::Case,
        language: &str,
        author: AgentId,
        now: Timestamp,
        today: Date,
    ) -> Result<(Self, ArticleVersion), DomainError> {
        let resolution = case.resolution.as_ref();
        let Some(summary) = resolution
            .map(|r| r.summary.as_str())
            .filter(|s| !s.trim().is_empty())
        else {
            return Err(DomainError::conflict(
                "no_resolution",
                format!("case {} has no resolution summary", case.reference),
            ));
        };
        let (mut article, first) = Self::write(
            id,
            &Write {
                language: Some(language),
                status: Some("draft"),
                category: resolution.and_then(|r| r.category.as_deref()),
                title: Some(&case.subject),
                body: Some(summary),
                ..Write::default()
            },
            author,
            now,
            today,
        )?;
        article.source_case_id = Some(case.id);
        Ok((article, first))
    }

    /// Whether its review date has come.
    pub fn due_for_review(&self, today: Date) -> bool {
        self.review_by <= today
    }

    /// Whether customers may read it.
    pub fn is_public(&self) -> bool {
        self.audience == Audience::Public && self.status == ArticleStatus::Published
    }
}

/// How a category's count moved from one month to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// More than a tenth more.
    Rising,
    /// Within a tenth.
    Steady,
    /// More than a tenth fewer.
    Falling,
    /// None the month before.
    New,
}

/// The trend from `before` to `now`.
pub fn trend(before: u64, now: u64) -> Trend {
    if before == 0 {
        return if now == 0 { Trend::Steady } else { Trend::New };
    }
    let ratio = now as f64 / before as f64;
    if ratio > 1.1 {
        Trend::Rising
    } else if ratio < 0.9 {
        Trend::Falling
    } else {
        Trend::Steady
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: i64) -> Timestamp {
        Timestamp::from_second(1_780_000_000 + h * 3600).unwrap()
    }

    fn today() -> Date {
        jiff::civil::date(2026, 12, 3)
    }

    fn author() -> AgentId {
        AgentId(uuid::Uuid::from_u128(7))
    }

    fn new(w: &Write<'_>) -> Result<(Article, ArticleVersion), DomainError> {
        Article::write(ArticleId(uuid::Uuid::nil()), w, author(), at(0), today())
    }

    #[test]
    fn a_new_article_is_version_one_with_a_review_date_half_a_year_out() {
        let (a, v) = new(&Write {
            language: Some("sv"),
            audience: Some("public"),
            category: Some(" Kort "),
            title: Some("Jag har tappat mitt kort"),
            body: Some("Spärra kortet i appen under Kort."),
            ..Write::default()
        })
        .unwrap();
        assert_eq!((a.version, v.version), (1, 1));
        assert_eq!(a.category.as_deref(), Some("kort"));
        assert_eq!(a.review_by, jiff::civil::date(2027, 6, 1));
        assert_eq!(a.owner_id, author());
        assert!(a.is_public());
        assert!(!a.due_for_review(today()));
        assert!(a.due_for_review(jiff::civil::date(2027, 6, 1)));
    }

    #[test]
    fn every_bad_field_is_named() {
        let err = new(&Write {
            language: Some("de"),
            audience: Some("alla"),
            status: Some("klar"),
            title: Some(" "),
            review_by: Some("2020-01-01"),
            ..Write::default()
        })
        .unwrap_err();
        let DomainError::Invalid(fields) = err else {
            panic!("{err:?}")
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            names,
            [
                "body",
                "language",
                "audience",
                "status",
                "title",
                "review_by"
            ]
        );
    }

    #[test]
    fn a_new_text_is_a_new_version_and_the_rest_changes_in_place() {
        let (mut a, _) = new(&Write {
            language: Some("sv"),
            title: Some("Spärra kort"),
            body: Some("Ring 08-411 10 11."),
            ..Write::default()
        })
        .unwrap();
        let same = a
            .revise(
                &Write {
                    audience: Some("public"),
                    review_by: Some("2027-01-15"),
                    ..Write::default()
                },
                author(),
                at(1),
                today(),
            )
            .unwrap();
        assert_eq!((same, a.version), (None, 1));
        assert_eq!(a.audience, Audience::Public);
        let next = a
            .revise(
                &Write {
                    body: Some("Spärra i appen eller ring 08-411 10 11."),
                    ..Write::default()
                },
                author(),
                at(2),
                today(),
            )
            .unwrap()
            .unwrap();
        assert_eq!((next.version, a.version), (2, 2));
        assert_eq!(next.title, "Spärra kort");
        assert_eq!(a.updated_at, at(2));
    }

    #[test]
    fn trends_compare_with_the_month_before() {
        assert_eq!(trend(0, 0), Trend::Steady);
        assert_eq!(trend(0, 4), Trend::New);
        assert_eq!(trend(10, 12), Trend::Rising);
        assert_eq!(trend(10, 10), Trend::Steady);
        assert_eq!(trend(10, 5), Trend::Falling);
    }
}

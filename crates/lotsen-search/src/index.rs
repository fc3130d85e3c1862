//! The index itself: in a directory (`<data dir>/search`) or in memory, one writer at a
//! time, the point of the case log it reached committed with its documents.

use std::path::Path;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::docs::{ArticleDoc, CaseDoc};
use crate::error::SearchError;
use crate::schema::{self, Fields, SCHEMA_VERSION};

/// How far the index has read: the case log's sequence number and the newest article
/// change (microseconds), committed with the documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watermark {
    /// The schema the index was written with.
    #[serde(default)]
    pub schema: u32,
    /// The last case-log sequence number applied.
    pub seq: i64,
    /// The newest article change applied.
    pub articles_at: i64,
}

/// One change to the index.
#[derive(Debug, Clone)]
pub(crate) enum Change {
    /// A case and its messages, replacing what was indexed for it.
    Case(Box<CaseDoc>),
    /// A case no longer there.
    CaseGone(lotsen_domain::CaseId),
    /// An article, replacing what was indexed for it.
    Article(ArticleDoc),
}

/// The search index.
pub struct SearchIndex {
    pub(crate) index: Index,
    pub(crate) fields: Fields,
    pub(crate) reader: IndexReader,
    writer: Mutex<Option<IndexWriter>>,
    /// One catch-up at a time.
    pub(crate) feeding: tokio::sync::Mutex<crate::feed::GapState>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").finish_non_exhaustive()
    }
}

/// The writer's memory budget.
const WRITER_BYTES: usize = 40_000_000;

impl SearchIndex {
    fn with(index: Index, fields: Fields) -> Result<Self, SearchError> {
        schema::register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Self {
            index,
            fields,
            reader,
            writer: Mutex::new(None),
            feeding: tokio::sync::Mutex::new(crate::feed::GapState::default()),
        })
    }

    /// An empty index in memory (tests, and a server without a data directory).
    pub fn in_memory() -> Result<Self, SearchError> {
        let (schema, fields) = schema::build();
        Self::with(Index::create_in_ram(schema), fields)
    }

    /// The index in `dir`, made when missing; one written with another schema is
    /// removed and made again (it is rebuilt from the case log).
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        let (schema, fields) = schema::build();
        std::fs::create_dir_all(dir).map_err(|e| SearchError::Directory(e.to_string()))?;
        let open = || -> Result<Index, SearchError> {
            let directory =
                MmapDirectory::open(dir).map_err(|e| SearchError::Directory(e.to_string()))?;
            Ok(Index::open_or_create(directory, schema.clone())?)
        };
        let stale = match open() {
            Ok(index) => {
                let mark = read_mark(&index)?;
                let empty = index.load_metas()?.segments.is_empty();
                !(mark.schema == SCHEMA_VERSION || (empty && mark.seq == 0))
            }
            Err(_) => true,
        };
        if stale {
            tracing::warn!("search index of another schema: made again, to be rebuilt");
            std::fs::remove_dir_all(dir).map_err(|e| SearchError::Directory(e.to_string()))?;
            std::fs::create_dir_all(dir).map_err(|e| SearchError::Directory(e.to_string()))?;
        }
        Self::with(open()?, fields)
    }

    /// How far the index has read.
    pub fn watermark(&self) -> Result<Watermark, SearchError> {
        read_mark(&self.index)
    }

    /// How many documents the index holds (cases, messages and articles).
    pub fn documents(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Applies changes and commits them with the new watermark; readers see them after.
    pub(crate) fn apply(&self, changes: &[Change], mark: Watermark) -> Result<(), SearchError> {
        let mut guard = self
            .writer
            .lock()
            .map_err(|_| SearchError::Task("the writer lock is poisoned".into()))?;
        if guard.is_none() {
            *guard = Some(self.index.writer_with_num_threads(1, WRITER_BYTES)?);
        }
        let Some(writer) = guard.as_mut() else {
            return Err(SearchError::Task("no writer".into()));
        };
        let f = &self.fields;
        for change in changes {
            match change {
                Change::Case(case) => {
                    writer.delete_term(Term::from_field_text(f.case_id, &case.id.to_string()));
                    for doc in case.documents(f) {
                        writer.add_document(doc)?;
                    }
                }
                Change::CaseGone(id) => {
                    writer.delete_term(Term::from_field_text(f.case_id, &id.to_string()));
                }
                Change::Article(a) => {
                    writer.delete_term(Term::from_field_text(f.doc_id, &a.id.to_string()));
                    writer.add_document(a.document(f))?;
                }
            }
        }
        commit(writer, mark)?;
        self.reader.reload()?;
        Ok(())
    }

    /// Indexes cases and articles directly (replacing what was indexed for them),
    /// keeping the watermark: for tests and the benchmark, which have no case log.
    pub fn put(&self, cases: Vec<CaseDoc>, articles: Vec<ArticleDoc>) -> Result<(), SearchError> {
        let mut changes: Vec<Change> = cases
            .into_iter()
            .map(|c| Change::Case(Box::new(c)))
            .collect();
        changes.extend(articles.into_iter().map(Change::Article));
        self.apply(&changes, self.watermark()?)
    }

    /// Removes every document (the start of a rebuild), the watermark back to zero.
    pub(crate) fn clear(&self) -> Result<(), SearchError> {
        let mut guard = self
            .writer
            .lock()
            .map_err(|_| SearchError::Task("the writer lock is poisoned".into()))?;
        if guard.is_none() {
            *guard = Some(self.index.writer_with_num_threads(1, WRITER_BYTES)?);
        }
        if let Some(writer) = guard.as_mut() {
            writer.delete_all_documents()?;
            commit(writer, Watermark::default())?;
        }
        self.reader.reload()?;
        Ok(())
    }
}

fn commit(writer: &mut IndexWriter<TantivyDocument>, mark: Watermark) -> Result<(), SearchError> {
    let mark = Watermark {
        schema: SCHEMA_VERSION,
        ..mark
    };
    let payload =
        serde_json::to_string(&mark).map_err(|e| SearchError::Task(format!("watermark: {e}")))?;
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&payload);
    prepared.commit()?;
    Ok(())
}

fn read_mark(index: &Index) -> Result<Watermark, SearchError> {
    Ok(index
        .load_metas()?
        .payload
        .and_then(|p| serde_json::from_str(&p).ok())
        .unwrap_or_default())
}

//! The handlers, one module per resource.

pub mod calls;
pub mod cases;
pub mod directory;
pub mod drafts;
pub mod email;
pub mod forecast;
pub mod health;
pub mod incidents;
pub mod knowledge;
pub mod lead;
pub mod messages;
pub mod moderation;
pub mod queue;
pub mod routing;
pub mod saved_replies;
pub mod search;
pub mod sla;
pub mod staffing;
pub mod tasks;
pub mod webhooks;

use lotsen_app::AppError;

use crate::error::ApiError;

/// Any path we do not serve.
pub async fn not_found() -> ApiError {
    AppError::NotFound("route").into()
}

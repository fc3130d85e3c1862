//! Errors as HTTP answers: a status and `{"error":{"code","message","fields"}}`. Internal
//! errors are opaque 500s carrying the request id; their cause is logged once, here.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lotsen_app::AppError;
use lotsen_domain::FieldError;
use serde::Serialize;
use utoipa::ToSchema;

use crate::middleware::current_request_id;

/// An error answer: a use case's error, or a problem with the HTTP request itself.
#[derive(Debug)]
pub enum ApiError {
    /// From a use case.
    App(AppError),
    /// The request itself: too large (413), not JSON (415).
    Request {
        /// The status.
        status: StatusCode,
        /// Stable code.
        code: &'static str,
        /// For people.
        message: String,
    },
}

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        Self::App(err)
    }
}

/// The body of every error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable snake_case code to act on.
    pub code: String,
    /// For people.
    pub message: String,
    /// Every bad field, for `invalid_input`.
    pub fields: Vec<FieldProblem>,
    /// The request id, for internal errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

/// One bad field.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldProblem {
    /// Field name as sent (`note`, `customer.email`).
    pub field: String,
    /// What is wrong.
    pub problem: String,
}

fn fields(list: &[FieldError]) -> Vec<FieldProblem> {
    list.iter()
        .map(|f| FieldProblem {
            field: f.field.clone(),
            problem: f.problem.clone(),
        })
        .collect()
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let err = match self {
            Self::App(err) => err,
            Self::Request {
                status,
                code,
                message,
            } => {
                let body = ErrorBody {
                    error: ErrorDetail {
                        code: code.to_owned(),
                        message,
                        fields: Vec::new(),
                        request_id: None,
                    },
                };
                return (status, Json(body)).into_response();
            }
        };
        let status = match &err {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::Forbidden { .. } => StatusCode::FORBIDDEN,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        let request_id = current_request_id();
        let (message, field_list, rid) = match &err {
            AppError::Internal(cause) => {
                tracing::error!(request_id = request_id.as_deref().unwrap_or("-"), error = %cause, "internal error");
                (
                    "internal error; quote the request id when reporting it".to_owned(),
                    Vec::new(),
                    request_id,
                )
            }
            AppError::Unavailable(cause) => {
                tracing::warn!(request_id = request_id.as_deref().unwrap_or("-"), error = %cause, "dependency unavailable");
                (
                    "the service is temporarily unavailable".to_owned(),
                    Vec::new(),
                    request_id,
                )
            }
            AppError::Invalid(list) => {
                let names: Vec<_> = list.iter().map(|f| f.field.as_str()).collect();
                (
                    format!("invalid input: {}", names.join(", ")),
                    fields(list),
                    None,
                )
            }
            other => (other.to_string(), Vec::new(), None),
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code: err.code().to_owned(),
                message,
                fields: field_list,
                request_id: rid,
            },
        };
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

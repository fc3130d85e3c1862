//! Lotsen's HTTP surface: the JSON API under `/api/v1` with its OpenAPI document, health
//! endpoints, and the mapping from use-case errors to `{"error":{...}}` bodies. Handlers
//! are thin: extract, call one `lotsen-app` function, map the result.

pub mod chat;
mod dto;
mod error;
mod extract;
mod mail_dto;
mod middleware;
mod openapi;
mod routes;
pub mod ui;

use axum::Router;
use axum::routing::{delete, get, post, put};
use lotsen_app::App;

pub use error::ApiError;

/// Shared state of every handler.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The use cases' dependencies.
    pub app: App,
    /// The chat visitors connected to this server.
    pub chat: std::sync::Arc<chat::ChatHub>,
    /// The workspace's live updates on this server.
    pub live: std::sync::Arc<ui::live::LiveFeed>,
}

/// The whole HTTP application.
pub fn router(app: App) -> Router {
    router_with_chat(app).0
}

/// The whole HTTP application and its chat hub, for the sender that pushes agents'
/// replies to the visitors connected here ([`chat::run_sender`]).
pub fn router_with_chat(app: App) -> (Router, std::sync::Arc<chat::ChatHub>) {
    let parts = router_parts(app);
    (parts.router, parts.chat)
}

/// The application and the parts a server drives besides it.
pub struct Parts {
    /// The HTTP application.
    pub router: Router,
    /// The chat visitors connected here.
    pub chat: std::sync::Arc<chat::ChatHub>,
    /// The workspace pages' live updates (closed when the server stops, so that open
    /// pages do not hold the shutdown).
    pub live: std::sync::Arc<ui::live::LiveFeed>,
}

/// The application with its chat hub and live feed.
pub fn router_parts(app: App) -> Parts {
    let origin = app.ids.next_uuid().simple().to_string();
    let hub = std::sync::Arc::new(chat::ChatHub::new(origin));
    let live = std::sync::Arc::new(ui::live::LiveFeed::default());
    let state = AppState {
        app,
        chat: hub.clone(),
        live: live.clone(),
    };
    let api = Router::new()
        .route("/messages", post(routes::messages::receive))
        .route("/cases", get(routes::cases::list))
        .route("/cases/{id}", get(routes::cases::get))
        .route("/cases/{id}/assign", post(routes::cases::assign))
        .route(
            "/cases/{id}/replies",
            post(routes::cases::reply)
                .layer(axum::extract::DefaultBodyLimit::max(30 * 1024 * 1024)),
        )
        .route("/cases/{id}/notes", post(routes::cases::note))
        .route("/cases/{id}/moderation", post(routes::moderation::step))
        .route("/cases/{id}/lint", post(routes::drafts::lint))
        .route("/cases/{id}/typing", post(routes::drafts::typing))
        .route(
            "/cases/{id}/move-to-private",
            post(routes::moderation::move_to_private),
        )
        .route("/cases/{id}/handoffs", post(routes::tasks::hand_off))
        .route("/cases/{id}/escalations", post(routes::tasks::escalate))
        .route("/cases/{id}/resolve", post(routes::cases::resolve))
        .route("/cases/{id}/reopen", post(routes::cases::reopen))
        .route("/cases/{id}/close", post(routes::cases::close))
        .route("/cases/{id}/merge", post(routes::cases::merge))
        .route("/cases/{id}/calls", post(routes::calls::on_case))
        .route("/calls", post(routes::calls::for_caller))
        .route(
            "/saved-replies",
            get(routes::saved_replies::list).post(routes::saved_replies::create),
        )
        .route("/handoffs/{id}/accept", post(routes::tasks::accept))
        .route("/handoffs/{id}/decline", post(routes::tasks::decline))
        .route("/escalations/{id}/answer", post(routes::tasks::answer))
        .route(
            "/teams",
            post(routes::directory::create_team).get(routes::directory::list_teams),
        )
        .route("/agents", post(routes::directory::create_agent))
        .route("/me", get(routes::directory::me))
        .route("/forecast/plan", get(routes::forecast::plan))
        .route("/forecast/surge", get(routes::forecast::surge))
        .route("/forecast/channels", get(routes::staffing::list_channels))
        .route(
            "/forecast/channels/{channel}",
            put(routes::staffing::put_channel),
        )
        .route(
            "/forecast/shifts",
            get(routes::staffing::list_shifts).post(routes::staffing::add_shifts),
        )
        .route(
            "/forecast/shifts/{id}",
            delete(routes::staffing::delete_shift),
        )
        .route("/forecast/what-if", post(routes::staffing::what_if))
        .route(
            "/forecast/possible-incidents",
            get(routes::staffing::possible_incidents),
        )
        .route(
            "/routing/rules",
            get(routes::routing::get_rules).put(routes::routing::put_rules),
        )
        .route(
            "/sla/policies",
            get(routes::sla::get_policies).put(routes::sla::put_policies),
        )
        .route(
            "/teams/{id}/settings",
            get(routes::routing::get_team_settings).put(routes::routing::put_team_settings),
        )
        .route("/teams/{id}/review", get(routes::queue::review_list))
        .route("/teams/{id}/load", get(routes::lead::load))
        .route(
            "/incidents",
            get(routes::incidents::list).post(routes::incidents::declare),
        )
        .route("/incidents/{id}", get(routes::incidents::get))
        .route(
            "/incidents/{id}/suggestions",
            get(routes::incidents::suggestions),
        )
        .route("/incidents/{id}/links", post(routes::incidents::link))
        .route("/incidents/{id}/updates", post(routes::incidents::update))
        .route("/incidents/{id}/resolve", post(routes::incidents::resolve))
        .route(
            "/forecast/possible-incidents/{id}/accept",
            post(routes::incidents::accept_possible),
        )
        .route(
            "/articles",
            get(routes::knowledge::list).post(routes::knowledge::create),
        )
        .route(
            "/articles/{id}",
            get(routes::knowledge::get).patch(routes::knowledge::revise),
        )
        .route("/cases/{id}/knowledge", get(routes::knowledge::for_case))
        .route("/cases/{id}/solved-by", post(routes::knowledge::solved_by))
        .route(
            "/cases/{id}/known-solution",
            post(routes::knowledge::known_solution),
        )
        .route(
            "/knowledge/top-problems",
            get(routes::knowledge::top_problems),
        )
        .route("/public/articles", get(routes::knowledge::public_search))
        .route("/search", get(routes::search::search))
        .route("/teams/{id}/reassign", post(routes::lead::reassign))
        .route("/teams/{id}/queue/next", post(routes::queue::pull_next))
        .route(
            "/agents/{id}/routing",
            get(routes::queue::get_agent_routing).put(routes::queue::put_agent_routing),
        )
        .route(
            "/cases/{id}/offer/accept",
            post(routes::queue::accept_offer),
        )
        .route(
            "/cases/{id}/offer/decline",
            post(routes::queue::decline_offer),
        )
        .route("/cases/{id}/take-over", post(routes::queue::take_over))
        .route(
            "/cases/{id}/manager-request",
            post(routes::queue::manager_request),
        )
        .route(
            "/email/inbound",
            post(routes::email::inbound).layer(axum::extract::DefaultBodyLimit::max(
                routes::email::MAX_RAW_BYTES,
            )),
        )
        .route("/email/dead-letters", get(routes::email::dead_letters))
        .route(
            "/email/dead-letters/{id}/raw",
            get(routes::email::dead_letter_raw),
        )
        .route(
            "/email/dead-letters/{id}/reprocess",
            post(routes::email::reprocess),
        )
        .route(
            "/messages/{id}/attachments/{position}",
            get(routes::email::attachment),
        )
        .route("/messages/{id}/raw", get(routes::email::raw_message))
        .route(
            "/messages/{id}/sealed-original",
            get(routes::moderation::sealed_original),
        )
        .route("/openapi.json", get(openapi::document))
        .fallback(routes::not_found);
    let router = Router::new()
        .nest("/api/v1", api)
        .route(
            "/webhooks/meta",
            get(routes::webhooks::verify).post(routes::webhooks::deliver),
        )
        .route("/healthz", get(routes::health::live))
        .route("/readyz", get(routes::health::ready))
        .route("/widget.js", get(chat::widget))
        .route("/chat/ws", get(chat::connect))
        .merge(ui::router())
        .fallback(routes::not_found)
        .layer(axum::middleware::from_fn(middleware::request_context))
        .with_state(state);
    Parts {
        router,
        chat: hub,
        live,
    }
}

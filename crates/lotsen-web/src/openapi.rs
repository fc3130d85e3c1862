//! The OpenAPI 3.1 document of the API, generated from the handlers' annotations.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("lotsen_<id>_<secret>")
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Lotsen API", description = "Customer-service case management: one case per problem, one accountable owner."),
    paths(
        routes::messages::receive,
        routes::cases::list,
        routes::cases::get,
        routes::cases::assign,
        routes::cases::reply,
        routes::cases::note,
        routes::moderation::step,
        routes::moderation::move_to_private,
        routes::drafts::typing,
        routes::moderation::sealed_original,
        routes::drafts::lint,
        routes::cases::resolve,
        routes::cases::reopen,
        routes::cases::close,
        routes::cases::merge,
        routes::calls::on_case,
        routes::calls::for_caller,
        routes::saved_replies::list,
        routes::saved_replies::create,
        routes::lead::load,
        routes::lead::reassign,
        routes::incidents::list,
        routes::incidents::declare,
        routes::incidents::get,
        routes::incidents::suggestions,
        routes::incidents::link,
        routes::incidents::update,
        routes::incidents::resolve,
        routes::incidents::accept_possible,
        routes::knowledge::list,
        routes::knowledge::create,
        routes::knowledge::get,
        routes::knowledge::revise,
        routes::knowledge::for_case,
        routes::knowledge::solved_by,
        routes::knowledge::known_solution,
        routes::knowledge::top_problems,
        routes::knowledge::public_search,
        routes::search::search,
        routes::tasks::hand_off,
        routes::tasks::accept,
        routes::tasks::decline,
        routes::tasks::escalate,
        routes::tasks::answer,
        routes::directory::create_team,
        routes::directory::list_teams,
        routes::directory::create_agent,
        routes::directory::me,
        routes::forecast::plan,
        routes::forecast::surge,
        routes::staffing::list_channels,
        routes::staffing::put_channel,
        routes::staffing::add_shifts,
        routes::staffing::list_shifts,
        routes::staffing::delete_shift,
        routes::staffing::what_if,
        routes::staffing::possible_incidents,
        routes::routing::get_rules,
        routes::routing::put_rules,
        routes::routing::get_team_settings,
        routes::routing::put_team_settings,
        routes::queue::get_agent_routing,
        routes::queue::put_agent_routing,
        routes::queue::accept_offer,
        routes::queue::decline_offer,
        routes::queue::pull_next,
        routes::queue::review_list,
        routes::queue::take_over,
        routes::queue::manager_request,
        routes::sla::get_policies,
        routes::sla::put_policies,
        routes::email::inbound,
        routes::email::dead_letters,
        routes::email::dead_letter_raw,
        routes::email::reprocess,
        routes::email::attachment,
        routes::email::raw_message,
        routes::health::live,
        routes::health::ready,
    ),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

/// The document.
pub fn spec() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// Serves the document.
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(spec())
}

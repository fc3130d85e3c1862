//! Staffing and (later) forecasting for customer service: how many agents an interval
//! needs for a service-level target. Erlang B for blocked calls, Erlang C for queues,
//! Erlang A for queues whose customers give up (chat). Pure: numbers in, numbers out.

pub mod erlang;
pub mod erlang_a;
mod error;
pub mod plan;
pub mod surge;
pub mod volume;

pub use erlang::{Erlang, Staffing, StaffingTarget};
pub use erlang_a::{ErlangA, ErlangAMetrics};
pub use error::ForecastError;
pub use lotsen_domain::hours::{DayHours, DaysOff, OpeningHours};
/// The Swedish calendar and opening hours live in the domain; re-exported for forecasting.
pub use lotsen_domain::{calendar, hours};

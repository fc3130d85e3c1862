//! Properties: more agents never serve worse.

use lotsen_forecast::Erlang;
use proptest::prelude::*;

proptest! {
    #[test]
    fn service_level_never_falls_when_agents_are_added(arrivals in 1.0f64..5000.0, aht_min in 0.5f64..15.0, within in 0.05f64..2.0) {
        let traffic = Erlang::new(arrivals, 30.0, aht_min).unwrap();
        let start = traffic.intensity().floor() as u32 + 1;
        let mut last = 0.0;
        for agents in start..start + 40 {
            let sl = traffic.service_level(agents, within);
            prop_assert!(sl + 1e-12 >= last, "{} agents: {} < {}", agents, sl, last);
            prop_assert!((0.0..=1.0).contains(&sl));
            last = sl;
        }
    }

    #[test]
    fn waiting_probability_is_a_probability_for_hundreds_of_agents(arrivals in 1000.0f64..60000.0, aht_min in 1.0f64..10.0) {
        let traffic = Erlang::new(arrivals, 60.0, aht_min).unwrap();
        let agents = (traffic.intensity() * 1.1).ceil() as u32 + 1;
        let p = traffic.waiting_probability(agents);
        prop_assert!(p.is_finite() && (0.0..=1.0).contains(&p));
    }
}

//! The real server on a free loopback port (filled in with the web crate).
pub struct TestApp;
pub struct TestAgent;

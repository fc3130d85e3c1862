//! The real HTTP server on a free loopback port, over a fresh store, with a fake clock and
//! seeded ids; plus a small client that speaks JSON to it as a given agent.

use std::sync::Arc;

use lotsen_app::App;
use lotsen_app::directory::{self, NewAgent};
use lotsen_store::Backend;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use uuid::Uuid;

use crate::backends::{TestStore, test_store};
use crate::clock::{FakeClock, SeqIds};

/// An agent as the API knows them: id and bearer token.
#[derive(Debug, Clone)]
pub struct TestAgent {
    /// Agent id.
    pub id: Uuid,
    /// API token.
    pub token: String,
}

/// A running server and a client for it.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    /// The app behind the server (for checks straight against the store).
    pub app: App,
    /// An admin created at start.
    pub admin: TestAgent,
    /// The clock the server reads.
    pub clock: Arc<FakeClock>,
    client: reqwest::Client,
    server: JoinHandle<()>,
    _store: TestStore,
}

impl TestApp {
    /// Starts a server on a fresh store of the backend.
    pub async fn spawn(backend: Backend) -> Self {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Starts a server whose app `configure` adjusted first (the support address, say).
    pub async fn spawn_with(backend: Backend, configure: impl FnOnce(&mut App)) -> Self {
        let store = test_store(backend).await;
        let clock = Arc::new(FakeClock::monday_morning());
        let mut app = App::new((*store).clone(), clock.clone(), Arc::new(SeqIds::new(42)));
        configure(&mut app);
        let (admin, token) = directory::create_agent(
            &app,
            None,
            NewAgent {
                name: Some("Admin Adminsson".into()),
                email: Some("admin@banken.se".into()),
                role: Some("admin".into()),
                team_ids: Vec::new(),
                signature_name: None,
            },
        )
        .await
        .unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let router = lotsen_web::router(app.clone());
        let server = tokio::spawn(async move {
            axum_serve(listener, router).await;
        });
        Self {
            base_url,
            app,
            admin: TestAgent {
                id: admin.id.as_uuid(),
                token,
            },
            clock,
            client: reqwest::Client::new(),
            server,
            _store: store,
        }
    }

    /// Sends a request as `who` (or anonymously) and returns the status and JSON body
    /// (`Null` when the body is not JSON).
    pub async fn send(
        &self,
        method: reqwest::Method,
        who: Option<&TestAgent>,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .client
            .request(method, format!("{}{path}", self.base_url));
        if let Some(agent) = who {
            req = req.bearer_auth(&agent.token);
        }
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let text = res.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// Sends a text body with its content type as `who`; returns the status and JSON body.
    pub async fn send_text(
        &self,
        method: reqwest::Method,
        who: &TestAgent,
        path: &str,
        content_type: &str,
        body: &str,
    ) -> (u16, Value) {
        let res = self
            .client
            .request(method, format!("{}{path}", self.base_url))
            .bearer_auth(&who.token)
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(body.to_owned())
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        let text = res.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// POST as an agent.
    pub async fn post(&self, who: &TestAgent, path: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::POST, Some(who), path, Some(body))
            .await
    }

    /// GET as an agent.
    pub async fn get(&self, who: &TestAgent, path: &str) -> (u16, Value) {
        self.send(reqwest::Method::GET, Some(who), path, None).await
    }

    /// Creates a team through the API.
    pub async fn team(&self, name: &str) -> Uuid {
        let (status, body) = self
            .post(&self.admin, "/api/v1/teams", json!({ "name": name }))
            .await;
        assert_eq!(status, 201, "{body}");
        body["team_id"].as_str().unwrap().parse().unwrap()
    }

    /// Creates an agent through the API.
    pub async fn agent(&self, name: &str, role: &str, teams: &[Uuid]) -> TestAgent {
        let email = format!("{}@banken.se", name.to_lowercase().replace(' ', "."));
        let (status, body) = self
            .post(
                &self.admin,
                "/api/v1/agents",
                json!({ "name": name, "email": email, "role": role, "team_ids": teams }),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        TestAgent {
            id: body["agent_id"].as_str().unwrap().parse().unwrap(),
            token: body["token"].as_str().unwrap().to_owned(),
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn axum_serve(listener: TcpListener, router: axum::Router) {
    let _ = axum::serve(listener, router).await;
}

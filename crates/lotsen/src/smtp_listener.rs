//! The inbound SMTP and LMTP listeners: each connection drives a
//! [`lotsen_channels::smtp::Session`]; a complete message goes through email intake and
//! is answered `250` only once it is a case message or a dead letter in the database, so
//! a message the client saw accepted survives a crash, and one it did not is sent again
//! (and recognised by its Message-ID). Replies are flushed when the client has sent
//! nothing more, so a pipelining client gets them in one write.

use std::sync::Arc;
use std::time::Duration;

use lotsen_app::App;
use lotsen_channels::smtp::{Config, Session, Step};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, BufWriter};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;

/// Connections served at once; more wait for a free one.
const MAX_CONNECTIONS: usize = 256;

/// A client silent this long is disconnected (RFC 5321 §4.5.3.2 suggests 5 minutes).
const IDLE: Duration = Duration::from_secs(300);

/// Serves connections until aborted.
pub async fn run(app: App, listener: TcpListener, config: Config, lmtp: bool) {
    let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let protocol = if lmtp { "lmtp" } else { "smtp" };
    loop {
        let Ok(permit) = permits.clone().acquire_owned().await else {
            return;
        };
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(e) => {
                tracing::warn!(error = %e, protocol, "accept failed");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let app = app.clone();
        let config = config.clone();
        tokio::spawn(async move {
            let _permit = permit;
            if let Err(e) = serve(&app, stream, config, lmtp).await {
                tracing::debug!(error = %e, %peer, protocol, "connection ended");
            }
        });
    }
}

async fn serve(app: &App, stream: TcpStream, config: Config, lmtp: bool) -> std::io::Result<()> {
    let _ = stream.set_nodelay(true);
    let limit = u64::try_from(config.max_message_bytes).unwrap_or(u64::MAX) + 1024;
    let source = if lmtp { "lmtp" } else { "smtp" };
    let (read, write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let mut writer = BufWriter::new(write);
    let mut session = Session::new(config, lmtp);
    write_lines(&mut writer, &[session.greeting()]).await?;
    writer.flush().await?;
    let mut line = Vec::with_capacity(1024);
    loop {
        line.clear();
        // A command line is short; a data line may be long, but never past the limit.
        let max = if session.in_data() { limit } else { 4096 };
        let mut limited = (&mut reader).take(max);
        let n = match tokio::time::timeout(IDLE, limited.read_until(b'\n', &mut line)).await {
            Ok(result) => result?,
            Err(_) => {
                write_lines(&mut writer, &["421 4.4.2 Idle too long, closing".into()]).await?;
                writer.flush().await?;
                return Ok(());
            }
        };
        if n == 0 {
            return Ok(());
        }
        match session.line(&line) {
            Step::Reply(lines) => write_lines(&mut writer, &lines).await?,
            Step::Close(lines) => {
                write_lines(&mut writer, &lines).await?;
                writer.flush().await?;
                return Ok(());
            }
            Step::Deliver(envelope) => {
                let outcome =
                    match lotsen_app::email::receive_raw(app, &envelope.data, source).await {
                        Ok(intake) => Ok(intake.receipt()),
                        Err(e) => {
                            tracing::warn!(
                                code = e.code(),
                                "inbound email not stored; the client will retry"
                            );
                            Err(())
                        }
                    };
                write_lines(&mut writer, &session.stored(outcome)).await?;
            }
        }
        if reader.buffer().is_empty() {
            writer.flush().await?;
        }
    }
}

async fn write_lines(
    writer: &mut BufWriter<tokio::net::tcp::OwnedWriteHalf>,
    lines: &[String],
) -> std::io::Result<()> {
    for line in lines {
        writer.write_all(line.as_bytes()).await?;
        writer.write_all(b"\r\n").await?;
    }
    Ok(())
}

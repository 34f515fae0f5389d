//! Every event the backend sends the UI, declared in one place. The payload is
//! the core's `ServiceEvent`, serialized with its `type` tag.

use bulletin_core::service::ServiceEvent;
use tauri::{AppHandle, Emitter};

pub const SYNC_STARTED: &str = "sync-started";
pub const SYNC_PROGRESS: &str = "sync-progress";
pub const SYNC_FINISHED: &str = "sync-finished";
pub const NEW_ARTICLES: &str = "new-articles";
pub const COUNTS_CHANGED: &str = "counts-changed";

pub fn name(event: &ServiceEvent) -> &'static str {
    match event {
        ServiceEvent::SyncStarted { .. } => SYNC_STARTED,
        ServiceEvent::SyncProgress { .. } => SYNC_PROGRESS,
        ServiceEvent::SyncFinished { .. } => SYNC_FINISHED,
        ServiceEvent::NewArticles { .. } => NEW_ARTICLES,
        ServiceEvent::CountsChanged => COUNTS_CHANGED,
    }
}

pub fn forward(app: &AppHandle, event: ServiceEvent) {
    if let Err(e) = app.emit(name(&event), &event) {
        tracing::warn!("could not emit {}: {e}", name(&event));
    }
}

//! Every event the backend sends the UI, declared in one place. The payload is
//! the core's `ServiceEvent`, serialized with its `type` tag.

use bulletin_core::service::ServiceEvent;
use tauri::{AppHandle, Emitter};

pub const SYNC_STARTED: &str = "sync-started";
pub const SYNC_PROGRESS: &str = "sync-progress";
pub const SYNC_FINISHED: &str = "sync-finished";
pub const NEW_ARTICLES: &str = "new-articles";
pub const COUNTS_CHANGED: &str = "counts-changed";
/// New entries in the notification history (the bell list).
pub const NOTIFICATIONS: &str = "notifications";
/// How each server account's sync went (status, errors, pending changes).
pub const ACCOUNTS_SYNCED: &str = "accounts-synced";
/// Show this article (a notification was clicked); payload: the article id.
pub const OPEN_ARTICLE: &str = "open-article";

pub fn name(event: &ServiceEvent) -> &'static str {
    match event {
        ServiceEvent::SyncStarted { .. } => SYNC_STARTED,
        ServiceEvent::SyncProgress { .. } => SYNC_PROGRESS,
        ServiceEvent::SyncFinished { .. } => SYNC_FINISHED,
        ServiceEvent::NewArticles { .. } => NEW_ARTICLES,
        ServiceEvent::Notifications { .. } => NOTIFICATIONS,
        ServiceEvent::CountsChanged => COUNTS_CHANGED,
        ServiceEvent::AccountsSynced { .. } => ACCOUNTS_SYNCED,
    }
}

pub fn forward(app: &AppHandle, event: ServiceEvent) {
    if let ServiceEvent::Notifications { decision } = &event {
        crate::notifications::show(app, decision);
    }
    emit(app, name(&event), &event);
}

pub fn emit(app: &AppHandle, name: &str, payload: impl serde::Serialize + Clone) {
    if let Err(e) = app.emit(name, payload) {
        tracing::warn!("could not emit {name}: {e}");
    }
}

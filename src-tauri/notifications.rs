//! Desktop notifications from the background sync: pop-ups through the core's
//! notify-rust delivery, clicks routed back into the app, and `--article ID`
//! (from a click handled by `bulletin watch`, or a second launch) opening it.

use crate::events;
use crate::state::AppState;
use crate::window;
use bulletin_core::ArticleId;
use bulletin_core::notify::Decision;
use bulletin_core::notify::deliver::{self, Action};
use tauri::{AppHandle, Manager};

pub fn show(app: &AppHandle, decision: &Decision) {
    let handle = app.clone();
    if let Err(e) = deliver::show_decision(decision, move |action| act(&handle, action)) {
        tracing::warn!("{e}");
    }
}

fn act(app: &AppHandle, action: Action) {
    match action {
        Action::Open(id) => open_article(app, id),
        Action::Save(id) => {
            let saved = app.state::<AppState>().with_blocking(|s| s.set_saved(id, true));
            match saved {
                Ok(()) => events::emit(app, events::COUNTS_CHANGED, ()),
                Err(e) => tracing::warn!("could not save {id}: {e}"),
            }
        }
    }
}

/// Brings the window up at the article.
pub fn open_article(app: &AppHandle, id: ArticleId) {
    window::show(app);
    events::emit(app, events::OPEN_ARTICLE, id);
}

/// `--article ID` among command-line arguments.
pub fn article_arg<S: AsRef<str>>(args: &[S]) -> Option<ArticleId> {
    let at = args.iter().position(|a| a.as_ref() == "--article")?;
    args.get(at + 1)?.as_ref().parse().ok().map(ArticleId)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_argument_is_found_anywhere() {
        assert_eq!(article_arg(&["bulletin-desktop", "--article", "42"]), Some(ArticleId(42)));
        assert_eq!(article_arg(&["bulletin-desktop", "--article"]), None);
        assert_eq!(article_arg(&["bulletin-desktop", "--article", "x"]), None);
        assert_eq!(article_arg::<&str>(&[]), None);
    }
}

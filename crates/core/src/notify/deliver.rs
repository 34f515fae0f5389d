//! Shows notifications on the desktop through notify-rust: D-Bus
//! `org.freedesktop.Notifications` on Linux and the BSDs, the platform's own
//! centre on macOS and Windows.

use super::rules::{Decision, Notification, Summary};
use crate::ids::ArticleId;

/// What the person did with a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Clicked it: open the app at the article.
    Open(ArticleId),
    /// Pressed "Save".
    Save(ArticleId),
}

/// The application name notification servers group by.
pub const APP_NAME: &str = "Bulletin";

/// Shows what `decision` pops up: the digest, the notifications, the summary.
/// `on_action` runs on a helper thread when someone clicks (where the platform
/// reports it). Returns how many were shown, or the first error.
pub fn show_decision(
    decision: &Decision,
    on_action: impl Fn(Action) + Send + Sync + Clone + 'static,
) -> Result<usize, String> {
    let mut shown = 0;
    if let Some(digest) = &decision.digest {
        show_summary(digest)?;
        shown += 1;
    }
    for n in &decision.shown {
        show(n, decision.lang, on_action.clone())?;
        shown += 1;
    }
    if let Some(summary) = &decision.summary {
        show_summary(summary)?;
        shown += 1;
    }
    Ok(shown)
}

/// Markup-capable servers read `&`, `<` and `>` in a body as markup; feed
/// text is never markup.
pub fn escape_body(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn base(summary: &str, body: &str) -> notify_rust::Notification {
    let mut n = notify_rust::Notification::new();
    n.appname(APP_NAME).summary(summary).body(&escape_body(body)).icon("bulletin");
    #[cfg(all(unix, not(target_os = "macos")))]
    n.hint(notify_rust::Hint::Category("news".into())).hint(notify_rust::Hint::DesktopEntry("bulletin".into()));
    n
}

pub fn show_summary(s: &Summary) -> Result<(), String> {
    base(&s.title, &s.body).show().map(drop).map_err(|e| format!("cannot show a notification: {e}"))
}

#[cfg(all(unix, not(target_os = "macos")))]
pub fn show(note: &Notification, lang: &str, on_action: impl FnOnce(Action) + Send + 'static) -> Result<(), String> {
    let mut n = base(&note.title, &note.body);
    n.action("default", &crate::tr!(lang, "notify-open")).action("save", &crate::tr!(lang, "notify-save"));
    let handle = n.show().map_err(|e| format!("cannot show a notification: {e}"))?;
    let id = note.article_id;
    // Waiting blocks until the notification closes; a thread per pop-up, and
    // there are at most a handful per sync.
    std::thread::spawn(move || {
        handle.wait_for_action(|action| match action {
            "default" => on_action(Action::Open(id)),
            "save" => on_action(Action::Save(id)),
            _ => {}
        })
    });
    Ok(())
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
pub fn show(note: &Notification, _lang: &str, _on_action: impl FnOnce(Action) + Send + 'static) -> Result<(), String> {
    // macOS and Windows report no actions through notify-rust; a click brings
    // the app to the front, where the newest notification is in the bell list.
    base(&note.title, &note.body).show().map(drop).map_err(|e| format!("cannot show a notification: {e}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn bodies_are_escaped_for_markup_servers() {
        assert_eq!(super::escape_body("AT&T <b>up</b>"), "AT&amp;T &lt;b&gt;up&lt;/b&gt;");
    }
}

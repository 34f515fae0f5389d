# placeholder
# The desktop app's interface. Read by ui/js/i18n.js: messages,
# { $variables }, {"literals"} and selects on plural categories only.

## Top bar and sidebar (index.html)
app-menu = Show or hide the categories
search-placeholder = Search articles
notifications = Notifications
sync = Sync
sync-title = Sync now (r)
settings = Settings
help-title = Keyboard shortcuts (?)
help = Keyboard shortcuts
navigation = Navigation
view-front = Front page
view-all = All articles
view-unread = Unread
view-saved = Saved
view-archive = Archive
view-hidden = Filtered
view-hidden-title = Articles your filters hide
views = Views
categories = Categories
articles = Articles
reader = Reader
help-next-prev = Next / previous article
help-open = Open the original in your browser
help-save = Save or unsave
help-read = Mark read or unread
help-sync = Sync now
help-search = Search
help-help = This help
help-escape = Close a dialog, leave the search box
help-keys-open = o or Enter
close = Close

## Sidebar
feed-muted-title = Muted: out of unread counts and notifications
feed-muted-sr = , muted
feed-gone = gone
feed-error = error
sr-unread = {" "}unread
on-this-computer = On this computer
feeds-failing = { $count ->
    [one] 1 feed failing
   *[other] { $count } feeds failing
}
other-feeds = Other feeds
search-title = Search: { $query }
sr-unread-of = {" "}{ $unread } unread of { $count }

## Lists
saved-for-later = Saved for later
feed = Feed
also-reported-by = Also reported by
sr-unread-row = Unread:{" "}
sr-saved-row = {" "}(saved)
also-reported = {" "}· also reported by { $count ->
    [one] 1 source
   *[other] { $count } sources
}
mark-all-read = Mark all read
save-view-title = Keep this search in the sidebar, with its count
save-view-prompt = Name this view
view-added = View “{ $name }” saved
save-view = Save as view
collapse-title = Show each story once, however many feeds report it
collapse-off = Show every report
collapse-on = One row per story
marked-read = { $count } marked read
loading = Loading…
empty-unread = All caught up.
empty-unread-hint = New articles appear here after the next sync.
empty-saved = Nothing saved yet.
empty-saved-hint = Press s or the Save button on an article to keep it here; saved articles are never deleted.
empty-search = No matches.
empty-search-hint = Try fewer or different words.
empty-hidden = Nothing filtered.
empty-hidden-hint = Articles your filters hide show up here, and come back when the filter goes.
empty-list = No articles here yet.
empty-list-hint = Sync to fetch the latest, or check the feed’s error in Settings.
welcome = Welcome to Bulletin
welcome-hint = You don’t follow any feeds yet. Start with the news from major outlets, or bring your own.
add-starter = Add the starter feeds
import-opml = Import OPML…
add-a-feed = Add a feed…
starter-added = { $count ->
    [one] 1 feed added — syncing…
   *[other] { $count } feeds added — syncing…
}
opml-imported = { $count ->
    [one] 1 feed imported ({ $existing } already there) — syncing…
   *[other] { $count } feeds imported ({ $existing } already there) — syncing…
}
empty-front = No articles yet.
empty-front-hint = The first sync is on its way.
unread-count = { $count } unread
front-latest = { $category }: latest

## Reader
reader-empty = Select an article to read it here.
reader-empty-hint = j / k move through the list · ? shows all shortcuts
by-author = By { $author }
previous = ← Previous
previous-title = Newer article in this category
next = Next →
next-title = Older article in this category
saved-button = ★ Saved
save-button = ☆ Save
save-title = Save for later (s)
mark-unread = Mark unread
mark-read = Mark read
story-read = Mark story read
story-read-done = Story marked read
story-save = Save story
story-save-done = Story saved
story-reports = All { $count } reports of this story
open-original = Open original ↗
open-original-title = Open in your browser (o)
copy-link = Copy link
load-full = Load full article
load-full-title = For feeds that only give a teaser
appeared-before = The post{" "}
appeared-middle = {" "}appeared first on{" "}
appeared-after = .
also-like = You may also like
nothing-related = Nothing related yet.
play-video = Play the video
play-episode = Play the episode
video = Video
audio = Audio
download = Download
removed-from-saved = Removed from saved
link-copied = Link copied
link-not-copied = Could not copy the link
loading-full = Loading the full article…
full-failed = Could not load the full article: { $error }
article-text = Article text

## Archive
archive-day = { $count ->
    [one] 1 article on { $day }
   *[other] { $count } articles on { $day }
}
previous-month = Previous month
next-month = Next month
archive-month = { $count ->
    [one] 1 article this month
   *[other] { $count } articles this month
}
archive-empty = No articles this month.

## Notifications
reason-marker = Breaking
reason-sources = Many sources
reason-keyword = Keyword
reason-rule = Rule
status-folded = in a summary
status-held = held for quiet hours
status-digest = in the digest
status-paused = while paused
paused-toast = Notifications paused until { $when }
resumed-toast = Notifications resumed
paused-until = Paused until { $when }
resume = Resume
pause-hour = Pause for 1 hour
pause-tomorrow = Pause until tomorrow
no-notifications = No notifications yet. Breaking world news appears here; choose what notifies in Settings.
just-now = just now

## Sync status
syncing-feeds = { $count ->
    [one] Syncing 1 feed…
   *[other] Syncing { $count } feeds…
}
syncing-progress = Syncing… { $done } of { $total }
sync-failed = Sync failed: { $error }
sync-offline = Could not reach any feed. Are you offline? Bulletin will try again on its own.
synced-at = Synced at { $time }
synced-new = {" "}· { $count } new
synced-failing = {" "}· { $count ->
    [one] 1 feed failing (see Settings)
   *[other] { $count } feeds failing (see Settings)
}
start-failed = Bulletin could not start: { $error }

## Settings
reading-and-sync = Reading and sync
language = Language
language-system = System language
theme = Theme
theme-system = System
theme-light = Light
theme-dark = Dark

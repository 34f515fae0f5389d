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
syncing-progress = Syncing… { $done } of { $total } · { $articles } new
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
category-none = — none —
feed-url-placeholder = https://example.com or a feed URL
feed-url-label = Feed or web page URL
category = Category
subscribe-on = Subscribe on
this-computer = This computer
fever-cannot-subscribe = { $account } (Fever cannot subscribe)
subscribed-on-server = Subscribed on the server; its articles arrive with the next sync
feed-added = Feed added
add-feed = Add feed
last-error = Last error: { $error }
mute-title = Keeps syncing, but out of unread counts, the front page and notifications
feed-muted = Feed muted
feed-unmuted = Feed unmuted
mute = Mute
full-text-title = Load each new article in full at sync (for feeds that only give a teaser)
saved-toast = Saved
full-text = Full text
interval-title = Minutes between fetches; empty: every { $every } min
interval-title-hint = Minutes between fetches; empty: every { $every } min, or { $hint } as the feed asks
every = Every
interval-label = Minutes between fetches of { $feed }
interval-saved = Interval saved
min = min
feed-title-prompt = Title for this feed
feed-renamed = Feed renamed
rename = Rename
move-to-category = Move to category
feed-moved = Feed moved
unsubscribe-confirm = Unsubscribe from { $feed }? Its articles go too.
feed-removed = Feed removed
remove = Remove
feeds = Feeds
no-feeds = No feeds yet.
new-category = New category
new-category-label = New category name
rename-category = Rename category
category-renamed = Category renamed
remove-category-confirm = Remove { $category }? Its feeds stay, uncategorized.
category-removed = Category removed
category-added = Category added
add = Add
sync-every = Sync every
sync-interval-saved = Sync interval saved
minutes = minutes
remove-read = Remove read articles
retention-saved = Retention saved
retention-hint = Only once they have left their feed. Unread and saved articles are never removed, and everything a feed still offers stays listed, however old.
read-story-together = Reading one report of a story marks its other reports read
read-on-scroll = Mark articles read as I scroll past them
pictures-on = Pictures load from the web
pictures-off = Pictures off: nothing loads from the web
load-pictures = Load pictures (thumbnails and images in articles)
autostart = Start Bulletin when I log in
exported = Subscriptions exported
export-cancelled = Export cancelled
export-opml = Export OPML…
after-days = after { $days } days
after-6-months = after 6 months
after-a-year = after a year
never = never
rule-off = Off
rule-breaking = Breaking news
rule-all = All new articles
rule-inherit = As its category ({ $rule })
quiet-from-label = Quiet from
quiet-until-label = Quiet until
quiet-saved = Quiet hours saved
breaking-hint = A story is breaking when its headline says so (BREAKING, JUST IN…) or when several sources publish it within a short time. Each story notifies once; at most three pop up per sync.
notify-for = Notify for { $name }
rule-saved = Rule saved
breaking-when = Breaking when
breaking-sources-within = sources publish a story within
keyword-hint = To always be notified when an article mentions something, add a filter whose action is “Notify me” (Filters, below).
quiet-from = Quiet hours from
quiet-to = to
quiet-hint = — held notifications arrive as one digest afterwards
feed-status-new = new
feed-status-ok = ok
feed-status-error = error
feed-status-gone = gone

## Settings → Filters and views
filter-action-hide = Hide
filter-action-read = Mark read
filter-action-save = Save
filter-action-notify = Notify me
filter-field-any = anywhere
filter-field-title = in the title
filter-field-body = in the text
filter-field-author = in the author
every-feed = every feed
feed-number = feed { $id }
filter-until = {" "}until { $date }
filter-describe = { $action }: { $regex } “{ $match }” { $field }, { $scope }{ $until }
filter-pattern-label = Words, phrase or regex
filter-pattern-placeholder = e.g. election, or a phrase
filter-field-label = Where to look
filter-scope-label = In which feeds
filter-action-label = What to do
always = always
filter-days-label = For how many days
filter-added = { $count ->
    [one] Filter added; 1 stored article changed
   *[other] Filter added; { $count } stored articles changed
}
for = for
days = days
add-filter = Add filter
filters = Filters
filters-hint = Words match whole words in any case; a regex matches anywhere. Hidden articles leave every list and count but “Filtered”, and come back when the filter goes.
filter-removed = Filter removed
views-hint = Saved searches in the sidebar, counted as articles arrive. Search, then “Save as view”, or add one here.
view-describe = { $name } — “{ $query }”{ $unread }{ $category }: { $count } articles
view-unread-only = , unread only
view-in-category = , in { $category }
view-removed = View removed
view-name-label = View name
view-name = Name
search-words = Search words
all-categories = all categories
view-added-toast = View added
unread-only = unread only
add-view = Add view

## Settings → Accounts
account-name = { $user } at { $host }
account-counts = { $feeds ->
    [one] 1 feed
   *[other] { $feeds } feeds
}, { $unread } unread
last-sync = last sync { $date }
not-synced = not synced yet
pending-changes = { $count ->
    [one] 1 change waiting to be sent
   *[other] { $count } changes waiting to be sent
}
account-status-ok = OK
account-status-error = Sync failed
account-status-auth = Login refused
refused-changes = { $count ->
    [one] 1 change was refused by the server
   *[other] { $count } changes were refused by the server
}
refused-change = { $change } { $target }: { $reason }
change-read = Mark read
change-unread = Mark unread
change-save = Save
change-unsave = Unsave
change-subscribe = Subscribe to
change-unsubscribe = Unsubscribe from
change-rename-feed = Rename
change-move-feed = Move
change-rename-category = Rename category
change-remove-category = Remove category
remove-account-confirm = Remove { $account }? Its feeds and articles leave this computer; saved articles stay.
account-removed = Account removed
server-type = Server type
kind-greader = Google Reader API (FreshRSS, Miniflux, Inoreader, The Old Reader…)
kind-fever = Fever
server-address = Server API address
user-name = User name
api-password = API password
fever-limits = Fever cannot subscribe, unsubscribe, rename or move feeds: do that on the server.
plain-http-warning = Warning: http sends your password and articles unencrypted. Use https unless the server is on your own network.
connection-works = Connection works: the server accepted the login
test-connection = Test connection
account-added-file = Account added. No system keyring here: the password is kept in a file only you can read.
account-added = Account added; its feeds arrive with the first sync.
server = Server
address = Address
user = User
add-account = Add account
accounts = Accounts
accounts-hint = Sync with a feed server you already use. The server fetches the feeds; Bulletin mirrors its subscriptions, articles and read and saved state, and sends your changes back — kept safe until the server has them, even offline.

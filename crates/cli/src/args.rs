use bulletin_core::paths::DB_ENV;
use chrono::NaiveDate;
use clap::{ArgGroup, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(name = "bulletin", version, about = "Bulletin news reader — headless", propagate_version = true)]
pub struct Cli {
    /// Database file [default: <data dir>/bulletin/bulletin.db]
    #[arg(long, global = true, env = DB_ENV, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Print one JSON document on stdout instead of text
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Manage subscriptions
    #[command(subcommand)]
    Feeds(FeedsCommand),
    /// Subscribe to the starter set of major outlets' feeds
    Starter,
    /// Feed server accounts (Google Reader API, Fever)
    #[command(subcommand)]
    Account(AccountCommand),
    /// Filters: hide, mark read, save or notify what matches
    #[command(subcommand)]
    Filters(FiltersCommand),
    /// Smart views: saved searches with counts
    #[command(subcommand)]
    Views(ViewsCommand),
    /// Import or export subscriptions as OPML
    #[command(subcommand)]
    Opml(OpmlCommand),
    /// Fetch feeds now
    Sync {
        /// Only feeds whose next fetch time has come (honours backoff)
        #[arg(long)]
        due: bool,
        /// Requests in flight at once
        #[arg(long, default_value_t = 16, value_parser = crate::usage::between::<u16>(1, 256))]
        concurrency: u16,
        /// Give up on a feed after this many seconds
        #[arg(long, default_value_t = 30, value_parser = crate::usage::between::<u64>(1, 600))]
        timeout: u64,
        /// Show desktop notifications for breaking stories (per the rules)
        #[arg(long)]
        notify: bool,
    },
    /// Sync on a schedule with desktop notifications, until interrupted
    Watch {
        /// Minutes between syncs [default: the sync_interval_minutes setting]
        #[arg(long, value_parser = crate::usage::between::<u32>(1, 1440))]
        interval: Option<u32>,
    },
    /// Notification history, and pausing notifications
    Notifications {
        #[command(subcommand)]
        action: Option<NotificationsCommand>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Notification rules per category and per feed
    Rules {
        #[command(subcommand)]
        action: Option<RulesCommand>,
    },
    /// Show settings, or change one
    Settings {
        #[command(subcommand)]
        action: Option<SettingsCommand>,
    },
    /// List articles, newest first
    Articles {
        #[arg(long)]
        category: Option<String>,
        #[arg(long)]
        feed: Option<i64>,
        #[arg(long)]
        unread: bool,
        #[arg(long)]
        saved: bool,
        /// A local calendar day, YYYY-MM-DD
        #[arg(long)]
        day: Option<NaiveDate>,
        /// Only what filters hide (they are in no other listing)
        #[arg(long)]
        hidden: bool,
        /// The articles of a smart view
        #[arg(long)]
        view: Option<String>,
        #[arg(long)]
        limit: Option<usize>,
        #[arg(long, default_value_t = 0)]
        offset: usize,
    },
    /// Show one article with its body, neighbours and related stories
    Show { id: i64 },
    /// Save an article for later
    Save { id: i64 },
    /// Remove an article from the saved ones
    Unsave { id: i64 },
    /// Mark an article read
    Read { id: i64 },
    /// Mark an article unread
    Unread { id: i64 },
    /// Mark many articles read
    #[command(group(ArgGroup::new("scope").required(true).args(["category", "feed", "all"])))]
    MarkRead {
        #[arg(long)]
        category: Option<String>,
        #[arg(long)]
        feed: Option<i64>,
        #[arg(long)]
        all: bool,
    },
    /// Full-text search, best match first
    Search {
        query: String,
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Categories with unread and total counts
    Categories,
    /// Articles per day in a month
    Archive {
        /// YYYY-MM
        #[arg(long)]
        month: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum FeedsCommand {
    /// Subscribe to a feed, or to the feed a web page links to
    Add {
        url: String,
        #[arg(long)]
        category: Option<String>,
        /// Subscribe on this server account (see `account list`)
        #[arg(long)]
        account: Option<i64>,
    },
    /// List subscriptions with their status
    List,
    /// Unsubscribe (its articles go too)
    Remove { id: i64 },
    /// Give a feed a title of your own
    Rename { id: i64, title: String },
    /// Move a feed to a category (created if new), or out of any with no --category
    Move {
        id: i64,
        #[arg(long)]
        category: Option<String>,
    },
    /// Keep syncing a feed, but out of unread counts, the front page and notifications
    Mute { id: i64 },
    /// Undo `mute`
    Unmute { id: i64 },
    /// A feed's own settings
    Set {
        id: i64,
        /// A title of your own
        #[arg(long)]
        title: Option<String>,
        /// Minutes between fetches, over the app's interval and the feed's hints; 0 for the default
        #[arg(long, value_parser = crate::usage::between::<u32>(0, 10080))]
        interval: Option<u32>,
        /// Load each new article's full text at sync (teaser-only feeds)
        #[arg(long, value_parser = ["on", "off"])]
        full_text: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum OpmlCommand {
    /// Add the feeds of an OPML file
    Import {
        file: PathBuf,
        /// Subscribe on this server account instead of locally
        #[arg(long)]
        account: Option<i64>,
    },
    /// Write subscriptions as OPML (stdout by default)
    Export {
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum NotificationsCommand {
    /// Hold notifications for a while (the history still records them)
    #[command(group(ArgGroup::new("span").required(true).args(["minutes", "until_tomorrow"])))]
    Pause {
        #[arg(long, value_parser = crate::usage::between::<u32>(1, 10080))]
        minutes: Option<u32>,
        /// Until 07:00 tomorrow, local time
        #[arg(long)]
        until_tomorrow: bool,
    },
    /// Show notifications again
    Resume,
}

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// What a category notifies: off, breaking or all
    Category { name: String, rule: String },
    /// What a feed notifies: off, breaking, all, or inherit (its category's rule)
    Feed { id: i64, rule: String },
}

#[derive(Subcommand, Debug)]
pub enum SettingsCommand {
    /// Change a setting, e.g. `settings set quiet_hours 22:00-07:00`
    Set { key: String, value: String },
}

#[derive(Subcommand, Debug)]
pub enum AccountCommand {
    /// Add a server account; the login is checked first
    Add {
        /// greader (FreshRSS, Miniflux, Inoreader, …) or fever
        #[arg(value_parser = ["greader", "fever"])]
        kind: String,
        /// The API endpoint the server documents (FreshRSS: …/api/greader.php; Miniflux: its base URL)
        #[arg(long)]
        url: String,
        #[arg(long)]
        user: String,
        /// Read the API password from standard input [default: $BULLETIN_PASSWORD]
        #[arg(long)]
        password_stdin: bool,
    },
    /// Accounts with their status, last sync and pending changes
    List,
    /// Remove an account: its feeds and articles go, saved articles stay
    Remove { id: i64 },
}

#[derive(Subcommand, Debug)]
pub enum FiltersCommand {
    /// Add a filter (it applies to new articles; `filters apply` applies it to stored ones)
    #[command(group(ArgGroup::new("scope").args(["category", "feed"])))]
    Add {
        /// Words or a phrase (whole words, any case), or a regex with --regex
        #[arg(long = "match")]
        pattern: String,
        #[arg(long)]
        regex: bool,
        /// Where to look
        #[arg(long = "in", default_value = "any", value_parser = ["title", "body", "author", "any"])]
        field: String,
        #[arg(long)]
        category: Option<String>,
        #[arg(long)]
        feed: Option<i64>,
        #[arg(long, value_parser = ["hide", "read", "save", "notify"])]
        action: String,
        /// The filter ends after this many days
        #[arg(long, value_parser = crate::usage::between::<u32>(1, 3650))]
        days: Option<u32>,
    },
    /// Every filter
    List,
    /// Remove a filter; what only it hid comes back
    Remove { id: i64 },
    /// Re-apply every filter to the stored articles; prints how many changed
    Apply,
}

#[derive(Subcommand, Debug)]
pub enum ViewsCommand {
    /// Save a search as a view
    Add {
        name: String,
        #[arg(long)]
        query: String,
        #[arg(long)]
        unread: bool,
        /// Only saved articles
        #[arg(long)]
        saved: bool,
        #[arg(long)]
        category: Option<String>,
        /// Only articles published in the last N days
        #[arg(long, value_parser = crate::usage::between::<u32>(1, 3650))]
        days: Option<u32>,
    },
    /// Views with their counts
    List,
    Remove {
        name: String,
    },
}

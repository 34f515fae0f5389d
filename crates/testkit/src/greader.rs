//! A Google Reader API server for tests, written from the servers' own
//! documentation and sources (FreshRSS `p/api/greader.php`, Miniflux
//! `internal/googlereader/`), speaking either dialect:
//!
//! | | FreshRSS | Miniflux |
//! |---|---|---|
//! | endpoint | `…/api/greader.php/` | the base URL |
//! | write check | the `Authorization` header (any `T`) | the `T` token |
//! | continuation `c` | the last id of the page | an offset |
//! | `ot` | time received | time published |
//! | item ids in `items/ids` | microsecond times, decimal | small numbers |
//! | labels | `user/-/label/X` | `user/1/label/X` |
//! | unknown paths | 404 | `[]` with 200 (no `unread-count`) |
//!
//! Faults can be injected: 401, 429 with Retry-After, 500, a slow answer,
//! truncated JSON, and writes answered OK but lost.

use axum::body::{Body, to_bytes};
use axum::http::{Method, Request, Response, StatusCode};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    FreshRss,
    Miniflux,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Every request: 401.
    Unauthorized,
    /// Every request: 429 with `Retry-After: <secs>`.
    TooManyRequests(u64),
    /// Every request: 500.
    ServerError,
    /// Every answer waits this long.
    Slow(Duration),
    /// Requests to this call (e.g. `reader/api/0/edit-tag`) hang for a minute.
    Hang(&'static str),
    /// JSON answers stop halfway.
    TruncatedJson,
    /// Writes answer OK and change nothing.
    LoseWrites,
}

#[derive(Clone, Debug)]
pub struct FakeFeed {
    pub id: String,
    pub url: String,
    pub title: String,
    pub label: Option<String>,
}

#[derive(Clone, Debug)]
pub struct FakeItem {
    pub id: u64,
    pub feed: String,
    pub title: String,
    pub html: String,
    pub url: String,
    pub published: i64,
    pub received: i64,
    pub read: bool,
    pub starred: bool,
}

struct State {
    dialect: Dialect,
    user: String,
    password: String,
    token: String,
    feeds: Vec<FakeFeed>,
    items: Vec<FakeItem>,
    next_feed: u64,
    next_item: u64,
    fault: Option<Fault>,
    requests: Vec<String>,
}

pub struct GReaderServer {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl GReaderServer {
    pub fn start(dialect: Dialect, user: &str, password: &str) -> GReaderServer {
        let state = Arc::new(Mutex::new(State {
            dialect,
            user: user.to_owned(),
            password: password.to_owned(),
            token: "t0k3n-abcdefghij".to_owned(),
            feeds: Vec::new(),
            items: Vec::new(),
            next_feed: 1,
            // FreshRSS ids are microsecond receive times; Miniflux's count from 1.
            next_item: if dialect == Dialect::FreshRss { 1_795_621_455_265_061 } else { 1 },
            fault: None,
            requests: Vec::new(),
        }));
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let shared = state.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("greader runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
                addr_tx.send(listener.local_addr().expect("local addr")).expect("send addr");
                let app = axum::Router::new().fallback(move |req: Request<Body>| handle(shared.clone(), req));
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = stop_rx.await;
                    })
                    .await;
            });
        });
        let addr = addr_rx.recv().expect("greader server failed to start");
        GReaderServer { addr, state, _stop: stop_tx }
    }

    /// The API endpoint a user types in: FreshRSS's `greader.php`, Miniflux's base URL.
    pub fn endpoint(&self) -> String {
        match self.lock().dialect {
            Dialect::FreshRss => format!("http://{}/api/greader.php", self.addr),
            Dialect::Miniflux => format!("http://{}", self.addr),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn add_feed(&self, url: &str, title: &str, label: Option<&str>) -> String {
        let mut s = self.lock();
        let id = format!("feed/{}", s.next_feed);
        s.next_feed += 1;
        s.feeds.push(FakeFeed { id: id.clone(), url: url.into(), title: title.into(), label: label.map(Into::into) });
        id
    }

    /// An item published `age` ago, and received then (as a server that has
    /// followed the feed all along would have it).
    pub fn add_item(&self, feed: &str, title: &str, html: &str, age: Duration) -> u64 {
        let id = self.lock().next_item;
        self.add_items([(feed.to_owned(), title.to_owned(), html.to_owned(), age)]);
        id
    }

    /// Adds many items at once (benchmarks): (feed, title, html, age).
    pub fn add_items(&self, items: impl IntoIterator<Item = (String, String, String, Duration)>) {
        let mut s = self.lock();
        let now = now();
        for (feed, title, html, age) in items {
            let id = s.next_item;
            s.next_item += if s.dialect == Dialect::FreshRss { 1_000 } else { 1 };
            let at = now - age.as_secs() as i64;
            s.items.push(FakeItem {
                id,
                feed,
                title,
                html,
                url: format!("https://news.example/{id}"),
                published: at,
                received: at,
                read: false,
                starred: false,
            });
        }
    }

    pub fn set_fault(&self, fault: Option<Fault>) {
        self.lock().fault = fault;
    }

    pub fn set_read(&self, id: u64, read: bool) {
        self.item(id, |i| i.read = read);
    }

    pub fn set_starred(&self, id: u64, starred: bool) {
        self.item(id, |i| i.starred = starred);
    }

    pub fn is_read(&self, id: u64) -> bool {
        self.lock().items.iter().any(|i| i.id == id && i.read)
    }

    pub fn is_starred(&self, id: u64) -> bool {
        self.lock().items.iter().any(|i| i.id == id && i.starred)
    }

    pub fn feeds(&self) -> Vec<FakeFeed> {
        self.lock().feeds.clone()
    }

    pub fn remove_feed(&self, id: &str) {
        self.lock().feeds.retain(|f| f.id != id);
    }

    /// Paths requested so far (after the endpoint), in order.
    pub fn requests(&self) -> Vec<String> {
        self.lock().requests.clone()
    }

    pub fn clear_requests(&self) {
        self.lock().requests.clear();
    }

    fn item(&self, id: u64, f: impl FnOnce(&mut FakeItem)) {
        if let Some(i) = self.lock().items.iter_mut().find(|i| i.id == id) {
            f(i);
        }
    }
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

const READ: &str = "user/-/state/com.google/read";
const STARRED: &str = "user/-/state/com.google/starred";
const READING_LIST: &str = "user/-/state/com.google/reading-list";

async fn handle(state: Arc<Mutex<State>>, req: Request<Body>) -> Response<Body> {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let query = req.uri().query().unwrap_or("").to_owned();
    let auth = req.headers().get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let body = to_bytes(req.into_body(), 16 << 20).await.unwrap_or_default();
    let mut params: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    if method == Method::POST {
        params.extend(url::form_urlencoded::parse(&body).into_owned());
    }
    // The request is recorded on arrival, so a test sees what is in flight.
    let (fault, call) = {
        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
        let prefix = if s.dialect == Dialect::FreshRss { "/api/greader.php/" } else { "/" };
        let Some(call) = path.strip_prefix(prefix).map(str::to_owned) else {
            return text(StatusCode::NOT_FOUND, "not found");
        };
        s.requests.push(call.clone());
        (s.fault.clone(), call)
    };
    match &fault {
        Some(Fault::Slow(d)) => tokio::time::sleep(*d).await,
        Some(Fault::Hang(hung)) if *hung == call => tokio::time::sleep(Duration::from_secs(60)).await,
        _ => {}
    }
    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
    match &fault {
        Some(Fault::Unauthorized) => return text(StatusCode::UNAUTHORIZED, "Unauthorized!"),
        Some(Fault::TooManyRequests(secs)) => {
            let mut r = text(StatusCode::TOO_MANY_REQUESTS, "slow down");
            r.headers_mut().insert("retry-after", secs.to_string().parse().expect("a number"));
            return r;
        }
        Some(Fault::ServerError) => return text(StatusCode::INTERNAL_SERVER_ERROR, "boom"),
        _ => {}
    }
    let truncate = fault == Some(Fault::TruncatedJson);
    let lose = fault == Some(Fault::LoseWrites);
    let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let all = |k: &str| params.iter().filter(|(n, _)| n == k).map(|(_, v)| v.clone()).collect::<Vec<_>>();

    if call == "accounts/ClientLogin" {
        let ok = param("Email").as_deref() == Some(s.user.as_str())
            && param("Passwd").as_deref() == Some(s.password.as_str());
        if !ok {
            return text(StatusCode::UNAUTHORIZED, "Error=BadAuthentication\n");
        }
        let auth = format!("{}/0123456789abcdef", s.user);
        if s.dialect == Dialect::Miniflux && param("output").as_deref() == Some("json") {
            return json_answer(json!({"SID": auth, "LSID": auth, "Auth": auth}), false);
        }
        return text(StatusCode::OK, &format!("SID={auth}\nLSID={auth}\nAuth={auth}\n"));
    }
    if auth != format!("GoogleLogin auth={}/0123456789abcdef", s.user) {
        return text(StatusCode::UNAUTHORIZED, "Unauthorized!");
    }
    let write = method == Method::POST && call != "reader/api/0/stream/items/contents";
    if write && s.dialect == Dialect::Miniflux && param("T").as_deref() != Some(s.token.as_str()) {
        return text(StatusCode::UNAUTHORIZED, "Unauthorized (bad token)");
    }
    let label = |name: &str, dialect: Dialect| match dialect {
        Dialect::FreshRss => format!("user/-/label/{name}"),
        Dialect::Miniflux => format!("user/1/label/{name}"),
    };
    let dialect = s.dialect;
    match call.as_str() {
        "reader/api/0/token" => text(StatusCode::OK, &format!("{}\n", s.token)),
        "reader/api/0/subscription/list" => {
            let subs: Vec<Value> = s
                .feeds
                .iter()
                .map(|f| {
                    let cats: Vec<Value> =
                        f.label.iter().map(|l| json!({"id": label(l, dialect), "label": l})).collect();
                    json!({"id": f.id, "title": f.title, "categories": cats, "url": f.url,
                           "htmlUrl": f.url.replace("/feed", ""), "iconUrl": ""})
                })
                .collect();
            json_answer(json!({ "subscriptions": subs }), truncate)
        }
        "reader/api/0/unread-count" if dialect == Dialect::Miniflux => json_answer(json!([]), false),
        "reader/api/0/stream/items/ids" => {
            let stream = param("s").unwrap_or_default();
            let n: usize = param("n").and_then(|n| n.parse().ok()).unwrap_or(if dialect == Dialect::FreshRss {
                20
            } else {
                10_000
            });
            let exclude = param("xt");
            let ot: Option<i64> = param("ot").and_then(|v| v.parse().ok());
            let mut items: Vec<&FakeItem> = s
                .items
                .iter()
                .filter(|i| in_stream(&s.feeds, i, &stream))
                .filter(|i| exclude.as_deref() != Some(READ) || !i.read)
                .filter(|i| match (ot, dialect) {
                    (Some(t), Dialect::FreshRss) => i.received >= t,
                    (Some(t), Dialect::Miniflux) => i.published > t,
                    (None, _) => true,
                })
                .collect();
            items.sort_by_key(|i| std::cmp::Reverse(i.id));
            let (page, continuation): (Vec<&FakeItem>, Option<String>) = match dialect {
                Dialect::FreshRss => {
                    let after: Option<u64> = param("c").and_then(|c| c.parse().ok());
                    let rest: Vec<&FakeItem> = items.into_iter().filter(|i| after.is_none_or(|c| i.id < c)).collect();
                    let more = rest.len() > n;
                    let page: Vec<&FakeItem> = rest.into_iter().take(n).collect();
                    let c = more.then(|| page.last().map(|i| i.id.to_string())).flatten();
                    (page, c)
                }
                Dialect::Miniflux => {
                    let offset: usize = param("c").and_then(|c| c.parse().ok()).unwrap_or(0);
                    let more = items.len() > offset + n;
                    (items.into_iter().skip(offset).take(n).collect(), more.then(|| (offset + n).to_string()))
                }
            };
            let refs: Vec<Value> = page.iter().map(|i| json!({"id": i.id.to_string(), "directStreamIds": [], "timestampUsec": (i.received * 1_000_000).to_string()})).collect();
            let mut answer = json!({ "itemRefs": refs });
            if let Some(c) = continuation {
                answer["continuation"] = json!(c);
            }
            json_answer(answer, truncate)
        }
        "reader/api/0/stream/items/contents" => {
            let wanted: std::collections::HashSet<u64> = all("i").iter().filter_map(|i| parse_id(i)).collect();
            let feed_index: std::collections::HashMap<&str, usize> =
                s.feeds.iter().enumerate().map(|(n, f)| (f.id.as_str(), n)).collect();
            let items: Vec<Value> = s
                .items
                .iter()
                .filter(|i| wanted.contains(&i.id))
                .map(|i| {
                    let feed = feed_index.get(i.feed.as_str()).map(|&n| &s.feeds[n]);
                    let mut cats = vec![READING_LIST.replace("/-/", if dialect == Dialect::Miniflux { "/1/" } else { "/-/" })];
                    if i.read {
                        cats.push(READ.into());
                    }
                    if i.starred {
                        cats.push(STARRED.into());
                    }
                    if let Some(l) = feed.and_then(|f| f.label.as_deref()) {
                        cats.push(label(l, dialect));
                    }
                    json!({
                        "id": format!("tag:google.com,2005:reader/item/{:016x}", i.id),
                        "crawlTimeMsec": (i.received * 1000).to_string(),
                        "timestampUsec": (i.received * 1_000_000).to_string(),
                        "published": i.published,
                        "updated": i.published,
                        "title": i.title,
                        "canonical": [{"href": i.url}],
                        "alternate": [{"href": i.url, "type": "text/html"}],
                        "categories": cats,
                        "origin": {"streamId": i.feed, "title": feed.map(|f| f.title.clone()).unwrap_or_default(), "htmlUrl": ""},
                        "summary": {"content": i.html},
                        "author": "Reporter",
                    })
                })
                .collect();
            json_answer(json!({"id": READING_LIST, "updated": now(), "items": items}), truncate)
        }
        "reader/api/0/edit-tag" => {
            let ids: std::collections::HashSet<u64> = all("i").iter().filter_map(|i| parse_id(i)).collect();
            let (add, remove) = (param("a"), param("r"));
            if !lose {
                for item in s.items.iter_mut().filter(|i| ids.contains(&i.id)) {
                    for (tag, on) in [(add.as_deref(), true), (remove.as_deref(), false)] {
                        match tag {
                            Some(READ) => item.read = on,
                            Some(STARRED) => item.starred = on,
                            _ => {}
                        }
                    }
                }
            }
            text(StatusCode::OK, "OK")
        }
        "reader/api/0/subscription/quickadd" => {
            let url = param("quickadd").unwrap_or_default();
            let url = url.strip_prefix("feed/").unwrap_or(&url).to_owned();
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return json_answer(json!({"numResults": 0, "error": "invalid feed URL"}), false);
            }
            let id = format!("feed/{}", s.next_feed);
            if !lose {
                s.next_feed += 1;
                s.feeds.push(FakeFeed { id: id.clone(), url: url.clone(), title: url.clone(), label: None });
            }
            json_answer(json!({"numResults": 1, "query": url, "streamId": id, "streamName": url}), false)
        }
        "reader/api/0/subscription/edit" => {
            let stream = param("s").unwrap_or_default();
            let strip = |l: Option<String>| l.and_then(|l| l.rsplit_once("/label/").map(|(_, n)| n.to_owned()));
            if !lose {
                match param("ac").as_deref() {
                    Some("unsubscribe") => s.feeds.retain(|f| f.id != stream),
                    Some("edit") => {
                        let (title, add, remove) = (param("t"), strip(param("a")), strip(param("r")));
                        if let Some(f) = s.feeds.iter_mut().find(|f| f.id == stream) {
                            if let Some(t) = title {
                                f.title = t;
                            }
                            if remove.is_some() && f.label == remove {
                                f.label = None;
                            }
                            if add.is_some() {
                                f.label = add;
                            }
                        }
                    }
                    _ => return text(StatusCode::BAD_REQUEST, "unknown action"),
                }
            }
            text(StatusCode::OK, "OK")
        }
        "reader/api/0/rename-tag" => {
            let strip = |l: Option<String>| l.and_then(|l| l.rsplit_once("/label/").map(|(_, n)| n.to_owned()));
            let (from, to) = (strip(param("s")), strip(param("dest")));
            if !lose {
                for f in s.feeds.iter_mut().filter(|f| f.label == from) {
                    f.label = to.clone();
                }
            }
            text(StatusCode::OK, "OK")
        }
        "reader/api/0/disable-tag" => {
            let name = param("s").and_then(|l| l.rsplit_once("/label/").map(|(_, n)| n.to_owned()));
            if !lose {
                for f in s.feeds.iter_mut().filter(|f| f.label == name) {
                    f.label = None;
                }
            }
            text(StatusCode::OK, "OK")
        }
        _ if dialect == Dialect::Miniflux => json_answer(json!([]), false),
        _ => text(StatusCode::NOT_FOUND, "not found"),
    }
}

fn in_stream(feeds: &[FakeFeed], item: &FakeItem, stream: &str) -> bool {
    let stream = match stream.strip_prefix("user/").and_then(|r| r.split_once('/')) {
        Some((_, rest)) => format!("user/-/{rest}"),
        None => stream.to_owned(),
    };
    match stream.as_str() {
        READING_LIST => true,
        STARRED => item.starred,
        READ => item.read,
        s if s.starts_with("feed/") => item.feed == s,
        s => match s.strip_prefix("user/-/label/") {
            Some(l) => feeds.iter().any(|f| f.id == item.feed && f.label.as_deref() == Some(l)),
            None => false,
        },
    }
}

/// Any of the three id forms; a 16-character bare id is hex (as Miniflux reads it).
fn parse_id(id: &str) -> Option<u64> {
    if let Some(hex) = id.strip_prefix("tag:google.com,2005:reader/item/") {
        return u64::from_str_radix(hex, 16).ok();
    }
    if id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return u64::from_str_radix(id, 16).ok();
    }
    id.parse().ok()
}

fn text(status: StatusCode, body: &str) -> Response<Body> {
    Response::builder()
        .status(status)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Body::from(body.to_owned()))
        .expect("a valid response")
}

fn json_answer(v: Value, truncate: bool) -> Response<Body> {
    let mut bytes = serde_json::to_vec(&v).expect("JSON");
    if truncate {
        bytes.truncate(bytes.len() / 2);
    }
    Response::builder()
        .status(StatusCode::OK)
        .header("content-type", "application/json")
        .body(Body::from(bytes))
        .expect("a valid response")
}

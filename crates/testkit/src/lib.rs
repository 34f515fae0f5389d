//! An HTTP server on 127.0.0.1 for tests: fixture feeds with real conditional
//! GET, plus the misbehaving endpoints a feed reader meets in the wild.
//! It runs on its own thread and runtime, so sync and async tests can share it.

pub mod coldsweat;
mod feeds;
pub mod greader;
mod hostile;
pub mod session;

pub use feeds::{Item, rss};

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Request, Response, StatusCode, header};
use futures_util::stream;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub use hostile::{BOMB_DECOMPRESSED, gzip_bomb};

/// What a path answers.
#[derive(Clone, Debug)]
pub struct Route {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: RouteBody,
    /// Wait this long before answering.
    pub delay: Duration,
    /// Answer 304 when the request's validators match these.
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

#[derive(Clone, Debug)]
pub enum RouteBody {
    Bytes(Vec<u8>),
    /// `prefix`, then `chunk` repeated until `total` bytes, generated lazily.
    Endless {
        prefix: Vec<u8>,
        chunk: Vec<u8>,
        total: usize,
    },
    /// One byte of `bytes` every `every`.
    Trickle {
        bytes: Vec<u8>,
        every: Duration,
    },
}

impl Route {
    pub fn status(status: u16) -> Route {
        Route {
            status,
            headers: Vec::new(),
            body: RouteBody::Bytes(Vec::new()),
            delay: Duration::ZERO,
            etag: None,
            last_modified: None,
        }
    }

    pub fn bytes(content_type: &str, body: impl Into<Vec<u8>>) -> Route {
        Route { body: RouteBody::Bytes(body.into()), ..Route::status(200) }.header("content-type", content_type)
    }

    /// A feed document with an ETag and Last-Modified, answering 304 to a matching conditional GET.
    pub fn feed(xml: impl Into<Vec<u8>>) -> Route {
        let body: Vec<u8> = xml.into();
        let etag = format!("\"{:x}-{}\"", fnv(&body), body.len());
        Route {
            etag: Some(etag),
            last_modified: Some("Tue, 24 Nov 2026 10:00:00 GMT".into()),
            ..Route::bytes("application/rss+xml; charset=utf-8", body)
        }
    }

    pub fn redirect(status: u16, location: &str) -> Route {
        Route::status(status).header("location", location)
    }

    pub fn header(mut self, name: &str, value: &str) -> Route {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn delayed(mut self, d: Duration) -> Route {
        self.delay = d;
        self
    }
}

fn fnv(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &x| (h ^ u64::from(x)).wrapping_mul(0x100_0000_01b3))
}

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Hit {
    pub path: String,
    pub if_none_match: Option<String>,
    pub if_modified_since: Option<String>,
    pub user_agent: Option<String>,
    pub status: u16,
}

type Routes = Arc<Mutex<HashMap<String, Route>>>;

/// Requests being answered now, and the most ever at once.
#[derive(Default)]
struct InFlight {
    now: std::sync::atomic::AtomicUsize,
    max: std::sync::atomic::AtomicUsize,
}

struct InFlightGuard(Arc<InFlight>);

impl InFlightGuard {
    fn enter(f: &Arc<InFlight>) -> InFlightGuard {
        use std::sync::atomic::Ordering::SeqCst;
        let n = f.now.fetch_add(1, SeqCst) + 1;
        f.max.fetch_max(n, SeqCst);
        InFlightGuard(f.clone())
    }
}

impl Drop for InFlightGuard {
    fn drop(&mut self) {
        self.0.now.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

pub struct TestServer {
    addr: SocketAddr,
    routes: Routes,
    hits: Arc<Mutex<Vec<Hit>>>,
    in_flight: Arc<InFlight>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl TestServer {
    pub fn start() -> TestServer {
        let routes: Routes = Arc::default();
        let hits: Arc<Mutex<Vec<Hit>>> = Arc::default();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let in_flight: Arc<InFlight> = Arc::default();
        let (r, h, f) = (routes.clone(), hits.clone(), in_flight.clone());
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("test server runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
                addr_tx.send(listener.local_addr().expect("local addr")).expect("send addr");
                let app = axum::Router::new().fallback(move |req: Request<Body>| {
                    let guard = InFlightGuard::enter(&f);
                    let fut = serve(r.clone(), h.clone(), req);
                    async move {
                        let resp = fut.await;
                        drop(guard);
                        resp
                    }
                });
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = stop_rx.await;
                    })
                    .await;
            });
        });
        let addr = addr_rx.recv().expect("test server failed to start");
        TestServer { addr, routes, hits, in_flight, _stop: stop_tx }
    }

    /// A server with every hostile endpoint of [`hostile::install`] already in place.
    pub fn with_hostile_endpoints() -> TestServer {
        let s = TestServer::start();
        hostile::install(&s);
        s
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn set(&self, path: &str, route: Route) {
        self.routes.lock().unwrap().insert(path.to_owned(), route);
    }

    /// The most requests this server was ever answering at the same time.
    pub fn max_in_flight(&self) -> usize {
        self.in_flight.max.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Forgets the requests seen so far (a long run would keep them all).
    pub fn clear_hits(&self) {
        self.hits.lock().unwrap().clear();
    }

    pub fn hits(&self, path: &str) -> Vec<Hit> {
        self.hits.lock().unwrap().iter().filter(|h| h.path == path).cloned().collect()
    }
}

async fn serve(routes: Routes, hits: Arc<Mutex<Vec<Hit>>>, req: Request<Body>) -> Response<Body> {
    let path = req.uri().path().to_owned();
    let get = |h: &HeaderMap, n: header::HeaderName| h.get(n).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let mut hit = Hit {
        path: path.clone(),
        if_none_match: get(req.headers(), header::IF_NONE_MATCH),
        if_modified_since: get(req.headers(), header::IF_MODIFIED_SINCE),
        user_agent: get(req.headers(), header::USER_AGENT),
        status: 404,
    };
    let route = routes.lock().unwrap().get(&path).cloned();
    let Some(route) = route else {
        hits.lock().unwrap().push(hit);
        return Response::builder().status(404).body(Body::from("not found")).unwrap();
    };
    if !route.delay.is_zero() {
        tokio::time::sleep(route.delay).await;
    }
    let not_modified = route.status == 200
        && ((route.etag.is_some() && hit.if_none_match == route.etag)
            || (hit.if_none_match.is_none()
                && route.last_modified.is_some()
                && hit.if_modified_since == route.last_modified));
    let status = if not_modified { 304 } else { route.status };
    hit.status = status;
    hits.lock().unwrap().push(hit);

    let mut resp = Response::builder().status(StatusCode::from_u16(status).unwrap());
    for (k, v) in &route.headers {
        resp = resp.header(k.as_str(), HeaderValue::from_str(v).unwrap());
    }
    if let Some(e) = &route.etag {
        resp = resp.header(header::ETAG, e.as_str());
    }
    if let Some(lm) = &route.last_modified {
        resp = resp.header(header::LAST_MODIFIED, lm.as_str());
    }
    if not_modified {
        return resp.body(Body::empty()).unwrap();
    }
    let body = match route.body {
        RouteBody::Bytes(b) => Body::from(b),
        RouteBody::Endless { prefix, chunk, total } => {
            let state = (Some(prefix), chunk, total);
            Body::from_stream(stream::unfold(state, |(prefix, chunk, left)| async move {
                if let Some(p) = prefix {
                    let n = p.len();
                    return Some((Ok::<_, std::io::Error>(p), (None, chunk, left.saturating_sub(n))));
                }
                if left == 0 {
                    return None;
                }
                let piece = chunk[..chunk.len().min(left)].to_vec();
                let n = piece.len();
                Some((Ok(piece), (None, chunk, left - n)))
            }))
        }
        RouteBody::Trickle { bytes, every } => Body::from_stream(stream::unfold(0usize, move |i| {
            let bytes = bytes.clone();
            async move {
                if i >= bytes.len() {
                    return None;
                }
                tokio::time::sleep(every).await;
                Some((Ok::<_, std::io::Error>(vec![bytes[i]]), i + 1))
            }
        })),
    };
    resp.body(body).unwrap()
}

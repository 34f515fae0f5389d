use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use url::Url;

/// At most `per_host` requests in flight to any one host (host:port).
#[derive(Clone)]
pub struct HostLimits {
    per_host: usize,
    hosts: Arc<Mutex<HashMap<String, Arc<Semaphore>>>>,
}

impl HostLimits {
    pub fn new(per_host: usize) -> Self {
        HostLimits { per_host: per_host.max(1), hosts: Arc::default() }
    }

    pub async fn acquire(&self, url: &Url) -> OwnedSemaphorePermit {
        let key = format!("{}:{}", url.host_str().unwrap_or(""), url.port_or_known_default().unwrap_or(0));
        let sem = {
            let mut map = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
            map.entry(key).or_insert_with(|| Arc::new(Semaphore::new(self.per_host))).clone()
        };
        // The semaphore is never closed, so acquiring cannot fail.
        sem.acquire_owned().await.expect("host semaphore closed")
    }
}

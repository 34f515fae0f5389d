use crate::error::FetchError;

/// Reads the (already decompressed) body, stopping at `cap` bytes so neither a
/// gzip bomb nor an endless stream can take memory.
pub async fn read_capped(mut resp: reqwest::Response, cap: usize) -> Result<Vec<u8>, FetchError> {
    let declared = resp.content_length().unwrap_or(0) as usize;
    if declared > cap {
        return Err(FetchError::TooLarge(cap));
    }
    let mut buf = Vec::with_capacity(declared.min(cap));
    while let Some(chunk) = resp.chunk().await.map_err(super::classify)? {
        if buf.len() + chunk.len() > cap {
            return Err(FetchError::TooLarge(cap));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

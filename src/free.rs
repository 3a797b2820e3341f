//! Freeing large structures off the critical path.
//!
//! A structure of millions of small allocations (a million records' strings, the matching
//! model's per-record vectors) takes a second or more to free. Where nothing waits for that
//! memory, it is freed on another thread while the work goes on. (The `defer-drop` crate does
//! the same through a shared queue and a global thread; one short-lived thread per structure is
//! all this needs.)

/// Drops `value` on a new thread; the handle says when it is done. `None` when no thread could
/// be started: then `value` was dropped here.
pub fn drop_in_background<T: Send + 'static>(value: T) -> Option<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("overlap-free".into())
        .spawn(move || drop(value))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn the_value_is_dropped_and_the_handle_says_when() {
        let value = Arc::new(vec![1u8; 1 << 20]);
        let watch = Arc::downgrade(&value);
        let handle = drop_in_background(value).expect("a thread");
        handle.join().expect("the thread finishes");
        assert!(
            watch.upgrade().is_none(),
            "the value is freed once the thread is done"
        );
    }
}

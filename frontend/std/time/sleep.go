package time

// Sleep pauses the program for at least the duration d; a zero or negative
// duration returns at once.
//
// gowgc has no goroutines and WASI preview 1 gives no portable way to
// block, so Sleep busy-waits on the monotonic clock.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	start := rt_clock_ns(1)
	for {
		elapsed := rt_clock_ns(1) - start
		if elapsed < 0 || Duration(elapsed) >= d {
			return
		}
	}
}

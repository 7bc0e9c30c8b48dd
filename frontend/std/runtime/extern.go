package runtime

// What programs use of package runtime beyond panics. A program is one
// goroutine on one thread, so these are exact, not approximations.

// GOOS and GOARCH are those of Go's own WebAssembly port for WASI.
const (
	GOOS   = "wasip1"
	GOARCH = "wasm"
)

// GC runs a collection. Nothing a Go program can observe depends on it
// here (no finalizers, no memory statistics), so it does nothing.
func GC() {}

// Gosched yields to other goroutines; there are none.
func Gosched() {}

// NumGoroutine is the number of goroutines: main's.
func NumGoroutine() int { return 1 }

// NumCPU is the number of CPUs the program may use.
func NumCPU() int { return 1 }

// GOMAXPROCS reports 1 (one thread) and ignores n.
func GOMAXPROCS(n int) int { return 1 }

// KeepAlive keeps x reachable until this call.
func KeepAlive(x any) {}

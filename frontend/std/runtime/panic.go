// Package runtime is gowgc's Go-source runtime: panics, recover and the
// deferred-call machinery, compiled together with programs that use defer.
//
// Functions declared without a body are compiler intrinsics (see the
// frontend's check/intrinsics.rs).
package runtime

// A panic in progress. panics is the newest; link the one it interrupted.
type _panic struct {
	arg        any
	recovered  bool
	repanicked bool
	link       *_panic
}

// A deferred call: a closure that makes the call with the values the defer
// statement evaluated.
type _defer struct {
	fn   func()
	link *_defer
}

var panics *_panic

// armed is set while rundefers runs a deferred call for a panic; the first
// function that can call recover takes it (takearmed), so that only a
// function called directly by the deferred call can recover.
var armed bool

// Intrinsics.
func throw()                   // raise the Go panic exception
func catchcall(f func()) bool  // call f, report whether it panicked
func printpanicval(v any)      // print a panic value as Go's runtime does
func fatalexit()               // Go's goroutine trailer, exit status 2
func typestring(v any) string  // the dynamic type's name

// Error is Go's runtime.Error.
type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// TypeAssertionError is Go's runtime.TypeAssertionError; the compiler
// builds its message.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}
func (e *TypeAssertionError) Error() string { return e.msg }

// PanicNilError is what panic(nil) panics with.
type PanicNilError struct {
	_ [0]int
}

func (*PanicNilError) RuntimeError() {}
func (*PanicNilError) Error() string {
	return "runtime error: panic called with nil argument"
}

type boundsError struct {
	x      int64
	y      int64
	signed bool
	code   uint8
}

var boundsErrorFmt = [...]string{
	"index out of range [%x] with length %y",
	"slice bounds out of range [:%x] with length %y",
	"slice bounds out of range [:%x] with capacity %y",
	"slice bounds out of range [%x:%y]",
	"slice bounds out of range [::%x] with length %y",
	"slice bounds out of range [::%x] with capacity %y",
	"slice bounds out of range [:%x:%y]",
	"slice bounds out of range [%x:%y:]",
	"cannot convert slice with length %y to array or pointer to array with length %x",
}

// For a negative x, the length is not printed.
var boundsNegErrorFmt = [...]string{
	"index out of range [%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [%x:]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [:%x:]",
	"slice bounds out of range [%x::]",
	"",
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	f := boundsErrorFmt[e.code]
	if e.signed && e.x < 0 && boundsNegErrorFmt[e.code] != "" {
		f = boundsNegErrorFmt[e.code]
	}
	b := make([]byte, 0, 100)
	b = append(b, "runtime error: "...)
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		if f[i] == 'x' {
			if e.signed {
				b = appendInt(b, e.x)
			} else {
				b = appendUint(b, uint64(e.x))
			}
		} else {
			b = appendInt(b, e.y)
		}
	}
	return string(b)
}

func appendInt(b []byte, v int64) []byte {
	if v < 0 {
		b = append(b, '-')
		return appendUint(b, uint64(-v))
	}
	return appendUint(b, uint64(v))
}

func appendUint(b []byte, v uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

// gopanic starts panicking with v: the deferred calls of every frame run as
// the exception unwinds (rundefers) until one recovers.
func gopanic(v any) {
	if v == nil {
		v = new(PanicNilError)
	}
	p := &_panic{arg: v, link: panics}
	if q := panics; q != nil && q.recovered && sameValue(q.arg, v) {
		// Go 1.23+: re-panicking the value just recovered prints once.
		p.repanicked = true
		p.link = q.link
	}
	panics = p
	throw()
}

// sameValue is v == w without the panic for uncomparable dynamic types.
func sameValue(v, w any) bool {
	switch v.(type) {
	case bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32,
		uint64, uintptr, float32, float64, string, error:
		return v == w
	}
	return false
}

// panicHook raises the runtime errors the backends detect.
func panicHook(code int32, x int64, y int64) {
	switch {
	case code < 0x20:
		gopanic(boundsError{x: x, y: y, signed: code&0x10 == 0, code: uint8(code & 0xf)})
	case code == 0x20:
		gopanic(errorString("integer divide by zero"))
	case code == 0x21:
		gopanic(errorString("invalid memory address or nil pointer dereference"))
	case code == 0x22:
		gopanic(errorString("negative shift amount"))
	case code == 0x23:
		gopanic(errorString("makeslice: len out of range"))
	default:
		gopanic(errorString("makeslice: cap out of range"))
	}
}

// The panics the compiler raises with a message it builds.
func panicTypeAssert(msg string) { gopanic(&TypeAssertionError{msg: msg}) }
func panicPlain(msg string)      { gopanic(plainError(msg)) }
func panicError(msg string)      { gopanic(errorString(msg)) }

// gorecover is recover(); can says whether the caller was called directly
// by a deferred call that runs for a panic.
func gorecover(can bool) any {
	p := panics
	if !can || p == nil || p.recovered {
		return nil
	}
	p.recovered = true
	return p.arg
}

// takearmed is called on entry by every function that calls recover.
func takearmed() bool {
	a := armed
	armed = false
	return a
}

// disarm is called by a deferred call's thunk before it makes a builtin
// or fmt call inline (Go functions clear or take the flag on entry).
func disarm() { armed = false }

// curpanic is the panic in progress when a frame with defers is entered.
func curpanic() *_panic { return panics }

// pushdefer adds a deferred call to a frame's list.
func pushdefer(head **_defer, fn func()) { *head = &_defer{fn: fn, link: *head} }

// calldeferred makes a deferred call (catchcall's callee).
func calldeferred(fn func()) { fn() }

// rundefers runs a frame's deferred calls, newest first, when the frame
// returns (panicking false) or a panic reaches it (true). saved is the
// panic in progress when the frame was entered. A deferred call that
// panics replaces the frame's panic; one that recovers it ends the panic
// (and every panic started since the frame was entered), and the frame
// returns normally. Still panicking after the last call, it re-raises.
func rundefers(d *_defer, panicking bool, saved *_panic) {
	for d != nil {
		fn := d.fn
		d = d.link
		armed = panicking
		threw := catchcall(fn)
		armed = false
		if threw {
			panicking = true
			continue
		}
		if panicking && panics != nil && panics.recovered {
			panicking = false
			panics = saved
		}
	}
	if panicking {
		throw()
	}
}

// fatalpanic prints the panics in progress, oldest first, and exits.
func fatalpanic() {
	if catchcall(preprintpanics) {
		print("fatal error: panic while printing panic value: ")
		if s, ok := panics.arg.(string); ok {
			print(s)
		} else {
			print("type ", typestring(panics.arg))
		}
		fatalexit()
	}
	printpanics(panics)
	fatalexit()
}

type stringer interface {
	String() string
}

// preprintpanics calls the Error and String methods of the panic values,
// newest first, before anything is printed (as Go does).
func preprintpanics() {
	for p := panics; p != nil; p = p.link {
		switch v := p.arg.(type) {
		case error:
			p.arg = v.Error()
		case stringer:
			p.arg = v.String()
		}
	}
}

func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		print("\n\t")
	}
	print("panic: ")
	printpanicval(p.arg)
	if p.repanicked {
		print(" [recovered, repanicked]")
	} else if p.recovered {
		print(" [recovered]")
	}
}

// printindented prints s with a tab after each newline, as Go's runtime
// prints panic values.
func printindented(s string) {
	i0 := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			print(s[i0:i+1], "\t")
			i0 = i + 1
		}
	}
	print(s[i0:])
}

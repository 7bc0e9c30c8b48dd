// Package fmt is gowgc's fmt: formatted printing with Go's verbs, flags
// and rules (see Go's fmt documentation), written for gowgc on top of the
// compiler's internal/reflectlite. Scanning is left out.
package fmt

import (
	"internal/reflectlite"
	"io"
	"os"
	"unicode/utf8"
)

// Strings that appear in the output of erroneous or special cases.
const (
	commaSpace  = ", "
	nilAngle    = "<nil>"
	nilParen    = "(nil)"
	percentBang = "%!"
	missingArg  = "(MISSING)"
	badIndex    = "(BADINDEX)"
	panicStr    = "(PANIC="
	extraStr    = "%!(EXTRA "
	badWidth    = "%!(BADWIDTH)"
	badPrec     = "%!(BADPREC)"
	noVerb      = "%!(NOVERB)"
)

// State represents the printer state passed to custom formatters. It
// provides access to the io.Writer interface plus information about the
// flags and options for the operand's format specifier.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The
// implementation controls how State and rune are interpreted, and may call
// Sprint or Fprint(f) etc. to generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value. The String method is used to
// print values passed as an operand to any format that accepts a string or
// to an unformatted printer such as Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value. The GoString method is used to
// print values passed as an operand to a %#v format.
type GoStringer interface {
	GoString() string
}

// FormatString returns a string representing the fully qualified
// formatting directive captured by the State, followed by the argument
// verb. (State does not itself contain the verb.)
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendDecimal(b, w)
	}
	if prec, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendDecimal(b, prec)
	}
	return string(utf8.AppendRune(b, verb))
}

func appendDecimal(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}

// printer holds the output and the state of one formatting call.
type printer struct {
	buf []byte
	fmtFlags
	wid  int
	prec int

	// erroring is set while writing a bad-verb message, so that methods
	// are not called for it.
	erroring bool
	// panicking is set while printing a value recovered from a panic in
	// an Error, String, GoString or Format method.
	panicking bool
	// wrapErrs is set in Errorf, where %w is allowed.
	wrapErrs bool
	// wrapped are the argument indexes used with %w.
	wrapped []int
	// reordered is set once the format used an explicit argument index;
	// goodArgNum is cleared by a bad one.
	reordered  bool
	goodArgNum bool
}

func newPrinter() *printer {
	return &printer{}
}

// Write implements State (and io.Writer) for Format methods.
func (p *printer) Write(b []byte) (int, error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString lets Format methods use io.WriteString efficiently.
func (p *printer) WriteString(s string) (int, error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// Width implements State.
func (p *printer) Width() (int, bool) { return p.wid, p.widPresent }

// Precision implements State.
func (p *printer) Precision() (int, bool) { return p.prec, p.precPresent }

// Flag implements State.
func (p *printer) Flag(c int) bool {
	switch c {
	case '-':
		return p.minus
	case '+':
		return p.plus || p.plusV
	case '#':
		return p.sharp || p.sharpV
	case ' ':
		return p.space
	case '0':
		return p.zero
	}
	return false
}

func (p *printer) writeRune(r rune) {
	p.buf = utf8.AppendRune(p.buf, r)
}

// Fprintf formats according to a format specifier and writes to w. It
// returns the number of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf formats according to a format specifier and writes to standard
// output. It returns the number of bytes written and any write error
// encountered.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the
// resulting string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Appendf formats according to a format specifier, appends the result to
// the byte slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Fprint formats using the default formats for its operands and writes to
// w. Spaces are added between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print formats using the default formats for its operands and writes to
// standard output. Spaces are added between operands when neither is a
// string.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint formats using the default formats for its operands and returns
// the resulting string. Spaces are added between operands when neither is
// a string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Append formats using the default formats for its operands, appends the
// result to the byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Fprintln formats using the default formats for its operands and writes
// to w. Spaces are always added between operands and a newline is
// appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println formats using the default formats for its operands and writes
// to standard output. Spaces are always added between operands and a
// newline is appended.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln formats using the default formats for its operands and returns
// the resulting string. Spaces are always added between operands and a
// newline is appended.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Appendln formats using the default formats for its operands, appends
// the result to the byte slice, and returns the updated slice.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	return append(b, p.buf...)
}

func (p *printer) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && reflectlite.KindOf(arg) == reflectlite.String
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *printer) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// isSignedKind and isUnsignedKind classify integer kinds.
func isSignedKind(k reflectlite.Kind) bool {
	return k >= reflectlite.Int && k <= reflectlite.Int64
}

func isUnsignedKind(k reflectlite.Kind) bool {
	return k >= reflectlite.Uint && k <= reflectlite.Uintptr
}

// badVerb writes %!verb(type=value), or %!verb(<nil>) for a nil value.
// The value is printed with %v and without calling its methods.
func (p *printer) badVerb(v any, verb rune) {
	p.erroring = true
	p.buf = append(p.buf, percentBang...)
	p.writeRune(verb)
	p.buf = append(p.buf, '(')
	if v != nil {
		p.buf = append(p.buf, reflectlite.TypeString(v)...)
		p.buf = append(p.buf, '=')
		p.printValue(v, false, 'v', 0)
	} else {
		p.buf = append(p.buf, nilAngle...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

func (p *printer) fmtBool(v any, b bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmtBoolean(b)
	default:
		p.badVerb(v, verb)
	}
}

// fmt0x64 writes v in hex, with a 0x prefix if leading0x.
func (p *printer) fmt0x64(v uint64, leading0x bool) {
	sharp := p.sharp
	p.sharp = leading0x
	p.fmtInt(v, 16, false, 'v', lowerDigits)
	p.sharp = sharp
}

// fmtInteger prints the integer n of value v (a two's complement int64
// if signed) for verb.
func (p *printer) fmtInteger(v any, n uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV && !signed {
			p.fmt0x64(n, true)
		} else {
			p.fmtInt(n, 10, signed, verb, lowerDigits)
		}
	case 'd':
		p.fmtInt(n, 10, signed, verb, lowerDigits)
	case 'b':
		p.fmtInt(n, 2, signed, verb, lowerDigits)
	case 'o', 'O':
		p.fmtInt(n, 8, signed, verb, lowerDigits)
	case 'x':
		p.fmtInt(n, 16, signed, verb, lowerDigits)
	case 'X':
		p.fmtInt(n, 16, signed, verb, upperDigits)
	case 'c':
		p.fmtC(n)
	case 'q':
		p.fmtQc(n)
	case 'U':
		p.fmtUnicode(n)
	default:
		p.badVerb(v, verb)
	}
}

// fmtFloatVerb prints the float f of value v (of the given bit size) for
// verb.
func (p *printer) fmtFloatVerb(v any, f float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmtFloat(f, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtFloat(f, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmtFloat(f, size, verb, 6)
	case 'F':
		p.fmtFloat(f, size, 'f', 6)
	default:
		p.badVerb(v, verb)
	}
}

// fmtString prints the string s of value v for verb.
func (p *printer) fmtString(v any, s string, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV {
			p.fmtQ(s)
		} else {
			p.fmtS(s)
		}
	case 's':
		p.fmtS(s)
	case 'x':
		p.fmtHexBytes(s, nil, false, lowerDigits)
	case 'X':
		p.fmtHexBytes(s, nil, false, upperDigits)
	case 'q':
		p.fmtQ(s)
	default:
		p.badVerb(v, verb)
	}
}

// fmtBytes prints a byte slice or array b (nil for a nil slice) whose
// type prints as typeString; v is the value itself.
func (p *printer) fmtBytes(v any, b []byte, isNil bool, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.sharpV {
			p.buf = append(p.buf, typeString...)
			if isNil {
				p.buf = append(p.buf, nilParen...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range b {
				if i > 0 {
					p.buf = append(p.buf, commaSpace...)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i, c := range b {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.fmtInt(uint64(c), 10, false, verb, lowerDigits)
			}
			p.buf = append(p.buf, ']')
		}
	case 's':
		p.fmtBs(b)
	case 'x':
		p.fmtHexBytes("", b, true, lowerDigits)
	case 'X':
		p.fmtHexBytes("", b, true, upperDigits)
	case 'q':
		p.fmtQ(string(b))
	default:
		p.printValue(v, false, verb, 0)
	}
}

// fmtPointer prints a pointer-like value (pointer, map, slice, func) for
// the verbs that accept one.
func (p *printer) fmtPointer(v any, verb rune) {
	var u uintptr
	switch reflectlite.KindOf(v) {
	case reflectlite.Chan, reflectlite.Func, reflectlite.Map, reflectlite.Pointer, reflectlite.Slice, reflectlite.UnsafePointer:
		u = reflectlite.PointerOf(v)
	default:
		p.badVerb(v, verb)
		return
	}
	switch verb {
	case 'v':
		if p.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, reflectlite.TypeString(v)...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else if u == 0 {
			p.padString(nilAngle)
		} else {
			p.fmt0x64(uint64(u), !p.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(v, uint64(u), false, verb)
	default:
		p.badVerb(v, verb)
	}
}

// catchPanic, deferred around a call of an Error, String, GoString or
// Format method of v, turns a panic in it into %!verb(PANIC=method
// method: value), or <nil> if v is a nil pointer (a value method called
// through it, or a method that does not expect nil).
func (p *printer) catchPanic(v any, verb rune, method string) {
	if err := recover(); err != nil {
		if reflectlite.KindOf(v) == reflectlite.Pointer && reflectlite.IsNil(v) {
			p.buf = append(p.buf, nilAngle...)
			return
		}
		if p.panicking {
			// The panic value itself panics when printed: give up.
			panic(err)
		}
		saved := p.fmtFlags
		wid, prec := p.wid, p.prec
		p.clearFlags()
		p.buf = append(p.buf, percentBang...)
		p.writeRune(verb)
		p.buf = append(p.buf, panicStr...)
		p.buf = append(p.buf, method...)
		p.buf = append(p.buf, " method: "...)
		p.panicking = true
		p.printArg(err, 'v')
		p.panicking = false
		p.buf = append(p.buf, ')')
		p.fmtFlags = saved
		p.wid, p.prec = wid, prec
	}
}

func (p *printer) callFormat(f Formatter, v any, verb rune) {
	defer p.catchPanic(v, verb, "Format")
	f.Format(p, verb)
}

func (p *printer) callGoString(g GoStringer, v any, verb rune) {
	defer p.catchPanic(v, verb, "GoString")
	p.fmtS(g.GoString())
}

func (p *printer) callError(e error, v any, verb rune) {
	defer p.catchPanic(v, verb, "Error")
	p.fmtString(v, e.Error(), verb)
}

func (p *printer) callString(s Stringer, v any, verb rune) {
	defer p.catchPanic(v, verb, "String")
	p.fmtString(v, s.String(), verb)
}

// handleMethods prints v through its Format, GoString, Error or String
// method when it has one that applies to verb, and reports whether it
// did.
func (p *printer) handleMethods(v any, verb rune) bool {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w needs an error operand, and Errorf.
		if _, ok := v.(error); !ok || !p.wrapErrs {
			p.badVerb(v, verb)
			return true
		}
		verb = 'v'
	}
	if f, ok := v.(Formatter); ok {
		p.callFormat(f, v, verb)
		return true
	}
	if p.sharpV {
		if g, ok := v.(GoStringer); ok {
			p.callGoString(g, v, verb)
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch m := v.(type) {
		case error:
			p.callError(m, v, verb)
			return true
		case Stringer:
			p.callString(m, v, verb)
			return true
		}
	}
	return false
}

// printArg prints one operand for verb.
func (p *printer) printArg(arg any, verb rune) {
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.padString(nilAngle)
		default:
			p.badVerb(nil, verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtS(reflectlite.TypeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}
	// The basic types (not named ones, which may have methods).
	switch f := arg.(type) {
	case bool:
		p.fmtBool(arg, f, verb)
	case float32:
		p.fmtFloatVerb(arg, float64(f), 32, verb)
	case float64:
		p.fmtFloatVerb(arg, f, 64, verb)
	case int:
		p.fmtInteger(arg, uint64(f), true, verb)
	case int8:
		p.fmtInteger(arg, uint64(f), true, verb)
	case int16:
		p.fmtInteger(arg, uint64(f), true, verb)
	case int32:
		p.fmtInteger(arg, uint64(f), true, verb)
	case int64:
		p.fmtInteger(arg, uint64(f), true, verb)
	case uint:
		p.fmtInteger(arg, uint64(f), false, verb)
	case uint8:
		p.fmtInteger(arg, uint64(f), false, verb)
	case uint16:
		p.fmtInteger(arg, uint64(f), false, verb)
	case uint32:
		p.fmtInteger(arg, uint64(f), false, verb)
	case uint64:
		p.fmtInteger(arg, f, false, verb)
	case uintptr:
		p.fmtInteger(arg, uint64(f), false, verb)
	case string:
		p.fmtString(arg, f, verb)
	case []byte:
		p.fmtBytes(arg, f, f == nil, verb, "[]byte")
	default:
		if !p.handleMethods(arg, verb) {
			p.printValue(arg, false, verb, 0)
		}
	}
}

// isExported reports whether a struct field name is exported.
func isExported(name string) bool {
	if name == "" {
		return false
	}
	c := name[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(name)
	return isUpper(r)
}

// printNil prints a nil interface value found inside a composite value;
// ifaceType is its static (interface) type, for %#v.
func (p *printer) printNil(ifaceType string) {
	if p.sharpV {
		p.buf = append(p.buf, ifaceType...)
		p.buf = append(p.buf, nilParen...)
	} else {
		p.buf = append(p.buf, nilAngle...)
	}
}

// printValue prints v, found depth levels inside an operand, with the
// default formats of its kind. Values nested in an operand (depth > 0)
// use their own methods first, unless they were reached through an
// unexported struct field (ro), as reflection would not let fmt call them.
func (p *printer) printValue(v any, ro bool, verb rune, depth int) {
	if depth > 0 && !ro {
		if p.handleMethods(v, verb) {
			return
		}
	}
	k := reflectlite.KindOf(v)
	switch k {
	case reflectlite.Invalid:
		if depth == 0 {
			p.buf = append(p.buf, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.buf = append(p.buf, nilAngle...)
		} else {
			p.badVerb(nil, verb)
		}
	case reflectlite.Bool:
		p.fmtBool(v, reflectlite.BoolOf(v), verb)
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		p.fmtInteger(v, uint64(reflectlite.IntOf(v)), true, verb)
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64, reflectlite.Uintptr:
		p.fmtInteger(v, reflectlite.UintOf(v), false, verb)
	case reflectlite.Float32:
		p.fmtFloatVerb(v, reflectlite.FloatOf(v), 32, verb)
	case reflectlite.Float64:
		p.fmtFloatVerb(v, reflectlite.FloatOf(v), 64, verb)
	case reflectlite.String:
		p.fmtString(v, reflectlite.StringOf(v), verb)
	case reflectlite.Map:
		p.printMap(v, ro, verb, depth)
	case reflectlite.Struct:
		p.printStruct(v, ro, verb, depth)
	case reflectlite.Array, reflectlite.Slice:
		p.printList(v, k, ro, verb, depth)
	case reflectlite.Pointer:
		// At the top level a pointer to a composite value prints as &
		// and the value; deeper down only its address, to avoid loops.
		if depth == 0 && !reflectlite.IsNil(v) {
			e := reflectlite.Elem(v)
			if !sameType(e, reflectlite.TypeString(v)[1:]) {
				// A pointer to an interface (Elem gave its dynamic value).
				p.fmtPointer(v, verb)
				return
			}
			switch reflectlite.KindOf(e) {
			case reflectlite.Array, reflectlite.Slice, reflectlite.Struct, reflectlite.Map:
				p.buf = append(p.buf, '&')
				p.printValue(e, ro, verb, depth+1)
				return
			}
		}
		p.fmtPointer(v, verb)
	case reflectlite.Chan, reflectlite.Func, reflectlite.UnsafePointer:
		p.fmtPointer(v, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, reflectlite.TypeString(v)...)
		p.buf = append(p.buf, '?')
	}
}

// printElem prints part e of the composite value container (field
// `which`, or an element, key or value: see staticIfaceType). reflectlite
// returns the dynamic value of interface-typed parts, so a nil e is a nil
// interface; its static type is worked out only when %#v needs it.
func (p *printer) printElem(e any, ro bool, verb rune, depth int, container any, which int) {
	if e == nil {
		t := ""
		if p.sharpV {
			t = staticIfaceType(container, which)
		}
		p.printNil(t)
		return
	}
	p.printValue(e, ro, verb, depth)
}

func (p *printer) printMap(v any, ro bool, verb rune, depth int) {
	if p.sharpV {
		p.buf = append(p.buf, reflectlite.TypeString(v)...)
		if reflectlite.IsNil(v) {
			p.buf = append(p.buf, nilParen...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	for i, e := range sortedEntries(v) {
		if i > 0 {
			if p.sharpV {
				p.buf = append(p.buf, commaSpace...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		p.printElem(e.key, ro, verb, depth+1, v, whichMapKey)
		p.buf = append(p.buf, ':')
		p.printElem(e.value, ro, verb, depth+1, v, whichMapValue)
	}
	if p.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

func (p *printer) printStruct(v any, ro bool, verb rune, depth int) {
	if p.sharpV {
		p.buf = append(p.buf, reflectlite.TypeString(v)...)
	}
	p.buf = append(p.buf, '{')
	n := reflectlite.NumField(v)
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.sharpV {
				p.buf = append(p.buf, commaSpace...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		name := reflectlite.FieldName(v, i)
		if p.plusV || p.sharpV {
			p.buf = append(p.buf, name...)
			p.buf = append(p.buf, ':')
		}
		p.printElem(reflectlite.Field(v, i), ro || !isExported(name), verb, depth+1, v, i)
	}
	p.buf = append(p.buf, '}')
}

func (p *printer) printList(v any, k reflectlite.Kind, ro bool, verb rune, depth int) {
	n := reflectlite.ValueLen(v)
	switch verb {
	case 's', 'q', 'x', 'X':
		// Byte slices and arrays print as strings for these verbs.
		if isByteList(v, n) {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(reflectlite.UintOf(reflectlite.Index(v, i)))
			}
			isNil := k == reflectlite.Slice && reflectlite.IsNil(v)
			p.fmtBytes(v, b, isNil, verb, reflectlite.TypeString(v))
			return
		}
	}
	if p.sharpV {
		p.buf = append(p.buf, reflectlite.TypeString(v)...)
		if k == reflectlite.Slice && reflectlite.IsNil(v) {
			p.buf = append(p.buf, nilParen...)
			return
		}
		p.buf = append(p.buf, '{')
		for i := 0; i < n; i++ {
			if i > 0 {
				p.buf = append(p.buf, commaSpace...)
			}
			p.printElem(reflectlite.Index(v, i), ro, verb, depth+1, v, whichElem)
		}
		p.buf = append(p.buf, '}')
		return
	}
	p.buf = append(p.buf, '[')
	for i := 0; i < n; i++ {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printElem(reflectlite.Index(v, i), ro, verb, depth+1, v, whichElem)
	}
	p.buf = append(p.buf, ']')
}

// sameType reports whether e (a value reflectlite returned for a part of
// another value) has type t: it does not when the part's static type is an
// interface, since reflectlite gives the dynamic value.
func sameType(e any, t string) bool {
	return e != nil && reflectlite.TypeString(e) == t
}

// isByteList reports whether the slice or array v (of length n) has
// elements of kind uint8. The element type is read from the type's name
// when it is "[]T" or "[N]T"; for named slice and array types the first
// element tells (an empty one is taken not to be bytes).
func isByteList(v any, n int) bool {
	elem, ok := elemTypeString(reflectlite.TypeString(v))
	if n == 0 {
		return ok && elem == "uint8"
	}
	e := reflectlite.Index(v, 0)
	if e == nil || reflectlite.KindOf(e) != reflectlite.Uint8 {
		return false
	}
	return !ok || sameType(e, elem)
}

// Package reflectlite is the sliver of reflection the standard library
// needs (sort.Slice and friends): the length of a slice held in an
// interface value, and a function that swaps two of its elements.
//
// Both functions are compiler intrinsics: they are declared here without a
// body and gowgc supplies them.
package reflectlite

// Len returns the length of the slice x. It panics, as reflect does, if x
// is not a slice.
func Len(x any) int

// Swapper returns a function that swaps the elements in the slice x at
// indexes i and j. It panics, as reflect.Swapper does, if x is not a slice.
func Swapper(x any) func(i, j int)

// What fmt (and errors.As) need to look inside values of any type. All of
// these are intrinsics too: the compiler generates them per dynamic type.
// A value is always passed boxed in an `any`; a nil `any` has kind Invalid.
// Results that are values again (elements, fields, pointees, map entries)
// come back boxed; an interface-typed field or element comes back as its
// dynamic value (nil when it is nil).

// Kind is reflect.Kind, with the same numbering.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// KindOf is the kind of x's dynamic type (of its underlying type for named
// types); Invalid for nil.
func KindOf(x any) Kind

// TypeString is the dynamic type as %T prints it ("main.T", "[]int",
// "*main.T", "map[string]int", "struct { A int }"); "<nil>" for nil.
func TypeString(x any) string

// UnderTypeString is TypeString of the dynamic type's underlying type
// ("struct { E error }" for a main.T declared so): fmt reads the static
// types of interface-typed fields and elements from it.
func UnderTypeString(x any) string

// ZeroLike is a zero value of x's dynamic type, or, when that is a
// pointer type *E, a pointer to a new zero E (what reflect.New(t.Elem())
// gives); nil for nil. flag compares a flag's default with it.
func ZeroLike(x any) any

// ValueLen is the length of a slice, array, string or map; it panics for
// other kinds.
func ValueLen(x any) int

// Index is element i of a slice, array or string (a byte for strings).
func Index(x any, i int) any

// NumField is the number of fields of a struct.
func NumField(x any) int

// Field is field i of a struct.
func Field(x any, i int) any

// FieldName is the name of field i of a struct (the type name for an
// embedded field).
func FieldName(x any, i int) string

// Elem is the value a non-nil pointer points to.
func Elem(x any) any

// IsNil reports whether a pointer, slice, map or func value is nil.
func IsNil(x any) bool

// MapKeys are the keys of a map, in no particular order.
func MapKeys(x any) []any

// MapValues are the values of a map, in the order MapKeys gives the keys.
func MapValues(x any) []any

// IntOf is the value of any signed integer kind.
func IntOf(x any) int64

// UintOf is the value of any unsigned integer kind (and uintptr).
func UintOf(x any) uint64

// FloatOf is the value of a float kind.
func FloatOf(x any) float64

// StringOf is the value of a string kind.
func StringOf(x any) string

// BoolOf is the value of a bool kind.
func BoolOf(x any) bool

// PointerOf is an address-like identity of a pointer, map, slice or func
// value for %p: 0 for nil, otherwise a nonzero number that is equal for
// equal pointers where the engine allows it (WasmGC objects have no
// address: every non-nil pointer gets the same number there).
func PointerOf(x any) uintptr

// AssignTo stores v in *target when target is a non-nil pointer *E and
// v's dynamic value is assignable to E (E an interface that v's dynamic
// type implements, or v's dynamic type itself), and reports whether it
// did (errors.As).
func AssignTo(target any, v any) bool

// ElemHoldsError reports whether target is a pointer *E whose E is an
// interface type or implements error (errors.As's check).
func ElemHoldsError(target any) bool

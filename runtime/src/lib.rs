//! Runtime pieces shared by both backends, written in WebAssembly text.
//!
//! Both backends keep a linear memory (the gc backend only as an I/O buffer),
//! so output buffering, number formatting and the printing of Go's panic
//! messages are written once, here, against the first 64 KiB page of linear
//! memory, and spliced into each backend's module text.
//!
//! # Contract
//!
//! A backend builds its module text as
//!
//! ```text
//! (module
//!   IMPORTS_WAT                      ;; imports must precede all definitions
//!   ...backend imports...
//!   (memory (export "memory") N)     ;; N >= 1, declared by the backend
//!   IO_WAT                           ;; module fields: funcs, globals, data
//!   ...backend fields, with (func (export "_start") ...)...
//! )
//! ```
//!
//! * Every name the runtime defines starts with `$rt_`; backends must not
//!   define names with that prefix.
//! * Linear memory `[0, 65536)` belongs to the runtime (its buffers, tables
//!   and constant strings, as `(data (i32.const ...))` segments). Backends put
//!   their own data at addresses `>= 65536`, so `N >= 2` once they have any.
//!   The memory map is at the top of `io.wat`.
//! * The module needs the bulk-memory instructions (`memory.copy`,
//!   `memory.fill`), which every current engine enables by default.
//! * The backend defines `(func $panic_hook (param i32 i64 i64))`. Every
//!   runtime error the runtime raises (bounds, divide, nil, shift,
//!   makeslice; not out-of-memory) calls it first with the code and
//!   operands of `gowgc_ir::RtError`. With no `Module::panic_hook` it is
//!   empty and the runtime goes on to print Go's message and exit with
//!   status 2; otherwise it calls the IR hook, which raises a Go panic and
//!   never returns.
//! * Standard output is buffered: `_start` must call `$rt_flush` (or
//!   `$rt_exit`) before it returns. Writes to stderr flush stdout first, so
//!   the two streams keep the order a terminal would show.
//!
//! # Functions
//!
//! Output (fd 1 = stdout, fd 2 = stderr):
//!
//! | function | signature | effect |
//! |---|---|---|
//! | `$rt_write` | `(param $fd i32) (param $ptr i32) (param $len i32)` | write bytes of linear memory |
//! | `$rt_write_byte` | `(param $fd i32) (param $b i32)` | write one byte |
//! | `$rt_write_indented` | `(param $fd i32) (param $ptr i32) (param $len i32)` | write bytes, each `\n` followed by `\t` (Go's `printindented`, for panic values) |
//! | `$rt_flush` | `` | flush stdout |
//! | `$rt_write_i64` | `(param $fd i32) (param $v i64)` | signed decimal |
//! | `$rt_write_u64` | `(param $fd i32) (param $v i64)` | unsigned decimal |
//! | `$rt_write_bool` | `(param $fd i32) (param $v i32)` | `true` / `false` |
//! | `$rt_write_hex` | `(param $fd i32) (param $v i64)` | `0x` + lowercase hex, `0x0` for 0 (println of pointers) |
//! | `$rt_write_f64` | `(param $fd i32) (param $v f64)` | as Go's `%v` (and `println`) prints a float64 |
//! | `$rt_write_f32` | `(param $fd i32) (param $v f32)` | as Go's `%v` (and `println`) prints a float32 |
//! | `$rt_fmt_f64` | `(param $v f64) (result i32)` | the `%v` text of a float64 at address [`FLOAT_TEXT_ADDR`]; returns its length (<= 24) |
//! | `$rt_fmt_f32` | `(param $v f32) (result i32)` | the same for a float32 |
//!
//! Float output is exactly Go's `strconv.FormatFloat(v, 'g', -1, 64)`
//! (resp. `32`), which is what `fmt`'s `%v` and, since Go 1.27, the
//! `print`/`println` builtins produce: shortest round-trip digits, in
//! exponent form when the decimal exponent is `< -4` or `>= 6` (Go's
//! shortest `%g` threshold; `21` is JavaScript's, not Go's), with at least
//! two exponent digits: `123456`, `1e+06`, `1.23456789e+08`, `1e+20`,
//! `0.0001`, `1e-05`, `0.30000000000000004`, `5e-324`, `-0`, `+Inf`,
//! `-Inf`, `NaN`.
//! It is computed with Go's exact multiprecision `decimal` algorithm
//! (`strconv/decimal.go` and `roundShortest`), ported instruction by
//! instruction.
//!
//! Exit and panics (all of these never return; they end in `unreachable`):
//!
//! | function | signature | prints on stderr |
//! |---|---|---|
//! | `$rt_exit` | `(param $code i32)` | nothing: flush stdout, `proc_exit(code)` |
//! | `$rt_panic_begin` | `` | flushes stdout, writes `panic: ` (returns!) |
//! | `$rt_panic_end` | `` | `\n\ngoroutine 1 [running]:\n`, exit 2 |
//! | `$rt_panic_msg` | `(param $ptr i32) (param $len i32)` | `panic: MSG` (bytes as they are) |
//! | `$rt_fatal` | `(param $ptr i32) (param $len i32)` | `fatal error: MSG` (indented) |
//! | `$rt_panic_index` | `(param $idx i64) (param $len i64)` | `panic: runtime error: index out of range [IDX] with length LEN`, or `... [IDX]` if IDX < 0 |
//! | `$rt_panic_index_u` | `(param $idx i64) (param $len i64)` | the same, IDX unsigned |
//! | `$rt_panic_slice` | `(param $kind i32) (param $x i64) (param $y i64)` | `slice bounds out of range ...`, kind 0 SliceAlen `[:X] with length Y`, 1 SliceAcap `[:X] with capacity Y`, 2 SliceB `[X:Y]`, 3 Slice3Alen `[::X] with length Y`, 4 Slice3Acap `[::X] with capacity Y`, 5 Slice3B `[:X:Y]`, 6 Slice3C `[X:Y:]`; negative X uses Go's `boundsNegErrorFmts` (`[:X]`, `[X:]`, `[::X]`, `[:X:]`, `[X::]`) |
//! | `$rt_panic_slice_u` | `(param $kind i32) (param $x i64) (param $y i64)` | the same, X unsigned |
//! | `$rt_panic_convert` | `(param $x i64) (param $y i64)` | `cannot convert slice with length Y to array or pointer to array with length X` |
//! | `$rt_panic_bounds` | `(param $code i32) (param $x i64) (param $y i64) (param $signed i32)` | the general form, `code` = Go's `abi.BoundsErrorCode` (0 Index, 1..7 as kind+1 above, 8 Convert) |
//! | `$rt_panic_divide` | `` | `panic: runtime error: integer divide by zero` |
//! | `$rt_panic_nil` | `` | `panic: runtime error: invalid memory address or nil pointer dereference` and the line `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]` |
//! | `$rt_panic_shift` | `` | `panic: runtime error: negative shift amount` |
//! | `$rt_panic_makeslice_len` | `` | `panic: runtime error: makeslice: len out of range` |
//! | `$rt_panic_makeslice_cap` | `` | `panic: runtime error: makeslice: cap out of range` |
//! | `$rt_panic_oom` | `` | `fatal error: runtime: out of memory` |
//!
//! Every panic and fatal error ends with `\n\ngoroutine 1 [running]:\n` and
//! exit status 2, so the text before the blank line is what Go prints. A
//! user panic is `$rt_panic_begin`, then the value (strings and error texts
//! through `$rt_write_indented` on fd 2, as Go does), then `$rt_panic_end`.

/// Import lines; they must come before any other definition in the module.
pub const IMPORTS_WAT: &str = r#"  (import "wasi_snapshot_preview1" "fd_write"
    (func $rt_fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit"
    (func $rt_proc_exit (param i32)))
  (import "wasi_snapshot_preview1" "fd_read"
    (func $rt_fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $rt_args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get"
    (func $rt_args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get"
    (func $rt_environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get"
    (func $rt_environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $rt_clock_time_get (param i32 i64 i32) (result i32)))
"#;

/// The runtime's module fields (functions, globals, data segments).
pub const IO_WAT: &str = include_str!("io.wat");

mod shake;
pub use shake::shake;

/// Where `$rt_fmt_f64` / `$rt_fmt_f32` leave their text (at most 24 bytes).
pub const FLOAT_TEXT_ADDR: u32 = 0x80;

/// The runtime owns linear memory below this address; backend data goes at
/// or above it.
pub const RUNTIME_MEMORY_END: u32 = 0x1_0000;

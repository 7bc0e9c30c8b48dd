//! Runs the runtime's WAT under wasmtime + WASI preview 1 and checks what it
//! prints against Go.
//!
//! The float tests read `f64_cases.txt` / `f32_cases.txt` (made by
//! `gen_f64_cases.go` with the real Go toolchain). To run them against other
//! case files (e.g. the large random sets of `go run gen_f64_cases.go -stress
//! 200000`), set `GOWGC_F64_CASES` / `GOWGC_F32_CASES` to their paths.

use gowgc_runtime::{FLOAT_TEXT_ADDR, IMPORTS_WAT, IO_WAT, RUNTIME_MEMORY_END};
use wasmtime::{Engine, Instance, Linker, Module, Store, Val};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

const PIPE_CAPACITY: usize = 64 << 20;

/// The module text for a test: imports, memory, runtime, then `fields`.
fn module_text(fields: &str) -> String {
    format!(
        "(module\n{IMPORTS_WAT}\n  (memory (export \"memory\") 2)\n{IO_WAT}\n  (func $panic_hook (param i32 i64 i64))\n{fields}\n)\n"
    )
}

struct Rt {
    store: Store<WasiP1Ctx>,
    instance: Instance,
    out: MemoryOutputPipe,
    err: MemoryOutputPipe,
}

impl Rt {
    /// Instantiates a test module; stdout and stderr go to separate pipes,
    /// or to one pipe when `shared` (to see how the two interleave).
    fn with(fields: &str, shared: bool) -> Rt {
        let text = module_text(fields);
        let wasm = wat::parse_str(&text).unwrap_or_else(|e| panic!("assembling: {e}"));
        let engine = Engine::default();
        let module = Module::new(&engine, &wasm).expect("compiling");
        let out = MemoryOutputPipe::new(PIPE_CAPACITY);
        let err = if shared {
            out.clone()
        } else {
            MemoryOutputPipe::new(PIPE_CAPACITY)
        };
        let wasi = WasiCtxBuilder::new()
            .stdout(out.clone())
            .stderr(err.clone())
            .build_p1();
        let mut store = Store::new(&engine, wasi);
        let mut linker: Linker<WasiP1Ctx> = Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |t| t).expect("linking wasi");
        let instance = linker
            .instantiate(&mut store, &module)
            .expect("instantiating");
        Rt {
            store,
            instance,
            out,
            err,
        }
    }

    fn new(fields: &str) -> Rt {
        Rt::with(fields, false)
    }

    /// Calls an export; returns the exit status if it called proc_exit.
    fn call(&mut self, name: &str, args: &[Val]) -> Option<i32> {
        let func = self
            .instance
            .get_func(&mut self.store, name)
            .unwrap_or_else(|| panic!("no export {name}"));
        match func.call(&mut self.store, args, &mut []) {
            Ok(()) => None,
            Err(e) => match e.downcast_ref::<I32Exit>() {
                Some(exit) => Some(exit.0),
                None => panic!("{name} trapped: {e:?}"),
            },
        }
    }

    fn stdout(&self) -> String {
        String::from_utf8(self.out.contents().to_vec()).expect("stdout is utf-8")
    }

    fn stderr(&self) -> String {
        String::from_utf8(self.err.contents().to_vec()).expect("stderr is utf-8")
    }
}

/// Runs `body` as the `_start` of a fresh module with extra `fields`;
/// returns (stdout, stderr, exit status if proc_exit was called).
fn run(fields: &str, body: &str) -> (String, String, Option<i32>) {
    let mut rt = Rt::new(&format!(
        "{fields}\n  (func (export \"_start\")\n{body}\n    (call $rt_flush))"
    ));
    let code = rt.call("_start", &[]);
    (rt.stdout(), rt.stderr(), code)
}

/// Go prints a panic, a blank line, then the goroutine trace; we check the
/// text up to the blank line and the runtime's fixed trailer.
fn assert_panic(body: &str, expected_head: &str) {
    let (out, err, code) = run("", body);
    assert_eq!(
        code,
        Some(2),
        "exit status for {expected_head:?}; stderr {err:?}"
    );
    assert_eq!(out, "");
    assert_eq!(err, format!("{expected_head}\n\ngoroutine 1 [running]:\n"));
}

// ---------------------------------------------------------------------------
// The text itself

/// Decodes a WAT string literal (the subset io.wat uses).
fn wat_string_len(lit: &str) -> usize {
    let b = lit.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        if b[i] == b'\\' {
            match b[i + 1] {
                b'n' | b't' | b'\\' | b'"' | b'\'' => i += 2,
                c if c.is_ascii_hexdigit() => i += 3,
                c => panic!("unexpected escape \\{}", c as char),
            }
        } else {
            i += 1;
        }
        n += 1;
    }
    n
}

#[test]
fn data_segments_stay_in_the_runtime_page_and_do_not_overlap() {
    let mut segs = Vec::new();
    for line in IO_WAT.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("(data (i32.const ") else {
            continue;
        };
        let (addr, rest) = rest.split_once(')').unwrap();
        let addr = match addr.strip_prefix("0x") {
            Some(h) => u32::from_str_radix(h, 16).unwrap(),
            None => addr.parse().unwrap(),
        };
        let start = rest.find('"').unwrap() + 1;
        let end = rest.rfind('"').unwrap();
        segs.push((addr, addr + wat_string_len(&rest[start..end]) as u32));
    }
    assert!(segs.len() > 80, "found only {} data segments", segs.len());
    segs.sort();
    for w in segs.windows(2) {
        assert!(
            w[0].1 <= w[1].0,
            "data segments overlap: {:x?} and {:x?}",
            w[0],
            w[1]
        );
    }
    for &(start, end) in &segs {
        assert!(
            end <= RUNTIME_MEMORY_END,
            "segment {start:#x}..{end:#x} leaves the runtime page"
        );
        // NUL-terminated strings live in 128-byte slots from 0x2000.
        if (0x2000..0x4000).contains(&start) {
            assert!(
                end - start <= 128,
                "string at {start:#x} overflows its slot"
            );
        }
    }
}

#[test]
fn every_definition_is_prefixed() {
    for line in IO_WAT.lines() {
        let line = line.trim();
        assert!(
            !line.starts_with("(memory ") && !line.starts_with("(table "),
            "runtime defines {line}"
        );
        for kw in ["(func $", "(global $", "(type $", "(tag $"] {
            if let Some(rest) = line.strip_prefix(kw) {
                assert!(rest.starts_with("rt_"), "unprefixed definition: {line}");
            }
        }
    }
    assert!(IMPORTS_WAT.contains("$rt_fd_write") && IMPORTS_WAT.contains("$rt_proc_exit"));
}

// ---------------------------------------------------------------------------
// Output

#[test]
fn stdout_is_buffered_and_stderr_flushes_it_first() {
    let data = r#"(data (i32.const 65536) "out1 err1 out2 ")"#;
    let body = r#"
    (call $rt_write (i32.const 1) (i32.const 65536) (i32.const 5))
    (call $rt_write (i32.const 2) (i32.const 65541) (i32.const 5))
    (call $rt_write (i32.const 1) (i32.const 65546) (i32.const 5))
    (call $rt_write_byte (i32.const 2) (i32.const 33))
    (call $rt_write_byte (i32.const 1) (i32.const 10))"#;
    let mut rt = Rt::with(
        &format!("{data}\n  (func (export \"_start\") {body}\n    (call $rt_flush))"),
        true,
    );
    assert_eq!(rt.call("_start", &[]), None);
    assert_eq!(rt.stdout(), "out1 err1 out2 !\n");

    // Separately: nothing reaches stdout before a flush or a write to stderr.
    let mut rt = Rt::new(&format!(
        "{data}
  (func (export \"out\") (call $rt_write (i32.const 1) (i32.const 65536) (i32.const 5)))
  (func (export \"err\") (call $rt_write_byte (i32.const 2) (i32.const 33)))
  (func (export \"flush\") (call $rt_flush))"
    ));
    rt.call("out", &[]);
    rt.call("out", &[]);
    assert_eq!((rt.stdout().as_str(), rt.stderr().as_str()), ("", ""));
    rt.call("err", &[]);
    assert_eq!(
        (rt.stdout().as_str(), rt.stderr().as_str()),
        ("out1 out1 ", "!")
    );
    rt.call("out", &[]);
    assert_eq!(rt.stdout(), "out1 out1 ");
    rt.call("flush", &[]);
    assert_eq!(rt.stdout(), "out1 out1 out1 ");
}

#[test]
fn large_and_many_writes_keep_every_byte_in_order() {
    // Fill [65536, 65536+20000) with a pattern, then write it in pieces of
    // many sizes (small ones fill the buffer, large ones bypass it).
    let fields = r#"
  (func $fill (local $i i32)
    (loop $l
      (i32.store8 (i32.add (i32.const 65536) (local.get $i))
        (i32.add (i32.const 97) (i32.rem_u (local.get $i) (i32.const 26))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 20000)))))
  (func (export "_start") (local $off i32) (local $n i32) (local $round i32)
    (call $fill)
    (loop $rounds
      (local.set $off (i32.const 0))
      (local.set $n (i32.const 1))
      (loop $pieces
        (call $rt_write (i32.const 1) (i32.add (i32.const 65536) (local.get $off)) (local.get $n))
        (local.set $off (i32.add (local.get $off) (local.get $n)))
        (local.set $n (i32.add (i32.mul (local.get $n) (i32.const 3)) (i32.const 1)))
        (br_if $pieces (i32.le_u (i32.add (local.get $off) (local.get $n)) (i32.const 20000))))
      (call $rt_write_byte (i32.const 1) (i32.const 10))
      (local.set $round (i32.add (local.get $round) (i32.const 1)))
      (br_if $rounds (i32.lt_u (local.get $round) (i32.const 7))))
    (call $rt_flush))"#;
    let mut rt = Rt::new(fields);
    assert_eq!(rt.call("_start", &[]), None);
    let pattern: String = (0..20000)
        .map(|i| (b'a' + (i % 26) as u8) as char)
        .collect();
    let mut sizes = Vec::new();
    let (mut off, mut n) = (0usize, 1usize);
    loop {
        sizes.push(n);
        off += n;
        n = n * 3 + 1;
        if off + n > 20000 {
            break;
        }
    }
    let line = format!("{}\n", &pattern[..off]);
    assert!(
        sizes.iter().any(|&s| s >= 8192),
        "some write must bypass the buffer: {sizes:?}"
    );
    assert_eq!(rt.stdout(), line.repeat(7));
}

#[test]
fn integers_bools_and_hex() {
    let mut cases: Vec<(&str, String)> = Vec::new();
    let mut body = String::new();
    for v in [
        0i64,
        1,
        -1,
        7,
        10,
        -10,
        42,
        1 << 53,
        i64::MAX,
        i64::MIN,
        i64::MIN + 1,
        -1234567890123,
    ] {
        body += &format!("    (call $rt_write_i64 (i32.const 1) (i64.const {v}))\n    (call $rt_write_byte (i32.const 1) (i32.const 10))\n");
        cases.push(("i64", v.to_string()));
    }
    for v in [
        0u64,
        1,
        9,
        10,
        99,
        100,
        u64::MAX,
        1 << 63,
        18446744073709551614,
    ] {
        body += &format!("    (call $rt_write_u64 (i32.const 1) (i64.const {}))\n    (call $rt_write_byte (i32.const 1) (i32.const 10))\n", v as i64);
        cases.push(("u64", v.to_string()));
    }
    for v in [0u64, 1, 15, 16, 255, 0xdeadbeef, 0x10000, u64::MAX, 1 << 63] {
        body += &format!("    (call $rt_write_hex (i32.const 1) (i64.const {}))\n    (call $rt_write_byte (i32.const 1) (i32.const 10))\n", v as i64);
        cases.push(("hex", format!("{v:#x}")));
    }
    for v in [0, 1, 2, -1] {
        body += &format!("    (call $rt_write_bool (i32.const 1) (i32.const {v}))\n    (call $rt_write_byte (i32.const 1) (i32.const 10))\n");
        cases.push(("bool", (v != 0).to_string()));
    }
    // The same on stderr.
    body += "    (call $rt_write_i64 (i32.const 2) (i64.const -9223372036854775808))\n";
    body += "    (call $rt_write_hex (i32.const 2) (i64.const 0))\n";
    let (out, err, code) = run("", &body);
    assert_eq!(code, None);
    let expected: String = cases.iter().map(|(_, s)| format!("{s}\n")).collect();
    assert_eq!(out, expected);
    assert_eq!(err, "-92233720368547758080x0");
}

#[test]
fn write_indented_tabs_after_newlines() {
    let data = r#"(data (i32.const 65536) "a\nb\n\nc\n")"#;
    let (_, err, code) = run(
        data,
        "    (call $rt_write_indented (i32.const 2) (i32.const 65536) (i32.const 7))
    (call $rt_write_indented (i32.const 2) (i32.const 65536) (i32.const 0))
    (call $rt_write_indented (i32.const 2) (i32.const 65536) (i32.const 1))",
    );
    assert_eq!(code, None);
    assert_eq!(err, "a\n\tb\n\t\n\tc\n\ta");
}

// ---------------------------------------------------------------------------
// Floats, checked against Go

fn load_cases(default: &str, env: &str) -> Vec<(u64, String)> {
    let path = std::env::var(env).unwrap_or_else(|_| {
        format!(
            "{}/tests/{default}",
            std::env::var("CARGO_MANIFEST_DIR")
                .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into())
        )
    });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .map(|l| {
            let (bits, want) = l
                .split_once('\t')
                .unwrap_or_else(|| panic!("bad line {l:?}"));
            (u64::from_str_radix(bits, 16).unwrap(), want.to_string())
        })
        .collect()
}

const FLOAT_FIELDS: &str = r#"
  (func (export "f64") (param $b i64)
    (call $rt_write_f64 (i32.const 1) (f64.reinterpret_i64 (local.get $b)))
    (call $rt_write_byte (i32.const 1) (i32.const 10)))
  (func (export "f32") (param $b i32)
    (call $rt_write_f32 (i32.const 1) (f32.reinterpret_i32 (local.get $b)))
    (call $rt_write_byte (i32.const 1) (i32.const 10)))
  (func (export "fmt_f64") (param $v f64) (result i32)
    (call $rt_fmt_f64 (local.get $v)))
  (func (export "flush") (call $rt_flush))"#;

fn check_floats(cases: &[(u64, String)], wide: bool) {
    let mut rt = Rt::new(FLOAT_FIELDS);
    if wide {
        let f = rt
            .instance
            .get_typed_func::<i64, ()>(&mut rt.store, "f64")
            .unwrap();
        for &(bits, _) in cases {
            f.call(&mut rt.store, bits as i64).unwrap();
        }
    } else {
        let f = rt
            .instance
            .get_typed_func::<i32, ()>(&mut rt.store, "f32")
            .unwrap();
        for &(bits, _) in cases {
            f.call(&mut rt.store, bits as u32 as i32).unwrap();
        }
    }
    rt.call("flush", &[]);
    let out = rt.stdout();
    let got: Vec<&str> = out.lines().collect();
    assert_eq!(got.len(), cases.len());
    let bad: Vec<String> = cases
        .iter()
        .zip(&got)
        .filter(|((_, want), got)| want != *got)
        .map(|((bits, want), got)| format!("{bits:016x}: go {want:?}, runtime {got:?}"))
        .collect();
    assert!(
        bad.is_empty(),
        "{} of {} differ:\n{}",
        bad.len(),
        cases.len(),
        bad[..bad.len().min(40)].join("\n")
    );
}

#[test]
fn f64_matches_go() {
    let cases = load_cases("f64_cases.txt", "GOWGC_F64_CASES");
    assert!(cases.len() >= 2000 || std::env::var("GOWGC_F64_CASES").is_ok());
    check_floats(&cases, true);
}

#[test]
fn f32_matches_go() {
    let cases = load_cases("f32_cases.txt", "GOWGC_F32_CASES");
    assert!(cases.len() >= 500 || std::env::var("GOWGC_F32_CASES").is_ok());
    check_floats(&cases, false);
}

#[test]
fn float_spot_checks_and_fmt_buffer() {
    let mut rt = Rt::new(FLOAT_FIELDS);
    for (v, want) in [
        (1e21, "1e+21"),
        (1e20, "1e+20"),
        (123456.0, "123456"),
        (1234567.0, "1.234567e+06"),
        (1.5, "1.5"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (123456789.0, "1.23456789e+08"),
        (-0.0, "-0"),
        (f64::INFINITY, "+Inf"),
        (f64::NEG_INFINITY, "-Inf"),
        (f64::NAN, "NaN"),
        (5e-324, "5e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
        (-1.2345678901234568e-300, "-1.2345678901234568e-300"),
    ] {
        let f = rt
            .instance
            .get_typed_func::<f64, i32>(&mut rt.store, "fmt_f64")
            .unwrap();
        let n = f.call(&mut rt.store, v).unwrap() as usize;
        let mem = rt.instance.get_memory(&mut rt.store, "memory").unwrap();
        let start = FLOAT_TEXT_ADDR as usize;
        let text = std::str::from_utf8(&mem.data(&rt.store)[start..start + n])
            .unwrap()
            .to_string();
        assert_eq!(text, want, "{v:e}");
    }
}

// ---------------------------------------------------------------------------
// Exit and panics

#[test]
fn exit_flushes_stdout() {
    let data = r#"(data (i32.const 65536) "bye")"#;
    let (out, err, code) = run(
        data,
        "    (call $rt_write (i32.const 1) (i32.const 65536) (i32.const 3))\n    (call $rt_exit (i32.const 3))",
    );
    assert_eq!((out.as_str(), err.as_str(), code), ("bye", "", Some(3)));
    let (out, _, code) = run(data, "    (call $rt_write (i32.const 1) (i32.const 65536) (i32.const 3))\n    (call $rt_exit (i32.const 0))");
    assert_eq!((out.as_str(), code), ("bye", Some(0)));
}

#[test]
fn panic_flushes_stdout_first() {
    let data = r#"(data (i32.const 65536) "before\n")"#;
    let mut rt = Rt::with(
        &format!("{data}\n  (func (export \"_start\")\n    (call $rt_write (i32.const 1) (i32.const 65536) (i32.const 7))\n    (call $rt_panic_divide))"),
        true,
    );
    assert_eq!(rt.call("_start", &[]), Some(2));
    assert_eq!(
        rt.stdout(),
        "before\npanic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n"
    );
}

#[test]
fn index_panics() {
    let idx = |i: i64, n: i64| format!("(call $rt_panic_index (i64.const {i}) (i64.const {n}))");
    assert_panic(
        &idx(5, 3),
        "panic: runtime error: index out of range [5] with length 3",
    );
    assert_panic(
        &idx(0, 0),
        "panic: runtime error: index out of range [0] with length 0",
    );
    assert_panic(&idx(-1, 3), "panic: runtime error: index out of range [-1]");
    assert_panic(
        &idx(i64::MIN, 3),
        "panic: runtime error: index out of range [-9223372036854775808]",
    );
    assert_panic(
        "(call $rt_panic_index_u (i64.const -9223372036854775808) (i64.const 3))",
        "panic: runtime error: index out of range [9223372036854775808] with length 3",
    );
}

#[test]
fn slice_panics() {
    let sl = |k: i32, x: i64, y: i64| {
        format!("(call $rt_panic_slice (i32.const {k}) (i64.const {x}) (i64.const {y}))")
    };
    let p = "panic: runtime error: slice bounds out of range ";
    let cases = [
        (0, 5, 3, "[:5] with length 3"),
        (1, 5, 3, "[:5] with capacity 3"),
        (2, 2, 1, "[2:1]"),
        (3, 5, 3, "[::5] with length 3"),
        (4, 5, 3, "[::5] with capacity 3"),
        (5, 4, 2, "[:4:2]"),
        (6, 3, 1, "[3:1:]"),
        (0, -1, 3, "[:-1]"),
        (1, -1, 3, "[:-1]"),
        (2, -2, 1, "[-2:]"),
        (3, -3, 3, "[::-3]"),
        (4, -3, 3, "[::-3]"),
        (5, -4, 2, "[:-4:]"),
        (6, -5, 1, "[-5::]"),
    ];
    for (k, x, y, want) in cases {
        assert_panic(&sl(k, x, y), &format!("{p}{want}"));
    }
    assert_panic(
        "(call $rt_panic_slice_u (i32.const 2) (i64.const -1) (i64.const 1))",
        &format!("{p}[18446744073709551615:1]"),
    );
    assert_panic(
        "(call $rt_panic_convert (i64.const 4) (i64.const 3))",
        "panic: runtime error: cannot convert slice with length 3 to array or pointer to array with length 4",
    );
}

#[test]
fn runtime_error_panics() {
    assert_panic(
        "(call $rt_panic_divide)",
        "panic: runtime error: integer divide by zero",
    );
    assert_panic(
        "(call $rt_panic_nil)",
        "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]",
    );
    assert_panic(
        "(call $rt_panic_shift)",
        "panic: runtime error: negative shift amount",
    );
    assert_panic(
        "(call $rt_panic_makeslice_len)",
        "panic: runtime error: makeslice: len out of range",
    );
    assert_panic(
        "(call $rt_panic_makeslice_cap)",
        "panic: runtime error: makeslice: cap out of range",
    );
    assert_panic(
        "(call $rt_panic_oom)",
        "fatal error: runtime: out of memory",
    );
}

#[test]
fn user_panics_from_building_blocks() {
    let data = r#"(data (i32.const 65536) "hello\nworld")"#;
    let (out, err, code) = run(
        data,
        "    (call $rt_panic_begin)
    (call $rt_write_indented (i32.const 2) (i32.const 65536) (i32.const 11))
    (call $rt_panic_end)",
    );
    assert_eq!((out.as_str(), code), ("", Some(2)));
    assert_eq!(err, "panic: hello\n\tworld\n\ngoroutine 1 [running]:\n");

    let (_, err, code) = run(
        "",
        "    (call $rt_panic_begin)
    (call $rt_write_f64 (i32.const 2) (f64.const 1.5))
    (call $rt_panic_end)",
    );
    assert_eq!(
        (err.as_str(), code),
        ("panic: 1.5\n\ngoroutine 1 [running]:\n", Some(2))
    );

    let (_, err, code) = run(
        data,
        "    (call $rt_panic_msg (i32.const 65536) (i32.const 5))",
    );
    assert_eq!(
        (err.as_str(), code),
        ("panic: hello\n\ngoroutine 1 [running]:\n", Some(2))
    );

    let (_, err, code) = run(
        data,
        "    (call $rt_fatal (i32.const 65536) (i32.const 11))",
    );
    assert_eq!(
        (err.as_str(), code),
        (
            "fatal error: hello\n\tworld\n\ngoroutine 1 [running]:\n",
            Some(2)
        )
    );
}

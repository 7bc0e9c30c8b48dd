//! The corpus: every `tests/run/*.go` on every backend, compared with the
//! output of the real Go toolchain checked in beside it (`.out` stdout,
//! `.err` stderr, `.exit` status; regenerate with `tests/regen.sh`), and
//! every `tests/errors/*.go` compared with `go build`'s diagnostics.
//!
//! Each test collects every failing program and reports them together, so
//! one run shows the whole picture. `GOWGC_ONLY=name` narrows to programs
//! whose name contains `name`.

use gowgc::engine::{self, Output};
use gowgc::Target;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

fn programs(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(
        &std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into()),
    )
    .join("tests")
    .join(dir);
    let only = std::env::var("GOWGC_ONLY").ok();
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .filter(|p| {
            only.as_ref()
                .is_none_or(|o| p.to_string_lossy().contains(o.as_str()))
        })
        .collect();
    v.sort();
    v
}

/// An expected-output file as text; Go output may hold invalid UTF-8, so
/// both sides of a comparison go through the same lossy conversion.
fn read_or(p: &Path, ext: &str, default: &str) -> String {
    match std::fs::read(p.with_extension(ext)) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(_) => default.to_string(),
    }
}

fn source(p: &Path) -> Vec<(String, String)> {
    let name = p.file_name().unwrap().to_string_lossy().into_owned();
    vec![(name, std::fs::read_to_string(p).unwrap())]
}

/// Runs one program; returns a description of the mismatch, if any.
fn check_program(engine: &wasmtime::Engine, p: &Path, target: Target) -> Option<String> {
    let name = p.file_name().unwrap().to_string_lossy().into_owned();
    let wasm = match gowgc::compile(&source(p), &target) {
        Ok(w) => w,
        Err(e) => return Some(format!("{name}: compile failed:\n{e}")),
    };
    let argv = vec![name.trim_end_matches(".go").to_string()];
    // A guard against hangs, not a speed test: stress mode (a collection
    // every few allocations, heap verifier on) is many times slower, and
    // CI runs the four targets side by side on two cores.
    let secs = if target == Target::LinearStress {
        240
    } else {
        60
    };
    let limit = Some(std::time::Duration::from_secs(secs));
    let start = std::time::Instant::now();
    let r = engine::run_wasi_limited(engine, &wasm, &argv, Output::Capture(64 << 20), limit);
    if std::env::var("GOWGC_TIMES").is_ok() {
        eprintln!("{name} [{target:?}]: {:?}", start.elapsed());
    }
    let r = match r {
        Ok(r) => r,
        Err(e) => return Some(format!("{name}: run failed: {e}")),
    };
    let want_out = read_or(p, "out", "");
    let want_err = read_or(p, "err", "");
    let want_code: i32 = read_or(p, "exit", "0").trim().parse().unwrap();
    let got_out = String::from_utf8_lossy(&r.stdout);
    let got_err = engine::normalize_stderr(&String::from_utf8_lossy(&r.stderr));
    let mut problems = Vec::new();
    if got_out != want_out {
        problems.push(format!(
            "stdout differs:\n--- want\n{}\n--- got\n{}",
            tail(&want_out),
            tail(&got_out)
        ));
    }
    if got_err != want_err {
        problems.push(format!(
            "stderr differs:\n--- want\n{}\n--- got\n{}",
            tail(&want_err),
            tail(&got_err)
        ));
    }
    if r.code != want_code {
        problems.push(format!("exit status {} (want {want_code})", r.code));
    }
    (!problems.is_empty()).then(|| format!("{name} [{target:?}]: {}", problems.join("\n")))
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let start = lines.len().saturating_sub(12);
    lines[start..].join("\n")
}

/// Runs every program on two threads; panics listing all failures.
fn run_all(target: Target) {
    let progs = programs("run");
    let engine = engine::engine().unwrap();
    let failures = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    *n += 1;
                    *n - 1
                };
                let Some(p) = progs.get(i) else { break };
                if let Some(f) = check_program(&engine, p, target) {
                    failures.lock().unwrap().push(f);
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    let total = progs.len();
    println!(
        "{target:?}: {} passed, {} failed",
        total - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} programs failed on {target:?}:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn corpus_gc() {
    run_all(Target::Gc);
}

#[test]
fn corpus_gc_all_fat() {
    run_all(Target::GcAllFat);
}

#[test]
fn corpus_linear() {
    run_all(Target::Linear);
}

#[test]
fn corpus_linear_gc_stress() {
    run_all(Target::LinearStress);
}

#[test]
fn diagnostics_match_go() {
    let mut failures = Vec::new();
    let progs = programs("errors");
    for p in &progs {
        let want = read_or(p, "err", "");
        let got = match gowgc::frontend(&source(p)) {
            Ok(_) => "(compiled without errors)\n".to_string(),
            Err(e) => format!("{e}\n"),
        };
        if got != want {
            failures.push(format!("{}:\n--- want\n{want}--- got\n{got}", p.display()));
        }
    }
    println!(
        "diagnostics: {} passed, {} failed",
        progs.len() - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} diagnostics differ:\n\n{}",
        failures.len(),
        progs.len(),
        failures.join("\n")
    );
}

/// No input crashes the compiler: every test program cut at every 50th
/// byte must give diagnostics (or compile), never panic.
#[test]
fn truncated_inputs_never_panic() {
    let mut all = programs("run");
    all.extend(programs("errors"));
    let mut panics = Vec::new();
    for p in &all {
        let text = std::fs::read_to_string(p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        for cut in (0..text.len()).step_by(50) {
            let mut end = cut;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let files = vec![(name.clone(), text[..end].to_string())];
            let r = std::panic::catch_unwind(|| gowgc::frontend(&files));
            if r.is_err() {
                panics.push(format!("{name} cut at {end}"));
            }
        }
    }
    assert!(
        panics.is_empty(),
        "compiler panicked on:\n{}",
        panics.join("\n")
    );
}

//! Measuring one module: gowgc's compile time, sizes, and wasmtime's
//! compile and run times, peak memory and output.

use crate::programs::Program;
use crate::{median, EngineRun, Sizes};
use gowgc::engine::{self, Output};
use std::io::Write;
use std::time::Instant;
use wasmtime::Engine;

/// How many times each thing is done.
#[derive(Clone, Copy, Debug)]
pub struct Reps {
    /// Timed runs (the median is reported).
    pub runs: usize,
    /// Untimed runs before them.
    pub warmup: usize,
    /// Timed compilations (gowgc's and the engine's).
    pub compiles: usize,
}

/// Most output a benchmark may print.
const OUTPUT_CAP: usize = 64 << 20;

/// Milliseconds since `t`.
pub fn ms_since(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// Compiles `p` with gowgc for `target`: the module and the median
/// compile time (sources to validated module).
pub fn gowgc_compile(
    p: &Program,
    target: &gowgc::Target,
    reps: Reps,
) -> Result<(Vec<u8>, f64), String> {
    let files = vec![(format!("{}.go", p.name), p.source.clone())];
    let mut times = Vec::new();
    let mut bytes = Vec::new();
    for _ in 0..reps.compiles.max(1) {
        let t = Instant::now();
        bytes = gowgc::compile(&files, target)?;
        gowgc::validate(&bytes)?;
        times.push(ms_since(t));
    }
    Ok((bytes, median(&times)))
}

/// The module without its custom sections.
pub fn strip_custom_sections(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes[..8.min(bytes.len())].to_vec();
    let mut i = 8;
    while i < bytes.len() {
        let start = i;
        let id = bytes[i];
        i += 1;
        let (mut size, mut shift) = (0usize, 0);
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            size |= ((b & 0x7f) as usize) << shift;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        let end = (i + size).min(bytes.len());
        if id != 0 {
            out.extend_from_slice(&bytes[start..end]);
        }
        i = end;
    }
    out
}

/// Raw, stripped, gzip and brotli sizes of a module.
pub fn sizes(bytes: &[u8]) -> Sizes {
    let code = strip_custom_sections(bytes);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&code).expect("gzip to memory");
    let gzip = gz.finish().expect("gzip to memory").len() as u64;
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &code[..], &mut br, &params).expect("brotli to memory");
    Sizes {
        raw: bytes.len() as u64,
        code: code.len() as u64,
        gzip,
        brotli: br.len() as u64,
    }
}

/// Compiles and runs a module on wasmtime `reps.warmup + reps.runs` times,
/// checking the first run's output against `p`'s expected output.
pub fn wasmtime_run(engine: &Engine, bytes: &[u8], p: &Program, reps: Reps) -> EngineRun {
    let mut compile = Vec::new();
    let mut module = None;
    for _ in 0..reps.compiles.max(1) {
        let t = Instant::now();
        match engine::compile_module(engine, bytes) {
            Ok(m) => module = Some(m),
            Err(e) => {
                return EngineRun {
                    error: Some(e),
                    ..Default::default()
                }
            }
        }
        compile.push(ms_since(t));
    }
    let module = module.expect("compiled at least once");
    let argv: Vec<String> = std::iter::once(p.name.clone())
        .chain(p.args.iter().cloned())
        .collect();
    let runs = repeat_runs(p, reps, || {
        let out = Output::Capture(OUTPUT_CAP);
        let r = engine::run_module(engine, &module, &argv, out, Default::default())?;
        let ms = r.run_time.as_secs_f64() * 1e3;
        Ok((r, ms))
    });
    EngineRun {
        compile_ms: median(&compile),
        run_ms: median(&runs.runs_ms),
        runs_ms: runs.runs_ms,
        peak_memory: Some(runs.peak_memory),
        ok: runs.error.is_none(),
        error: runs.error,
    }
}

/// What [`repeat_runs`] measured.
pub struct Repeated {
    /// The timed runs, milliseconds.
    pub runs_ms: Vec<f64>,
    /// Why the output was wrong or a run failed.
    pub error: Option<String>,
    /// The largest peak memory of any run.
    pub peak_memory: u64,
}

/// Runs `run` `reps.warmup + reps.runs` times (stopping at the first
/// failure), checks the first run's output against `p`'s, and keeps the
/// times of the runs after the warm-up.
pub fn repeat_runs(
    p: &Program,
    reps: Reps,
    mut run: impl FnMut() -> Result<(engine::RunResult, f64), String>,
) -> Repeated {
    let mut out = Repeated {
        runs_ms: Vec::new(),
        error: None,
        peak_memory: 0,
    };
    for i in 0..reps.warmup + reps.runs.max(1) {
        match run() {
            Ok((r, ms)) => {
                if i == 0 {
                    out.error = check_output(p, r.code, &r.stdout, &r.stderr);
                }
                out.peak_memory = out.peak_memory.max(r.peak_memory);
                if i >= reps.warmup {
                    out.runs_ms.push(ms);
                }
            }
            Err(e) => {
                out.error = Some(e);
                break;
            }
        }
    }
    out
}

/// `None` when a run printed what real Go printed and exited 0, else what
/// differs.
pub fn check_output(p: &Program, code: i32, stdout: &[u8], stderr: &[u8]) -> Option<String> {
    if code != 0 {
        let err = String::from_utf8_lossy(stderr);
        let first: String = err.lines().take(3).collect::<Vec<_>>().join(" / ");
        return Some(format!("exit status {code}: {first}"));
    }
    if stdout != p.expected.as_slice() {
        let got = String::from_utf8_lossy(stdout);
        let want = String::from_utf8_lossy(&p.expected);
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        return Some(format!(
            "output differs from Go's at line {}: got {:?}, want {:?}",
            line + 1,
            got.lines().nth(line).unwrap_or("<end>"),
            want.lines().nth(line).unwrap_or("<end>")
        ));
    }
    None
}

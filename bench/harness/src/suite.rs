//! Running the whole suite: every program, every variant, every engine
//! found.

use crate::external::{self, Tool};
use crate::measure::{self, Reps};
use crate::programs::Program;
use crate::{NativeRun, ProgramRun, Run, Tools, Variant, VariantRun};
use std::path::{Path, PathBuf};
use wasmtime::Engine;

/// What to run.
pub struct Options {
    pub reps: Reps,
    pub quick: bool,
    pub go: Option<Tool>,
    pub node: Option<Tool>,
    pub collector: wasmtime::Collector,
    /// Where modules and binaries are written.
    pub work: PathBuf,
    /// Progress lines go to stderr.
    pub verbose: bool,
}

/// The collector's name, as the report prints it.
pub fn collector_name(c: wasmtime::Collector) -> &'static str {
    match c {
        wasmtime::Collector::Null => "null",
        wasmtime::Collector::DeferredReferenceCounting => "drc",
        wasmtime::Collector::Copying => "copying",
        _ => "auto",
    }
}

/// Measures every program.
pub fn run(programs: &[Program], o: &Options) -> Result<Run, String> {
    std::fs::create_dir_all(&o.work).map_err(|e| format!("{}: {e}", o.work.display()))?;
    let engine = gowgc::engine::engine_with(o.collector)?;
    let mut out = Vec::new();
    for p in programs {
        if o.verbose {
            eprintln!("{} ...", p.name);
        }
        let r = program(&engine, p, o);
        if o.verbose {
            for (what, e) in crate::report::failures(&r) {
                eprintln!("  {what}: {e}");
            }
        }
        out.push(r);
    }
    Ok(Run {
        date: now_utc(),
        machine: machine(),
        quick: o.quick,
        runs: o.reps.runs,
        warmup: o.reps.warmup,
        tools: Tools {
            go: o.go.as_ref().map(|t| t.version.clone()),
            node: o.node.as_ref().map(|t| t.version.clone()),
            wasmtime: WASMTIME_VERSION.into(),
            collector: collector_name(o.collector).into(),
        },
        programs: out,
    })
}

/// The wasmtime the workspace embeds (see the workspace manifest).
const WASMTIME_VERSION: &str = "48";

fn program(engine: &Engine, p: &Program, o: &Options) -> ProgramRun {
    let mut variants = Vec::new();
    for v in Variant::GOWGC {
        let target = v.target().expect("gowgc variant");
        variants.push(match measure::gowgc_compile(p, &target, o.reps) {
            Ok((bytes, ms)) => {
                let path = o.work.join(format!("{}.{}.wasm", p.name, v.name()));
                let written = std::fs::write(&path, &bytes);
                finish(
                    engine,
                    p,
                    o,
                    v,
                    Some(ms),
                    &bytes,
                    written.ok().map(|_| path),
                )
            }
            Err(e) => failed(v, e),
        });
    }
    let mut native = None;
    if let Some(go) = &o.go {
        native = Some(match external::go_build(go, p, &o.work, false) {
            Ok(bin) => external::native_run(&bin, p, o.reps),
            Err(e) => NativeRun {
                error: Some(e),
                ..Default::default()
            },
        });
        let v = Variant::GoWasip1;
        variants.push(match external::go_build(go, p, &o.work, true) {
            Ok(path) => match std::fs::read(&path) {
                Ok(bytes) => finish(engine, p, o, v, None, &bytes, Some(path)),
                Err(e) => failed(v, e.to_string()),
            },
            Err(e) => failed(v, e),
        });
    }
    ProgramRun {
        name: p.name.clone(),
        args: p.args.clone(),
        native,
        variants,
    }
}

fn failed(variant: Variant, e: String) -> VariantRun {
    VariantRun {
        variant,
        compile_ms: None,
        sizes: None,
        wasmtime: None,
        v8: None,
        error: Some(e),
    }
}

/// Sizes and engine runs of a built module.
fn finish(
    engine: &Engine,
    p: &Program,
    o: &Options,
    variant: Variant,
    compile_ms: Option<f64>,
    bytes: &[u8],
    path: Option<PathBuf>,
) -> VariantRun {
    let v8 = match (&o.node, &path) {
        (Some(node), Some(path)) => Some(external::v8_run(node, path, p, &o.work, o.reps)),
        _ => None,
    };
    VariantRun {
        variant,
        compile_ms,
        sizes: Some(measure::sizes(bytes)),
        wasmtime: Some(measure::wasmtime_run(engine, bytes, p, o.reps)),
        v8,
        error: None,
    }
}

/// The CPU model and core count.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{cpu}, {cores} cores, {}", std::env::consts::OS)
}

/// The current UTC time as `YYYY-MM-DD HH:MM UTC`.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (days, rem) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

/// Where a run's JSON goes: `dir/YYYY-MM-DD-HHMM.json`.
pub fn json_path(dir: &Path, run: &Run) -> PathBuf {
    let stamp: String = run
        .date
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ' ' || *c == '-')
        .collect::<String>()
        .trim()
        .replace(' ', "-");
    dir.join(format!(
        "{stamp}{}.json",
        if run.quick { "-quick" } else { "" }
    ))
}

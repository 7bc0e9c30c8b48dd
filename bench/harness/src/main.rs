//! `gowgc-bench`: measures every benchmark program on both backends, native
//! Go and Go's wasip1 port, and regenerates `bench/RESULTS.md`, the charts
//! and a JSON record of the run. Exits with status 1 when any program's
//! output differs from real Go's.

use clap::{Parser, ValueEnum};
use gowgc_bench::measure::Reps;
use gowgc_bench::{chart, external, programs, report, suite};
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, ValueEnum)]
enum CollectorArg {
    /// wasmtime's copying collector.
    Copying,
    /// Deferred reference counting.
    Drc,
    /// Never collects.
    Null,
}

/// Benchmark gowgc's backends against native Go and Go's wasip1 port.
#[derive(Parser)]
#[command(name = "gowgc-bench")]
struct Args {
    /// Run every program once at its small size (quick.txt) and only check
    /// outputs; RESULTS.md is left alone.
    #[arg(long)]
    quick: bool,
    /// Timed runs per module (the median is reported).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Untimed runs before them.
    #[arg(long, default_value_t = 1)]
    warmup: usize,
    /// Timed compilations (gowgc and engines).
    #[arg(long, default_value_t = 3)]
    compiles: usize,
    /// The go command (else $GO, else `go` on PATH).
    #[arg(long)]
    go: Option<PathBuf>,
    /// Node 22 or later, for V8 (else $NODE, else `node` on PATH).
    #[arg(long)]
    node: Option<PathBuf>,
    /// Leave out the Go columns even when a go is found.
    #[arg(long)]
    no_go: bool,
    /// Leave out V8 even when a node is found.
    #[arg(long)]
    no_node: bool,
    /// wasmtime's GC collector for the gc variants.
    #[arg(long, value_enum, default_value = "copying")]
    collector: CollectorArg,
    /// Only programs whose name contains one of these.
    #[arg(long)]
    only: Vec<String>,
    /// Where RESULTS.md, charts/ and results/ go.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Measure nothing: rewrite RESULTS.md and the charts from a run's JSON.
    #[arg(long)]
    from_json: Option<PathBuf>,
    /// Measure what each optimization pass gains instead (size and
    /// wasmtime run time with each pass off in turn); writes ABLATION.md.
    #[arg(long)]
    ablate: bool,
}

fn main() {
    let a = Args::parse();
    match run(a) {
        Ok(true) => {}
        Ok(false) => std::process::exit(1),
        Err(e) => {
            eprintln!("gowgc-bench: {e}");
            std::process::exit(2);
        }
    }
}

/// Runs the suite; `Ok(false)` when an output differed from Go's.
fn run(a: Args) -> Result<bool, String> {
    let out_dir = a.out.clone().unwrap_or_else(programs::bench_dir);
    if let Some(j) = &a.from_json {
        let text = std::fs::read_to_string(j).map_err(|e| format!("{}: {e}", j.display()))?;
        let run: gowgc_bench::Run = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        write_report(&run, &out_dir)?;
        return Ok(run.programs.iter().all(|p| p.all_ok()));
    }
    let programs = programs::load(&programs::programs_dir(), a.quick, &a.only)?;
    if a.ablate {
        let reps = Reps {
            runs: a.runs,
            warmup: a.warmup,
            compiles: 1,
        };
        let engine = gowgc::engine::engine().map_err(|e| e.to_string())?;
        let cells = gowgc_bench::ablate::run(&programs, &engine, reps)?;
        let md = gowgc_bench::ablate::markdown(&programs, &cells);
        let path = out_dir.join("ABLATION.md");
        std::fs::write(&path, &md).map_err(|e| format!("{}: {e}", path.display()))?;
        print!("{md}");
        return Ok(true);
    }
    let go = if a.no_go {
        None
    } else {
        external::find_go(a.go.clone())
    };
    let node = if a.no_node {
        None
    } else {
        external::find_node(a.node.clone()).unwrap_or_else(|e| {
            eprintln!("gowgc-bench: {e}");
            None
        })
    };
    for (what, t) in [("go", &go), ("node (V8)", &node)] {
        match t {
            Some(t) => eprintln!("{what}: {} ({})", t.path.display(), t.version),
            None => eprintln!("{what}: absent, its columns are marked absent"),
        }
    }
    let reps = if a.quick {
        Reps {
            runs: 1,
            warmup: 0,
            compiles: 1,
        }
    } else {
        Reps {
            runs: a.runs,
            warmup: a.warmup,
            compiles: a.compiles,
        }
    };
    let work = std::env::temp_dir().join(format!("gowgc-bench-{}", std::process::id()));
    let collector = match a.collector {
        CollectorArg::Copying => wasmtime::Collector::Copying,
        CollectorArg::Drc => wasmtime::Collector::DeferredReferenceCounting,
        CollectorArg::Null => wasmtime::Collector::Null,
    };
    let opts = suite::Options {
        reps,
        quick: a.quick,
        go,
        node,
        collector,
        work: work.clone(),
        verbose: true,
    };
    let run = suite::run(&programs, &opts)?;
    let _ = std::fs::remove_dir_all(&work);
    let json = serde_json::to_string_pretty(&run).map_err(|e| e.to_string())?;
    let ok = run.programs.iter().all(|p| p.all_ok());
    if a.quick && a.out.is_none() {
        eprintln!(
            "quick run: {} programs, {}",
            run.programs.len(),
            if ok {
                "all outputs match Go's"
            } else {
                "SOME OUTPUTS DIFFER from Go's"
            }
        );
        return Ok(ok);
    }
    let results = out_dir.join("results");
    std::fs::create_dir_all(&results).map_err(|e| e.to_string())?;
    let jp = suite::json_path(&results, &run);
    std::fs::write(&jp, json).map_err(|e| e.to_string())?;
    write_report(&run, &out_dir)?;
    eprintln!("wrote {}, RESULTS.md and charts/", jp.display());
    Ok(ok)
}

/// RESULTS.md and the charts of `run`, in `out_dir`.
fn write_report(run: &gowgc_bench::Run, out_dir: &Path) -> Result<(), String> {
    let md = report::markdown(run, "cargo run --release -p gowgc-bench");
    std::fs::write(out_dir.join("RESULTS.md"), md).map_err(|e| e.to_string())?;
    chart::write_charts(run, &out_dir.join("charts"))
}

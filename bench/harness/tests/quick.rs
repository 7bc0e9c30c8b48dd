//! The harness's quick mode as a test, so CI runs it: every benchmark
//! program at its small size, on every gowgc variant, on wasmtime. Fails
//! when any output differs from the one real Go printed.

use gowgc_bench::measure::Reps;
use gowgc_bench::{programs, report, suite};

#[test]
fn quick_run_matches_go() {
    let progs = programs::load(&programs::programs_dir(), true, &[]).expect("bench programs");
    assert!(progs.len() >= 14, "only {} bench programs", progs.len());
    let work = std::env::temp_dir().join(format!("gowgc-bench-test-{}", std::process::id()));
    let opts = suite::Options {
        reps: Reps {
            runs: 1,
            warmup: 0,
            compiles: 1,
        },
        quick: true,
        go: None,
        node: None,
        collector: wasmtime::Collector::Copying,
        work: work.clone(),
        verbose: false,
    };
    let run = suite::run(&progs, &opts).expect("quick run");
    let _ = std::fs::remove_dir_all(&work);
    let failures: Vec<String> = run
        .programs
        .iter()
        .flat_map(|p| {
            report::failures(p)
                .into_iter()
                .map(move |(what, e)| format!("{}, {what}: {e}", p.name))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

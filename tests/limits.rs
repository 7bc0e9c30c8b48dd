//! `gowgc run --timeout` and `--max-memory`: a program that loops forever
//! or allocates without bound ends with a message and its own exit status,
//! on both backends.

use gowgc::engine::{self, Limits, Output, EXIT_MEMORY, EXIT_TIMEOUT};
use gowgc::Target;
use std::time::Duration;

fn run(src: &str, target: Target, limits: Limits) -> engine::RunResult {
    let files = vec![("prog.go".to_string(), src.to_string())];
    let wasm = gowgc::compile(&files, &target).expect("compiles");
    gowgc::validate(&wasm).expect("valid");
    let e = engine::engine().expect("engine");
    let m = engine::compile_module(&e, &wasm).expect("wasmtime compiles");
    engine::run_module(&e, &m, &["prog".into()], Output::Capture(1 << 20), limits).expect("runs")
}

const FOREVER: &str = r#"package main

import "fmt"

var n int

func main() {
	fmt.Println("start")
	for {
		n++
	}
}
"#;

const UNBOUNDED: &str = r#"package main

import "fmt"

func main() {
	fmt.Println("start")
	var keep [][]byte
	for {
		keep = append(keep, make([]byte, 1<<20))
	}
}
"#;

#[test]
fn endless_loop_stops_at_the_time_limit() {
    for t in [Target::Gc, Target::Linear] {
        let limits = Limits {
            time: Some(Duration::from_millis(300)),
            memory: None,
        };
        let r = run(FOREVER, t, limits);
        assert_eq!(r.code, EXIT_TIMEOUT);
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(
            err.contains("ran longer than the time limit (0.3s)"),
            "{err}"
        );
        assert_eq!(String::from_utf8_lossy(&r.stdout), "start\n");
    }
}

#[test]
fn unbounded_allocation_stops_at_the_memory_limit() {
    for t in [Target::Gc, Target::Linear] {
        let limits = Limits {
            time: Some(Duration::from_secs(60)),
            memory: Some(64 << 20),
        };
        let r = run(UNBOUNDED, t, limits);
        let err = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.code, EXIT_MEMORY, "{err}");
        assert!(
            err.contains("needed more memory than the limit (64 MiB"),
            "{err}"
        );
        assert!(r.peak_memory <= 64 << 20);
    }
}

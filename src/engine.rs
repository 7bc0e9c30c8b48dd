//! Running a WASI preview 1 command module on the embedded wasmtime.
//!
//! `proc_exit(n)` becomes the exit status; a trap (which a correct module
//! only hits on a compiler bug, since Go's runtime errors are reported by the
//! module itself) is reported as a fatal error with status 2, like a crash.

use wasmtime::{Config, Engine, Linker, Module, Store};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

/// Where the program's output goes.
pub enum Output {
    /// The host's own stdout and stderr.
    Inherit,
    /// Captured in memory (for tests), up to this many bytes per stream.
    Capture(usize),
}

/// Wasm stack limit, and the native stack of the thread that runs wasm.
const WASM_STACK: usize = 256 << 20;
const NATIVE_STACK: usize = WASM_STACK + (64 << 20);

/// What Go prints when a goroutine's stack overflows (the stack is
/// wasm's, `WASM_STACK` bytes; Go's limit is 1 GB on 64-bit machines).
const GO_STACK_OVERFLOW: &str = "runtime: goroutine stack exceeds 1000000000-byte limit\n\
runtime: sp=0x0 stack=[0x0, 0x0]\n\
fatal error: stack overflow\n\n\
runtime stack:\n\n\
goroutine 1 [running]:\n";

/// What a run produced.
#[derive(Debug, Default)]
pub struct RunResult {
    /// Exit status.
    pub code: i32,
    /// Captured stdout (empty when inherited).
    pub stdout: Vec<u8>,
    /// Captured stderr (empty when inherited).
    pub stderr: Vec<u8>,
}

/// An engine configured for gowgc's modules (GC and exceptions on).
pub fn engine() -> Result<Engine, String> {
    let mut config = Config::new();
    config
        .wasm_gc(true)
        .wasm_function_references(true)
        .wasm_exceptions(true);
    config.epoch_interruption(true);
    // Go's goroutine stacks grow to 1 GB; give wasm a deep stack too (runs
    // happen on a thread whose native stack is larger, see `run_wasi_limited`).
    config.async_stack_size(WASM_STACK + (1 << 20));
    config.max_wasm_stack(WASM_STACK);
    Engine::new(&config).map_err(|e| e.to_string())
}

/// Instantiates `bytes` and runs `_start` with `argv`, with no time limit.
pub fn run_wasi(
    engine: &Engine,
    bytes: &[u8],
    argv: &[String],
    out: Output,
) -> Result<RunResult, String> {
    run_wasi_limited(engine, bytes, argv, out, None)
}

/// Like [`run_wasi`], but a run longer than `limit` is interrupted
/// (epoch interruption) and reported as an error.
pub fn run_wasi_limited(
    engine: &Engine,
    bytes: &[u8],
    argv: &[String],
    out: Output,
    limit: Option<std::time::Duration>,
) -> Result<RunResult, String> {
    let (engine, bytes, argv) = (engine.clone(), bytes.to_vec(), argv.to_vec());
    std::thread::Builder::new()
        .stack_size(NATIVE_STACK)
        .spawn(move || run_on_this_thread(&engine, &bytes, &argv, out, limit))
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "wasm thread panicked".to_string())?
}

fn run_on_this_thread(
    engine: &Engine,
    bytes: &[u8],
    argv: &[String],
    out: Output,
    limit: Option<std::time::Duration>,
) -> Result<RunResult, String> {
    let module = Module::new(engine, bytes).map_err(|e| format!("wasmtime: {e:#}"))?;
    let mut linker: Linker<WasiP1Ctx> = Linker::new(engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |t| t).map_err(|e| e.to_string())?;
    let mut builder = WasiCtxBuilder::new();
    builder.args(argv);
    let pipes = match out {
        Output::Inherit => {
            builder.inherit_stdio();
            for (k, v) in std::env::vars() {
                builder.env(&k, &v);
            }
            None
        }
        Output::Capture(cap) => {
            let (o, e) = (MemoryOutputPipe::new(cap), MemoryOutputPipe::new(cap));
            builder.stdout(o.clone()).stderr(e.clone());
            Some((o, e))
        }
    };
    let mut store = Store::new(engine, builder.build_p1());
    // Ticks every 10 ms; the deadline counts ticks.
    store.set_epoch_deadline(limit.map_or(u64::MAX, |d| (d.as_millis() / 10).max(1) as u64));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    if limit.is_some() {
        let (engine, done) = (engine.clone(), done.clone());
        std::thread::spawn(move || {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(10));
                engine.increment_epoch();
            }
        });
    }
    let instance = linker
        .instantiate(&mut store, &module)
        .map_err(|e| format!("wasmtime: {e:#}"))?;
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .map_err(|e| e.to_string())?;
    let mut trap = None;
    let code = match start.call(&mut store, ()) {
        Ok(()) => 0,
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(exit) => exit.0,
            None if e.downcast_ref::<wasmtime::Trap>() == Some(&wasmtime::Trap::StackOverflow) => {
                // Go's fatal error for a goroutine stack past its limit,
                // after what the program had written.
                if let Ok(flush) = instance.get_typed_func::<(), ()>(&mut store, "gowgc.flush") {
                    let _ = flush.call(&mut store, ());
                }
                trap = Some(GO_STACK_OVERFLOW.to_string());
                2
            }
            None => {
                trap = Some(format!("fatal error: {e:#}\n"));
                2
            }
        },
    };
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    drop(store);
    let (stdout, mut stderr) = pipes_out(&pipes);
    if let Some(msg) = trap {
        match pipes {
            None => eprint!("{msg}"),
            Some(_) => stderr.extend_from_slice(msg.as_bytes()),
        }
    }
    Ok(RunResult {
        code,
        stdout,
        stderr,
    })
}

fn pipes_out(p: &Option<(MemoryOutputPipe, MemoryOutputPipe)>) -> (Vec<u8>, Vec<u8>) {
    match p {
        Some((o, e)) => (o.contents().to_vec(), e.contents().to_vec()),
        None => (vec![], vec![]),
    }
}

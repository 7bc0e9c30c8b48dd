//! Running a WASI preview 1 command module on the embedded wasmtime.
//!
//! Standard streams are inherited, `proc_exit(n)` becomes our exit status,
//! and a trap (which a correct module only hits on a compiler bug, since Go's
//! runtime errors are reported by the module itself) is reported with exit
//! status 2, like a Go crash.

use wasmtime::{Config, Engine, Linker, Module, Store};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

/// Instantiates and runs `_start`; returns the exit status.
pub fn run_wasi(bytes: &[u8], argv: &[String]) -> Result<i32, String> {
    let mut config = Config::new();
    config
        .wasm_gc(true)
        .wasm_function_references(true)
        .wasm_exceptions(true);
    let engine = Engine::new(&config).map_err(|e| e.to_string())?;
    let module = Module::new(&engine, bytes).map_err(|e| format!("wasmtime: {e:#}"))?;
    let mut linker: Linker<WasiP1Ctx> = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |t| t).map_err(|e| e.to_string())?;
    let mut builder = WasiCtxBuilder::new();
    builder.inherit_stdio().args(argv);
    for (k, v) in std::env::vars() {
        builder.env(&k, &v);
    }
    let wasi = builder.build_p1();
    let mut store = Store::new(&engine, wasi);
    let instance = linker
        .instantiate(&mut store, &module)
        .map_err(|e| format!("wasmtime: {e:#}"))?;
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .map_err(|e| e.to_string())?;
    match start.call(&mut store, ()) {
        Ok(()) => Ok(0),
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(exit) => Ok(exit.0),
            None => {
                eprintln!("fatal error: {e:#}");
                Ok(2)
            }
        },
    }
}

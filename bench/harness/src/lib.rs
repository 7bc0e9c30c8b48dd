//! The benchmark harness: every program in `bench/programs` compiled by
//! gowgc's two backends (and the gc backend's all-fat variant), by native
//! Go and by Go's own `GOOS=wasip1` port, measured side by side in one run
//! on wasmtime (embedded) and V8 (Node), so every ratio in
//! `bench/RESULTS.md` comes from numbers taken together on one machine.
//!
//! Every run also checks each program's output against the expected output
//! real Go produced (`bench/programs/NAME.out`), so a fast wrong answer
//! never makes it into a table.

pub mod ablate;
pub mod chart;
pub mod external;
pub mod measure;
pub mod programs;
pub mod report;
pub mod suite;

use serde::{Deserialize, Serialize};

/// How a program was compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Variant {
    /// gowgc, linear-memory backend.
    Linear,
    /// gowgc, WasmGC backend with the thin/fat pointer analysis.
    Gc,
    /// gowgc, WasmGC backend with every pointer fat (golang/go#63904).
    GcAllFat,
    /// Go's own `GOOS=wasip1 GOARCH=wasm` port.
    GoWasip1,
}

impl Variant {
    /// gowgc's variants, in table order.
    pub const GOWGC: [Variant; 3] = [Variant::Linear, Variant::Gc, Variant::GcAllFat];

    /// The column name.
    pub fn name(self) -> &'static str {
        match self {
            Variant::Linear => "linear",
            Variant::Gc => "gc",
            Variant::GcAllFat => "gc-allfat",
            Variant::GoWasip1 => "go-wasip1",
        }
    }

    /// The gowgc target, for gowgc's variants.
    pub fn target(self) -> Option<gowgc::Target> {
        match self {
            Variant::Linear => Some(gowgc::Target::Linear),
            Variant::Gc => Some(gowgc::Target::Gc),
            Variant::GcAllFat => Some(gowgc::Target::GcAllFat),
            Variant::GoWasip1 => None,
        }
    }
}

/// Module sizes in bytes. Custom sections (names, producers) are left out
/// of `code`, `gzip` and `brotli` for every variant alike: they are debug
/// information, which engines ignore and deployments strip.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Sizes {
    /// The module as written, custom sections included.
    pub raw: u64,
    /// Without custom sections.
    pub code: u64,
    /// `code`, gzip level 9.
    pub gzip: u64,
    /// `code`, brotli quality 11.
    pub brotli: u64,
}

/// One module on one engine.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EngineRun {
    /// The engine's compilation of the module, median, milliseconds.
    pub compile_ms: f64,
    /// Instantiation plus `_start`, median of the timed runs, milliseconds.
    pub run_ms: f64,
    /// Every timed run, milliseconds.
    pub runs_ms: Vec<f64>,
    /// Peak bytes of linear memory plus GC heap (wasmtime), or of linear
    /// memory (V8, which does not report its GC heap per instance).
    pub peak_memory: Option<u64>,
    /// Whether stdout and the exit status matched real Go's.
    pub ok: bool,
    /// What went wrong, when something did.
    pub error: Option<String>,
}

/// One variant of one program.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct VariantRun {
    pub variant: Variant,
    /// gowgc's compile time (source to validated module), median, ms.
    pub compile_ms: Option<f64>,
    pub sizes: Option<Sizes>,
    pub wasmtime: Option<EngineRun>,
    pub v8: Option<EngineRun>,
    /// Why the variant could not be built, when it could not.
    pub error: Option<String>,
}

/// Native Go (`GOMAXPROCS=1`).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct NativeRun {
    pub run_ms: f64,
    pub runs_ms: Vec<f64>,
    pub ok: bool,
    pub error: Option<String>,
}

/// Everything measured for one program.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProgramRun {
    pub name: String,
    pub args: Vec<String>,
    pub native: Option<NativeRun>,
    pub variants: Vec<VariantRun>,
}

impl ProgramRun {
    /// The run of `v`, if measured.
    pub fn variant(&self, v: Variant) -> Option<&VariantRun> {
        self.variants.iter().find(|r| r.variant == v)
    }

    /// Whether every measured output matched real Go's.
    pub fn all_ok(&self) -> bool {
        self.native.as_ref().is_none_or(|n| n.ok)
            && self.variants.iter().all(|v| {
                v.error.is_none()
                    && v.wasmtime.as_ref().is_none_or(|e| e.ok)
                    && v.v8.as_ref().is_none_or(|e| e.ok)
            })
    }
}

/// The tools a run found (absent ones are `None`, and their columns are
/// marked absent in the report).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Tools {
    pub go: Option<String>,
    pub node: Option<String>,
    pub wasmtime: String,
    pub collector: String,
}

/// A whole run: what `bench/results/*.json` holds.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Run {
    pub date: String,
    pub machine: String,
    pub quick: bool,
    pub runs: usize,
    pub warmup: usize,
    pub tools: Tools,
    pub programs: Vec<ProgramRun>,
}

/// The median of `xs` (0 when empty).
pub fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => 0.0,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// The geometric mean of `xs` (`None` when empty).
pub fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

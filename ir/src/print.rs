//! The IR's stable text form, for snapshots and `--emit ir`.
//!
//! ```text
//! fn0 main.add(v0: int64, v1: int64) -> int64 {
//! block0(v0: int64, v1: int64):
//!     v2 = add v0, v1 : int64
//!     return v2
//! }
//! ```

use crate::entities::Value;
use crate::function::Function;
use crate::instructions::{BlockCall, Op, Terminator};
use crate::module::Module;
use crate::types::TypeStore;
use std::fmt::Write;

/// The whole module as text.
pub fn module_to_string(m: &Module) -> String {
    let mut s = String::new();
    for (g, data) in m.globals.iter() {
        let _ = writeln!(s, "{g} {}: {}", data.name, m.types.display(data.ty));
    }
    if !m.globals.is_empty() {
        s.push('\n');
    }
    for (id, f) in m.funcs.iter() {
        let _ = write!(s, "{id} ");
        s.push_str(&function_to_string(f, &m.types, m));
        s.push('\n');
    }
    s
}

fn vals(vs: &[Value]) -> String {
    vs.iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn opt(v: &Option<Value>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "_".into())
}

fn call(c: &BlockCall) -> String {
    if c.args.is_empty() {
        c.block.to_string()
    } else {
        format!("{}({})", c.block, vals(&c.args))
    }
}

/// One function as text.
pub fn function_to_string(f: &Function, types: &TypeStore, m: &Module) -> String {
    let mut s = String::new();
    let params: Vec<String> = f.sig.params.iter().map(|t| types.display(*t)).collect();
    let results: Vec<String> = f.sig.results.iter().map(|t| types.display(*t)).collect();
    let _ = writeln!(
        s,
        "{}({}) -> ({}) {{",
        f.name,
        params.join(", "),
        results.join(", ")
    );
    for &b in &f.layout {
        let data = &f.blocks[b];
        let ps: Vec<String> = data
            .params
            .iter()
            .map(|p| format!("{p}: {}", types.display(f.value_type(*p))))
            .collect();
        let _ = writeln!(s, "{b}({}):", ps.join(", "));
        for &i in &data.insts {
            let inst = &f.insts[i];
            s.push_str("    ");
            if !inst.results.is_empty() {
                let _ = write!(s, "{} = ", vals(&inst.results));
            }
            s.push_str(&op_to_string(&inst.op, types, m));
            if !inst.results.is_empty() {
                let tys: Vec<String> = inst
                    .results
                    .iter()
                    .map(|r| types.display(f.value_type(*r)))
                    .collect();
                let _ = write!(s, " : {}", tys.join(", "));
            }
            s.push('\n');
        }
        let term = match &data.term {
            Terminator::None => "<none>".to_string(),
            Terminator::Jump(c) => format!("jump {}", call(c)),
            Terminator::Brif(c, a, b) => format!("brif {c}, {}, {}", call(a), call(b)),
            Terminator::Return(v) => format!("return {}", vals(v)).trim_end().to_string(),
            Terminator::Unreachable => "unreachable".to_string(),
        };
        let _ = writeln!(s, "    {term}");
    }
    s.push_str("}\n");
    s
}

fn op_to_string(op: &Op, types: &TypeStore, m: &Module) -> String {
    use Op::*;
    match op {
        Iconst(i) => format!("iconst {i}"),
        Fconst(b) => format!("fconst {}", f64::from_bits(*b)),
        Sconst(bytes) => format!("sconst {:?}", String::from_utf8_lossy(bytes)),
        Nil => "nil".into(),
        Unary(u, a) => format!("{} {a}", format!("{u:?}").to_lowercase()),
        Binary(b, x, y) => format!("{} {x}, {y}", b.name()),
        Convert(k, a) => format!("convert.{} {a}", format!("{k:?}").to_lowercase()),
        Select(c, a, b) => format!("select {c}, {a}, {b}"),
        Alloc(t) => format!("alloc {}", types.display(*t)),
        FieldAddr(p, i) => format!("field_addr {p}, {i}"),
        IndexAddr(p, i) => format!("index_addr {p}, {i}"),
        SliceIndexAddr(s, i) => format!("slice_index_addr {s}, {i}"),
        Load(p) => format!("load {p}"),
        Store(p, v) => format!("store {p}, {v}"),
        Copy(d, s) => format!("copy {d}, {s}"),
        Zero(p) => format!("zero {p}"),
        InitData(p, d) => format!("initdata {p}, {} bytes", d.len()),
        GlobalAddr(g) => format!("global_addr {g} ; {}", m.globals[*g].name),
        IsNil(v) => format!("is_nil {v}"),
        MakeSlice(l, c) => format!("make_slice {l}, {c}"),
        SliceLen(s) => format!("slice_len {s}"),
        SliceCap(s) => format!("slice_cap {s}"),
        SliceArray(p, a, b, c) => format!("slice_array {p}[{}:{}:{}]", opt(a), opt(b), opt(c)),
        SliceSlice(p, a, b, c) => format!("slice_slice {p}[{}:{}:{}]", opt(a), opt(b), opt(c)),
        Append(s, xs) => format!("append {s}, [{}]", vals(xs)),
        AppendSlice(d, s) => format!("append_slice {d}, {s}"),
        AppendString(d, s) => format!("append_string {d}, {s}"),
        CopySlice(d, s) => format!("copy_slice {d}, {s}"),
        StrLen(s) => format!("str_len {s}"),
        StrIndex(s, i) => format!("str_index {s}, {i}"),
        StrSlice(s, a, b) => format!("str_slice {s}[{}:{}]", opt(a), opt(b)),
        StrConcat(a, b) => format!("str_concat {a}, {b}"),
        StrCmp(o, a, b) => format!("str_{} {a}, {b}", o.name()),
        BytesToStr(a) => format!("bytes_to_str {a}"),
        StrToBytes(a) => format!("str_to_bytes {a}"),
        RuneToStr(a) => format!("rune_to_str {a}"),
        Call(f, args) => format!("call {f} {}({})", m.funcs[*f].name, vals(args)),
        MakeClosure(f, caps) => format!("make_closure {f} {}[{}]", m.funcs[*f].name, vals(caps)),
        ClosureCapture(c, n) => format!("closure_capture {c}, {n}"),
        MakeInterface(v, tid) => format!("make_interface {v}, type {tid}"),
        IfaceTypeId(v) => format!("iface_type_id {v}"),
        IfaceData(v) => format!("iface_data {v}"),
        CallClosure(c, args) => format!("call_closure {c}({})", vals(args)),
        Print(fd, k, v) => format!("print.{fd:?}.{k:?} {v}").to_lowercase(),
        Panic(k, args) => format!("panic.{k:?} {}", vals(args)),
        Exit(v) => format!("exit {v}"),
        Throw => "throw".into(),
        PtrHash(v) => format!("ptr_hash {v}"),
        RtCall(n, args) => format!("rt_call ${n}({})", vals(args)),
        CallCatch(f, args) => format!("call_catch {f} {}({})", m.funcs[*f].name, vals(args)),
    }
}

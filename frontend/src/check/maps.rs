//! Maps, built in IR by the frontend: an open-addressing hash table per map
//! type, so both backends get them without a runtime of their own.
//!
//! A `map[K]V` value is a pointer to an object `{keys []K, vals []V,
//! full []bool, count int}` (nil for a nil map); the capacity is a power of
//! two, probing is linear, the table doubles past 3/4 full, and deletion
//! shifts the following entries back (no tombstones). Hashes: integers by a
//! multiplicative mix, strings by FNV-1a, structs and arrays by combining
//! their parts, pointers by [`ir::Op::PtrHash`] (a constant on WasmGC,
//! which gives objects no identity hash: pointer keys work there, but every
//! one collides), interfaces by their dynamic type (`iface.hash`, which
//! panics for unhashable dynamic types as Go does). Channel keys are not
//! supported yet.

use super::Checker;
use crate::types::{Basic, TypeId, TypeKind};
use gowgc_ir as ir;
use ir::builder::FunctionBuilder;
use ir::{BinaryOp as B, Op};

/// The IR pieces of one map type.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MapFns {
    /// `runtime.mapnew(hint int) *obj`
    pub new: ir::FuncId,
    /// `runtime.mapfind(m, k) int` (-1 when absent; m non-nil)
    pub find: ir::FuncId,
    /// `runtime.mapinsert(m, k) int` (slot of k, added if absent)
    pub insert: ir::FuncId,
    /// `runtime.mapdelete(m, k)`
    pub delete: ir::FuncId,
}

/// Field indices of the map object.
pub(crate) const KEYS: u32 = 0;
pub(crate) const VALS: u32 = 1;
pub(crate) const FULL: u32 = 2;
pub(crate) const COUNT: u32 = 3;

impl Checker<'_> {
    /// Whether `t` can be a map key here.
    pub(crate) fn hashable(&self, t: TypeId) -> bool {
        match self.tt.ukind(t) {
            TypeKind::Basic(b) => !b.is_complex(),
            TypeKind::Pointer(_) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fs) => fs.iter().all(|f| self.hashable(f.ty)),
            TypeKind::Array(e, _) => self.hashable(*e),
            _ => false,
        }
    }

    /// The IR object type behind map type `mt` (reserved first: values may
    /// mention the map type itself).
    pub(crate) fn map_obj(&mut self, mt: TypeId) -> ir::Type {
        let u = self.tt.under(mt);
        if let Some(&t) = self.map_objs.get(&u) {
            return t;
        }
        let TypeKind::Map(k, v) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        let obj = self.module.types.reserve();
        self.map_objs.insert(u, obj);
        let (kt, vt) = (self.ir_type(k), self.ir_type(v));
        let b = self.module.types.bool();
        let i = self.module.types.int64();
        let fields = vec![
            ir::FieldData {
                name: "keys".into(),
                ty: self.module.types.slice(kt),
            },
            ir::FieldData {
                name: "vals".into(),
                ty: self.module.types.slice(vt),
            },
            ir::FieldData {
                name: "full".into(),
                ty: self.module.types.slice(b),
            },
            ir::FieldData {
                name: "count".into(),
                ty: i,
            },
        ];
        self.module
            .types
            .define(obj, ir::TypeData::Struct { fields });
        self.module
            .types
            .set_name(obj, format!("runtime.hmap[{}]", self.tt.display(u)));
        obj
    }

    /// The functions of map type `mt`, built on first use.
    pub(crate) fn map_fns(&mut self, mt: TypeId) -> MapFns {
        let u = self.tt.under(mt);
        if let Some(&f) = self.map_fns.get(&u) {
            return f;
        }
        let TypeKind::Map(k, v) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        let mp = self.ir_type(u);
        let kp = self.ir_param_type(k);
        let int = self.basic(Basic::Int);
        let it = self.ir_type(int);
        let name = self.tt.display(u);
        let mk = |c: &mut Self, n: &str, params: Vec<ir::Type>, results: Vec<ir::Type>| {
            c.module.funcs.push(ir::Function::new(
                format!("runtime.{n}[{name}]"),
                ir::Signature { params, results },
            ))
        };
        let fns = MapFns {
            new: mk(self, "mapnew", vec![it], vec![mp]),
            find: mk(self, "mapfind", vec![mp, kp], vec![it]),
            insert: mk(self, "mapinsert", vec![mp, kp], vec![it]),
            delete: mk(self, "mapdelete", vec![mp, kp], vec![]),
        };
        self.map_fns.insert(u, fns);
        self.gen_mapnew(fns.new, u);
        self.gen_mapfind(fns, u, k);
        self.gen_mapinsert(fns, u, k, v);
        self.gen_mapdelete(fns, u, k, v);
        fns
    }

    pub(crate) fn ity(&mut self, b: Basic) -> ir::Type {
        let t = self.basic(b);
        self.ir_type(t)
    }

    /// Loads field `f` of the map object `m`.
    fn mfield(&mut self, b: &mut FunctionBuilder, u: TypeId, m: ir::Value, f: u32) -> ir::Value {
        let obj = self.map_obj(u);
        let TypeKind::Map(k, v) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        let ft = match f {
            KEYS => {
                let kt = self.ir_type(k);
                self.module.types.slice(kt)
            }
            VALS => {
                let vt = self.ir_type(v);
                self.module.types.slice(vt)
            }
            FULL => {
                let bt = self.ity(Basic::Bool);
                self.module.types.slice(bt)
            }
            _ => self.ity(Basic::Int),
        };
        let _ = obj;
        let pt = self.module.types.pointer(ft);
        let p = b.ins1(Op::FieldAddr(m, f), pt);
        b.ins1(Op::Load(p), ft)
    }

    fn mstore(&mut self, b: &mut FunctionBuilder, m: ir::Value, f: u32, v: ir::Value) {
        let ft = b.func.value_type(v);
        let pt = self.module.types.pointer(ft);
        let p = b.ins1(Op::FieldAddr(m, f), pt);
        b.ins(Op::Store(p, v), &[]);
    }

    /// The element of slice `s` at `i`: its value (scalars) or pointer
    /// (aggregates).
    fn elem(
        &mut self,
        b: &mut FunctionBuilder,
        s: ir::Value,
        i: ir::Value,
        t: TypeId,
    ) -> ir::Value {
        let pt = self.ir_ptr(t);
        let p = b.ins1(Op::SliceIndexAddr(s, i), pt);
        if self.is_aggregate(t) {
            p
        } else {
            let it = self.ir_type(t);
            b.ins1(Op::Load(p), it)
        }
    }

    fn set_elem(
        &mut self,
        b: &mut FunctionBuilder,
        s: ir::Value,
        i: ir::Value,
        t: TypeId,
        v: ir::Value,
    ) {
        let pt = self.ir_ptr(t);
        let p = b.ins1(Op::SliceIndexAddr(s, i), pt);
        if self.is_aggregate(t) {
            b.ins(Op::Copy(p, v), &[]);
        } else {
            b.ins(Op::Store(p, v), &[]);
        }
    }

    fn gen_mapnew(&mut self, f: ir::FuncId, u: TypeId) {
        let mut func = std::mem::replace(
            &mut self.module.funcs[f],
            ir::Function::new("", ir::Signature::default()),
        );
        func = ir::Function::new(func.name.clone(), func.sig.clone());
        let mut b = FunctionBuilder::new(&mut func);
        let hint = b.func.blocks[b.func.entry].params[0];
        let (it, bt) = (self.ity(Basic::Int), self.ity(Basic::Bool));
        let cap = b.declare_var(it);
        let eight = b.ins1(Op::Iconst(8), it);
        b.def_var(cap, eight);
        // The smallest power of two >= 8 holding `hint` under 3/4 load.
        super::rtfuncs::while_loop(
            &mut b,
            |b| {
                let c = b.use_var(cap);
                let three = b.ins1(Op::Iconst(3), it);
                let four = b.ins1(Op::Iconst(4), it);
                let c3 = b.ins1(Op::Binary(B::Mul, c, three), it);
                let h4 = b.ins1(Op::Binary(B::Mul, hint, four), it);
                (b.ins1(Op::Binary(B::Lt, c3, h4), bt), c)
            },
            |b, c| {
                let two = b.ins1(Op::Iconst(2), it);
                let n = b.ins1(Op::Binary(B::Mul, c, two), it);
                b.def_var(cap, n);
            },
        );
        let c = b.use_var(cap);
        let obj = self.map_obj(u);
        let mp = self.module.types.pointer(obj);
        let m = b.ins1(Op::Alloc(obj), mp);
        self.fill_tables(&mut b, u, m, c);
        b.ret(vec![m]);
        b.finish();
        self.module.funcs[f] = func;
    }

    /// Gives `m` empty tables of capacity `c`.
    fn fill_tables(&mut self, b: &mut FunctionBuilder, u: TypeId, m: ir::Value, c: ir::Value) {
        let TypeKind::Map(k, v) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        for (f, t) in [(KEYS, k), (VALS, v)] {
            let st = self.tt.intern(TypeKind::Slice(t));
            let sit = self.ir_type(st);
            let s = b.ins1(Op::MakeSlice(c, c), sit);
            self.mstore(b, m, f, s);
        }
        let bool_t = self.basic(Basic::Bool);
        let bs = self.tt.intern(TypeKind::Slice(bool_t));
        let bsi = self.ir_type(bs);
        let full = b.ins1(Op::MakeSlice(c, c), bsi);
        self.mstore(b, m, FULL, full);
    }

    /// `hash(k) & mask` as an int (`lookup`: see [`Self::hash`]).
    fn home(
        &mut self,
        b: &mut FunctionBuilder,
        k: ir::Value,
        kt: TypeId,
        mask: ir::Value,
        lookup: bool,
    ) -> ir::Value {
        let h = self.hash(b, k, kt, lookup);
        let it = self.ity(Basic::Int);
        let h = b.ins1(Op::Convert(ir::ConvertKind::IntToInt, h), it);
        b.ins1(Op::Binary(B::And, h, mask), it)
    }

    /// A uint64 hash of `k` (a value, or a pointer for aggregates);
    /// `lookup`: for a map read or delete, whose panic on an unhashable
    /// interface key Go words differently (see `iface_hash_func`).
    pub(crate) fn hash(
        &mut self,
        b: &mut FunctionBuilder,
        k: ir::Value,
        kt: TypeId,
        lookup: bool,
    ) -> ir::Value {
        let u64t = self.ity(Basic::Uint64);
        match self.tt.ukind(kt).clone() {
            TypeKind::Basic(bk) if bk.is_string() => {
                let f = self.strhash();
                let call = b.ins(Op::Call(f, vec![k]), &[u64t]);
                b.func.insts[call].results[0]
            }
            TypeKind::Basic(bk) => {
                let x = if bk.is_bool() {
                    let (one, zero) = (b.ins1(Op::Iconst(1), u64t), b.ins1(Op::Iconst(0), u64t));
                    b.ins1(Op::Select(k, one, zero), u64t)
                } else if bk.is_float() {
                    // Equal floats convert equally (-0 and 0 too).
                    let i = self.ity(Basic::Int);
                    let x = b.ins1(Op::Convert(ir::ConvertKind::FloatToInt, k), i);
                    b.ins1(Op::Convert(ir::ConvertKind::IntToInt, x), u64t)
                } else if self.ir_type(kt) == u64t {
                    k
                } else {
                    b.ins1(Op::Convert(ir::ConvertKind::IntToInt, k), u64t)
                };
                let m = b.ins1(Op::Iconst(0x9E37_79B9_7F4A_7C15u64 as i64), u64t);
                let h = b.ins1(Op::Binary(B::Mul, x, m), u64t);
                let s = b.ins1(Op::Iconst(29), u64t);
                let hs = b.ins1(Op::Binary(B::Shr, h, s), u64t);
                b.ins1(Op::Binary(B::Xor, h, hs), u64t)
            }
            TypeKind::Struct(_) | TypeKind::Array(..) => {
                let mut h = b.ins1(Op::Iconst(17), u64t);
                let parts: Vec<(TypeId, ir::Value)> = match self.tt.ukind(kt).clone() {
                    TypeKind::Struct(fs) => fs
                        .iter()
                        .enumerate()
                        .filter(|(_, f)| f.name != "_")
                        .map(|(i, f)| {
                            let pt = self.ir_ptr(f.ty);
                            (f.ty, b.ins1(Op::FieldAddr(k, i as u32), pt))
                        })
                        .collect(),
                    TypeKind::Array(e, n) => {
                        let it = self.ity(Basic::Int);
                        (0..n)
                            .map(|i| {
                                let iv = b.ins1(Op::Iconst(i as i64), it);
                                let pt = self.ir_ptr(e);
                                (e, b.ins1(Op::IndexAddr(k, iv), pt))
                            })
                            .collect()
                    }
                    _ => unreachable!(),
                };
                for (t, p) in parts {
                    let v = if self.is_aggregate(t) {
                        p
                    } else {
                        let it = self.ir_type(t);
                        b.ins1(Op::Load(p), it)
                    };
                    let hv = self.hash(b, v, t, lookup);
                    let m = b.ins1(Op::Iconst(31), u64t);
                    let hm = b.ins1(Op::Binary(B::Mul, h, m), u64t);
                    h = b.ins1(Op::Binary(B::Add, hm, hv), u64t);
                }
                h
            }
            TypeKind::Pointer(_) => b.ins1(Op::PtrHash(k), u64t),
            TypeKind::Interface(_) => {
                let f = self.iface_hash_func(lookup);
                let call = b.ins(Op::Call(f, vec![k]), &[u64t]);
                b.func.insts[call].results[0]
            }
            _ => b.ins1(Op::Iconst(0), u64t),
        }
    }

    /// Runs `body(slot)` for every occupied slot `0..n` of a table whose
    /// full flags are `full`.
    pub(crate) fn each_full_slot(
        &mut self,
        b: &mut FunctionBuilder,
        full: ir::Value,
        n: ir::Value,
        body: impl FnOnce(&mut Self, &mut FunctionBuilder, ir::Value),
    ) {
        let bool_t = self.basic(Basic::Bool);
        let bt = self.ity(Basic::Bool);
        super::rtfuncs::counted_loop(b, n, bt, |b, i| {
            let used = self.elem(b, full, i, bool_t);
            let (take, skip) = (b.create_block(), b.create_block());
            b.brif(used, take, skip);
            b.seal_block(take);
            b.switch_to_block(take);
            body(self, b, i);
            b.jump(skip, vec![]);
            b.seal_block(skip);
            b.switch_to_block(skip);
        });
    }

    /// `runtime.strhash(s) uint64`: FNV-1a over the bytes.
    fn strhash(&mut self) -> ir::FuncId {
        if let Some(&f) = self.rt_funcs.get("strhash") {
            return f;
        }
        let (st, it, bt, u64t, u8t) = (
            self.ity(Basic::String),
            self.ity(Basic::Int),
            self.ity(Basic::Bool),
            self.ity(Basic::Uint64),
            self.ity(Basic::Uint8),
        );
        let mut func = ir::Function::new(
            "runtime.strhash",
            ir::Signature {
                params: vec![st],
                results: vec![u64t],
            },
        );
        let mut b = FunctionBuilder::new(&mut func);
        let s = b.func.blocks[b.func.entry].params[0];
        let len = b.ins1(Op::StrLen(s), it);
        let h = b.declare_var(u64t);
        let basis = b.ins1(Op::Iconst(0xcbf2_9ce4_8422_2325u64 as i64), u64t);
        b.def_var(h, basis);
        super::rtfuncs::counted_loop(&mut b, len, bt, |b, iv| {
            let byte = b.ins1(Op::StrIndex(s, iv), u8t);
            let x = b.ins1(Op::Convert(ir::ConvertKind::IntToInt, byte), u64t);
            let hv = b.use_var(h);
            let hx = b.ins1(Op::Binary(B::Xor, hv, x), u64t);
            let prime = b.ins1(Op::Iconst(0x100_0000_01b3), u64t);
            let hn = b.ins1(Op::Binary(B::Mul, hx, prime), u64t);
            b.def_var(h, hn);
        });
        let r = b.use_var(h);
        b.ret(vec![r]);
        b.finish();
        let f = self.module.funcs.push(func);
        self.rt_funcs.insert("strhash", f);
        f
    }

    /// Linear probing from `k`'s home slot: calls `on_empty` at the first
    /// empty slot and `on_match` at a slot holding `k` (both must end the
    /// block: return).
    #[allow(clippy::too_many_arguments)]
    fn probe(
        &mut self,
        b: &mut FunctionBuilder,
        u: TypeId,
        m: ir::Value,
        k: ir::Value,
        lookup: bool,
        on_empty: &mut dyn FnMut(&mut Self, &mut FunctionBuilder, ir::Value),
        on_match: &mut dyn FnMut(&mut Self, &mut FunctionBuilder, ir::Value),
    ) {
        let TypeKind::Map(kt, _) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        let (it, bt) = (self.ity(Basic::Int), self.ity(Basic::Bool));
        let bool_t = self.basic(Basic::Bool);
        let full = self.mfield(b, u, m, FULL);
        let keys = self.mfield(b, u, m, KEYS);
        let cap = b.ins1(Op::SliceLen(full), it);
        let one = b.ins1(Op::Iconst(1), it);
        let mask = b.ins1(Op::Binary(B::Sub, cap, one), it);
        let start = self.home(b, k, kt, mask, lookup);
        let i = b.declare_var(it);
        b.def_var(i, start);
        let header = b.create_block();
        b.jump(header, vec![]);
        b.switch_to_block(header);
        let iv = b.use_var(i);
        let used = self.elem(b, full, iv, bool_t);
        let (empty_b, used_b) = (b.create_block(), b.create_block());
        b.brif(used, used_b, empty_b);
        b.seal_block(empty_b);
        b.seal_block(used_b);
        b.switch_to_block(empty_b);
        on_empty(self, b, iv);
        b.switch_to_block(used_b);
        let ki = self.elem(b, keys, iv, kt);
        let eq = self.compare_in(b, kt, ki, k);
        let (hit, next) = (b.create_block(), b.create_block());
        b.brif(eq, hit, next);
        b.seal_block(hit);
        b.seal_block(next);
        b.switch_to_block(hit);
        on_match(self, b, iv);
        b.switch_to_block(next);
        let n = b.ins1(Op::Binary(B::Add, iv, one), it);
        let n = b.ins1(Op::Binary(B::And, n, mask), it);
        b.def_var(i, n);
        b.jump(header, vec![]);
        b.seal_block(header);
        let _ = bt;
    }

    /// Key equality inside a generated function.
    fn compare_in(
        &mut self,
        b: &mut FunctionBuilder,
        kt: TypeId,
        x: ir::Value,
        y: ir::Value,
    ) -> ir::Value {
        self.emit_compare(b, crate::ast::BinOp::Eq, kt, x, y)
    }

    fn gen_mapfind(&mut self, fns: MapFns, u: TypeId, _k: TypeId) {
        self.gen_map_fn(fns.find, |c, b, m, k| {
            let it = c.ity(Basic::Int);
            c.probe(
                b,
                u,
                m,
                k,
                true,
                &mut |_, b, _| {
                    let none = b.ins1(Op::Iconst(-1), it);
                    b.ret(vec![none]);
                },
                &mut |_, b, i| b.ret(vec![i]),
            );
        });
    }

    fn gen_mapinsert(&mut self, fns: MapFns, u: TypeId, kt: TypeId, vt: TypeId) {
        self.gen_map_fn(fns.insert, |c, b, m, k| {
            let (it, bt) = (c.ity(Basic::Int), c.ity(Basic::Bool));
            // Grow past 3/4 full: rehash every entry into doubled tables.
            let count = c.mfield(b, u, m, COUNT);
            let full = c.mfield(b, u, m, FULL);
            let cap = b.ins1(Op::SliceLen(full), it);
            let (one, three, four) = (
                b.ins1(Op::Iconst(1), it),
                b.ins1(Op::Iconst(3), it),
                b.ins1(Op::Iconst(4), it),
            );
            let n1 = b.ins1(Op::Binary(B::Add, count, one), it);
            let n4 = b.ins1(Op::Binary(B::Mul, n1, four), it);
            let c3 = b.ins1(Op::Binary(B::Mul, cap, three), it);
            let over = b.ins1(Op::Binary(B::Gt, n4, c3), bt);
            let (grow, go) = (b.create_block(), b.create_block());
            b.brif(over, grow, go);
            b.seal_block(grow);
            b.switch_to_block(grow);
            let keys = c.mfield(b, u, m, KEYS);
            let vals = c.mfield(b, u, m, VALS);
            let two = b.ins1(Op::Iconst(2), it);
            let ncap = b.ins1(Op::Binary(B::Mul, cap, two), it);
            c.fill_tables(b, u, m, ncap);
            let zero = b.ins1(Op::Iconst(0), it);
            c.mstore(b, m, COUNT, zero);
            c.each_full_slot(b, full, cap, |c, b, jv| {
                let kj = c.elem(b, keys, jv, kt);
                let vj = c.elem(b, vals, jv, vt);
                let call = b.ins(Op::Call(fns.insert, vec![m, kj]), &[it]);
                let slot = b.func.insts[call].results[0];
                let nvals = c.mfield(b, u, m, VALS);
                c.set_elem(b, nvals, slot, vt, vj);
            });
            b.jump(go, vec![]);
            b.seal_block(go);
            b.switch_to_block(go);
            c.probe(
                b,
                u,
                m,
                k,
                false,
                &mut |c, b, i| {
                    let bool_t = c.basic(Basic::Bool);
                    let full = c.mfield(b, u, m, FULL);
                    let keys = c.mfield(b, u, m, KEYS);
                    let t = b.ins1(Op::Iconst(1), bt);
                    c.set_elem(b, full, i, bool_t, t);
                    c.set_elem(b, keys, i, kt, k);
                    let count = c.mfield(b, u, m, COUNT);
                    let one = b.ins1(Op::Iconst(1), it);
                    let n = b.ins1(Op::Binary(B::Add, count, one), it);
                    c.mstore(b, m, COUNT, n);
                    b.ret(vec![i]);
                },
                &mut |_, b, i| b.ret(vec![i]),
            );
        });
    }

    fn gen_mapdelete(&mut self, fns: MapFns, u: TypeId, kt: TypeId, vt: TypeId) {
        self.gen_map_fn(fns.delete, |c, b, m, k| {
            let (it, bt) = (c.ity(Basic::Int), c.ity(Basic::Bool));
            let bool_t = c.basic(Basic::Bool);
            let call = b.ins(Op::Call(fns.find, vec![m, k]), &[it]);
            let found = b.func.insts[call].results[0];
            let zero = b.ins1(Op::Iconst(0), it);
            let absent = b.ins1(Op::Binary(B::Lt, found, zero), bt);
            let (done, del) = (b.create_block(), b.create_block());
            b.brif(absent, done, del);
            b.seal_block(done);
            b.seal_block(del);
            b.switch_to_block(done);
            b.ret(vec![]);
            b.switch_to_block(del);
            let (full, keys, vals) = (
                c.mfield(b, u, m, FULL),
                c.mfield(b, u, m, KEYS),
                c.mfield(b, u, m, VALS),
            );
            let cap = b.ins1(Op::SliceLen(full), it);
            let one = b.ins1(Op::Iconst(1), it);
            let mask = b.ins1(Op::Binary(B::Sub, cap, one), it);
            let count = c.mfield(b, u, m, COUNT);
            let n = b.ins1(Op::Binary(B::Sub, count, one), it);
            c.mstore(b, m, COUNT, n);
            // Empty the slot, then shift back later entries of the cluster
            // whose home is not between the hole and them.
            let (hole, j) = (b.declare_var(it), b.declare_var(it));
            b.def_var(hole, found);
            b.def_var(j, found);
            let header = b.create_block();
            let exit = b.create_block();
            let f = b.ins1(Op::Iconst(0), bt);
            c.clear_slot(b, full, keys, vals, found, kt, vt, f);
            b.jump(header, vec![]);
            b.switch_to_block(header);
            let jv = b.use_var(j);
            let jn = b.ins1(Op::Binary(B::Add, jv, one), it);
            let jn = b.ins1(Op::Binary(B::And, jn, mask), it);
            b.def_var(j, jn);
            let used = c.elem(b, full, jn, bool_t);
            let body = b.create_block();
            b.brif(used, body, exit);
            b.seal_block(body);
            b.switch_to_block(body);
            let kj = c.elem(b, keys, jn, kt);
            let h = c.home(b, kj, kt, mask, false);
            let hv = b.use_var(hole);
            // Stays iff h is cyclically in (hole, j].
            let a1 = b.ins1(Op::Binary(B::Gt, h, hv), bt);
            let a2 = b.ins1(Op::Binary(B::Le, h, jn), bt);
            let wrap = b.ins1(Op::Binary(B::Lt, jn, hv), bt);
            let in_plain = b.ins1(Op::Binary(B::And, a1, a2), bt);
            let in_wrap = b.ins1(Op::Binary(B::Or, a1, a2), bt);
            let stays = b.ins1(Op::Select(wrap, in_wrap, in_plain), bt);
            let (keep, mv) = (b.create_block(), b.create_block());
            b.brif(stays, keep, mv);
            b.seal_block(keep);
            b.seal_block(mv);
            b.switch_to_block(mv);
            let vj = c.elem(b, vals, jn, vt);
            let t = b.ins1(Op::Iconst(1), bt);
            c.set_elem(b, full, hv, bool_t, t);
            c.set_elem(b, keys, hv, kt, kj);
            c.set_elem(b, vals, hv, vt, vj);
            let f = b.ins1(Op::Iconst(0), bt);
            c.clear_slot(b, full, keys, vals, jn, kt, vt, f);
            b.def_var(hole, jn);
            b.jump(header, vec![]);
            b.switch_to_block(keep);
            b.jump(header, vec![]);
            b.seal_block(header);
            b.seal_block(exit);
            b.switch_to_block(exit);
            b.ret(vec![]);
        });
    }

    /// Marks slot `i` empty and zeroes its key and value (so the collector
    /// does not keep them alive).
    #[allow(clippy::too_many_arguments)]
    fn clear_slot(
        &mut self,
        b: &mut FunctionBuilder,
        full: ir::Value,
        keys: ir::Value,
        vals: ir::Value,
        i: ir::Value,
        kt: TypeId,
        vt: TypeId,
        f: ir::Value,
    ) {
        let bool_t = self.basic(Basic::Bool);
        self.set_elem(b, full, i, bool_t, f);
        for (s, t) in [(keys, kt), (vals, vt)] {
            let pt = self.ir_ptr(t);
            let p = b.ins1(Op::SliceIndexAddr(s, i), pt);
            if self.is_aggregate(t) {
                b.ins(Op::Zero(p), &[]);
            } else {
                let it = self.ir_type(t);
                let z = zero_of(b, &self.module.types, it);
                b.ins(Op::Store(p, z), &[]);
            }
        }
    }

    /// Builds the body of map function `f` (parameters: map, key).
    fn gen_map_fn(
        &mut self,
        f: ir::FuncId,
        body: impl FnOnce(&mut Self, &mut FunctionBuilder, ir::Value, ir::Value),
    ) {
        let mut func = std::mem::replace(
            &mut self.module.funcs[f],
            ir::Function::new("", ir::Signature::default()),
        );
        func = ir::Function::new(func.name.clone(), func.sig.clone());
        {
            let mut b = FunctionBuilder::new(&mut func);
            let ps = b.func.blocks[b.func.entry].params.clone();
            body(self, &mut b, ps[0], ps[1]);
            b.finish();
        }
        self.module.funcs[f] = func;
    }
}

/// The zero value of a scalar IR type.
pub(crate) fn zero_of(b: &mut FunctionBuilder, types: &ir::TypeStore, t: ir::Type) -> ir::Value {
    let op = match types.data(t) {
        ir::TypeData::Float { .. } => Op::Fconst(0),
        ir::TypeData::String => Op::Sconst(vec![]),
        ir::TypeData::Bool | ir::TypeData::Int { .. } => Op::Iconst(0),
        _ => Op::Nil,
    };
    b.ins1(op, t)
}

impl Checker<'_> {
    /// `m[k]` (k already of the key type): the value (zero when absent or
    /// m is nil; a pointer into the table for aggregate values) and found.
    pub(crate) fn map_read(
        &mut self,
        b: &mut FunctionBuilder,
        mt: TypeId,
        m: ir::Value,
        k: ir::Value,
    ) -> (ir::Value, ir::Value) {
        let fns = self.map_fns(mt);
        let u = self.tt.under(mt);
        let TypeKind::Map(_, vt) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        let (it, bt) = (self.ity(Basic::Int), self.ity(Basic::Bool));
        let vit = if self.is_aggregate(vt) {
            self.ir_ptr(vt)
        } else {
            self.ir_type(vt)
        };
        let join = b.create_block();
        let rv = b.func.append_param(join, vit);
        let rok = b.func.append_param(join, bt);
        let (absent, lookup) = (b.create_block(), b.create_block());
        let isnil = b.ins1(Op::IsNil(m), bt);
        let isnil = self.nil_map_key_check(b, isnil, mt, k);
        b.brif(isnil, absent, lookup);
        b.seal_block(lookup);
        b.switch_to_block(lookup);
        let call = b.ins(Op::Call(fns.find, vec![m, k]), &[it]);
        let i = b.func.insts[call].results[0];
        let zero = b.ins1(Op::Iconst(0), it);
        let found = b.ins1(Op::Binary(B::Ge, i, zero), bt);
        let hit = b.create_block();
        b.brif(found, hit, absent);
        b.seal_block(hit);
        b.seal_block(absent);
        b.switch_to_block(hit);
        let vals = self.mfield(b, u, m, VALS);
        let v = self.elem(b, vals, i, vt);
        let yes = b.ins1(Op::Iconst(1), bt);
        b.jump(join, vec![v, yes]);
        b.switch_to_block(absent);
        let z = if self.is_aggregate(vt) {
            let at = self.ir_type(vt);
            b.ins1(Op::Alloc(at), vit)
        } else {
            zero_of(b, &self.module.types, vit)
        };
        let no = b.ins1(Op::Iconst(0), bt);
        b.jump(join, vec![z, no]);
        b.seal_block(join);
        b.switch_to_block(join);
        (rv, rok)
    }

    /// `m[k] = v`: Go's panic for a nil map, else insert and store.
    pub(crate) fn map_write(
        &mut self,
        b: &mut FunctionBuilder,
        mt: TypeId,
        m: ir::Value,
        k: ir::Value,
        v: ir::Value,
    ) {
        let fns = self.map_fns(mt);
        let u = self.tt.under(mt);
        let TypeKind::Map(_, vt) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        let (it, bt, st) = (
            self.ity(Basic::Int),
            self.ity(Basic::Bool),
            self.ity(Basic::String),
        );
        let isnil = b.ins1(Op::IsNil(m), bt);
        let (bad, ok) = (b.create_block(), b.create_block());
        b.brif(isnil, bad, ok);
        b.seal_block(bad);
        b.seal_block(ok);
        b.switch_to_block(bad);
        let msg = b.ins1(Op::Sconst(b"assignment to entry in nil map".to_vec()), st);
        if self.unwinding() {
            let f = self.rt_fn("panicPlain");
            b.ins(Op::Call(f, vec![msg]), &[]);
        } else {
            b.ins(Op::Panic(ir::PanicKind::Str, vec![msg]), &[]);
        }
        b.unreachable();
        b.switch_to_block(ok);
        let call = b.ins(Op::Call(fns.insert, vec![m, k]), &[it]);
        let i = b.func.insts[call].results[0];
        // Go stores the key again (a float -0 replaces an equal +0).
        let TypeKind::Map(kt, _) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        let keys = self.mfield(b, u, m, KEYS);
        self.set_elem(b, keys, i, kt, k);
        let vals = self.mfield(b, u, m, VALS);
        self.set_elem(b, vals, i, vt, v);
    }

    /// `len(m)` (0 for nil).
    pub(crate) fn map_len(
        &mut self,
        b: &mut FunctionBuilder,
        mt: TypeId,
        m: ir::Value,
    ) -> ir::Value {
        let u = self.tt.under(mt);
        let (it, bt) = (self.ity(Basic::Int), self.ity(Basic::Bool));
        let join = b.create_block();
        let r = b.func.append_param(join, it);
        let (nil_b, some) = (b.create_block(), b.create_block());
        let isnil = b.ins1(Op::IsNil(m), bt);
        b.brif(isnil, nil_b, some);
        b.seal_block(nil_b);
        b.seal_block(some);
        b.switch_to_block(nil_b);
        let z = b.ins1(Op::Iconst(0), it);
        b.jump(join, vec![z]);
        b.switch_to_block(some);
        let c = self.mfield(b, u, m, COUNT);
        b.jump(join, vec![c]);
        b.seal_block(join);
        b.switch_to_block(join);
        r
    }

    /// `delete(m, k)` and `clear(m)` (no-ops on nil maps).
    pub(crate) fn map_delete_or_clear(
        &mut self,
        b: &mut FunctionBuilder,
        mt: TypeId,
        m: ir::Value,
        k: Option<ir::Value>,
    ) {
        let fns = self.map_fns(mt);
        let u = self.tt.under(mt);
        let (it, bt) = (self.ity(Basic::Int), self.ity(Basic::Bool));
        let (done, some) = (b.create_block(), b.create_block());
        let isnil = b.ins1(Op::IsNil(m), bt);
        let isnil = match k {
            Some(k) => self.nil_map_key_check(b, isnil, mt, k),
            None => isnil,
        };
        b.brif(isnil, done, some);
        b.seal_block(some);
        b.switch_to_block(some);
        match k {
            Some(k) => {
                b.ins(Op::Call(fns.delete, vec![m, k]), &[]);
            }
            None => {
                let full = self.mfield(b, u, m, FULL);
                let cap = b.ins1(Op::SliceLen(full), it);
                self.fill_tables(b, u, m, cap);
                let z = b.ins1(Op::Iconst(0), it);
                self.mstore(b, m, COUNT, z);
            }
        }
        b.jump(done, vec![]);
        b.seal_block(done);
        b.switch_to_block(done);
    }

    /// A lookup in a nil map still hashes a key that may be unhashable
    /// (an interface part), for Go's panic: on the nil path, when `isnil`
    /// holds. Returns `isnil` for the caller's branch.
    fn nil_map_key_check(
        &mut self,
        b: &mut FunctionBuilder,
        isnil: ir::Value,
        mt: TypeId,
        k: ir::Value,
    ) -> ir::Value {
        let TypeKind::Map(kt, _) = self.tt.ukind(mt).clone() else {
            unreachable!()
        };
        if !self.compare_may_panic(kt) {
            return isnil;
        }
        let (check, cont) = (b.create_block(), b.create_block());
        b.brif(isnil, check, cont);
        b.seal_block(check);
        b.switch_to_block(check);
        let _ = self.hash(b, k, kt, true);
        b.jump(cont, vec![]);
        b.seal_block(cont);
        b.switch_to_block(cont);
        isnil
    }

    /// A new map with room for `hint` entries.
    pub(crate) fn map_new(
        &mut self,
        b: &mut FunctionBuilder,
        mt: TypeId,
        hint: ir::Value,
    ) -> ir::Value {
        let fns = self.map_fns(mt);
        let mp = self.ir_type(mt);
        let call = b.ins(Op::Call(fns.new, vec![hint]), &[mp]);
        b.func.insts[call].results[0]
    }

    /// The table slices and the full flags of a non-nil map (for range and
    /// printing).
    pub(crate) fn map_tables(
        &mut self,
        b: &mut FunctionBuilder,
        mt: TypeId,
        m: ir::Value,
    ) -> (ir::Value, ir::Value, ir::Value) {
        let u = self.tt.under(mt);
        (
            self.mfield(b, u, m, KEYS),
            self.mfield(b, u, m, VALS),
            self.mfield(b, u, m, FULL),
        )
    }

    /// The key, value and full tables of a map and its slot count, for
    /// `range` (empty slices and 0 for a nil map).
    pub(crate) fn map_iter_tables(
        &mut self,
        b: &mut FunctionBuilder,
        mt: TypeId,
        m: ir::Value,
    ) -> (ir::Value, ir::Value, ir::Value, ir::Value) {
        let u = self.tt.under(mt);
        let TypeKind::Map(kt, vt) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        let (it, bt) = (self.ity(Basic::Int), self.ity(Basic::Bool));
        let kst = self.tt.intern(TypeKind::Slice(kt));
        let vst = self.tt.intern(TypeKind::Slice(vt));
        let bool_t = self.basic(Basic::Bool);
        let bst = self.tt.intern(TypeKind::Slice(bool_t));
        let (ks, vs, fs_) = (self.ir_type(kst), self.ir_type(vst), self.ir_type(bst));
        let join = b.create_block();
        let (rk, rv, rf, rn) = (
            b.func.append_param(join, ks),
            b.func.append_param(join, vs),
            b.func.append_param(join, fs_),
            b.func.append_param(join, it),
        );
        let (nil_b, some) = (b.create_block(), b.create_block());
        let isnil = b.ins1(Op::IsNil(m), bt);
        b.brif(isnil, nil_b, some);
        b.seal_block(nil_b);
        b.seal_block(some);
        b.switch_to_block(nil_b);
        let (nk, nv, nf) = (
            b.ins1(Op::Nil, ks),
            b.ins1(Op::Nil, vs),
            b.ins1(Op::Nil, fs_),
        );
        let z = b.ins1(Op::Iconst(0), it);
        b.jump(join, vec![nk, nv, nf, z]);
        b.switch_to_block(some);
        let (k, v, f) = self.map_tables(b, mt, m);
        let n = b.ins1(Op::SliceLen(f), it);
        b.jump(join, vec![k, v, f, n]);
        b.seal_block(join);
        b.switch_to_block(join);
        (rk, rv, rf, rn)
    }

    /// Whether a key type can hold NaN (which never equals itself).
    pub(crate) fn key_has_float(&self, t: TypeId) -> bool {
        match self.tt.ukind(t) {
            TypeKind::Basic(b) => b.is_float(),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.key_has_float(f.ty)),
            TypeKind::Array(e, _) => self.key_has_float(*e),
            _ => false,
        }
    }

    /// The keys of a map as a new slice (nil for a nil map), and with
    /// `with_vals` its values alongside: `range` iterates over this
    /// snapshot, so deletions and growth during the loop cannot move
    /// entries past it (values are only needed for NaN keys, which cannot
    /// be looked up again).
    pub(crate) fn map_snapshot(
        &mut self,
        b: &mut FunctionBuilder,
        mt: TypeId,
        m: ir::Value,
        with_vals: bool,
    ) -> (ir::Value, Option<ir::Value>) {
        let u = self.tt.under(mt);
        let TypeKind::Map(kt, vt) = self.tt.kind(u).clone() else {
            unreachable!()
        };
        let (keys, vals, full, n) = self.map_iter_tables(b, mt, m);
        let kst = self.tt.intern(TypeKind::Slice(kt));
        let vst = self.tt.intern(TypeKind::Slice(vt));
        let (ks, vs) = (self.ir_type(kst), self.ir_type(vst));
        let (out, vout) = (b.declare_var(ks), b.declare_var(vs));
        let (ek, ev) = (b.ins1(Op::Nil, ks), b.ins1(Op::Nil, vs));
        b.def_var(out, ek);
        b.def_var(vout, ev);
        self.each_full_slot(b, full, n, |c, b, iv| {
            let k = c.elem(b, keys, iv, kt);
            let cur = b.use_var(out);
            let grown = b.ins1(Op::Append(cur, vec![k]), ks);
            b.def_var(out, grown);
            if with_vals {
                let v = c.elem(b, vals, iv, vt);
                let cur = b.use_var(vout);
                let grown = b.ins1(Op::Append(cur, vec![v]), vs);
                b.def_var(vout, grown);
            }
        });
        let k = b.use_var(out);
        let v = with_vals.then(|| b.use_var(vout));
        (k, v)
    }
}

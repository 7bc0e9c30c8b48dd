//! The engine's collector reclaims garbage: a loop allocates far more
//! than the 4 GiB GC heap cap of a wasmtime store over its run while
//! keeping a small live set (a ring of 16 recent buffers).

mod common;

use common::{main_module, run_with, struct_ty};
use gowgc_backend_gc::Options;
use gowgc_ir::{BinaryOp, Op, PrintKind};

#[test]
fn allocates_many_gigabytes_with_small_live_set() {
    let m = main_module(|m, b| {
        let int = m.types.int64();
        let pint = m.types.pointer(int);
        let u8t = m.types.int(8, false);
        let bs = m.types.slice(u8t);
        let ring_t = m.types.slice(bs);
        let pbs = m.types.pointer(bs);
        let node = struct_ty(m, "main.Node", &[("buf", bs), ("n", int)]);
        let pnode = m.types.pointer(node);
        let (sixteen, size) = (b.iconst(int, 16), b.iconst(int, 4096));
        let ring = b.ins(Op::MakeSlice(sixteen, sixteen), ring_t);
        let total = b.ins(Op::Alloc(int), pint);
        // 1.2 million iterations of 4 KiB + a node: about 5 GB in all.
        b.for_range(m, 1_200_000, |m, b, i| {
            let buf = b.ins(Op::MakeSlice(size, size), bs);
            let n = b.ins(Op::Alloc(node), pnode);
            let f = b.ins(Op::FieldAddr(n, 0), pbs);
            b.op(Op::Store(f, buf));
            let fifteen = b.iconst(int, 15);
            let slot = b.ins(Op::Binary(BinaryOp::And, i, fifteen), int);
            let p = b.ins(Op::SliceIndexAddr(ring, slot), pbs);
            let held = b.ins(Op::Load(f), bs);
            b.op(Op::Store(p, held));
            let l = b.ins(Op::SliceLen(held), int);
            let t = b.ins(Op::Load(total), int);
            let t2 = b.ins(Op::Binary(BinaryOp::Add, t, l), int);
            b.op(Op::Store(total, t2));
            let _ = m;
        });
        let t = b.ins(Op::Load(total), int);
        b.print(PrintKind::Int, t);
        b.puts(m, "\n");
    });
    let o = run_with(&m, &Options::default());
    assert_eq!(o.stdout, format!("{}\n", 1_200_000u64 * 4096));
    assert_eq!(o.status, 0);
}

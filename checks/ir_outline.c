/* A function's outline (ir.h): its blocks' successors and returns, and the
 * calls that name a callee with what the analysis asks of their arguments. */
#include "ir_outline.h"

static bool is_named_call(const tl_event *e) { return e->kind == TL_EV_CALL && e->callee; }

static unsigned long long zero_args(const tl_event *call) {
    unsigned long long mask = 0;
    for (int k = 0; k < call->nargs && k < 64; k++)
        if (call->args[k].kind == TL_OPD_CONST && call->args[k].ival == 0)
            mask |= 1ull << k;
    return mask;
}

static void *alloc(tl_arena *a, size_t elem, int n) {
    return tl_arena_alloc(a, elem * ((size_t)n + 1));
}

static void alloc_outline(tl_arena *a, tl_outline *o, int ncalls, int nsuccs) {
    o->call_first = alloc(a, sizeof *o->call_first, o->nblocks);
    o->succ_first = alloc(a, sizeof *o->succ_first, o->nblocks);
    o->calls = alloc(a, sizeof *o->calls, ncalls);
    o->succs = alloc(a, sizeof *o->succs, nsuccs);
    o->returns = alloc(a, sizeof *o->returns, o->nblocks);
}

void tl_outline_of(const tl_func *f, tl_arena *a, tl_outline *out) {
    int ncalls = 0, nsuccs = 0;
    for (int b = 0; b < f->nblocks; b++) {
        for (int e = 0; e < f->blocks[b].nevents; e++)
            ncalls += is_named_call(&f->blocks[b].events[e]);
        for (int k = 0; tl_block_succ(&f->blocks[b], k) != -2; k++)
            nsuccs++;
    }
    *out = (tl_outline){.nblocks = f->nblocks, .entry = f->entry};
    alloc_outline(a, out, ncalls, nsuccs);
    ncalls = nsuccs = 0;
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *blk = &f->blocks[b];
        out->call_first[b] = ncalls;
        for (int e = 0; e < blk->nevents; e++) {
            const tl_event *ev = &blk->events[e];
            if (is_named_call(ev))
                out->calls[ncalls++] = (tl_outline_call){
                    .callee = ev->callee,
                    .kind = ev->callee_kind,
                    .first_arg_global = tl_call_first_arg_global(f, ev),
                    .zero_args = zero_args(ev),
                };
        }
        out->succ_first[b] = nsuccs;
        for (int k = 0, t; (t = tl_block_succ(blk, k)) != -2; k++)
            out->succs[nsuccs++] = t;
        out->returns[b] = blk->term == TL_TERM_RETURN;
    }
    out->call_first[f->nblocks] = ncalls;
    out->succ_first[f->nblocks] = nsuccs;
}

/* The counts first, so the reader allocates each array once. */
void tl_outline_write(writer *w, const tl_outline *o) {
    put_int(w, o->entry);
    put_uint(w, (unsigned)o->nblocks);
    put_uint(w, (unsigned)o->call_first[o->nblocks]);
    put_uint(w, (unsigned)o->succ_first[o->nblocks]);
    for (int b = 0; b < o->nblocks; b++) {
        int nsuccs = o->succ_first[b + 1] - o->succ_first[b];
        put_uint(w, (unsigned)nsuccs << 1 | o->returns[b]);
        for (int k = o->succ_first[b]; k < o->succ_first[b + 1]; k++)
            put_int(w, o->succs[k] - b); /* mostly the next block: one byte */
        put_uint(w, (unsigned)(o->call_first[b + 1] - o->call_first[b]));
        for (int k = o->call_first[b]; k < o->call_first[b + 1]; k++) {
            const tl_outline_call *c = &o->calls[k];
            put_ptr(w, c->callee);
            put_uint(w, (unsigned)c->kind << 1 | c->first_arg_global);
            put_uint(w, c->zero_args);
        }
    }
}

void tl_outline_read(reader *r, tl_arena *a, tl_outline *out) {
    *out = (tl_outline){0};
    out->entry = (int)get_int(r); /* one statement each: the order matters */
    out->nblocks = get_count(r);
    int ncalls = get_count(r);
    int nsuccs = get_count(r);
    alloc_outline(a, out, ncalls, nsuccs);
    int c = 0, s = 0;
    for (int b = 0; b < out->nblocks; b++) {
        unsigned long long h = get_uint(r);
        out->returns[b] = h & 1;
        out->succ_first[b] = s;
        for (unsigned long long k = h >> 1; k > 0 && s < nsuccs; k--)
            out->succs[s++] = b + (int)get_int(r);
        out->call_first[b] = c;
        for (unsigned long long k = get_uint(r); k > 0 && c < ncalls; k--) {
            tl_outline_call *call = &out->calls[c++];
            call->callee = get_ptr(r);
            unsigned long long kind = get_uint(r);
            call->kind = (tl_callee_kind)(kind >> 1);
            call->first_arg_global = kind & 1;
            call->zero_args = get_uint(r);
        }
    }
    out->call_first[out->nblocks] = c;
    out->succ_first[out->nblocks] = s;
}

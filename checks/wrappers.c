/* The wrapper rewrite (wrappers.h): calls of declared wrappers become calls
 * of the modelled API they stand for, before the analysis sees the TU. */
#include "wrappers.h"

#include <string.h>

const tl_wrapper *tl_wrapper_find(const tl_wrapper *wrappers, int n, const char *name) {
    for (int i = 0; name && i < n; i++)
        if (strcmp(wrappers[i].name, name) == 0)
            return &wrappers[i];
    return NULL;
}

static bool maps_position(const tl_wrapper *w, int pos) {
    for (int i = 0; i < w->nargs; i++)
        if (w->args[i] == pos)
            return true;
    return false;
}

/* Places among the wrapper's arguments the model does not take: the
 * wrapper may hand them on (to the new thread, say), so they escape, as
 * they would have at a call of an unknown function. */
static int count_dropped(const tl_wrapper *w, const tl_event *call) {
    int n = 0;
    for (int a = 0; a < call->nargs; a++)
        n += !maps_position(w, a) &&
             (call->args[a].kind == TL_OPD_PLACE || call->args[a].kind == TL_OPD_ADDR);
    return n;
}

/* Turns `call` into a call of the model, in place. */
static void rewrite_call(tl_func *f, const tl_wrapper *w, tl_event *call) {
    tl_operand *args = tl_arena_alloc(f->arena, sizeof *args * (size_t)(w->nargs + 1));
    for (int i = 0; i < w->nargs; i++) {
        int pos = w->args[i];
        args[i] = pos >= 0 && pos < call->nargs ? call->args[pos] : tl_opd_none();
    }
    call->callee = w->model;
    call->callee_kind = TL_CALLEE_EXTERNAL; /* the model's effects, not a summary */
    call->nargs = w->nargs;
    call->args = args;
    if (!w->can_fail)
        call->call_flags |= TL_CALL_CANNOT_FAIL;
}

/* The escape of one dropped argument, placed right after the call. */
static tl_event escape_after(const tl_event *call, int place) {
    tl_event e;
    memset(&e, 0, sizeof e);
    e.kind = TL_EV_ESCAPE;
    e.loc = call->loc;
    e.range = call->range;
    e.stmt_range = call->stmt_range;
    e.stmt_flags = call->stmt_flags & TL_STMT_IN_MACRO;
    e.text = call->text;
    e.result_temp = -1;
    e.dst_place = place;
    return e;
}

static void rewrite_block(tl_func *f, tl_block *b, const tl_wrapper *wrappers, int n) {
    int extra = 0;
    for (int e = 0; e < b->nevents; e++) {
        const tl_event *ev = &b->events[e];
        const tl_wrapper *w = ev->kind == TL_EV_CALL && ev->callee_kind != TL_CALLEE_INDIRECT
                                  ? tl_wrapper_find(wrappers, n, ev->callee)
                                  : NULL;
        if (w)
            extra += count_dropped(w, ev);
    }
    tl_event *out = b->events;
    if (extra) { /* rebuilt with room for the escapes */
        out = tl_arena_alloc(f->arena, sizeof *out * (size_t)(b->nevents + extra));
        b->cap = b->nevents + extra;
    }
    int k = 0;
    for (int e = 0, nevents = b->nevents; e < nevents; e++) {
        tl_event ev = b->events[e];
        const tl_wrapper *w = ev.kind == TL_EV_CALL && ev.callee_kind != TL_CALLEE_INDIRECT
                                  ? tl_wrapper_find(wrappers, n, ev.callee)
                                  : NULL;
        tl_event call = ev;
        if (w)
            rewrite_call(f, w, &call);
        out[k++] = call;
        for (int a = 0; w && extra && a < ev.nargs; a++)
            if (!maps_position(w, a) &&
                (ev.args[a].kind == TL_OPD_PLACE || ev.args[a].kind == TL_OPD_ADDR))
                out[k++] = escape_after(&ev, ev.args[a].place);
    }
    b->events = out;
    b->nevents = k;
}

void tl_tu_apply_wrappers(tl_tu *tu, const tl_wrapper *wrappers, int n) {
    if (!wrappers || n <= 0)
        return;
    for (int i = 0; i < tu->nfuncs; i++) {
        tl_func *f = tl_tu_func_at(tu, i);
        for (int b = 0; b < f->nblocks; b++)
            rewrite_block(f, &f->blocks[b], wrappers, n);
        tl_tu_store_func(tu, i, f);
        tl_tu_release_views(tu);
    }
}

#include "lifecycle.h"

#include <string.h>

#include "module.h"

/* How deep a fini's same-file helpers are followed. */
enum { HELPER_DEPTH = 4 };

static bool is(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

bool tl_is_exit_registrar(const char *name) {
    return is(name, "atexit") || is(name, "at_quick_exit");
}

/* pthread_once(&once, routine), call_once(&flag, routine): the routine is
 * argument 1 of both. */
static bool is_once_runner(const char *name) {
    return is(name, "pthread_once") || is(name, "call_once");
}

/* Calls `fn` on every CALL event of every lowered function until it
 * returns true; returns whether one did. */
typedef bool (*call_fn)(const tl_event *call, void *ud);

static bool each_call(const tl_tu *tu, call_fn fn, void *ud) {
    tl_func_walk w;
    for (const tl_func *f = tl_func_walk_begin(&w, tu); f; f = tl_func_walk_next(&w))
        for (int b = 0; b < f->nblocks; b++)
            for (int e = 0; e < f->blocks[b].nevents; e++) {
                const tl_event *ev = &f->blocks[b].events[e];
                if (ev->kind == TL_EV_CALL && fn(ev, ud)) {
                    tl_func_walk_end(&w);
                    return true;
                }
            }
    return false;
}

typedef struct fini_list {
    const tl_tu *tu;
    tl_arena *arena;
    tl_fini *v;
    int n, cap;
} fini_list;

static void add_fini(fini_list *l, const char *name, const tl_func *func, const char *how) {
    for (int i = 0; i < l->n; i++)
        if (is(l->v[i].name, name))
            return;
    l->v = tl_arena_grow(l->arena, l->v, sizeof *l->v, &l->cap, l->n + 1);
    l->v[l->n++] = (tl_fini){name, func, how};
}

static bool collect_registered(const tl_event *call, void *ud) {
    fini_list *l = ud;
    if (tl_is_exit_registrar(call->callee) && call->nargs > 0 &&
        call->args[0].kind == TL_OPD_FUNC)
        add_fini(l, call->args[0].name, tl_tu_find_func(l->tu, call->args[0].name),
                 call->callee);
    return false;
}

int tl_tu_finis(const tl_tu *tu, tl_arena *a, tl_fini **out) {
    fini_list l = {.tu = tu, .arena = a};
    tl_func_walk w; /* a destructor found is kept as its view */
    for (const tl_func *f = tl_func_walk_begin(&w, tu); f; f = tl_func_walk_next(&w))
        if (f->attrs & TL_FUNC_DESTRUCTOR)
            add_fini(&l, f->name, tl_tu_func_at(tu, w.index), "destructor");
    each_call(tu, collect_registered, &l);
    *out = l.v;
    return l.n;
}

const tl_func *tl_tu_named_fini(const tl_tu *tu, const char *init) {
    static const char *const suffixes[] = {"_fini", "_deinit", "_cleanup", "_shutdown", NULL};
    size_t n = init ? strlen(init) : 0;
    if (n <= 5 || strcmp(init + n - 5, "_init") != 0)
        return NULL;
    size_t prefix = n - 5;
    for (int i = 0; i < tu->nfuncs; i++) {
        const char *name = tl_tu_func_name(tu, i);
        if (strncmp(name, init, prefix) != 0)
            continue;
        for (int s = 0; suffixes[s]; s++)
            if (strcmp(name + prefix, suffixes[s]) == 0)
                return tl_tu_func_at(tu, i);
    }
    return NULL;
}

static bool runs_routine(const tl_event *call, void *ud) {
    return is_once_runner(call->callee) && call->nargs > 1 &&
           call->args[1].kind == TL_OPD_FUNC && is(call->args[1].name, ud);
}

bool tl_tu_runs_once(const tl_tu *tu, const char *name) {
    return each_call(tu, runs_routine, (void *)name);
}

bool tl_place_is_global_storage(const tl_func *f, int place) {
    for (int p = place; p >= 0; p = f->places[p].parent) {
        const tl_place *pl = &f->places[p];
        if (pl->sel == TL_SEL_DEREF)
            return false;
        if (pl->sel == TL_SEL_BASE)
            return f->vars[pl->var].kind == TL_VAR_GLOBAL;
    }
    return false;
}

bool tl_same_global(const tl_func *fa, int a, const tl_func *fb, int b) {
    for (; a >= 0 && b >= 0; a = fa->places[a].parent, b = fb->places[b].parent) {
        const tl_place *pa = &fa->places[a], *pb = &fb->places[b];
        if (pa->sel != pb->sel || (pa->sel == TL_SEL_FIELD && !is(pa->field, pb->field)))
            return false;
        if (pa->sel == TL_SEL_BASE)
            return fa->vars[pa->var].kind == TL_VAR_GLOBAL &&
                   fb->vars[pb->var].kind == TL_VAR_GLOBAL &&
                   is(fa->vars[pa->var].name, fb->vars[pb->var].name);
    }
    return false;
}

/* Does the operand name that global, or storage holding it? */
static bool reaches_global(const tl_func *f, const tl_operand *o, const tl_func *owner,
                           int global) {
    if (o->kind != TL_OPD_PLACE && o->kind != TL_OPD_ADDR)
        return false;
    for (int p = global; p >= 0; p = owner->places[p].parent)
        if (tl_same_global(f, o->place, owner, p))
            return true;
    return false;
}

static bool calls_api(const tl_tu *tu, const tl_func *f, bool (*is_api)(const char *),
                      int depth) {
    for (int b = 0; f && b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind != TL_EV_CALL)
                continue;
            if (is_api(ev->callee))
                return true;
            if (depth > 0 && ev->callee_kind == TL_CALLEE_DEFINED &&
                calls_api(tu, tl_tu_find_func(tu, ev->callee), is_api, depth - 1))
                return true;
        }
    return false;
}

static bool applies(const tl_tu *tu, const tl_func *f, bool (*is_api)(const char *),
                    const tl_func *owner, int global, int depth) {
    for (int b = 0; f && b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind != TL_EV_CALL)
                continue;
            if (is_api(ev->callee) && ev->nargs > 0 &&
                ev->args[0].kind == TL_OPD_PLACE &&
                tl_same_global(f, ev->args[0].place, owner, global))
                return true;
            bool handed = false;
            for (int a = 0; a < ev->nargs && !handed; a++)
                handed = reaches_global(f, &ev->args[a], owner, global);
            /* a helper another file defines (tor_threadlocal_destroy(&key))
             * may do it: we cannot tell, so it counts */
            if (handed && ev->callee_kind == TL_CALLEE_EXTERNAL && ev->callee &&
                tl_module_for_api(ev->callee) <= 0 && !tl_is_builtin_noreturn(ev->callee))
                return true;
            if (depth == 0 || ev->callee_kind != TL_CALLEE_DEFINED)
                continue;
            const tl_func *callee = tl_tu_find_func(tu, ev->callee);
            if (handed ? calls_api(tu, callee, is_api, depth - 1)
                       : applies(tu, callee, is_api, owner, global, depth - 1))
                return true;
        }
    return false;
}

bool tl_func_applies_to_global(const tl_tu *tu, const tl_func *f, bool (*is_api)(const char *),
                               const tl_func *owner, int global_place) {
    return applies(tu, f, is_api, owner, global_place, HELPER_DEPTH);
}

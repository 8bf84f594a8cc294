/* pthread.DestroyWhileRunning: a mutex, condition variable, rwlock,
 * barrier, spin lock, semaphore or key is destroyed while a thread created
 * here may still run and its start routine uses that object.
 *
 *   create(&t, fn, arg) ... destroy(&obj) ──▶ report at the destroy when t
 *   may still run (thread_query.h) and fn uses obj: the same global, or the
 *   same member of what `arg` points to (the uses fn's text shows,
 *   checks/sync_uses.h: "g:name.f", "a:f").
 *
 * A thread with a handle: each destroy asks about every create of the
 * function.  A thread started with no handle to join (a spawn helper
 * declared as a wrapper with no handle, a helper whose summary says so)
 * leaves this module's resources: D_USED at each object its routine uses,
 * "a thread that may still run uses this" on that path, carried to
 * callers by summaries (a fact that holds on some paths: kept, not
 * escaped).  A routine defined elsewhere uses what its summary says. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "api_text.h"
#include "engine.h"
#include "lifecycle.h"
#include "module.h"
#include "routine_uses.h"
#include "destroy_spawn.h"
#include "sync_uses.h"
#include "thread_query.h"
#include "use_places.h"

static const char *const destroys[] = {
    "pthread_create", "thrd_create", /* with no handle: a spawn helper's thread */
    TL_SYNC_DESTROY_APIS(TL_SYNC_API_NAME) NULL,
};

/* A destroy alone never makes a function worth lowering: it matters only
 * where a thread is created, which lowers the function anyway. */
#define ACCESSOR_GATE(name) {#name, TL_GATE_ACCESSOR},
static const tl_api_arg destroy_gates[] = {TL_SYNC_DESTROY_APIS(ACCESSOR_GATE){NULL, 0}};
#undef ACCESSOR_GATE

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

/* The object an argument names (use_places.h); a key is passed by value:
 * the key variable itself. */
static int object_of(tl_ctx *c, const tl_operand *o, bool by_value) {
    if (by_value)
        return o->kind == TL_OPD_PLACE ? o->place : -1;
    return tl_arg_object(tl_ctx_func_mut(c), o);
}

/* The members from `from` down to `place` ("f.g"; "" for the same place)
 * into buf, or false when the way down is not only members. */
static bool member_path(const tl_func *f, int place, int from, char *buf, size_t size) {
    const char *names[16];
    int n = 0;
    int p = place;
    for (; p >= 0 && p != from; p = f->places[p].parent) {
        if (f->places[p].sel != TL_SEL_FIELD || n == 16)
            return false;
        names[n++] = f->places[p].field;
    }
    if (p != from)
        return false;
    size_t k = 0;
    buf[0] = '\0';
    for (int i = n - 1; i >= 0; i--) {
        int w = snprintf(buf + k, size - k, "%s%s", k ? "." : "", names[i]);
        if (w < 0 || (size_t)w >= size - k)
            return false;
        k += (size_t)w;
    }
    return true;
}

/* The global variable at the root of a global storage place. */
static int global_root(const tl_func *f, int place) {
    while (f->places[place].sel != TL_SEL_BASE)
        place = f->places[place].parent;
    return place;
}

/* `path` extended by `below` ("lock.m" under "" or "pool"), in place. */
static bool extend(char *path, size_t size, const char *below) {
    if (!below[0])
        return true;
    size_t k = strlen(path);
    return (size_t)snprintf(path + k, size - k, "%s%s", k ? "." : "", below) < size - k;
}

/* Does the routine the create at `event` starts use what is destroyed:
 * `object` (a place of this function), or `below` it ("m" of a helper
 * that destroys &p->m given &object)?  A global destroyed inside a
 * same-file helper comes as `global_use` ("g:log_lock") instead. */
static bool routine_uses(tl_ctx *c, const tl_event *ev, const tl_create_api *api,
                         const char *global_use, int object, const char *below, bool by_value) {
    const tl_func *f = tl_ctx_func(c);
    const tl_operand *fn = &ev->args[api->routine_arg];
    if (fn->kind != TL_OPD_FUNC)
        return false;
    /* Defined in another file: what its summary says it uses through its
     * argument; a global there may be another file's static: unknown. */
    const tl_ext_summary *x = fn->ival ? NULL : tl_ctx_external(c, fn->name);
    if (!fn->ival && !x)
        return false;
    const tl_tu *tu = tl_ctx_tu(c);
    const tl_ext_summaries *ext = tl_ctx_externals(c);
    char path[256], use[300];
    if (global_use)
        return !x && tl_routine_uses(tu, ext, fn->name, global_use);
    if (tl_place_is_global_storage(f, object)) {
        if (x)
            return false;
        int root = global_root(f, object);
        if (!member_path(f, object, root, path, sizeof path) || !extend(path, sizeof path, below))
            return false;
        snprintf(use, sizeof use, "g:%s%s%s", f->vars[f->places[root].var].name,
                 path[0] ? "." : "", path);
        return tl_routine_uses(tu, ext, fn->name, use);
    }
    if (by_value || ev->nargs <= api->arg_arg)
        return false;
    int given = object_of(c, &ev->args[api->arg_arg], false);
    if (given < 0)
        return false;
    if (member_path(f, object, given, path, sizeof path) && extend(path, sizeof path, below)) {
        snprintf(use, sizeof use, "a:%s", path);
        if (x ? tl_ext_summary_uses(x, use) : tl_routine_uses(tu, ext, fn->name, use))
            return true;
    }
    /* through a further pointer the creator set (`w->pool = pool`) */
    int gone = tl_use_place(tl_ctx_func_mut(c), object, below);
    const char *uses[32];
    int n = tl_spawn_arg_uses(c, fn->name, uses, 32);
    for (int i = 0; i < n && gone >= 0; i++)
        if (strstr(uses[i], "->") && tl_use_place(tl_ctx_func_mut(c), given, uses[i] + 2) == gone)
            return true;
    return false;
}

static void report(tl_ctx *c, const tl_event *destroy, const char *obj, const tl_event *create,
                   const tl_create_api *api, int handle) {
    const tl_operand *fn = &create->args[api->routine_arg];
    const char *h = tl_place_c_name(tl_ctx_func(c), handle);
    const char *runs = tl_thread_detached(c, handle) ? "it was detached and may still run"
                                                     : "it was not joined and may still run";
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_DESTROY_WHILE_RUNNING, tl_ctx_event_index(c), destroy->loc,
        tl_arena_printf(arena(c), "'%s' is destroyed by %s while thread '%s' running '%s' uses it; %s",
                        obj, destroy->callee, h, fn->name, runs));
    tl_report_note(rep, TL_NOTE_EVENT, create->loc,
                   tl_arena_printf(arena(c), "thread '%s' running '%s' is created here", h,
                                   fn->name));
    tl_thread_fixit_join_before(c, rep, handle, destroy);
}

static bool returns(const tl_func *f, int block, void *ud) {
    (void)ud;
    return f->blocks[block].term == TL_TERM_RETURN;
}

/* Can the function still return after block `from`?  A destroy on a path
 * that only ends in exit() or abort() is the process shutting down. */
static bool can_return_after(const tl_func *f, int from) {
    return from < 0 || returns(f, from, NULL) || tl_func_reaches(f, from, returns, NULL);
}

/* What a call destroys: `object` below `below`, or a global (global_use). */
typedef struct destroyed {
    const char *global_use;
    int object;
    const char *below;
    bool by_value;
    const char *text; /* for the message: "pool->lock" */
} destroyed;

/* Reports the destroy at `ev` when a thread created here may still run and
 * uses what it destroys; true if it did (one finding per destroy). */
static bool check(tl_ctx *c, const tl_event *ev, const destroyed *d) {
    const tl_func *f = tl_ctx_func(c);
    bool reported = false;
    for (int b = 0, base = 0; b < f->nblocks; base += f->blocks[b].nevents, b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *cr = &f->blocks[b].events[e];
            const tl_create_api *api = cr->kind == TL_EV_CALL ? tl_create_api_of(cr->callee) : NULL;
            if (!api || cr->nargs <= api->routine_arg)
                continue;
            int handle = tl_place_through(tl_ctx_func_mut(c), &cr->args[0], TL_SEL_DEREF, NULL);
            if (handle < 0)
                continue;
            tl_thread_observe(c, handle); /* on every path: a join here must fit all */
            if (reported || !tl_thread_may_run(c, handle, base + e) ||
                !routine_uses(c, cr, api, d->global_use, d->object, d->below, d->by_value))
                continue;
            report(c, ev, d->text, cr, api, handle);
            reported = true;
        }
    return reported || (!d->global_use && d->object >= 0 &&
                        tl_spawn_check_destroy(c, ev, d->text,
                                               tl_use_place(tl_ctx_func_mut(c), d->object, d->below)));
}

/* The text of the call's first argument without a leading '&'. */
static const char *first_arg_text(const tl_event *ev) {
    const char *obj = ev->nargs > 0 && ev->args[0].text ? ev->args[0].text : "the object";
    return obj[0] == '&' ? obj + 1 : obj;
}

/* Can the path still return?  A destroy on a path that only ends in exit()
 * or abort() is the process shutting down. */
static bool may_return(tl_ctx *c) {
    const tl_func *f = tl_ctx_func(c);
    return can_return_after(f, tl_func_block_of_event(f, tl_ctx_event_index(c)));
}

static void on_call(tl_ctx *c, const tl_event *ev) {
    const tl_create_api *create = tl_create_api_of(ev->callee);
    if (create) {
        tl_spawn_on_create(c, ev, create);
        return;
    }
    if (!tl_ctx_reporting(c) || ev->nargs < 1 || !may_return(c))
        return;
    bool by_value;
    tl_sync_api_destroys(ev->callee, strlen(ev->callee), &by_value);
    destroyed d = {NULL, object_of(c, &ev->args[0], by_value), "", by_value, first_arg_text(ev)};
    if (d.object >= 0)
        check(c, ev, &d);
}

/* Does the function create a thread at all?  Most calls are in functions
 * that do not, and need nothing more. */
static bool creates_here(const tl_func *f) {
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++)
            if (f->blocks[b].events[e].kind == TL_EV_CALL &&
                tl_create_api_of(f->blocks[b].events[e].callee))
                return true;
    return false;
}

/* A helper that destroys through its first parameter or a global, here or
 * in another file (tor_mutex_uninit(&pool->lock) destroys &m->mutex). */
static void on_other_call(tl_ctx *c, const tl_event *ev) {
    if (!tl_ctx_reporting(c) || !ev->callee)
        return;
    const tl_tu *tu = tl_ctx_tu(c);
    const tl_ext_summary *x = tl_ctx_external(c, ev->callee);
    if (!tl_tu_noted_routine(tu, ev->callee) && !(x && x->nuses > 0))
        return;
    if ((tl_ctx_next(c, -1) < 0 && !creates_here(tl_ctx_func(c))) || !may_return(c))
        return;
    static const char *const kinds[] = {"da:", "dg:", NULL};
    const char *gone[16];
    int n = tl_routine_list_uses(tu, tl_ctx_externals(c), ev->callee, kinds, arena(c), gone, 16);
    for (int i = 0; i < n; i++) {
        destroyed d = {NULL, -1, "", false, first_arg_text(ev)};
        if (gone[i][1] == 'g') {
            d.global_use = gone[i] + 1; /* "g:name.f" */
            d.text = gone[i] + 3;
        } else if (ev->nargs > 0) {
            d.object = object_of(c, &ev->args[0], false);
            d.below = gone[i] + 3;
            const char *whole = ev->args[0].text ? ev->args[0].text : NULL;
            if (whole && d.below[0]) /* &p->lock, "mutex": p->lock.mutex */
                d.text = tl_arena_printf(arena(c), "%s%s%s", whole + (whole[0] == '&'),
                                         whole[0] == '&' ? "." : "->", d.below);
        }
        if ((d.global_use || d.object >= 0) && check(c, ev, &d))
            return;
    }
}

const tl_module tl_module_destroy = {
    .name = "destroy",
    .apis = destroys,
    .needs_arg = destroy_gates,
    .on_call = on_call,
    .on_other_call = on_other_call,
    .on_status = tl_spawn_on_status,
    .on_summary = tl_spawn_on_summary,
    .summary_may = true,
};

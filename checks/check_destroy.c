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
#include "summary_ext.h"
#include "lifecycle.h"
#include "module.h"
#include "routine_uses.h"
#include "sync_uses.h"
#include "thread_query.h"
#include "use_places.h"

static const char *const destroys[] = {
    "pthread_create", "thrd_create", /* with no handle: a spawn helper's thread */
    "pthread_mutex_destroy", "pthread_cond_destroy", "pthread_rwlock_destroy",
    "pthread_barrier_destroy", "pthread_spin_destroy", "sem_destroy", "pthread_key_delete",
    "mtx_destroy", "cnd_destroy", "tss_delete", NULL,
};

/* A destroy alone never makes a function worth lowering: it matters only
 * where a thread is created, which lowers the function anyway. */
static const tl_api_arg destroy_gates[] = {
    {"pthread_mutex_destroy", TL_GATE_ACCESSOR}, {"pthread_cond_destroy", TL_GATE_ACCESSOR},
    {"pthread_rwlock_destroy", TL_GATE_ACCESSOR}, {"pthread_barrier_destroy", TL_GATE_ACCESSOR},
    {"pthread_spin_destroy", TL_GATE_ACCESSOR}, {"sem_destroy", TL_GATE_ACCESSOR},
    {"pthread_key_delete", TL_GATE_ACCESSOR}, {"mtx_destroy", TL_GATE_ACCESSOR},
    {"cnd_destroy", TL_GATE_ACCESSOR}, {"tss_delete", TL_GATE_ACCESSOR}, {NULL, 0},
};

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

enum {
    D_USED = 1,  /* a thread that may still run uses the object here */
    D_SPAWN = 2, /* this parameter is the argument of a thread a spawn helper starts */
};

static const char *const arg_kinds[] = {"a:", NULL};

/* The routine's uses through its argument, itself and its callees (here
 * or, by summaries, elsewhere); how many into out. */
static int arg_uses(tl_ctx *c, const char *routine, const char **out, int cap) {
    return tl_routine_list_uses(tl_ctx_tu(c), tl_ctx_externals(c), routine, arg_kinds, arena(c),
                                out, cap);
}

/* The object an argument names: x for &x, *p for a pointer p; -1 if none.
 * A key is passed by value: the key variable itself. */
static int object_of(tl_ctx *c, const tl_operand *o, bool by_value) {
    if (o->kind == TL_OPD_ADDR)
        return o->place;
    if (o->kind == TL_OPD_PLACE)
        return by_value ? o->place : tl_place_through(tl_ctx_func_mut(c), o, TL_SEL_DEREF, NULL);
    return -1;
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
    int n = arg_uses(c, fn->name, uses, 32);
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

/* Reports the destroy at `ev` when a thread started with no handle may
 * still use what it destroys (a D_USED resource at or under it). */
static bool check_spawned(tl_ctx *c, const tl_event *ev, const destroyed *d) {
    if (d->global_use || d->object < 0)
        return false;
    tl_func *f = tl_ctx_func_mut(c);
    int gone = tl_use_place(f, d->object, d->below);
    for (int i = tl_ctx_next(c, -1); i >= 0 && gone >= 0; i = tl_ctx_next(c, i)) {
        const tl_res *r = tl_ctx_res(c, i);
        if (r->st != D_USED || !tl_place_is_under(f, r->place, gone))
            continue;
        tl_report *rep = tl_ctx_report(
            c, TL_RULE_DESTROY_WHILE_RUNNING, tl_ctx_event_index(c), ev->loc,
            tl_arena_printf(arena(c),
                            "'%s' is destroyed by %s while a thread running '%s', which uses "
                            "it, may still run; nothing joins that thread",
                            d->text, ev->callee, r->label));
        if (r->origin >= 0)
            tl_report_note(rep, TL_NOTE_EVENT, tl_ctx_event_at(c, r->origin)->loc,
                           r->handle_text
                               ? tl_arena_printf(arena(c),
                                                 "a thread running '%s' may be started here by %s",
                                                 r->label, r->handle_text)
                               : tl_arena_printf(arena(c), "a thread running '%s' is started here",
                                                 r->label));
        return true;
    }
    return false;
}

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
    return reported || check_spawned(c, ev, d);
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

/* From here on, on the paths where it started, a thread running `routine`
 * and given `data` may use what the routine uses through its argument:
 * D_USED at each.  `status`: the call whose result 0 says it started;
 * `by`: the helper that started it (NULL: this function). */
static void started(tl_ctx *c, const char *routine, const tl_operand *data,
                    const tl_event *status, const char *by) {
    int base = object_of(c, data, false);
    const char *uses[32];
    int n = base >= 0 ? arg_uses(c, routine, uses, 32) : 0;
    for (int k = 0; k < n; k++) {
        int place = tl_use_place(tl_ctx_func_mut(c), base, uses[k] + 2);
        if (place < 0 || tl_ctx_find(c, place) >= 0)
            continue;
        int i = tl_ctx_add(c, place, D_USED);
        tl_res *r = tl_ctx_res(c, i);
        r->label = routine;
        r->handle_text = by;
        tl_res_unbind(r);
        tl_ctx_set_origin(c, i);
        if (status && !(status->call_flags & TL_CALL_CANNOT_FAIL) && status->result_temp >= 0) {
            tl_operand res = tl_opd_temp(status->result_temp, status->callee, NULL);
            tl_ctx_bind_status(c, i, &res, 0);
        }
    }
}

/* The parameter a place is, itself (not a member): its index, or -1. */
static int param_of(const tl_func *f, int place) {
    if (place < 0 || f->places[place].sel != TL_SEL_BASE)
        return -1;
    const tl_var *v = &f->vars[f->places[place].var];
    return v->kind == TL_VAR_PARAM ? v->param_index : -1;
}

/* Is the thread in `handle` (a local) joined anywhere in the function? */
static bool joined_here(const tl_func *f, int handle) {
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind == TL_EV_CALL && ev->nargs > 0 && ev->args[0].kind == TL_OPD_PLACE &&
                ev->args[0].place == handle &&
                (strcmp(ev->callee, "pthread_join") == 0 || strcmp(ev->callee, "thrd_join") == 0))
                return true;
        }
    return false;
}

/* A spawn helper: the create starts a thread this function never joins,
 * its routine and argument from its parameters, directly
 * (`pthread_create(&t, NULL, fn, arg)`) or through a trampoline
 * (`d->func = fn; d->data = arg; pthread_create(&t, &detached, helper, d)`).
 * D_SPAWN at the argument's parameter, the routine's position in flags: a
 * caller's call of it starts that routine (on_summary). */
static void spawn_helper(tl_ctx *c, const tl_event *ev, const tl_create_api *api) {
    tl_func *f = tl_ctx_func_mut(c);
    const tl_operand *fn = &ev->args[api->routine_arg], *data = &ev->args[api->arg_arg];
    int handle = tl_place_through(f, &ev->args[0], TL_SEL_DEREF, NULL);
    if (handle < 0 || f->vars[f->places[handle].var].kind != TL_VAR_LOCAL ||
        data->kind != TL_OPD_PLACE || joined_here(f, handle))
        return;
    int fn_param = -1, data_place = -1;
    const char *fn_member, *arg_member;
    if (fn->kind == TL_OPD_PLACE) {
        fn_param = param_of(f, fn->place);
        data_place = data->place;
    } else if (fn->kind == TL_OPD_FUNC &&
               tl_tu_trampoline(tl_ctx_tu(c), fn->name, &fn_member, &arg_member)) {
        int box = tl_place_through(f, data, TL_SEL_DEREF, NULL);
        fn_param = param_of(f, tl_stored_place(f, tl_use_place(f, box, fn_member)));
        data_place = tl_stored_place(f, tl_use_place(f, box, arg_member));
    }
    if (fn_param < 0 || param_of(f, data_place) < 0 || tl_ctx_find(c, data_place) >= 0)
        return;
    int i = tl_ctx_add(c, data_place, D_SPAWN);
    tl_res *r = tl_ctx_res(c, i);
    r->flags = (unsigned)fn_param;
    r->label = NULL;
    r->handle_text = NULL;
    tl_res_unbind(r);
    tl_ctx_set_origin(c, i);
    if (ev->result_temp >= 0) {
        tl_operand res = tl_opd_temp(ev->result_temp, ev->callee, NULL);
        tl_ctx_bind_status(c, i, &res, 0);
    }
}

static void on_status(tl_ctx *c, int i, bool success) {
    if (!success) /* it did not start */
        tl_ctx_remove(c, i);
}

/* A callee left a thread that may still run and use the object at
 * `place` (D_USED), or is a spawn helper given the routine at argument
 * `flags` and its argument at `place` (D_SPAWN). */
static void on_summary(tl_ctx *c, int place, const tl_res *callee_res, const tl_event *call) {
    if (tl_ctx_find(c, place) >= 0)
        return;
    if (callee_res->st == D_USED) {
        int i = tl_ctx_add(c, place, D_USED);
        tl_res *r = tl_ctx_res(c, i);
        r->label = callee_res->label;
        r->handle_text = call->callee;
        tl_res_unbind(r);
        tl_ctx_set_origin(c, i);
        return;
    }
    int data = -1;
    for (int k = 0; k < call->nargs && data < 0; k++)
        if ((call->args[k].kind == TL_OPD_PLACE || call->args[k].kind == TL_OPD_ADDR) &&
            call->args[k].place == place)
            data = k;
    if (callee_res->st != D_SPAWN || data < 0 || (int)callee_res->flags >= call->nargs)
        return;
    const tl_operand *fn = &call->args[callee_res->flags];
    if (fn->kind == TL_OPD_FUNC) {
        started(c, fn->name, &call->args[data], NULL, call->callee);
        return;
    }
    int fn_param = fn->kind == TL_OPD_PLACE ? param_of(tl_ctx_func(c), fn->place) : -1;
    if (fn_param < 0 || param_of(tl_ctx_func(c), place) < 0)
        return; /* a helper of the helper passes its own parameters on */
    int i = tl_ctx_add(c, place, D_SPAWN);
    tl_res *r = tl_ctx_res(c, i);
    r->flags = (unsigned)fn_param;
    tl_res_unbind(r);
    tl_ctx_set_origin(c, i);
}

static void on_call(tl_ctx *c, const tl_event *ev) {
    const tl_create_api *create = tl_create_api_of(ev->callee);
    if (create) {
        const tl_operand *fn = &ev->args[create->routine_arg];
        if (ev->nargs <= create->arg_arg)
            return;
        if (ev->args[0].kind != TL_OPD_NONE)
            spawn_helper(c, ev, create);
        else if (fn->kind == TL_OPD_FUNC) /* a spawn wrapper's call, rewritten */
            started(c, fn->name, &ev->args[create->arg_arg], ev, NULL);
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
    .on_status = on_status,
    .on_summary = on_summary,
    .summary_may = true,
};

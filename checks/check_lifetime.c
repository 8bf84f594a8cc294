/* pthread.ArgLifetime: what a thread's start routine is given must outlive
 * the thread.  The resource is the object the create handed over (`x` for
 * `&x`, `a[]` for an array, `*p` for a pointer p); whether the thread may
 * still run is the thread module's to say (thread_query.h).
 *
 *   create(&t, fn, &x) ──▶ SHARED ── return / leave x's block ──▶ report at the exit
 *                            │ free(p) ─────────────────────────▶ report at the free
 *                            │ x written (i++) ─▶ WRITTEN ── create(.., &x) again ─▶ report
 *                            │ sem_wait, barrier or condition wait: the handshake
 *                            ▼ (the thread has taken what it needs)
 *                          (dropped)
 *
 * Each check asks whether a thread that some create gave this object to is
 * still running on this path: joined, failed or handed to code we do not
 * see means no. */
#include <stdbool.h>
#include <string.h>

#include "api_text.h"
#include "engine.h"
#include "module.h"
#include "spawn_query.h"
#include "thread_query.h"
#include "use_places.h"

enum lifetime_state { L_SHARED = 1 };

enum lifetime_flags {
    LF_WRITTEN = 1u << 0, /* written while a thread it was given may run (aux_event) */
};

/* A wait for the started thread to say it has what it needs. */
static const char *const handshakes[] = {
    "sem_wait", "sem_timedwait", "sem_clockwait", "pthread_barrier_wait",
    "pthread_cond_wait", "pthread_cond_timedwait", "pthread_cond_clockwait",
    "cnd_wait", "cnd_timedwait", NULL,
};

static const char *const lifetime_apis[] = {
    "pthread_create", "thrd_create", "free",
    "sem_wait", "sem_timedwait", "sem_clockwait", "pthread_barrier_wait",
    "pthread_cond_wait", "pthread_cond_timedwait", "pthread_cond_clockwait",
    "cnd_wait", "cnd_timedwait", NULL,
};

/* free and the waits matter only where threads are created: as accessors
 * without companions, they alone never make a function worth lowering. */
static const tl_api_arg lifetime_gates[] = {
    {"free", TL_GATE_ACCESSOR},
    {"sem_wait", TL_GATE_ACCESSOR}, {"sem_timedwait", TL_GATE_ACCESSOR},
    {"sem_clockwait", TL_GATE_ACCESSOR}, {"pthread_barrier_wait", TL_GATE_ACCESSOR},
    {"pthread_cond_wait", TL_GATE_ACCESSOR}, {"pthread_cond_timedwait", TL_GATE_ACCESSOR},
    {"pthread_cond_clockwait", TL_GATE_ACCESSOR}, {"cnd_wait", TL_GATE_ACCESSOR},
    {"cnd_timedwait", TL_GATE_ACCESSOR}, {NULL, 0},
};

/* The dedup key of what an object's death or sharing says: one finding per
 * object and function (an event index is never negative). */
static int object_key(const tl_res *r) { return -2 - r->place; }

static bool is(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

static bool is_handshake(const char *callee) {
    for (const char *const *h = handshakes; *h; h++)
        if (is(*h, callee))
            return true;
    return false;
}

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

/* The object an argument hands over: x for &x (and for an array x),
 * *p for a pointer p; -1 for anything else. */
static int object_of(tl_ctx *c, const tl_operand *o) {
    return tl_arg_object(tl_ctx_func_mut(c), o);
}

/* The thread a create event made, when it handed over `object` and may
 * still run here: its handle's place, or -1. */
static int running_thread_of(tl_ctx *c, int event, int object) {
    const tl_event *ev = tl_ctx_event_at(c, event);
    const tl_create_api *api = ev && ev->kind == TL_EV_CALL ? tl_create_api_of(ev->callee) : NULL;
    if (!api || ev->nargs <= api->arg_arg || object_of(c, &ev->args[api->arg_arg]) != object)
        return -1;
    int handle = tl_place_through(tl_ctx_func_mut(c), &ev->args[0], TL_SEL_DEREF, NULL);
    return handle >= 0 && tl_thread_may_run(c, handle, event) ? handle : -1;
}

/* A create that gave `object` to a thread still running here (its flat
 * event index, the handle in *handle), or -1. */
static int running_create(tl_ctx *c, int object, int *handle) {
    const tl_func *f = tl_ctx_func(c);
    for (int b = 0, base = 0; b < f->nblocks; base += f->blocks[b].nevents, b++)
        for (int e = 0; e < f->blocks[b].nevents; e++)
            if ((*handle = running_thread_of(c, base + e, object)) >= 0)
                return base + e;
    return -1;
}

/* "'t' running 'work'" for messages. */
static const char *thread_words(tl_ctx *c, int create_event, int handle) {
    const tl_event *ev = tl_ctx_event_at(c, create_event);
    const tl_create_api *api = tl_create_api_of(ev->callee);
    const tl_operand *fn = &ev->args[api->routine_arg];
    const char *routine = fn->kind == TL_OPD_FUNC ? fn->name : fn->text;
    const char *h = tl_place_c_name(tl_ctx_func(c), handle);
    return routine ? tl_arena_printf(arena(c), "'%s' running '%s'", h, routine)
                   : tl_arena_printf(arena(c), "'%s'", h);
}

/* The object as the create's argument spells it ("&x" -> "x", "a"). */
static const char *object_name(tl_ctx *c, int object, int create_event) {
    const tl_event *ev = create_event >= 0 ? tl_ctx_event_at(c, create_event) : NULL;
    const tl_create_api *api = ev ? tl_create_api_of(ev->callee) : NULL;
    const tl_operand *arg = api && ev->nargs > api->arg_arg ? &ev->args[api->arg_arg] : NULL;
    if (arg && arg->text && arg->kind == TL_OPD_ADDR)
        return arg->text[0] == '&' ? arg->text + 1 : arg->text;
    if (arg && arg->text && arg->kind == TL_OPD_PLACE)
        return tl_arena_printf(arena(c), "*%s", arg->text);
    return tl_place_c_name(tl_ctx_func(c), object);
}

/* The note at the create and the path from it; r is the object's resource. */
static void explain(tl_ctx *c, tl_report *rep, const tl_res *r, int create_event, int handle) {
    const tl_event *ev = tl_ctx_event_at(c, create_event);
    const tl_create_api *api = tl_create_api_of(ev->callee);
    const char *arg = ev->args[api->arg_arg].text;
    tl_report_note(rep, TL_NOTE_EVENT, ev->loc,
                   tl_arena_printf(arena(c), "'%s' is given to thread %s here",
                                   arg ? arg : object_name(c, r->place, create_event),
                                   thread_words(c, create_event, handle)));
    if (create_event == r->origin)
        tl_report_path(rep, r);
    else
        tl_report_about(rep, r);
}

static const char *still_runs(tl_ctx *c, int handle) {
    return tl_thread_detached(c, handle) ? "it was detached and may still run"
                                         : "it was not joined and may still run";
}

/* Can control go from the event at flat index `from` to block `to`? */
static bool reaches(const tl_func *f, int from, int to) {
    return tl_func_reaches(f, tl_func_block_of_event(f, from), tl_block_is, &to);
}

/* Was the object written, while a thread had it, on the way back to its
 * create?  The finding at the create (check_shared_again) then says it. */
static bool loops_back(tl_ctx *c, const tl_res *r) {
    const tl_func *f = tl_ctx_func(c);
    return (r->flags & LF_WRITTEN) && r->origin >= 0 &&
           reaches(f, r->aux_event - 1, tl_func_block_of_event(f, r->origin));
}

/* The object dies at `loc`: at the return `exit` of the function, or
 * (exit NULL) at a jump out of its block. */
static void report_death(tl_ctx *c, int i, tl_loc loc, const tl_block *exit, int key) {
    tl_res *r = tl_ctx_res(c, i);
    if (!tl_ctx_reporting(c) || !tl_place_is_local_storage(tl_ctx_func(c), r->place) ||
        loops_back(c, r))
        return;
    int handle, create = running_create(c, r->place, &handle);
    if (create < 0 || tl_thread_leaks_here(c, handle)) /* ThreadLeak's finding says it */
        return;
    /* worded here, where it is reported: most paths' exits report nothing */
    const char *how = exit ? tl_arena_printf(arena(c), "dies when '%s' returns",
                                             tl_ctx_func(c)->name)
                           : "goes out of scope";
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_ARG_LIFETIME, key, loc,
        tl_arena_printf(arena(c), "'%s' %s while thread %s still uses it; %s",
                        object_name(c, r->place, create), how, thread_words(c, create, handle),
                        still_runs(c, handle)));
    explain(c, rep, r, create, handle);
    if (exit)
        tl_thread_fixit_join_before_exit(c, rep, handle, exit);
}

/* Returning from main ends the process, and every thread with it. */
static void on_exit_(tl_ctx *c, int i, const tl_block *exit) {
    tl_res *r = tl_ctx_res(c, i);
    if (is(tl_ctx_func(c)->name, "main"))
        return;
    report_death(c, i, exit->term_loc, exit, object_key(r));
}

static void on_jump(tl_ctx *c, int i, const tl_event *jump, bool leaves_scope) {
    if (!leaves_scope)
        return;
    report_death(c, i, jump->loc, NULL, object_key(tl_ctx_res(c, i)));
    tl_ctx_remove(c, i); /* it is gone: nothing later can be said of it */
}

/* free(p) of memory a thread started with no handle may still use. */
static void free_spawned(tl_ctx *c, const tl_event *ev, int freed, const char *what) {
    const tl_res *u = tl_spawned_user_under(c, freed);
    if (!u || !tl_ctx_reporting(c))
        return;
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_ARG_LIFETIME, tl_ctx_event_index(c), ev->loc,
        tl_arena_printf(arena(c),
                        "'%s' is freed while a thread running '%s', which uses it, may still run; "
                        "nothing joins that thread",
                        what, u->label));
    tl_spawned_note(c, rep, u);
}

/* free(p) of an object a running thread was given (or that holds it). */
static void on_free(tl_ctx *c, const tl_event *ev) {
    int freed = -1;
    const char *what = NULL; /* as the message names it */
    if (ev->nargs == 1 && ev->args[0].kind == TL_OPD_PLACE) { /* free(*tmp) after tmp = &p: p */
        tl_operand value = ev->args[0];
        value.place = tl_value_place(tl_ctx_func(c), &ev->args[0]);
        freed = object_of(c, &value);
        what = value.place != ev->args[0].place || !ev->args[0].text
                   ? tl_place_c_name(tl_ctx_func(c), value.place)
                   : ev->args[0].text;
    }
    if (freed >= 0)
        free_spawned(c, ev, freed, what);
    for (int i = tl_ctx_next(c, -1); freed >= 0 && i >= 0; i = tl_ctx_next(c, i)) {
        tl_res *r = tl_ctx_res(c, i);
        if (!tl_place_is_under(tl_ctx_func(c), r->place, freed))
            continue;
        int handle, create = running_create(c, r->place, &handle);
        if (create >= 0) {
            tl_report *rep = tl_ctx_report(
                c, TL_RULE_ARG_LIFETIME, tl_ctx_event_index(c), ev->loc,
                tl_arena_printf(arena(c), "'%s' is freed while thread %s still uses it; %s", what,
                                thread_words(c, create, handle), still_runs(c, handle)));
            explain(c, rep, r, create, handle);
        }
    }
}

/* A create handing over an object written since an earlier create gave it
 * to a thread that still runs: both read a value that changes under them
 * (`for (i...) pthread_create(&t[i], NULL, fn, &i)`). */
static void check_shared_again(tl_ctx *c, const tl_event *ev, int i) {
    tl_res *r = tl_ctx_res(c, i);
    int handle, create;
    if (!(r->flags & LF_WRITTEN) || (create = running_create(c, r->place, &handle)) < 0)
        return;
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_ARG_LIFETIME, object_key(r), ev->loc,
        tl_arena_printf(arena(c),
                        "'%s' is given to another thread while thread %s may still read it; "
                        "every thread sees the value change under it",
                        object_name(c, r->place, create), thread_words(c, create, handle)));
    explain(c, rep, r, create, handle);
}

static void on_create(tl_ctx *c, const tl_event *ev, const tl_create_api *api) {
    if (!tl_ctx_reporting(c) || ev->nargs <= api->arg_arg)
        return;
    int object = object_of(c, &ev->args[api->arg_arg]);
    const tl_operand *fn = &ev->args[api->routine_arg];
    if (object < 0 || (fn->kind == TL_OPD_FUNC && tl_tu_arg_unread(tl_ctx_tu(c), fn->name)))
        return; /* a routine that never reads its argument cannot outlive it */
    int i = tl_ctx_find(c, object);
    if (i >= 0)
        check_shared_again(c, ev, i);
    i = tl_ctx_add(c, object, L_SHARED);
    tl_res *r = tl_ctx_res(c, i);
    r->flags = 0;
    r->aux_event = 0;
    tl_ctx_set_origin(c, i);
}

static void on_call(tl_ctx *c, const tl_event *ev) {
    const tl_create_api *api = tl_create_api_of(ev->callee);
    if (api) {
        on_create(c, ev, api);
    } else if (is(ev->callee, "free")) {
        on_free(c, ev);
    } else if (is_handshake(ev->callee)) { /* the threads have what they need */
        for (int i = tl_ctx_next(c, -1); i >= 0; i = tl_ctx_next(c, -1))
            tl_ctx_remove(c, i);
    }
}

/* Handed to code we do not see: it still dies here, and the thread that
 * has it still runs; nothing changes. */
static void on_escape(tl_ctx *c, int i, const tl_loc *where) {
    (void)c, (void)i, (void)where;
}

static void on_overwrite(tl_ctx *c, int i, const tl_event *ev) {
    tl_res *r = tl_ctx_res(c, i);
    const tl_func *f = tl_ctx_func(c);
    if (!tl_place_is_local_storage(f, r->place)) {
        if (ev->dst_place != r->place) /* p = ...: p no longer points at it */
            tl_ctx_remove(c, i);
        return;
    }
    int handle;
    if (tl_place_is_collective(f, ev->dst_place)) /* id[i] = i: another thread's element */
        return;
    if (!(r->flags & LF_WRITTEN) && running_create(c, r->place, &handle) >= 0) {
        r->flags |= LF_WRITTEN;
        r->aux_event = 1 + tl_ctx_event_index(c);
        tl_ctx_note(c, r->place, ev->loc,
                    tl_arena_printf(arena(c), "'%s' is written here while that thread may run",
                                    tl_place_c_name(f, r->place)));
    }
}

const tl_module tl_module_lifetime = {
    .name = "lifetime",
    .apis = lifetime_apis,
    .needs_arg = lifetime_gates,
    .on_call = on_call,
    .on_escape = on_escape,
    .on_overwrite = on_overwrite,
    .on_jump = on_jump,
    .on_exit = on_exit_,
};

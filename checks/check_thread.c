/* pthread.ThreadLeak and pthread.JoinMisuse: every pthread_t from a
 * successful pthread_create (and every C11 thrd_t from thrd_create) is
 * joined or detached exactly once.
 *
 *                 create ok                 join/detach
 *   (none) ──────────────────▶ CREATED ─────────────────▶ JOINED / DETACHED
 *      │  create fails            │  exit, overwrite          │ join/detach again
 *      ▼                          ▼                           ▼
 *   FAILED ── join ─▶ misuse   ThreadLeak                 JoinMisuse
 *
 * A handle that escapes (stored where it outlives us, returned, passed to
 * an unknown function) is ESCAPED: someone else owns it, we stay silent.
 * Threads created detached (attribute, or a start routine that detaches
 * itself) are CREATED_DETACHED: they need nothing, and must not be joined. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "array_loop.h"
#include "c11_threads.h"
#include "engine.h"
#include "lifecycle.h"
#include "module.h"
#include "status_guard.h"
#include "thread_query.h"
#include "var_reads.h"

enum thread_state {
    T_CREATED = 1,
    T_FAILED,
    T_JOINED,
    T_DETACHED,
    T_ESCAPED,
    T_CREATED_DETACHED,
    T_ATTR_DETACHED, /* on an attribute object's place: detachstate set */
    T_OBS_HELD,      /* observed only: CREATED, but not this function's to release */
};

enum thread_flags {
    TF_INCOMING = 1u << 0,  /* released here but created by a caller */
    TF_SELF_DETACH = 1u << 1, /* CREATED_DETACHED because the routine detaches itself */
    TF_C11 = 1u << 2,       /* a C11 thrd_t: messages and fix-its say thrd_* */
    TF_UNCHECKED = 1u << 3, /* nothing looks at its create's result */
    TF_MORE = 1u << 4,      /* an array: it held threads before its latest create */
    TF_CANCELLED = 1u << 5, /* pthread_cancel'ed: it ends, whatever its routine does */
};

typedef enum release_kind { RELEASE_JOIN, RELEASE_DETACH } release_kind;

/* A family of thread APIs: the names its messages and fix-its use, and
 * where its create takes the start routine and the routine's argument. */
typedef struct thread_family {
    const char *create, *join, *detach, *self;
    const char *success_text; /* create's success status as code spells it */
    int routine_arg, arg_arg, attr_arg; /* attr_arg -1: no attribute object */
} thread_family;

static const thread_family posix = {"pthread_create", "pthread_join", "pthread_detach",
                                    "pthread_self", "0", 2, 3, 1};
static const thread_family c11 = {"thrd_create", "thrd_join", "thrd_detach", "thrd_current",
                                  TL_THRD_SUCCESS_TEXT, 1, 2, -1};

typedef enum thread_role {
    ROLE_CREATE, ROLE_JOIN, ROLE_DETACH, ROLE_CANCEL,
    ROLE_TRYJOIN, /* tryjoin/timedjoin: may leave the thread joinable */
    ROLE_ATTR_SETDETACH, ROLE_ATTR_RESET,
} thread_role;

/* The one table of modelled APIs.  `success` is the status that means the
 * call did its job; for a CREATE it decides whether a thread exists. */
#define THREAD_API_TABLE(X)                                           \
    X("pthread_create", ROLE_CREATE, &posix, 0)                       \
    X("pthread_join", ROLE_JOIN, &posix, 0)                           \
    X("pthread_detach", ROLE_DETACH, &posix, 0)                       \
    X("pthread_cancel", ROLE_CANCEL, &posix, 0)                       \
    X("pthread_tryjoin_np", ROLE_TRYJOIN, &posix, 0)                  \
    X("pthread_timedjoin_np", ROLE_TRYJOIN, &posix, 0)                \
    X("pthread_clockjoin_np", ROLE_TRYJOIN, &posix, 0)                \
    X("pthread_attr_setdetachstate", ROLE_ATTR_SETDETACH, &posix, 0)  \
    X("pthread_attr_init", ROLE_ATTR_RESET, &posix, 0)                \
    X("pthread_attr_destroy", ROLE_ATTR_RESET, &posix, 0)             \
    X("thrd_create", ROLE_CREATE, &c11, TL_THRD_SUCCESS)              \
    X("thrd_join", ROLE_JOIN, &c11, TL_THRD_SUCCESS)                  \
    X("thrd_detach", ROLE_DETACH, &c11, TL_THRD_SUCCESS)

typedef struct thread_api {
    const char *name;
    thread_role role;
    const thread_family *family;
    long long success;
} thread_api;

static const thread_api api_table[] = {
#define THREAD_API_ENTRY(name, role, family, success) {name, role, family, success},
    THREAD_API_TABLE(THREAD_API_ENTRY)
#undef THREAD_API_ENTRY
};

static const char *const thread_apis[] = {
#define THREAD_API_NAME(name, role, family, success) name,
    THREAD_API_TABLE(THREAD_API_NAME)
#undef THREAD_API_NAME
    NULL,
};

static bool is(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

static const thread_api *api_of(const char *callee) {
    for (size_t i = 0; callee && i < sizeof api_table / sizeof api_table[0]; i++)
        if (strcmp(api_table[i].name, callee) == 0)
            return &api_table[i];
    return NULL;
}

static bool has_role(const char *callee, thread_role role) {
    const thread_api *api = api_of(callee);
    return api && api->role == role;
}

/* The family a resource was created by (TF_C11), for its messages. */
static const thread_family *family_of(const tl_res *r) {
    return (r->flags & TF_C11) ? &c11 : &posix;
}

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

/* "(t)" -> "t": a macro's parameter as it is written in the body. */
static const char *unparen(tl_ctx *c, const char *t) {
    size_t n = strlen(t);
    while (n >= 2 && t[0] == '(' && t[n - 1] == ')') {
        int depth = 0;
        bool outer = true;
        for (size_t i = 0; i < n - 1 && outer; i++) {
            depth += t[i] == '(' ? 1 : t[i] == ')' ? -1 : 0;
            outer = depth > 0;
        }
        if (!outer)
            break;
        t++;
        n -= 2;
    }
    return tl_arena_strndup(arena(c), t, n);
}

/* "&tid" -> "tid"; other spellings are kept as they are. */
static const char *handle_spelling(tl_ctx *c, const tl_operand *o, int place) {
    const char *t = o->text;
    if (t && t[0] == '&')
        return unparen(c, t + 1);
    if (t && o->kind == TL_OPD_PLACE)
        return tl_arena_printf(arena(c), "*%s", t);
    return tl_place_c_name(tl_ctx_func(c), place);
}

/* The place a handle operand names: `t` for a join's value argument. */
static int value_place(const tl_operand *o) { return o->kind == TL_OPD_PLACE ? o->place : -1; }

/* How deep a start routine's same-file helpers are followed. */
enum { SELF_DETACH_DEPTH = 3 };

/* Is the operand the calling thread's own handle, pthread_self() (or a
 * parameter `param` of f standing for it, when param >= 0)? */
static bool names_caller(const tl_func *f, const tl_operand *o, int param) {
    if (o->kind == TL_OPD_TEMP)
        return param < 0 && (is(o->name, posix.self) || is(o->name, c11.self));
    return param >= 0 && o->kind == TL_OPD_PLACE && f->places[o->place].sel == TL_SEL_BASE &&
           f->vars[f->places[o->place].var].kind == TL_VAR_PARAM &&
           f->vars[f->places[o->place].var].param_index == param;
}

/* Does f detach the calling thread (pthread_detach(pthread_self()),
 * thrd_detach(thrd_current())), itself or in a same-file helper it hands
 * that handle to?  With param >= 0, the handle is f's parameter.  With
 * `always`, only a detach that every way out of f (a return,
 * pthread_exit) passes counts (scratch holds the search): then nothing
 * else may join or detach the thread. */
static bool detaches_caller(const tl_tu *tu, tl_arena *scratch, const tl_func *f, int param,
                            int depth, bool always) {
    for (int b = 0, index = 0; f && b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++, index++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind != TL_EV_CALL)
                continue;
            const thread_api *api = api_of(ev->callee);
            bool detaches = api && api->role == ROLE_DETACH && ev->nargs > 0 &&
                            names_caller(f, &ev->args[0], param);
            for (int a = 0; !api && !detaches && depth > 0 &&
                            ev->callee_kind == TL_CALLEE_DEFINED && a < ev->nargs;
                 a++)
                detaches = names_caller(f, &ev->args[a], param) &&
                           detaches_caller(tu, scratch, tl_tu_find_func(tu, ev->callee), a,
                                           depth - 1, always);
            for (int x = 0; detaches && always && x < f->nblocks; x++)
                if (f->blocks[x].term == TL_TERM_RETURN || f->blocks[x].term == TL_TERM_NORETURN)
                    detaches = tl_func_event_dominates(f, scratch, index, x);
            if (detaches)
                return true;
        }
    return false;
}

/* Does the start routine `fn`, defined in this file, detach itself? */
static bool routine_detaches_itself(tl_ctx *c, const char *fn) {
    const tl_tu *tu = tl_ctx_tu(c);
    return detaches_caller(tu, NULL, tl_tu_find_func(tu, fn), -1, SELF_DETACH_DEPTH, false);
}

/* The calling thread as a place of its own, which outlives the function:
 * every pthread_self() (thrd_current()) of the function names it. */
static int caller_place(tl_ctx *c, const thread_family *fam) {
    tl_func *f = tl_ctx_func_mut(c);
    const char *name = tl_arena_printf(arena(c), "%s()", fam->self);
    for (int v = 0; v < f->nvars; v++)
        if (f->vars[v].kind == TL_VAR_GLOBAL && is(f->vars[v].name, name))
            return tl_place_base(f, v);
    return tl_place_base(f, tl_func_add_var(f, name, TL_VAR_GLOBAL, -1));
}

enum { HELPER_JOINS = 1, HELPER_DETACHES = 2, HELPER_UNKNOWN = 4, HELPER_DEPTH = 3 };

/* What a same-file helper handed a thread may do to it: whether it, or a
 * same-file function it calls (to `depth` levels), calls a join or a
 * detach; HELPER_UNKNOWN where a body is not here or the calls go deeper.
 * One that only names the thread (`thread_setname(t, "io")`) does
 * neither.  A call back into `root` (recursion) adds nothing new. */
static unsigned helper_releases(const tl_tu *tu, const tl_func *root, const tl_func *h, int depth) {
    if (h && h == root && depth < HELPER_DEPTH)
        return 0;
    if (!h || depth < 0)
        return HELPER_UNKNOWN;
    unsigned found = 0;
    for (int b = 0; b < h->nblocks; b++)
        for (int e = 0; e < h->blocks[b].nevents; e++) {
            const tl_event *ev = &h->blocks[b].events[e];
            if (ev->kind != TL_EV_CALL)
                continue;
            found |= has_role(ev->callee, ROLE_JOIN) ? HELPER_JOINS : 0;
            found |= has_role(ev->callee, ROLE_DETACH) ? HELPER_DETACHES : 0;
            if (ev->callee_kind == TL_CALLEE_DEFINED)
                found |= helper_releases(tu, root, tl_tu_find_func(tu, ev->callee), depth - 1);
        }
    return found;
}

/* Does the call hand over the handle in `place`, or what holds it (a join,
 * a detach, a helper that may release it)? */
static bool hands_handle(const tl_func *f, const tl_event *ev, int place) {
    for (int a = 0; ev->kind == TL_EV_CALL && a < ev->nargs; a++) {
        const tl_operand *o = &ev->args[a];
        if ((o->kind == TL_OPD_PLACE || o->kind == TL_OPD_ADDR) &&
            tl_place_is_under(f, place, o->place))
            return true;
    }
    return false;
}

/* The same-file helpers handed the thread in `place`: what they may do
 * to it, together (0: none is handed it, or none releases). */
static unsigned helpers_release(tl_ctx *c, int place) {
    const tl_func *f = tl_ctx_func(c);
    unsigned found = 0;
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->callee_kind == TL_CALLEE_DEFINED && hands_handle(f, ev, place)) {
                const tl_func *h = tl_tu_find_func(tl_ctx_tu(c), ev->callee);
                found |= helper_releases(tl_ctx_tu(c), h, h, HELPER_DEPTH);
            }
        }
    return found;
}

/* Is the call a join (or, with `detach`, a detach) of the handle in `place`? */
static bool releases_as(const tl_event *ev, int place, bool detach) {
    return ev->kind == TL_EV_CALL &&
           (has_role(ev->callee, ROLE_JOIN) || (detach && has_role(ev->callee, ROLE_DETACH))) &&
           ev->nargs > 0 && value_place(&ev->args[0]) == place;
}

/* A join or detach of the handle in `place`. */
static bool releases_handle(const tl_event *ev, int place) { return releases_as(ev, place, true); }

/* How many joins (and, with `detach`, detaches) name the handle in `place`? */
static int releases_of(const tl_func *f, int place, bool detach) {
    int n = 0;
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++)
            n += releases_as(&f->blocks[b].events[e], place, detach);
    return n;
}

/* Does the function release the thread in `place` on some path: itself,
 * or (`via_helpers`) through a same-file helper that may? */
static bool function_releases(tl_ctx *c, int place, bool via_helpers) {
    return releases_of(tl_ctx_func(c), place, true) > 0 ||
           (via_helpers && helpers_release(c, place) != 0);
}

/* Does the function join the thread in `place` itself, or hand it to
 * same-file helpers that join and never detach?  Then a join is how it
 * means to release it, on a path that forgets to. */
static bool function_joins(tl_ctx *c, int place) {
    return releases_of(tl_ctx_func(c), place, false) > 0 ||
           helpers_release(c, place) == HELPER_JOINS;
}

static const char *routine_of(const tl_res *r) { return r->label ? r->label : "its start routine"; }

/* ---- copies of a handle ------------------------------------------------------ */
/* `t = w->tid` makes t the same thread as w->tid, never a second one: the
 * places share an alias group (tl_res.aux_event: 1 + the event index of
 * the first copy), and what happens to one happens to all. */

static bool same_thread(const tl_res *a, const tl_res *b) {
    return a != b && a->aux_event && a->aux_event == b->aux_event;
}

/* Does another place hold r's thread (one that outlives the function,
 * with `outliving`)? */
static bool held_elsewhere(tl_ctx *c, const tl_res *r, bool outliving) {
    for (int j = tl_ctx_next(c, -1); j >= 0; j = tl_ctx_next(c, j))
        if (same_thread(tl_ctx_res(c, j), r) &&
            !(outliving && tl_ctx_place_dies_here(c, tl_ctx_res(c, j)->place)))
            return true;
    return false;
}

/* Is r's thread one of an array's, tracked as a whole (its place, or a
 * place holding a copy of it, is an element)? */
static bool one_of_many(tl_ctx *c, const tl_res *r) {
    const tl_func *f = tl_ctx_func(c);
    if (tl_place_is_collective(f, r->place))
        return true;
    for (int j = tl_ctx_next(c, -1); j >= 0; j = tl_ctx_next(c, j))
        if (same_thread(tl_ctx_res(c, j), r) && tl_place_is_collective(f, tl_ctx_res(c, j)->place))
            return true;
    return false;
}

/* The thread in resource i changed (released, escaped): so did every copy
 * of it; `note`, when given, is added to each copy's path at `loc`. */
static void sync_copies(tl_ctx *c, int i, tl_loc loc, const char *const *note) {
    const tl_res *r = tl_ctx_res(c, i);
    for (int j = tl_ctx_next(c, -1); j >= 0; j = tl_ctx_next(c, j)) {
        tl_res *o = tl_ctx_res(c, j);
        if (!same_thread(o, r))
            continue;
        o->st = r->st;
        o->undo_st = r->undo_st;
        o->release_failed = r->release_failed;
        for (int k = 0; k < TL_STATUS_KEYS; k++) {
            o->status[k] = r->status[k];
            o->succ[k] = r->succ[k];
        }
        if (note)
            tl_ctx_note_parts(c, o->place, loc, note);
    }
}

static void on_copy(tl_ctx *c, int i, int dst, const tl_event *ev) {
    (void)ev;
    tl_res *r = tl_ctx_res(c, i);
    if (!r->aux_event)
        r->aux_event = 1 + tl_ctx_event_index(c);
    tl_res copy = *r;
    int j = tl_ctx_add(c, dst, copy.st);
    tl_res *d = tl_ctx_res(c, j);
    copy.place = d->place;
    copy.module = d->module;
    copy.handle_text = tl_place_c_name(tl_ctx_func(c), dst);
    *d = copy;
}

/* ---- ThreadLeak reports --------------------------------------------------- */

/* Does the create hand the thread an object in the creator's frame?  Then
 * a detached thread would outlive it (pthread.ArgLifetime). */
static bool gives_local(tl_ctx *c, const tl_event *create) {
    const thread_api *api = api_of(create->callee);
    int at = api ? api->family->arg_arg : -1;
    const tl_operand *arg = at >= 0 && at < create->nargs ? &create->args[at] : NULL;
    return arg && arg->kind == TL_OPD_ADDR && tl_place_is_local_storage(tl_ctx_func(c), arg->place);
}

/* pthread_detach(h) (thrd_detach) right after a fire-and-forget create:
 * `pthread_create(...);` becomes `if (pthread_create(...) == 0)` and the
 * detach.  Also `(void)pthread_create(...);`, whose cast the `if (` replaces
 * (a statement that starts at most 7 bytes before the call, `(void) `, and
 * ends right after it), and an unbraced arm, which gets braces so that an
 * `else` keeps its `if`.  Not a wrapper that cannot fail, whose result (if
 * any) is no status to test. */
static void fix_detach_after_create(tl_ctx *c, tl_report *rep, const tl_res *r) {
    const tl_event *ev = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    if (!ev || !has_role(ev->callee, ROLE_CREATE) || (ev->call_flags & TL_CALL_CANNOT_FAIL) ||
        (ev->stmt_flags & (TL_STMT_IS_EXPR_STMT | TL_STMT_RESULT_USED | TL_STMT_IN_MACRO)) !=
            TL_STMT_IS_EXPR_STMT ||
        !r->handle_text || function_releases(c, r->place, true) || gives_local(c, ev))
        return;
    unsigned before = ev->range.begin.offset - ev->stmt_range.begin.offset;
    unsigned after = ev->stmt_range.end.offset - ev->range.end.offset;
    if (ev->range.begin.offset < ev->stmt_range.begin.offset || (before != 0 && before != 6 && before != 7) ||
        ev->stmt_range.end.offset < ev->range.end.offset || after != 1 ||
        ev->stmt_range.begin.line != ev->range.begin.line)
        return;
    bool braced = ev->stmt_flags & TL_STMT_IN_COMPOUND;
    tl_range open = {ev->stmt_range.begin, ev->range.begin};
    tl_range close = {ev->range.end, ev->range.end};
    tl_report_fixit_or(rep);
    tl_report_fixit(rep, open, braced ? "if (" : "{ if (", TL_OBS_ALWAYS, -1, 0);
    /* the detach goes on its own line, one level (4 columns) deeper */
    int indent = (int)(ev->stmt_range.begin.col > 1 ? ev->stmt_range.begin.col - 1 : 0) + 4;
    tl_report_fixit(rep, close,
                    tl_arena_printf(arena(c), " == %s)\n%*s%s(%s)", family_of(r)->success_text,
                                    indent, "", family_of(r)->detach, r->handle_text),
                    TL_OBS_ALWAYS, -1, 0);
    if (!braced) {
        tl_range end = {ev->stmt_range.end, ev->stmt_range.end};
        tl_report_fixit(rep, end, " }", TL_OBS_ALWAYS, -1, 0);
    }
    /* and no path hands the thread out or keeps it elsewhere */
    tl_report_fixit_require(rep, TL_OBS_ANY_EXIT, r->place, (1u << T_CREATED) | (1u << T_FAILED));
}


/* Is the handle's variable visible at `at`? */
static bool handle_in_scope(const tl_ctx *c, const tl_res *r, tl_loc at) {
    const tl_func *f = tl_ctx_func(c);
    return tl_loc_within(at, f->vars[f->places[r->place].var].scope);
}

/* Is the thread's detach state the one the path says?  With no attribute
 * (NULL), or with a local attribute that only the attribute API and the
 * create ever see, the path knows whether the attribute made it detached;
 * an attribute from elsewhere may have, whatever the path shows. */
static bool detach_state_known(tl_ctx *c, const tl_event *origin, const tl_res *r) {
    const int attr_arg = family_of(r)->attr_arg;
    if (attr_arg < 0)
        return true;
    if (origin->nargs <= attr_arg)
        return false;
    const tl_operand *a = &origin->args[attr_arg];
    if (a->kind == TL_OPD_CONST)
        return true;
    const tl_func *f = tl_ctx_func(c);
    if (a->kind != TL_OPD_ADDR || f->places[a->place].sel != TL_SEL_BASE ||
        f->vars[f->places[a->place].var].kind != TL_VAR_LOCAL || tl_place_writes(f, a->place) > 0)
        return false;
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind == TL_EV_ASSIGN && (ev->src.kind == TL_OPD_ADDR || ev->src.kind == TL_OPD_PLACE) &&
                tl_place_is_under(f, ev->src.place, a->place))
                return false;
            for (int k = 0; ev->kind == TL_EV_CALL && k < ev->nargs; k++) {
                const tl_operand *o = &ev->args[k];
                if ((o->kind == TL_OPD_ADDR || o->kind == TL_OPD_PLACE) &&
                    tl_place_is_under(f, o->place, a->place) &&
                    !(ev->callee && (strncmp(ev->callee, "pthread_attr_", 13) == 0 ||
                                     has_role(ev->callee, ROLE_CREATE))))
                    return false;
            }
        }
    return true;
}

/* Does every return of the same-file function `name` return what a
 * create it makes returns (`return pthread_create(out, ...);`)?  Its
 * status then means what the create's does. */
static bool returns_create_status(const tl_tu *tu, const char *name) {
    const tl_func *h = name ? tl_tu_find_func(tu, name) : NULL;
    int returns = 0;
    for (int b = 0; h && b < h->nblocks; b++) {
        const tl_block *bl = &h->blocks[b];
        if (bl->term != TL_TERM_RETURN)
            continue;
        if (bl->retval.kind != TL_OPD_TEMP || !has_role(bl->retval.name, ROLE_CREATE))
            return false;
        returns++;
    }
    return returns > 0;
}

/* The local (its place) that keeps the status of the create at `origin`,
 * a create API or such a wrapper (tl_kept_status_place); -1 if none. */
static int stored_status_place(tl_ctx *c, int origin) {
    const tl_event *ev = origin >= 0 ? tl_ctx_event_at(c, origin) : NULL;
    bool create_status = ev && (has_role(ev->callee, ROLE_CREATE) ||
                                (ev->callee_kind == TL_CALLEE_DEFINED &&
                                 returns_create_status(tl_ctx_tu(c), ev->callee)));
    return create_status ? tl_kept_status_place(tl_ctx_func(c), origin) : -1;
}

/* `int rc = pthread_create(&t, ...);` (or `rc = ...;`) whose status the
 * function keeps but never tests before it returns, for a thread it never
 * joins or detaches: `if (rc == 0) pthread_detach(t);` right after it. */
static void fix_detach_after_stored_status(tl_ctx *c, tl_report *rep, const tl_res *r) {
    const tl_func *f = tl_ctx_func(c);
    int rc = stored_status_place(c, r->origin);
    const tl_event *ev = rc >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    if (!ev || !r->handle_text || function_releases(c, r->place, true) || gives_local(c, ev) ||
        !detach_state_known(c, ev, r) || !handle_in_scope(c, r, ev->stmt_range.end))
        return;
    tl_loc after = ev->stmt_range.end;
    int indent = (int)(ev->stmt_range.begin.col > 1 ? ev->stmt_range.begin.col - 1 : 0);
    tl_report_fixit_or(rep);
    tl_report_fixit(rep, (tl_range){after, after},
                    tl_arena_printf(arena(c), "\n%*sif (%s == %s)\n%*s%s(%s);", indent, "",
                                    f->vars[f->places[rc].var].name, family_of(r)->success_text,
                                    indent + 4, "", family_of(r)->detach, r->handle_text),
                    TL_OBS_ALWAYS, -1, 0);
    tl_report_fixit_require(rep, TL_OBS_ANY_EXIT, r->place, (1u << T_CREATED) | (1u << T_FAILED));
}

/* The joins (or detaches) that some paths reach after the create failed,
 * where the function kept the create's status: `if (rc == 0)` before each
 * (status_guard.h). */
static void fix_guard_with_status(tl_ctx *c, tl_report *rep, const tl_res *r, int place) {
    if (stored_status_place(c, r->origin) >= 0)
        tl_report_guard_uses(rep, arena(c), tl_ctx_func(c), r->origin, family_of(r)->success_text,
                             place, releases_handle, place, (1u << T_CREATED) | (1u << T_FAILED));
}

/* "pthread_join(h, NULL);" (thrd_join) to write at `at`, for a thread the
 * function joins on other paths, whose handle is one thread (not an array's
 * elements) and can be named there; NULL otherwise. */
static const char *join_stmt_at(tl_ctx *c, const tl_res *r, tl_loc at, unsigned stmt_flags) {
    const tl_func *f = tl_ctx_func(c);
    const tl_place *pl = &f->places[r->place];
    if (tl_place_is_collective(f, r->place) || (stmt_flags & TL_STMT_IN_MACRO) ||
        !function_joins(c, r->place) || !tl_loc_within(at, f->vars[pl->var].scope))
        return NULL;
    return tl_arena_printf(arena(c), "%s(%s, NULL);", family_of(r)->join,
                           tl_place_c_name(f, r->place));
}

/* pthread_join(h, NULL) (thrd_join) before a return the function otherwise
 * forgets. */
static void fix_join_before_exit(tl_ctx *c, tl_report *rep, const tl_res *r,
                                 const tl_block *exit) {
    const char *stmt = join_stmt_at(c, r, exit->term_loc, exit->term_stmt_flags);
    if (stmt)
        tl_report_fixit_before_exit(rep, exit, stmt, r->place, T_CREATED);
}

/* pthread_join(h, NULL) before the return, for a thread the function never
 * joins or detaches: offered beside the detach fix-its (waiting may be
 * what was meant), or alone when no detach is safe (a thread given a
 * local, which must be waited for). */
static void fix_join_beside_detach(tl_ctx *c, tl_report *rep, const tl_res *r,
                                   const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    const tl_place *pl = &f->places[r->place];
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    if (!origin || tl_place_is_collective(f, r->place) || (exit->term_stmt_flags & TL_STMT_IN_MACRO) ||
        (r->flags & TF_UNCHECKED) || /* it may join an uninitialised handle */
        function_releases(c, r->place, true) ||
        !tl_loc_within(exit->term_loc, f->vars[pl->var].scope) ||
        /* an attribute may have made it detached: joining it is undefined */
        !detach_state_known(c, origin, r))
        return;
    const char *stmt =
        tl_arena_printf(arena(c), "%s(%s, NULL);", family_of(r)->join, tl_place_c_name(f, r->place));
    tl_report_fixit_also(rep);
    tl_report_fixit_before_exit(rep, exit, stmt, r->place, T_CREATED);
}

/* A loop joining the threads a counted create loop started, before a
 * return: the function's own way on other paths when it joins them there,
 * else beside the detach fix-its, as for one thread. */
static void fix_join_loop_before_exit(tl_ctx *c, tl_report *rep, const tl_res *r,
                                      const tl_block *exit, bool joins_elsewhere) {
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    const thread_api *api = origin ? api_of(origin->callee) : NULL;
    if (!api || api->role != ROLE_CREATE || (exit->term_stmt_flags & TL_STMT_IN_MACRO) ||
        function_joins(c, r->place) != joins_elsewhere)
        return;
    if (!joins_elsewhere && ((r->flags & TF_UNCHECKED) || function_releases(c, r->place, true) ||
                             !detach_state_known(c, origin, r)))
        return;
    if (joins_elsewhere)
        tl_report_fixit_or(rep);
    else
        tl_report_fixit_also(rep);
    tl_report_array_release(rep, tl_ctx_func(c), r->origin, 0, api->success, exit->id,
                            tl_arena_printf(arena(c), "%s(", family_of(r)->join), ", NULL);",
                            r->place, (1u << T_CREATED) | (1u << T_FAILED));
}

/* Calls that only free what the function owns: moving a join before them
 * cannot keep the thread from finishing. */
static bool frees_only(const char *callee) {
    static const char *const names[] = {"free", "close", "fclose", "closedir", "munmap",
                                        "freeaddrinfo", "unlink", NULL};
    for (int i = 0; callee && names[i]; i++)
        if (strcmp(callee, names[i]) == 0)
            return true;
    return false;
}

/* Does every path from the block the jump leaves (block `from`) to a return
 * do nothing a running thread could wait for: no store outside the
 * function's locals, no call but those that free?  A join moved before the
 * jump must not wait for a `s->stop = 1` written after the label. */
static bool nothing_after_jump_signals(tl_ctx *c, int from) {
    const tl_func *f = tl_ctx_func(c);
    unsigned char *seen = tl_arena_alloc(arena(c), (size_t)f->nblocks + 1);
    int *stack = tl_arena_alloc(arena(c), sizeof *stack * ((size_t)f->nblocks + 1));
    memset(seen, 0, (size_t)f->nblocks + 1);
    int top = 0;
    for (int k = 0, to; (to = tl_block_succ(&f->blocks[from], k)) != -2; k++)
        if (to >= 0 && !seen[to]) {
            seen[to] = 1;
            stack[top++] = to;
        }
    while (top) {
        const tl_block *b = &f->blocks[stack[--top]];
        for (int e = 0; e < b->nevents; e++) {
            const tl_event *ev = &b->events[e];
            if (ev->kind == TL_EV_CALL && !frees_only(ev->callee))
                return false;
            if ((ev->kind == TL_EV_ASSIGN || ev->kind == TL_EV_INCR) &&
                (ev->dst_place < 0 || !tl_place_is_local_storage(f, ev->dst_place)))
                return false;
        }
        for (int k = 0, to; (to = tl_block_succ(b, k)) != -2; k++)
            if (to >= 0 && !seen[to]) {
                seen[to] = 1;
                stack[top++] = to;
            }
    }
    return true;
}

/* pthread_join(h, NULL) before the written jump (`goto out`, `break`) the
 * leaking path took last, when the exit it reaches is shared with paths
 * that released: every path through that jump still holds the thread
 * there and still holds it at the exit. */
static void fix_join_before_jump(tl_ctx *c, tl_report *rep, const tl_res *r) {
    const tl_func *f = tl_ctx_func(c);
    int j = r->jumped - 1;
    const tl_event *jump = j >= 0 ? tl_ctx_event_at(c, j) : NULL;
    if (!jump || r->origin < 0 || tl_place_is_collective(f, r->place) ||
        (jump->stmt_flags & TL_STMT_IN_MACRO) ||
        jump->stmt_range.end.offset <= jump->stmt_range.begin.offset ||
        !handle_in_scope(c, r, jump->loc) || !function_releases(c, r->place, false) ||
        !tl_func_event_dominates(f, arena(c), r->origin, tl_func_block_of_event(f, j)) ||
        !nothing_after_jump_signals(c, tl_func_block_of_event(f, j)))
        return;
    const char *stmt = tl_arena_printf(arena(c), "%s(%s, NULL);", family_of(r)->join,
                                       tl_place_c_name(f, r->place));
    tl_report_fixit_or(rep);
    tl_report_fixit_before_stmt(rep, jump->stmt_range, jump->stmt_flags, stmt, j, r->place,
                                T_CREATED);
    tl_report_fixit_require(rep, tl_ctx_after_jump_key(c, j), r->place, 1u << T_CREATED);
}

/* What a flag guarding a join says at an exit (observe_flag). */
enum { FLAG_SAYS_UNKNOWN, FLAG_SAYS_CREATED, FLAG_SAYS_NONE };

/* The local flag of `if (started) pthread_join(t, NULL);`, the function's
 * own way to join the thread in `place` only when it made one: the flag's
 * place, or -1. */
static int flag_guard(const tl_func *f, int place) {
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *bl = &f->blocks[b];
        if (bl->term != TL_TERM_BRANCH || bl->cond.op != TL_CMP_NE ||
            bl->cond.lhs.kind != TL_OPD_PLACE || bl->cond.rhs.kind != TL_OPD_CONST ||
            bl->cond.rhs.ival != 0 || !bl->cond.text)
            continue;
        int flag = bl->cond.lhs.place;
        const tl_var *v = &f->vars[f->places[flag].var];
        const tl_block *arm = &f->blocks[bl->succ[0]];
        const tl_event *ev = arm->nevents == 1 ? &arm->events[0] : NULL;
        if (f->places[flag].sel != TL_SEL_BASE || v->kind != TL_VAR_LOCAL || v->is_array ||
            v->is_pointer || strcmp(bl->cond.text, v->name) != 0 || !ev ||
            ev->kind != TL_EV_CALL || !has_role(ev->callee, ROLE_JOIN) || ev->nargs != 2 ||
            value_place(&ev->args[0]) != place || ev->args[1].kind != TL_OPD_CONST ||
            ev->args[1].ival != 0 || !(ev->stmt_flags & TL_STMT_IS_EXPR_STMT) ||
            (ev->stmt_flags & TL_STMT_IN_MACRO))
            continue;
        return flag;
    }
    return -1;
}

/* Can `if (flag) join` go before the return ending `exit`? */
static bool flag_join_fits(tl_ctx *c, const tl_res *r, int flag, const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    return !(exit->term_stmt_flags & TL_STMT_IN_MACRO) &&
           tl_loc_within(exit->term_loc, f->vars[f->places[flag].var].scope) &&
           handle_in_scope(c, r, exit->term_loc) &&
           tl_func_event_dominates(f, arena(c), r->origin, exit->id);
}

/* `if (started) pthread_join(t, NULL);`, copied from the function's own
 * guarded join, before every return some path leaves the thread joinable
 * at, where on every path reaching it the flag says whether a thread was
 * made (observe_flag). */
static void fix_flag_guarded_join(tl_ctx *c, tl_report *rep, const tl_res *r,
                                  const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    int flag = flag_guard(f, r->place);
    if (flag < 0 || r->origin < 0 || !flag_join_fits(c, r, flag, exit))
        return;
    const char *stmt = tl_arena_printf(arena(c), "if (%s) %s(%s, NULL);",
                                       f->vars[f->places[flag].var].name, family_of(r)->join,
                                       tl_place_c_name(f, r->place));
    const unsigned says = (1u << FLAG_SAYS_CREATED) | (1u << FLAG_SAYS_NONE);
    tl_report_fixit_or(rep);
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *e = &f->blocks[b];
        if (e->term != TL_TERM_RETURN)
            continue;
        if (flag_join_fits(c, r, flag, e))
            tl_report_fixit_before_exit_where(rep, e, stmt, flag, FLAG_SAYS_CREATED, says);
        else
            tl_report_fixit_require_none(rep, tl_ctx_exit_key(e), flag, 1u << FLAG_SAYS_CREATED);
    }
}

/* Does the call hand over the thread in `place`, or what holds it?  A
 * cancel only asks it to end. */
static bool names_thread(const tl_func *f, const tl_event *ev, int place) {
    for (int a = 0; ev->kind == TL_EV_CALL && !has_role(ev->callee, ROLE_CANCEL) && a < ev->nargs;
         a++) {
        const tl_operand *o = &ev->args[a];
        if ((o->kind == TL_OPD_ADDR || o->kind == TL_OPD_PLACE) &&
            (tl_place_is_under(f, place, o->place) || tl_place_is_under(f, o->place, place)))
            return true;
    }
    return false;
}

/* The flat index of the last event of block b when it is a goto, else -1. */
static int goto_ending(const tl_func *f, int b, int *first_index) {
    const tl_block *bl = &f->blocks[b];
    int last = first_index[b] + bl->nevents - 1;
    return bl->nevents && bl->events[bl->nevents - 1].kind == TL_EV_JUMP &&
                   bl->events[bl->nevents - 1].jump == TL_JUMP_GOTO
               ? last
               : -1;
}

/* pthread_join(h, NULL) at the end of the code under the label the
 * leaking path jumped to, before the next label, where paths that
 * released fall in (`out_thread: s->stop = 1; <here> out_buf: free(...)`):
 * every way into that code is a goto that holds the thread, nothing in it
 * touches the thread, and nothing after it could be what the thread waits
 * for. */
static void fix_join_in_label_chain(tl_ctx *c, tl_report *rep, const tl_res *r,
                                    const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    int j = r->jumped - 1;
    const tl_event *jump = j >= 0 ? tl_ctx_event_at(c, j) : NULL;
    if (!jump || jump->jump != TL_JUMP_GOTO || r->origin < 0 ||
        (jump->stmt_flags & TL_STMT_IN_MACRO) || !function_releases(c, r->place, false))
        return;
    int *first_index = tl_arena_alloc(arena(c), sizeof *first_index * ((size_t)f->nblocks + 1));
    for (int b = 0, n = 0; b < f->nblocks; n += f->blocks[b].nevents, b++)
        first_index[b] = n;
    const tl_block *from = &f->blocks[tl_func_block_of_event(f, j)];
    if (from->term != TL_TERM_JUMP)
        return;
    /* the labelled code: straight blocks, each entered only from the one before */
    int start = from->succ[0], last = start, next = -1, next_label = -1;
    for (int steps = 0; steps < f->nblocks; steps++) {
        const tl_block *b = &f->blocks[last];
        if (b->term != TL_TERM_JUMP)
            return;
        next = b->succ[0];
        for (int p = 0; p < f->nblocks && next_label < 0; p++) {
            int g = p != last ? goto_ending(f, p, first_index) : -1;
            if (g >= 0 && f->blocks[p].succ[0] == next)
                next_label = g;
        }
        if (next_label >= 0)
            break;
        if (tl_block_npreds(f, next) != 1)
            return;
        last = next;
    }
    if (next_label < 0 || next == start)
        return;
    const tl_event *label_goto = tl_ctx_event_at(c, next_label);
    tl_loc label = label_goto->jump_target;
    if ((label_goto->stmt_flags & TL_STMT_IN_MACRO) || label.offset <= jump->jump_target.offset ||
        !handle_in_scope(c, r, label) || !nothing_after_jump_signals(c, last))
        return;
    /* the code between the labels neither names the thread nor lies elsewhere */
    unsigned indent = exit->term_stmt.begin.col > 1 ? exit->term_stmt.begin.col - 1 : 0;
    for (int b = start;; b = f->blocks[b].succ[0]) {
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->loc.file != label.file || ev->loc.offset < jump->jump_target.offset ||
                ev->loc.offset >= label.offset || ev->kind == TL_EV_JUMP ||
                names_thread(f, ev, r->place))
                return;
            indent = ev->stmt_range.begin.col > 1 ? ev->stmt_range.begin.col - 1 : 0;
        }
        if (b == last)
            break;
    }
    /* every goto to the label holds the thread, created on every path there */
    int gotos = 0;
    for (int p = 0; p < f->nblocks; p++) {
        if (f->blocks[p].term != TL_TERM_JUMP || f->blocks[p].succ[0] != start)
            continue;
        int g = goto_ending(f, p, first_index);
        if (g < 0 || !tl_func_event_dominates(f, arena(c), r->origin, p))
            return;
        gotos++;
    }
    if (!gotos || tl_block_npreds(f, start) != gotos)
        return;
    unsigned label_col = label.col > 1 ? label.col - 1 : 0;
    const char *text = tl_arena_printf(arena(c), "%*s%s(%s, NULL);\n%*s",
                                       (int)(indent > label_col ? indent - label_col : 0), "",
                                       family_of(r)->join, tl_place_c_name(f, r->place),
                                       (int)label_col, "");
    tl_report_fixit_or(rep);
    tl_report_fixit(rep, (tl_range){label, label}, text, TL_OBS_ALWAYS, -1, 0);
    for (int p = 0; p < f->nblocks; p++)
        if (f->blocks[p].term == TL_TERM_JUMP && f->blocks[p].succ[0] == start)
            tl_report_fixit_require(rep, goto_ending(f, p, first_index), r->place,
                                    1u << T_CREATED);
}

/* pthread_detach(h) where the create is known to have succeeded (the
 * first statement of the branch its status test takes on success), for a
 * thread the function never joins or detaches, nor hands out, on any path. */
static void fix_detach_after_success(tl_ctx *c, tl_report *rep, const tl_res *r) {
    const tl_func *f = tl_ctx_func(c);
    int b = r->entered - 1;
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    tl_range stmt;
    unsigned flags;
    if (b < 0 || !origin || !r->handle_text || function_releases(c, r->place, true) ||
        gives_local(c, origin) || /* a detached thread would outlive its argument */
        /* an attribute may have made it detached already */
        !detach_state_known(c, origin, r) ||
        tl_block_npreds(f, b) != 1 ||
        !tl_block_first_stmt(f, b, origin->range.end.offset, &stmt, &flags) ||
        !handle_in_scope(c, r, stmt.begin) || !tl_func_event_dominates(f, arena(c), r->origin, b))
        return;
    const char *text =
        tl_arena_printf(arena(c), "%s(%s);", family_of(r)->detach, r->handle_text);
    tl_report_fixit_or(rep);
    tl_report_fixit_before_stmt(rep, stmt, flags, text, tl_ctx_block_key(c, b), r->place,
                                T_CREATED);
    tl_report_fixit_require(rep, TL_OBS_ANY_EXIT, r->place, (1u << T_CREATED) | (1u << T_FAILED));
}

/* A thread whose start routine never returns loses nothing while it runs
 * (a server's acceptor, a maintenance loop): its leak is a note.  Unless
 * it was cancelled: then it ends, and its stack waits for a join. */
static bool runs_forever(tl_ctx *c, tl_report *rep, const tl_res *r) {
    const char *routine = r->label;
    if (!routine || (r->flags & TF_CANCELLED) || !tl_ctx_runs_forever(c, routine))
        return false;
    tl_report_severity(rep, TL_SEV_NOTE);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    if (origin)
        tl_report_note(rep, TL_NOTE_EVENT, origin->loc,
                       tl_arena_printf(arena(c),
                                       "'%s' never returns: the thread runs until the process exits",
                                       routine));
    return true;
}

static void report_leak_at_exit(tl_ctx *c, int i, const tl_block *exit) {
    tl_res *r = tl_ctx_res(c, i);
    const char *fn = tl_ctx_func(c)->name;
    const char *h = r->handle_text ? r->handle_text : tl_place_c_name(tl_ctx_func(c), r->place);
    bool many = tl_place_is_collective(tl_ctx_func(c), r->place);
    const char *msg =
        many ? tl_arena_printf(arena(c),
                               "threads in '%s' running '%s' are neither joined nor detached "
                               "when '%s' returns",
                               h, routine_of(r), fn)
             : tl_arena_printf(arena(c),
                               "thread '%s' running '%s' is neither joined nor detached when "
                               "'%s' returns",
                               h, routine_of(r), fn);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    tl_loc at = origin ? origin->loc : exit->term_loc;
    tl_report *rep = tl_ctx_report(c, TL_RULE_THREAD_LEAK, r->origin, at, msg);
    tl_report_path(rep, r);
    tl_report_note(rep, TL_NOTE_EXIT, exit->term_loc,
                   tl_arena_printf(arena(c), "'%s' returns here with '%s' still joinable", fn, h));
    /* a join would wait for ever: right in main (serve until the end),
     * not in a function whose caller expects it back */
    if (runs_forever(c, rep, r) && strcmp(fn, "main") != 0) {
        if (!many)
            fix_detach_after_success(c, rep, r);
        fix_detach_after_create(c, rep, r);
        fix_detach_after_stored_status(c, rep, r);
        return;
    }
    if (!many) {
        fix_join_before_exit(c, rep, r, exit);
        fix_join_before_jump(c, rep, r);
        fix_join_in_label_chain(c, rep, r, exit);
        fix_flag_guarded_join(c, rep, r, exit);
        fix_detach_after_success(c, rep, r);
    } else {
        fix_join_loop_before_exit(c, rep, r, exit, true);
    }
    fix_detach_after_create(c, rep, r);
    fix_detach_after_stored_status(c, rep, r);
    if (!many)
        fix_join_beside_detach(c, rep, r, exit);
    else
        fix_join_loop_before_exit(c, rep, r, exit, false);
}

static void report_overwrite(tl_ctx *c, int i, const tl_event *ev) {
    tl_res *r = tl_ctx_res(c, i);
    const char *h = r->handle_text ? r->handle_text : tl_place_c_name(tl_ctx_func(c), r->place);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    const char *msg = tl_arena_printf(
        arena(c), "thread '%s' running '%s' is neither joined nor detached before '%s' is overwritten",
        h, routine_of(r), h);
    tl_report *rep = tl_ctx_report(c, TL_RULE_THREAD_LEAK, r->origin, origin ? origin->loc : ev->loc,
                                   msg);
    tl_report_path(rep, r);
    tl_report_note(rep, TL_NOTE_EXIT, ev->loc,
                   tl_arena_printf(arena(c), "'%s' is overwritten here while still joinable", h));
    runs_forever(c, rep, r);
    if (!tl_place_is_collective(tl_ctx_func(c), r->place))
        fix_detach_after_success(c, rep, r);
    fix_detach_after_create(c, rep, r);
}

/* ---- events ------------------------------------------------------------------ */

/* A detachstate argument as written: PTHREAD_CREATE_DETACHED, or 1 (glibc
 * and musl both spell PTHREAD_CREATE_DETACHED as 1). */
static bool spelled_detached(const tl_operand *v) {
    return (v->text && strstr(v->text, "DETACHED")) ||
           (!v->text && v->kind == TL_OPD_CONST && v->ival == 1);
}

static bool detach_state_is_detached(tl_ctx *c, const tl_operand *v) {
    long long value;
    return spelled_detached(v) || (!v->text && tl_ctx_const_value(c, v, &value) && value == 1);
}

/* An attribute in global storage that this function leaves alone (tor's
 * static `attr_detached`): detached when the file sets it detached (in an
 * init function, say) and never sets it, or an attribute reached through a
 * pointer that might be it, joinable. */
static bool global_attr_detached(tl_ctx *c, int place) {
    const tl_tu *tu = tl_ctx_tu(c);
    const tl_func *here = tl_ctx_func(c);
    if (!tl_place_is_global_storage(here, place))
        return false;
    bool detached = false;
    tl_func_walk w;
    for (const tl_func *f = tl_func_walk_begin(&w, tu); f; f = tl_func_walk_next(&w)) {
        for (int b = 0; b < f->nblocks; b++)
            for (int e = 0; e < f->blocks[b].nevents; e++) {
                const tl_event *ev = &f->blocks[b].events[e];
                const thread_api *api = ev->kind == TL_EV_CALL ? api_of(ev->callee) : NULL;
                if (!api || (api->role != ROLE_ATTR_SETDETACH && api->role != ROLE_ATTR_RESET) ||
                    ev->nargs < 1)
                    continue;
                const tl_operand *a = &ev->args[0];
                bool ours = a->kind == TL_OPD_ADDR && tl_same_global(f, a->place, here, place);
                if (ours && f == here) {
                    tl_func_walk_end(&w);
                    return false; /* set or reset on the path: the path knows */
                }
                if (api->role == ROLE_ATTR_RESET)
                    continue;
                bool det = ev->nargs > 1 && spelled_detached(&ev->args[1]);
                if (!det && (ours || a->kind != TL_OPD_ADDR)) {
                    tl_func_walk_end(&w);
                    return false;
                }
                detached = detached || (ours && det);
            }
    }
    return detached;
}

static bool attr_says_detached(tl_ctx *c, const tl_operand *attr) {
    if (attr->kind != TL_OPD_ADDR)
        return false;
    int i = tl_ctx_find(c, attr->place);
    if (i >= 0)
        return tl_ctx_res(c, i)->st == T_ATTR_DETACHED;
    return global_attr_detached(c, attr->place);
}

/* A thread now runs with its handle in `place`; `status`, when given, is
 * the API whose result at `ev` says whether it really does. */
static void acquire(tl_ctx *c, int place, const tl_event *ev, const char *routine,
                    const char *handle_text, bool detached, unsigned flags,
                    const thread_api *status) {
    const tl_func *f = tl_ctx_func(c);
    bool many = tl_place_is_collective(f, place);
    int i = tl_ctx_find(c, place);
    if (i >= 0) {
        tl_res *old = tl_ctx_res(c, i);
        if (old->st == T_CREATED && many) { /* more threads in the same array */
            old->flags |= TF_MORE;
            if (status && ev->result_temp >= 0) { /* this element's status */
                tl_operand res = tl_opd_temp(ev->result_temp, ev->callee, NULL);
                tl_ctx_bind_status(c, i, &res, status->success);
            }
            return;
        }
        if (old->st == T_CREATED && !old->release_failed && tl_ctx_place_dies_here(c, place) &&
            !held_elsewhere(c, old, false))
            report_overwrite(c, i, ev);
    }
    i = tl_ctx_add(c, place, detached ? T_CREATED_DETACHED : T_CREATED);
    tl_res *r = tl_ctx_res(c, i);
    r->flags = flags;
    r->label = routine;
    r->handle_text = handle_text;
    r->aux_event = 0; /* a new thread: no copies yet */
    r->entered = r->jumped = 0;
    tl_res_unbind(r);
    tl_ctx_set_origin(c, i);
    if (!many) /* `if (tid) pthread_join(tid, NULL)`: a thread's ID is never 0 */
        tl_ctx_assume_value(c, place, 1, TL_INF_HI);
    if (status && ev->result_temp >= 0) {
        tl_operand res = tl_opd_temp(ev->result_temp, ev->callee, NULL);
        tl_ctx_bind_status(c, i, &res, status->success);
    }
}

static void on_create(tl_ctx *c, const tl_event *ev, const thread_api *api) {
    const thread_family *fam = api->family;
    if (ev->nargs <= fam->routine_arg)
        return;
    int place = tl_place_through(tl_ctx_func_mut(c), &ev->args[0], TL_SEL_DEREF, NULL);
    const tl_operand *arg = ev->nargs > fam->arg_arg ? &ev->args[fam->arg_arg] : NULL;
    if (arg && (arg->kind == TL_OPD_ADDR || arg->kind == TL_OPD_PLACE))
        tl_ctx_escape(c, arg->place, ev->loc); /* the new thread shares it */
    if (place < 0)
        return;
    const tl_operand *fn = &ev->args[fam->routine_arg];
    const char *routine = fn->kind == TL_OPD_FUNC ? fn->name : fn->text;
    /* a wrapper's `fn` parameter: name it "@<index>" so callers can put
     * their own start routine in (see on_summary) */
    const tl_func *f = tl_ctx_func(c);
    if (fn->kind == TL_OPD_PLACE && f->places[fn->place].sel == TL_SEL_BASE &&
        f->vars[f->places[fn->place].var].kind == TL_VAR_PARAM)
        routine = tl_arena_printf(arena(c), "@%d", f->vars[f->places[fn->place].var].param_index);
    bool self = fn->kind == TL_OPD_FUNC && routine_detaches_itself(c, routine);
    bool detached = self || (fam->attr_arg >= 0 && attr_says_detached(c, &ev->args[fam->attr_arg]));
    unsigned flags = (self ? TF_SELF_DETACH : 0) | (fam == &c11 ? TF_C11 : 0);
    if (!(ev->call_flags & TL_CALL_CANNOT_FAIL) && !tl_ctx_result_examined(c, ev))
        flags |= TF_UNCHECKED;
    acquire(c, place, ev, routine, handle_spelling(c, &ev->args[0], place), detached, flags, api);
}

static const char *verb(release_kind k) { return k == RELEASE_JOIN ? "joined" : "detached"; }

/* A join or detach that is wrong on every path reaching it (observed
 * with state obs_st for `place`; place -1: whatever the path) can be
 * deleted when `removable`: the call either fails or is undefined there. */
static tl_report *misuse(tl_ctx *c, const tl_event *ev, const tl_res *r, const char *msg,
                         bool removable, int place, int obs_st) {
    /* every use after a failed acquisition has that one cause */
    int key = r && r->st == T_FAILED ? tl_ctx_cause_key(c, r) : tl_ctx_event_index(c);
    tl_report *rep = tl_ctx_report(c, TL_RULE_JOIN_MISUSE, key, ev->loc, msg);
    if (r)
        tl_report_path(rep, r);
    if (removable)
        tl_report_fixit_remove_call(rep, ev, place < 0 ? TL_OBS_ALWAYS : tl_ctx_event_index(c),
                                    place, obs_st);
    return rep;
}

/* A join of a thread whose create nobody checked (haproxy's
 * preload_libgcc_s): when the create failed, the handle was never written.
 * A note, once per create: a design choice worth a look. */
static void report_unchecked_join(tl_ctx *c, const tl_event *ev, const tl_res *r, const char *h) {
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_JOIN_MISUSE, tl_ctx_cause_key(c, r), ev->loc,
        tl_arena_printf(arena(c), "the create's result is not checked; if it failed, '%s' is joined uninitialised",
                        h));
    tl_report_severity(rep, TL_SEV_NOTE);
    tl_report_about(rep, r);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    if (origin)
        tl_report_note(rep, TL_NOTE_EVENT, origin->loc,
                       tl_arena_printf(arena(c), "'%s' is created here; nothing tests what %s returns",
                                       h, origin->callee));
}

/* pthread_join / pthread_detach of the handle in `place`, directly or by a
 * callee (`via`); `c11` (TF_C11 or 0) names the API family doing it;
 * `status`, for a direct call, is the API whose result says whether the
 * release happened. */
static void release(tl_ctx *c, int place, const tl_event *ev, release_kind kind,
                    const char *spelled, const char *via, unsigned c11_flag,
                    const thread_api *status) {
    const char *what = via ? tl_arena_printf(arena(c), " (by '%s')", via) : "";
    int i = tl_ctx_find(c, place);
    const char *h = spelled;
    if (i < 0 && tl_ctx_reporting(c))
        tl_ctx_observe(c, tl_ctx_event_index(c), place, 0); /* nothing tracked here */
    if (i < 0) {
        if (tl_ctx_place_dies_here(c, place) && !tl_ctx_place_touched(c, place) &&
            !tl_place_is_collective(tl_ctx_func(c), place)) {
            misuse(c, ev, NULL,
                   tl_arena_printf(arena(c), "'%s' is %s%s but no thread was ever created in it", h,
                                   verb(kind), what),
                   !via, place, 0);
            return;
        }
        i = tl_ctx_add(c, place, kind == RELEASE_JOIN ? T_JOINED : T_DETACHED);
        tl_ctx_res(c, i)->flags = TF_INCOMING | c11_flag;
        tl_ctx_res(c, i)->handle_text = h;
        tl_ctx_set_origin(c, i);
        if (status) /* where it failed, the handle is as unknown as before */
            tl_ctx_bind_release(c, i, ev, status->success, T_ESCAPED);
        const char *note[] = {"'", h, "' ", verb(kind), " here", what, NULL};
        tl_ctx_note_parts(c, place, ev->loc, note);
        return;
    }
    tl_res *r = tl_ctx_res(c, i);
    if (r->handle_text)
        h = r->handle_text;
    tl_ctx_observe(c, tl_ctx_event_index(c), place, r->st);
    bool many = one_of_many(c, r);
    switch (r->st) {
    case T_CREATED:
        if (kind == RELEASE_JOIN && (r->flags & TF_UNCHECKED) && !many)
            report_unchecked_join(c, ev, r, h);
        r->st = kind == RELEASE_JOIN ? T_JOINED : T_DETACHED;
        tl_res_unbind(r);
        if (status)
            tl_ctx_bind_release(c, i, ev, status->success, T_CREATED);
        const char *note[] = {"'", h, "' ", verb(kind), " here", what, NULL};
        tl_ctx_note_parts(c, place, ev->loc, note);
        sync_copies(c, i, ev->loc, note);
        break;
    case T_FAILED:
    { /* the join is wrong only where the create failed: guard it */
        tl_report *rep = misuse(c, ev, r,
                                tl_arena_printf(arena(c), "'%s' is %s%s but its %s failed", h,
                                                verb(kind), what, family_of(r)->create),
                                !via, place, r->st);
        if (!via)
            fix_guard_with_status(c, rep, r, place);
        break;
    }
    case T_JOINED:
    case T_DETACHED:
        if (many)
            break;
        misuse(c, ev, r,
               tl_arena_printf(arena(c), "thread '%s' is %s%s after it was already %s", h,
                               verb(kind), what, verb(r->st == T_JOINED ? RELEASE_JOIN : RELEASE_DETACH)),
               !via, place, r->st); /* removing a helper's call would remove more than the join */
        break;
    case T_CREATED_DETACHED: {
        /* a routine that detaches itself on some paths only still needs
         * the creator's release on the others */
        bool removable = !via && (!(r->flags & TF_SELF_DETACH) ||
                                  (r->label && detaches_caller(tl_ctx_tu(c), arena(c),
                                                               tl_tu_find_func(tl_ctx_tu(c), r->label),
                                                               -1, SELF_DETACH_DEPTH, true)));
        if (kind == RELEASE_JOIN)
            misuse(c, ev, r,
                   tl_arena_printf(arena(c), "thread '%s' is joined%s but %s", h, what,
                                   (r->flags & TF_SELF_DETACH)
                                       ? tl_arena_printf(arena(c), "'%s' detaches itself", routine_of(r))
                                       : "it was created detached"),
                   removable, place, r->st);
        else
            misuse(c, ev, r,
                   tl_arena_printf(arena(c), "thread '%s' is detached%s but %s", h, what,
                                   (r->flags & TF_SELF_DETACH)
                                       ? tl_arena_printf(arena(c), "'%s' detaches itself", routine_of(r))
                                       : "it was created detached"),
                   removable, place, r->st);
        break;
    }
    default:
        break;
    }
}

static void on_release(tl_ctx *c, const tl_event *ev, const thread_api *api) {
    if (ev->nargs < 1)
        return;
    const thread_family *fam = api->family;
    release_kind kind = api->role == ROLE_JOIN ? RELEASE_JOIN : RELEASE_DETACH;
    const tl_operand *h = &ev->args[0];
    if (kind == RELEASE_JOIN && h->kind == TL_OPD_TEMP && is(h->name, fam->self)) {
        misuse(c, ev, NULL,
               tl_arena_printf(arena(c), "%s(%s(), ...) joins the calling thread: it deadlocks",
                               fam->join, fam->self),
               true, -1, 0);
        return;
    }
    int place = h->kind == TL_OPD_TEMP && is(h->name, fam->self) ? caller_place(c, fam) : value_place(h);
    if (place >= 0)
        release(c, place, ev, kind, h->text ? h->text : tl_place_c_name(tl_ctx_func(c), place), NULL,
                fam == &c11 ? TF_C11 : 0, api);
}

static void on_call(tl_ctx *c, const tl_event *ev) {
    const thread_api *api = api_of(ev->callee);
    if (!api)
        return;
    if (api->role == ROLE_CREATE) {
        on_create(c, ev, api);
    } else if (api->role == ROLE_JOIN || api->role == ROLE_DETACH) {
        on_release(c, ev, api);
    } else if (api->role == ROLE_CANCEL) {
        int place = ev->nargs ? value_place(&ev->args[0]) : -1;
        int i = place >= 0 ? tl_ctx_find(c, place) : -1;
        if (i >= 0)
            tl_ctx_res(c, i)->flags |= TF_CANCELLED;
        if (i >= 0 && tl_ctx_res(c, i)->st == T_CREATED)
            tl_ctx_note(c, place, ev->loc,
                        "cancelled here; a cancelled thread must still be joined or detached");
    } else if (api->role == ROLE_ATTR_SETDETACH && ev->nargs == 2 &&
               ev->args[0].kind == TL_OPD_ADDR) {
        int place = ev->args[0].place;
        if (detach_state_is_detached(c, &ev->args[1])) {
            tl_ctx_add(c, place, T_ATTR_DETACHED);
        } else {
            int i = tl_ctx_find(c, place);
            if (i >= 0)
                tl_ctx_remove(c, i);
        }
    } else if (api->role == ROLE_ATTR_RESET) {
        int i = ev->nargs && ev->args[0].kind == TL_OPD_ADDR ? tl_ctx_find(c, ev->args[0].place) : -1;
        if (i >= 0)
            tl_ctx_remove(c, i);
    } else if (api->role == ROLE_TRYJOIN) {
        /* tryjoin/timedjoin may leave the thread joinable: ownership unclear */
        int place = ev->nargs ? value_place(&ev->args[0]) : -1;
        if (place >= 0)
            tl_ctx_escape(c, place, ev->loc);
    }
}

static void on_status(tl_ctx *c, int i, bool success) {
    tl_res *r = tl_ctx_res(c, i);
    bool more = r->flags & TF_MORE;
    r->flags &= ~TF_MORE; /* it only tells what the latest create's failure leaves */
    int entered = tl_ctx_decided_block(c);
    if (success && r->st == T_CREATED && entered >= 0 && tl_ctx_reporting(c) &&
        !tl_place_is_collective(tl_ctx_func(c), r->place)) {
        r->entered = 1 + entered; /* where a detach may go (fix_detach_after_success) */
        tl_ctx_observe(c, tl_ctx_block_key(c, entered), r->place, r->st);
    }
    if (success || (r->st != T_CREATED && r->st != T_CREATED_DETACHED))
        return;
    tl_ctx_forget_value(c, r->place);
    if (!tl_place_is_collective(tl_ctx_func(c), r->place))
        r->st = T_FAILED;
    else if (!more || tl_ctx_status_of_element(c, r))
        tl_ctx_remove(c, i); /* no thread yet, or a later loop skips this element */
    /* else the latest create failed, those before it still run */
}

static void on_escape(tl_ctx *c, int i, const tl_loc *where) {
    tl_res *r = tl_ctx_res(c, i);
    if (r->st != T_ATTR_DETACHED) {
        r->st = T_ESCAPED;
        sync_copies(c, i, *where, NULL);
    }
}

static void on_overwrite(tl_ctx *c, int i, const tl_event *ev) {
    tl_res *r = tl_ctx_res(c, i);
    if (r->st == T_ATTR_DETACHED)
        return;
    bool many = tl_place_is_collective(tl_ctx_func(c), r->place);
    if (many && ev->src.kind == TL_OPD_PLACE && tl_ctx_find(c, ev->src.place) >= 0)
        return; /* th[i] = t: one more thread in the array (on_copy) */
    if (r->st == T_CREATED && !r->release_failed && !many && tl_ctx_place_dies_here(c, r->place) &&
        ev->src.kind == TL_OPD_CONST && !held_elsewhere(c, r, false))
        report_overwrite(c, i, ev);
    tl_ctx_remove(c, i);
}

/* A written jump: remembered as the latest on the path while the thread
 * runs, for a join before it (fix_join_before_jump). */
static void on_jump(tl_ctx *c, int i, const tl_event *jump, bool leaves_scope) {
    (void)jump;
    (void)leaves_scope; /* the join goes before the jump, where the handle is in scope */
    tl_res *r = tl_ctx_res(c, i);
    if (!tl_ctx_reporting(c) || r->st == T_ATTR_DETACHED)
        return;
    if (r->jumped) /* the earlier jump is not the last before the exit */
        tl_ctx_observe(c, tl_ctx_after_jump_key(c, r->jumped - 1), r->place, -1);
    tl_ctx_observe(c, tl_ctx_event_index(c), r->place, r->st);
    r->jumped = r->st == T_CREATED ? 1 + tl_ctx_event_index(c) : 0;
}

/* At an exit, what the flag that guards the thread's join says there, for
 * a path whose thread is in state `st` (FLAG_SAYS_*, observed on the
 * flag's place): `if (flag) join` before that exit joins exactly the
 * threads still joinable when the flag is set with one and clear
 * otherwise. */
static void observe_flag(tl_ctx *c, const tl_res *r, const tl_block *exit, int st) {
    int flag = flag_guard(tl_ctx_func(c), r->place);
    if (flag < 0)
        return;
    long long v;
    tl_operand o = tl_opd_place(flag, NULL);
    bool known = tl_ctx_const_value(c, &o, &v);
    int says = known && st == T_CREATED && v != 0 ? FLAG_SAYS_CREATED
               : known && v == 0 && st != T_CREATED ? FLAG_SAYS_NONE
                                                    : FLAG_SAYS_UNKNOWN;
    tl_ctx_observe(c, tl_ctx_exit_key(exit), flag, says);
}

static void on_function_exit(tl_ctx *c, int i, const tl_block *exit) {
    tl_res *r = tl_ctx_res(c, i);
    if (r->st == T_ATTR_DETACHED)
        return;
    bool leaks = r->st == T_CREATED && !r->release_failed && tl_ctx_place_dies_here(c, r->place) &&
                 !held_elsewhere(c, r, true);
    if (tl_ctx_reporting(c)) {
        /* fix-its release only where every path leaks */
        int seen = r->st == T_CREATED && !leaks ? T_OBS_HELD : r->st;
        tl_ctx_observe(c, tl_ctx_exit_key(exit), r->place, seen);
        if (r->jumped)
            tl_ctx_observe(c, tl_ctx_after_jump_key(c, r->jumped - 1), r->place, seen);
        observe_flag(c, r, exit, seen);
    }
    if (leaks)
        report_leak_at_exit(c, i, exit);
}

static void on_summary(tl_ctx *c, int place, const tl_res *callee, const tl_event *call) {
    const char *spelled = NULL;
    for (int a = 0; a < call->nargs; a++)
        if ((call->args[a].kind == TL_OPD_ADDR || call->args[a].kind == TL_OPD_PLACE) &&
            tl_place_is_under(tl_ctx_func(c), place, call->args[a].place))
            spelled = call->args[a].kind == TL_OPD_ADDR && call->args[a].place == place
                          ? handle_spelling(c, &call->args[a], place)
                          : NULL;
    if (!spelled)
        spelled = tl_place_c_name(tl_ctx_func(c), place);
    const char *routine = callee->label;
    int param;
    if (routine && sscanf(routine, "@%d", &param) == 1) /* the caller's routine */
        routine = param < call->nargs && call->args[param].kind == TL_OPD_FUNC
                      ? call->args[param].name
                      : param < call->nargs ? call->args[param].text : NULL;
    if (callee->release_failed) { /* its release failed in there: the caller's to judge */
        tl_ctx_escape(c, place, call->loc);
        return;
    }
    switch (callee->st) {
    case T_CREATED:
    case T_CREATED_DETACHED:
        acquire(c, place, call, routine, spelled, callee->st == T_CREATED_DETACHED,
                callee->flags & (TF_SELF_DETACH | TF_C11), NULL);
        break;
    case T_FAILED: { /* no thread: a later join is a misuse */
        int i = tl_ctx_add(c, place, T_FAILED);
        tl_ctx_res(c, i)->flags = callee->flags & TF_C11;
        tl_ctx_res(c, i)->handle_text = spelled;
        tl_ctx_res(c, i)->label = routine;
        tl_ctx_set_origin(c, i);
        tl_ctx_note(c, place, call->loc,
                    tl_arena_printf(arena(c), "'%s' fails here: no thread was created in '%s'",
                                    call->callee, spelled));
        break;
    }
    case T_JOINED:
        release(c, place, call, RELEASE_JOIN, spelled, call->callee, callee->flags & TF_C11, NULL);
        break;
    case T_DETACHED:
        release(c, place, call, RELEASE_DETACH, spelled, call->callee, callee->flags & TF_C11, NULL);
        break;
    case T_ESCAPED:
        tl_ctx_escape(c, place, call->loc);
        break;
    default:
        break;
    }
}

/* ---- queries of other modules (thread_query.h) ------------------------------ */

bool tl_thread_may_run(const tl_ctx *c, int handle_place, int create_event) {
    const tl_res *r = tl_ctx_peek(c, TL_MODULE_ID_thread, handle_place);
    return r && r->origin == create_event && !r->release_failed &&
           (r->st == T_CREATED || r->st == T_CREATED_DETACHED || r->st == T_DETACHED);
}

bool tl_thread_leaks_here(const tl_ctx *c, int handle_place) {
    const tl_res *r = tl_ctx_peek(c, TL_MODULE_ID_thread, handle_place);
    return r && r->st == T_CREATED && !r->release_failed && tl_ctx_place_dies_here(c, handle_place);
}

/* Created and joinable: what a join there repairs (T_OBS_HELD at an exit
 * whose handle outlives the function). */
static const unsigned joinable = (1u << T_CREATED) | (1u << T_OBS_HELD);

void tl_thread_fixit_join_before_exit(tl_ctx *c, tl_report *rep, int handle_place,
                                      const tl_block *exit) {
    const tl_res *r = tl_ctx_peek(c, TL_MODULE_ID_thread, handle_place);
    const char *stmt = rep && r && r->st == T_CREATED
                           ? join_stmt_at(c, r, exit->term_loc, exit->term_stmt_flags)
                           : NULL;
    if (stmt)
        tl_report_fixit_before_exit_in(rep, exit, stmt, handle_place, joinable);
}

void tl_thread_observe(tl_ctx *c, int handle_place) {
    const tl_res *r = tl_ctx_peek(c, TL_MODULE_ID_thread, handle_place);
    int st = !r || r->release_failed ? 0 : r->st == T_CREATED ? T_OBS_HELD : r->st;
    tl_ctx_observe(c, tl_ctx_event_index(c), handle_place, st);
}

static bool block_hands_handle(const tl_func *f, int block, void *place) {
    for (int e = 0; e < f->blocks[block].nevents; e++)
        if (hands_handle(f, &f->blocks[block].events[e], *(int *)place))
            return true;
    return false;
}

/* May a call after the event at flat index `index` (later in its block, or
 * in a block control reaches from there) hand over the handle? */
static bool handed_after(const tl_func *f, int index, int place) {
    int block;
    const tl_event *ev = tl_func_event_at(f, index, &block);
    const tl_block *bl = &f->blocks[block];
    for (const tl_event *later = ev + 1; later < bl->events + bl->nevents; later++)
        if (hands_handle(f, later, place))
            return true;
    return tl_func_reaches(f, block, block_hands_handle, &place) ||
           (tl_func_reaches(f, block, tl_block_is, &block) &&
            block_hands_handle(f, block, &place));
}

/* `destroy(&x); pthread_join(t, NULL);`: the join moved above the
 * destroy, when it is the very next event, in the same braces, and can be
 * deleted without changing anything else (tl_call_removable). */
static bool fix_move_join_up(tl_ctx *c, tl_report *rep, const tl_res *r, const tl_event *ev) {
    const tl_func *f = tl_ctx_func(c);
    int index = tl_ctx_event_index(c), block;
    tl_func_event_at(f, index, &block);
    const tl_block *bl = &f->blocks[block];
    const tl_event *join = ev + 1 < bl->events + bl->nevents ? ev + 1 : NULL;
    if (!join || !releases_as(join, r->place, false) || !tl_call_removable(f, join, 0) ||
        (ev->stmt_flags & (TL_STMT_IN_MACRO | TL_STMT_IN_COMPOUND)) != TL_STMT_IN_COMPOUND ||
        ev->stmt_range.end.file != join->stmt_range.begin.file ||
        ev->stmt_range.end.offset > join->stmt_range.begin.offset ||
        tl_func_scope_at(f, ev->loc) != tl_func_scope_at(f, join->loc))
        return false;
    const char *stmt = join_stmt_at(c, r, ev->loc, ev->stmt_flags);
    if (!stmt)
        return false;
    tl_report_fixit(rep, join->stmt_range, "", index, r->place, T_OBS_HELD);
    tl_report_fixit_before_stmt(rep, ev->stmt_range, ev->stmt_flags, stmt, index, r->place,
                                T_OBS_HELD);
    return true;
}

void tl_thread_fixit_join_before(tl_ctx *c, tl_report *rep, int handle_place,
                                 const tl_event *ev) {
    const tl_res *r = tl_ctx_peek(c, TL_MODULE_ID_thread, handle_place);
    if (!rep || !r || r->st != T_CREATED || !(ev->stmt_flags & TL_STMT_IS_EXPR_STMT) ||
        fix_move_join_up(c, rep, r, ev))
        return;
    /* A join inserted here must be the only one on the way: none may follow,
     * and a handle that dies with the function would make ThreadLeak offer
     * its own before the return. */
    const tl_func *f = tl_ctx_func(c);
    if (tl_place_is_local_storage(f, handle_place) ||
        handed_after(f, tl_ctx_event_index(c), handle_place))
        return;
    const char *stmt = join_stmt_at(c, r, ev->loc, ev->stmt_flags);
    if (stmt)
        tl_report_fixit_before_stmt(rep, ev->stmt_range, ev->stmt_flags, stmt,
                                    tl_ctx_event_index(c), handle_place, T_OBS_HELD);
}

bool tl_thread_detached(const tl_ctx *c, int handle_place) {
    const tl_res *r = tl_ctx_peek(c, TL_MODULE_ID_thread, handle_place);
    return r && (r->st == T_CREATED_DETACHED || r->st == T_DETACHED);
}

const tl_module tl_module_thread = {
    .name = "thread",
    .apis = thread_apis,
    .on_call = on_call,
    .on_status = on_status,
    .on_escape = on_escape,
    .on_copy = on_copy,
    .on_overwrite = on_overwrite,
    .on_jump = on_jump,
    .on_exit = on_function_exit,
    .on_summary = on_summary,
};

const tl_create_api *tl_create_api_of(const char *callee) {
    static const tl_create_api creates[] = {{"pthread_create", 2, 3}, {"thrd_create", 1, 2}};
    for (size_t i = 0; callee && i < sizeof creates / sizeof creates[0]; i++)
        if (strcmp(creates[i].name, callee) == 0)
            return &creates[i];
    return NULL;
}

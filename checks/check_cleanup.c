/* pthread.CleanupMisuse: a pthread_cleanup_push region is left only
 * through its pthread_cleanup_pop.
 *
 *               push                       pop
 *   (none) ─────────────▶ OPEN ───────────────────────▶ (none)
 *                          │ return, goto out, break/continue out,
 *                          │ longjmp, or a break/continue that binds
 *                          ▼ to the loop hidden in the push macro
 *                     CleanupMisuse (then LEFT: reported once)
 *
 * push and pop are macros that open and close braces.  What the compiler
 * sees is a registration call on a frame the macro declares: glibc's
 * __pthread_register_cancel(&__cancel_buf) / __pthread_unregister_cancel,
 * musl's _pthread_cleanup_push(&__cb, f, x) / _pthread_cleanup_pop(&__cb, r).
 * The frame's place carries the region.  Leaving the region without the
 * pop leaves the frame registered after its storage died: a later
 * cancellation or pthread_exit runs through a dead stack frame.
 * pthread_exit inside the region is correct (the handler runs); so is
 * falling through to the pop.  No fix-it: a pop anywhere but at the end
 * of the region closes braces the push opened and would not compile. */
#include <stdbool.h>
#include <string.h>

#include "engine.h"
#include "module.h"

enum cleanup_state {
    C_OPEN = 1,
    C_LEFT, /* already reported at the statement that left */
};

static const char *const pushes[] = {
    "__pthread_register_cancel", "__pthread_register_cancel_defer", "_pthread_cleanup_push",
    "_pthread_cleanup_push_defer", NULL,
};
static const char *const pops[] = {
    "__pthread_unregister_cancel", "__pthread_unregister_cancel_restore",
    "_pthread_cleanup_pop", "_pthread_cleanup_pop_restore", NULL,
};
static const char *const long_jumps[] = {
    "longjmp", "_longjmp", "siglongjmp", "__longjmp_chk", NULL,
};

/* The registration functions, the jumps that skip a pop, and the macro
 * names themselves: a function that uses the macros must be lowered even
 * though its source never spells the registration functions. */
static const char *const cleanup_apis[] = {
    "__pthread_register_cancel", "__pthread_register_cancel_defer", "_pthread_cleanup_push",
    "_pthread_cleanup_push_defer", "__pthread_unregister_cancel",
    "__pthread_unregister_cancel_restore", "_pthread_cleanup_pop",
    "_pthread_cleanup_pop_restore", "longjmp", "_longjmp", "siglongjmp", "__longjmp_chk",
    "pthread_cleanup_push", "pthread_cleanup_pop", "pthread_cleanup_push_defer_np",
    "pthread_cleanup_pop_restore_np", NULL,
};

static bool listed(const char *const *names, const char *fn) {
    for (; fn && *names; names++)
        if (strcmp(*names, fn) == 0)
            return true;
    return false;
}

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

/* The frame a registration call names: its first argument, &frame. */
static int frame_place(const tl_event *ev) {
    if (ev->nargs < 1 || ev->args[0].kind != TL_OPD_ADDR)
        return -1;
    return ev->args[0].place;
}

static void note_push(tl_report *rep, tl_ctx *c, const tl_res *r) {
    const tl_event *push = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    if (push)
        tl_report_note(rep, TL_NOTE_EVENT, push->loc, "cleanup handler pushed here");
}

/* One finding per leaving statement (`key`: its event, or the exit). */
static void report_left(tl_ctx *c, int i, int key, tl_loc where, const char *msg) {
    tl_res *r = tl_ctx_res(c, i);
    tl_report *rep = tl_ctx_report(c, TL_RULE_CLEANUP_MISUSE, key, where, msg);
    note_push(rep, c, r);
    tl_report_path(rep, r);
    r->st = C_LEFT;
}

static void long_jump(tl_ctx *c, const tl_event *ev) {
    for (int i = tl_ctx_next(c, -1); i >= 0; i = tl_ctx_next(c, i)) {
        if (tl_ctx_res(c, i)->st == C_OPEN)
            report_left(c, i, tl_ctx_event_index(c), ev->loc,
                        tl_arena_printf(arena(c),
                                        "'%s' leaves a pthread_cleanup_push region without "
                                        "pthread_cleanup_pop; the handler stays registered "
                                        "on a dead stack frame",
                                        ev->callee));
    }
}

static void on_call(tl_ctx *c, const tl_event *ev) {
    if (listed(long_jumps, ev->callee)) {
        long_jump(c, ev);
        return;
    }
    int place = frame_place(ev);
    if (place < 0)
        return; /* the macros themselves, should a libc make them functions */
    int i = tl_ctx_find(c, place);
    if (listed(pushes, ev->callee)) {
        i = tl_ctx_add(c, place, C_OPEN);
        tl_res *r = tl_ctx_res(c, i);
        r->flags = 0;
        r->label = NULL;
        r->handle_text = NULL;
        tl_res_unbind(r);
        tl_ctx_set_origin(c, i);
    } else if (listed(pops, ev->callee) && i >= 0) {
        tl_ctx_remove(c, i);
    }
}

static const char *jump_word(const tl_event *ev) {
    return ev->jump == TL_JUMP_BREAK ? "break" : ev->jump == TL_JUMP_CONTINUE ? "continue" : "goto";
}

static void on_jump(tl_ctx *c, int i, const tl_event *ev, bool leaves_scope) {
    tl_res *r = tl_ctx_res(c, i);
    if (r->st != C_OPEN)
        return;
    const char *word = jump_word(ev);
    if (ev->jump_flags & TL_JUMP_INTO_MACRO_LOOP)
        report_left(c, i, tl_ctx_event_index(c), ev->loc,
                    tl_arena_printf(arena(c),
                                    "'%s' binds to the do/while hidden in pthread_cleanup_push, "
                                    "not to an enclosing loop or switch",
                                    word));
    else if (leaves_scope)
        report_left(c, i, tl_ctx_event_index(c), ev->loc,
                    tl_arena_printf(arena(c),
                                    "'%s' leaves a pthread_cleanup_push region without "
                                    "pthread_cleanup_pop; the handler stays registered on a "
                                    "dead stack frame",
                                    word));
}

static void on_escape(tl_ctx *c, int i, const tl_loc *where) {
    (void)where;
    tl_ctx_remove(c, i); /* someone else unregisters the frame */
}

static void on_overwrite(tl_ctx *c, int i, const tl_event *ev) {
    (void)ev;
    tl_ctx_remove(c, i);
}

/* A return leaves every open region at once: one finding, a note for
 * each push. */
static void on_function_exit(tl_ctx *c, int i, const tl_block *exit) {
    if (tl_ctx_res(c, i)->st != C_OPEN || !tl_ctx_reporting(c))
        return;
    bool implicit = exit->term_stmt_flags & TL_RET_IMPLICIT;
    const char *msg = implicit ? "the function ends inside a pthread_cleanup_push region without "
                                 "pthread_cleanup_pop"
                               : "'return' leaves a pthread_cleanup_push region without "
                                 "pthread_cleanup_pop; the handler stays registered on a dead "
                                 "stack frame";
    tl_report *rep = tl_ctx_report(c, TL_RULE_CLEANUP_MISUSE, tl_ctx_exit_key(exit),
                                   exit->term_loc, msg);
    for (int j = tl_ctx_next(c, -1); j >= 0; j = tl_ctx_next(c, j))
        if (tl_ctx_res(c, j)->st == C_OPEN)
            note_push(rep, c, tl_ctx_res(c, j));
    tl_report_path(rep, tl_ctx_res(c, i));
    for (int j = tl_ctx_next(c, -1); j >= 0; j = tl_ctx_next(c, j))
        tl_ctx_res(c, j)->st = C_LEFT;
}

const tl_module tl_module_cleanup = {
    .name = "cleanup",
    .apis = cleanup_apis,
    .on_call = on_call,
    .on_escape = on_escape,
    .on_overwrite = on_overwrite,
    .on_jump = on_jump,
    .on_exit = on_function_exit,
};

/* pthread.CleanupMisuse: a pthread_cleanup_push region is left only
 * through its pthread_cleanup_pop, is entered only through its push, and
 * its pop sits in the block its push sits in.
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
 * falling through to the pop.  A pop anywhere but at the end of the
 * region closes braces the push opened and would not compile, so the only
 * fix-it moves a return that ends the region to after the pop
 * (fix_return_after_pop).
 *
 * Two mistakes are lexical, judged at the push from where the two macros
 * are invoked (the frame names the pair): a pop under an `if`, a loop or
 * in an inner block (glibc then pops always and ignores the condition;
 * musl pops only under it), and a `goto` from outside the region to a
 * label inside it, which skips the push so that the pop unregisters a
 * frame that was never registered.  A misplaced pop leaves the region
 * LEFT at once: on musl the paths that skip it would otherwise each be
 * reported again where they leave. */
#include <stdbool.h>
#include <string.h>

#include "engine.h"
#include "module.h"

enum cleanup_state {
    C_OPEN = 1,
    C_LEFT, /* already reported at the statement that left */
};

typedef enum cleanup_role { PUSH, POP, LONG_JUMP, MACRO } cleanup_role;

/* The one table of names.  The macro names themselves are listed so a
 * function using the macros is lowered even though its source never spells
 * the registration functions; as calls (a libc making them functions) they
 * carry no frame and are ignored. */
#define CLEANUP_API_TABLE(X)                                                        \
    X("__pthread_register_cancel", PUSH)                                            \
    X("__pthread_register_cancel_defer", PUSH)                                      \
    X("_pthread_cleanup_push", PUSH)                                                \
    X("_pthread_cleanup_push_defer", PUSH)                                          \
    X("__pthread_unregister_cancel", POP)                                           \
    X("__pthread_unregister_cancel_restore", POP)                                   \
    X("_pthread_cleanup_pop", POP)                                                  \
    X("_pthread_cleanup_pop_restore", POP)                                          \
    X("longjmp", LONG_JUMP)                                                         \
    X("_longjmp", LONG_JUMP)                                                        \
    X("siglongjmp", LONG_JUMP)                                                      \
    X("__longjmp_chk", LONG_JUMP)                                                   \
    X("pthread_cleanup_push", MACRO)                                                \
    X("pthread_cleanup_pop", MACRO)                                                 \
    X("pthread_cleanup_push_defer_np", MACRO)                                       \
    X("pthread_cleanup_pop_restore_np", MACRO)

static const struct {
    const char *name;
    cleanup_role role;
} api_table[] = {
#define CLEANUP_API_ENTRY(name, role) {name, role},
    CLEANUP_API_TABLE(CLEANUP_API_ENTRY)
#undef CLEANUP_API_ENTRY
};

static const char *const cleanup_apis[] = {
#define CLEANUP_API_NAME(name, role) name,
    CLEANUP_API_TABLE(CLEANUP_API_NAME)
#undef CLEANUP_API_NAME
    NULL,
};

/* The role of a call of one of cleanup_apis (the core calls on_call only
 * for those). */
static cleanup_role role_of(const char *fn) {
    for (size_t i = 0; fn && i < sizeof api_table / sizeof api_table[0]; i++)
        if (strcmp(api_table[i].name, fn) == 0)
            return api_table[i].role;
    return MACRO;
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

/* The pop of the region whose frame is `frame`, with its flat index. */
static const tl_event *pop_of(tl_ctx *c, int frame, int *index) {
    const tl_func *f = tl_ctx_func(c);
    for (int b = 0, flat = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++, flat++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind == TL_EV_CALL && role_of(ev->callee) == POP && frame_place(ev) == frame) {
                *index = flat;
                return ev;
            }
        }
    return NULL;
}

/* The pop is not in the block its push is in, as the user wrote them. */
static bool pop_misplaced(tl_ctx *c, int i, const tl_event *push, const tl_event *pop,
                          int pop_index) {
    const tl_func *f = tl_ctx_func(c);
    if (tl_func_scope_at(f, push->loc) == tl_func_scope_at(f, pop->loc))
        return false;
    tl_report *rep = tl_ctx_report(c, TL_RULE_CLEANUP_MISUSE, pop_index, pop->loc,
                                   "pthread_cleanup_pop is not in the same block as its "
                                   "pthread_cleanup_push; the two macros must pair at the "
                                   "same level of braces, not under an 'if' or a loop");
    note_push(rep, c, tl_ctx_res(c, i));
    return true;
}

/* Gotos from outside the region [push, pop] to a label inside it. */
static void gotos_into(tl_ctx *c, int i, const tl_event *push, const tl_event *pop) {
    const tl_func *f = tl_ctx_func(c);
    tl_range region = {push->loc, pop->loc};
    for (int b = 0, flat = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++, flat++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind != TL_EV_JUMP || ev->jump != TL_JUMP_GOTO ||
                tl_loc_within(ev->loc, region) || !tl_loc_within(ev->jump_target, region))
                continue;
            tl_report *rep = tl_ctx_report(c, TL_RULE_CLEANUP_MISUSE, flat, ev->loc,
                                           "'goto' jumps into a pthread_cleanup_push region "
                                           "past its push: pthread_cleanup_pop then unregisters "
                                           "a handler that was never registered");
            const tl_event *pushed = tl_ctx_event_at(c, tl_ctx_res(c, i)->origin);
            if (pushed)
                tl_report_note(rep, TL_NOTE_EVENT, pushed->loc,
                               "the pthread_cleanup_push that the goto skips");
        }
}

/* The lexical mistakes of the region just pushed (see the top). */
static void check_pairing(tl_ctx *c, int i, const tl_event *push) {
    if (!tl_ctx_reporting(c))
        return;
    int pop_index = -1;
    const tl_event *pop = pop_of(c, tl_ctx_res(c, i)->place, &pop_index);
    if (!pop || pop->loc.file != push->loc.file)
        return;
    gotos_into(c, i, push, pop);
    if (pop_misplaced(c, i, push, pop, pop_index))
        tl_ctx_res(c, i)->st = C_LEFT;
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
    cleanup_role role = role_of(ev->callee);
    if (role == LONG_JUMP) {
        long_jump(c, ev);
        return;
    }
    int place = frame_place(ev);
    if (role == MACRO || place < 0)
        return;
    if (role == PUSH) {
        int i = tl_ctx_add(c, place, C_OPEN);
        tl_res *r = tl_ctx_res(c, i);
        r->flags = 0;
        r->label = NULL;
        r->handle_text = NULL;
        tl_res_unbind(r);
        tl_ctx_set_origin(c, i);
        check_pairing(c, i, ev);
    } else {
        int i = tl_ctx_find(c, place);
        if (i >= 0)
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

/* Does any event take the address of variable `var`, or let it escape?
 * Then the handler the pop runs could change what it holds. */
static bool address_taken(const tl_func *f, int var) {
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind == TL_EV_ESCAPE && ev->dst_place >= 0 &&
                f->places[ev->dst_place].var == var)
                return true;
            if (ev->kind == TL_EV_ASSIGN && ev->src.kind == TL_OPD_ADDR &&
                f->places[ev->src.place].var == var)
                return true;
            for (int a = 0; ev->kind == TL_EV_CALL && a < ev->nargs; a++)
                if (ev->args[a].kind == TL_OPD_ADDR && f->places[ev->args[a].place].var == var)
                    return true;
        }
    return false;
}

/* Does the value the return gives stay the same when the pop (and the
 * handler it may run) comes first: none, a constant, or a local declared
 * before the push whose address nobody takes. */
static bool value_outside_region(const tl_func *f, const tl_operand *v, tl_loc push) {
    if (v->kind == TL_OPD_NONE || v->kind == TL_OPD_CONST)
        return true;
    if (v->kind != TL_OPD_PLACE || f->places[v->place].sel != TL_SEL_BASE)
        return false;
    int var = f->places[v->place].var;
    const tl_var *d = &f->vars[var];
    /* declared before the push: the region's brace does not end it */
    bool before = d->decl.file == push.file && d->decl.offset > 0 && d->decl.offset < push.offset;
    return d->kind != TL_VAR_GLOBAL && before && tl_loc_within(push, d->scope) &&
           !address_taken(f, var);
}

/* Is any event of the function written in [from, to)? */
static bool events_between(const tl_func *f, tl_loc from, tl_loc to) {
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            tl_loc at = f->blocks[b].events[e].loc;
            if (at.file == from.file && at.offset >= from.offset && at.offset < to.offset)
                return true;
        }
    return false;
}

/* The region's last statement is the return, right before the pop:
 * `return v; pthread_cleanup_pop(1);` becomes `pthread_cleanup_pop(1);
 * return v;`.  The pop closes braces the push opened, so it cannot move;
 * the return can, when the pop is in the return's own block, nothing but
 * blanks or comments lie between them, no path reaches the pop (no label
 * before it), and the value returned does not depend on the region. */
static void fix_return_after_pop(tl_ctx *c, tl_report *rep, const tl_res *r,
                                 const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    const tl_event *push = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    int pop_index = -1;
    const tl_event *pop = push ? pop_of(c, r->place, &pop_index) : NULL;
    tl_range ret = exit->term_stmt;
    if (!pop || (exit->term_stmt_flags & (TL_RET_IMPLICIT | TL_STMT_IN_MACRO)) ||
        !(exit->term_stmt_flags & TL_STMT_IN_COMPOUND) ||
        ret.end.offset <= ret.begin.offset || ret.begin.file != pop->loc.file ||
        pop->stmt_range.begin.offset != pop->loc.offset ||
        pop->stmt_range.end.offset <= pop->stmt_range.begin.offset ||
        ret.end.offset > pop->loc.offset ||
        tl_func_scope_at(f, ret.begin) != tl_func_scope_at(f, pop->loc) ||
        tl_func_scope_at(f, push->loc) != tl_func_scope_at(f, pop->loc) ||
        events_between(f, ret.end, pop->loc) ||
        !value_outside_region(f, &exit->retval, push->loc))
        return;
    /* out of the entry's reach: no label before the pop a goto lands on */
    int pop_block = tl_func_block_of_event(f, pop_index);
    if (tl_func_reaches(f, f->entry, tl_block_is, &pop_block))
        return;
    const char *value = exit->retval.kind == TL_OPD_NONE ? "" : exit->retval.text;
    if (!value || strstr(value, "..."))
        return;
    const char *moved = tl_arena_printf(arena(c), "\n%*sreturn%s%s;", (int)ret.begin.col - 1, "",
                                        *value ? " " : "", value);
    tl_report_fixit(rep, (tl_range){ret.begin, pop->loc}, "", TL_OBS_ALWAYS, -1, 0);
    tl_report_fixit(rep, (tl_range){pop->stmt_range.end, pop->stmt_range.end}, moved,
                    TL_OBS_ALWAYS, -1, 0);
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
    int open = 0;
    for (int j = tl_ctx_next(c, -1); j >= 0; j = tl_ctx_next(c, j))
        open += tl_ctx_res(c, j)->st == C_OPEN;
    if (open == 1 && !implicit)
        fix_return_after_pop(c, rep, tl_ctx_res(c, i), exit);
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

#include "var_reads.h"

#include <string.h>

#include "src_text.h"

typedef struct ident_query {
    const char *name;
    size_t len;
} ident_query;

static bool is_name(const char *id, size_t n, void *ud) {
    const ident_query *q = ud;
    return n == q->len && memcmp(id, q->name, n) == 0;
}

/* An operand the lowering could not name: its text decides. */
static bool text_names(const char *text, const char *name) {
    if (!text)
        return false;
    size_t n = strlen(text);
    if (n >= 3 && strcmp(text + n - 3, "...") == 0)
        return true; /* cut short: it may name anything */
    ident_query q = {name, strlen(name)};
    return tl_src_each_ident(text, n, is_name, &q);
}

static bool operand_reads(const tl_func *f, const tl_operand *o, int var) {
    switch (o->kind) {
    case TL_OPD_PLACE:
    case TL_OPD_ADDR:
        return o->place >= 0 && f->places[o->place].var == var;
    case TL_OPD_OPAQUE:
        return text_names(o->text, f->vars[var].name);
    default:
        return false;
    }
}

static bool event_reads(const tl_func *f, const tl_event *ev, int var) {
    switch (ev->kind) {
    case TL_EV_CALL:
        for (int a = 0; a < ev->nargs; a++)
            if (operand_reads(f, &ev->args[a], var))
                return true;
        return false;
    case TL_EV_ASSIGN:
        return operand_reads(f, &ev->src, var) || (ev->is_test && operand_reads(f, &ev->test_rhs, var)) ||
               /* a field or element write reads the rest of the object */
               (ev->dst_place >= 0 && f->places[ev->dst_place].var == var &&
                f->places[ev->dst_place].sel != TL_SEL_BASE);
    case TL_EV_INCR:
    case TL_EV_ESCAPE:
        return ev->dst_place >= 0 && f->places[ev->dst_place].var == var;
    case TL_EV_JUMP:
        return false;
    }
    return false;
}

static bool terminator_reads(const tl_func *f, const tl_block *b, int var) {
    switch (b->term) {
    case TL_TERM_BRANCH:
        return operand_reads(f, &b->cond.lhs, var) || operand_reads(f, &b->cond.rhs, var);
    case TL_TERM_SWITCH:
        return operand_reads(f, &b->scrutinee, var);
    case TL_TERM_RETURN:
        return operand_reads(f, &b->retval, var);
    default:
        return false;
    }
}

bool tl_func_var_read(const tl_func *f, int var, const tl_event *except) {
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *blk = &f->blocks[b];
        for (int e = 0; e < blk->nevents; e++)
            if (&blk->events[e] != except && event_reads(f, &blk->events[e], var))
                return true;
        if (terminator_reads(f, blk, var))
            return true;
    }
    return false;
}

bool tl_block_names_var(const tl_func *f, int block, void *ud) {
    int var = *(const int *)ud;
    const tl_block *blk = &f->blocks[block];
    for (int e = 0; e < blk->nevents; e++) {
        const tl_event *ev = &blk->events[e];
        if (event_reads(f, ev, var) || (ev->dst_place >= 0 && f->places[ev->dst_place].var == var))
            return true;
    }
    return terminator_reads(f, blk, var);
}

/* Does the call, but for the handle (argument handle_arg), write nothing
 * anyone reads, and is the handle's variable read elsewhere? */
static bool call_effects_removable(const tl_func *f, const tl_event *call, int handle_arg) {
    if (handle_arg >= call->nargs)
        return false;
    for (int a = 0; a < call->nargs; a++)
        if (a != handle_arg && call->args[a].kind != TL_OPD_CONST && call->args[a].kind != TL_OPD_NONE)
            return false;
    const tl_operand *h = &call->args[handle_arg];
    /* the calling thread's own handle: asking for it does nothing else */
    if (h->kind == TL_OPD_TEMP && h->name &&
        (strcmp(h->name, "pthread_self") == 0 || strcmp(h->name, "thrd_current") == 0))
        return true;
    if ((h->kind != TL_OPD_PLACE && h->kind != TL_OPD_ADDR) || h->place < 0)
        return false;
    return tl_func_var_read(f, f->places[h->place].var, call);
}

bool tl_call_removable(const tl_func *f, const tl_event *call, int handle_arg) {
    const unsigned want = TL_STMT_IS_EXPR_STMT | TL_STMT_IN_COMPOUND;
    return (call->stmt_flags & (want | TL_STMT_RESULT_USED | TL_STMT_IN_MACRO)) == want &&
           call_effects_removable(f, call, handle_arg);
}

static bool same_range(tl_range a, tl_range b) {
    return tl_loc_same(a.begin, b.begin) && tl_loc_same(a.end, b.end);
}

const tl_event *tl_call_removable_arm(const tl_func *f, const tl_event *call, int handle_arg) {
    const unsigned want = TL_STMT_IS_EXPR_STMT;
    if ((call->stmt_flags & (want | TL_STMT_IN_COMPOUND | TL_STMT_RESULT_USED | TL_STMT_IN_MACRO)) !=
            want ||
        !call_effects_removable(f, call, handle_arg))
        return NULL;
    int arm = -1; /* the block holding the call (pointers of one array compare only by ==) */
    for (int b = 0; b < f->nblocks && arm < 0; b++)
        for (int e = 0; e < f->blocks[b].nevents && arm < 0; e++)
            if (&f->blocks[b].events[e] == call)
                arm = b;
    const tl_block *ab = arm >= 0 ? &f->blocks[arm] : NULL;
    if (!ab || ab->term != TL_TERM_JUMP)
        return NULL;
    /* the arm is that statement alone (its arguments' calls included) */
    for (int e = 0; e < ab->nevents; e++)
        if (!same_range(ab->events[e].stmt_range, call->stmt_range))
            return NULL;
    int test = -1;
    for (int b = 0; b < f->nblocks; b++)
        for (int k = 0, s; (s = tl_block_succ(&f->blocks[b], k)) != -2; k++)
            if (s == arm) {
                if (test >= 0)
                    return NULL;
                test = b;
            }
    const tl_block *tb = test >= 0 ? &f->blocks[test] : NULL;
    if (!tb || tb->term != TL_TERM_BRANCH || !tb->nevents || tb->cond.lhs.kind != TL_OPD_TEMP ||
        tb->cond.rhs.kind != TL_OPD_CONST)
        return NULL;
    /* no else: the test's other way goes where the arm goes */
    int other = tb->succ[0] == arm ? tb->succ[1] : tb->succ[0];
    const tl_event *cond = &tb->events[tb->nevents - 1];
    if (other != ab->succ[0] || cond->kind != TL_EV_CALL || cond->result_temp != tb->cond.lhs.temp ||
        (cond->stmt_flags & (TL_STMT_RESULT_USED | TL_STMT_IN_MACRO)) != TL_STMT_RESULT_USED ||
        /* the if ends with the arm (clang's extent of it may stop before the ';') */
        cond->stmt_range.end.offset < call->range.end.offset ||
        cond->stmt_range.end.offset > call->stmt_range.end.offset ||
        cond->stmt_range.begin.offset >= cond->range.begin.offset)
        return NULL;
    /* the condition is that call and the comparison, nothing else: no
     * other call of it, no test of it before (`ready() && g(x) == 0`) */
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *bl = &f->blocks[b];
        for (int k = 0, s; bl->term == TL_TERM_BRANCH && (s = tl_block_succ(bl, k)) != -2; k++)
            if (s == test && bl->cond.loc.file == cond->stmt_range.begin.file &&
                bl->cond.loc.offset >= cond->stmt_range.begin.offset &&
                bl->cond.loc.offset < cond->stmt_range.end.offset)
                return NULL;
        for (int e = 0; e < bl->nevents; e++)
            if (&bl->events[e] != cond && same_range(bl->events[e].stmt_range, cond->stmt_range))
                return NULL;
        for (int e = 0; e < bl->nevents; e++)
            for (int a = 0; bl->events[e].kind == TL_EV_CALL && a < bl->events[e].nargs; a++)
                if (bl->events[e].args[a].kind == TL_OPD_TEMP &&
                    bl->events[e].args[a].temp == cond->result_temp)
                    return NULL;
    }
    return cond;
}

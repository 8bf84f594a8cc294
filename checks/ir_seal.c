/* Sealing: a function is built in a scratch arena, where its arrays grow
 * by doubling and leave their old copies behind; once it is complete it is
 * packed (ir_pack.h) into the TU's arena and the scratch is reused.  The
 * packed form keeps string pointers, so the strings the function's arena
 * holds move to the TU's first; those already there are shared. */
#include "ir.h"

#include "ir_outline.h"
#include "ir_pack.h"

typedef struct string_mover {
    tl_arena *to;
    const tl_arena *from;
} string_mover;

static const char *str(const string_mover *s, const char *p) {
    return p && tl_arena_owns(s->from, p) ? tl_arena_strdup(s->to, p) : p;
}

static void operand(const string_mover *s, tl_operand *o) {
    o->name = str(s, o->name);
    o->text = str(s, o->text);
}

static void event(const string_mover *s, tl_event *e) {
    e->text = str(s, e->text);
    e->callee = str(s, e->callee);
    for (int a = 0; a < e->nargs; a++)
        operand(s, &e->args[a]);
    operand(s, &e->src);
    operand(s, &e->test_rhs);
}

static void block(const string_mover *s, tl_block *b) {
    for (int e = 0; e < b->nevents; e++)
        event(s, &b->events[e]);
    switch (b->term) { /* only the terminator's own parts are set */
    case TL_TERM_BRANCH:
        operand(s, &b->cond.lhs);
        operand(s, &b->cond.rhs);
        b->cond.text = str(s, b->cond.text);
        break;
    case TL_TERM_SWITCH:
        operand(s, &b->scrutinee);
        b->scrutinee_text = str(s, b->scrutinee_text);
        break;
    case TL_TERM_RETURN:
        operand(s, &b->retval);
        break;
    default:
        break;
    }
}

static void move_strings(tl_func *f, tl_arena *to, const tl_arena *from) {
    string_mover s = {to, from};
    f->name = str(&s, f->name);
    for (int v = 0; v < f->nvars; v++)
        f->vars[v].name = str(&s, f->vars[v].name);
    for (int p = 0; p < f->nplaces; p++) {
        f->places[p].field = str(&s, f->places[p].field);
        f->places[p].key = str(&s, f->places[p].key);
    }
    for (int b = 0; b < f->nblocks; b++)
        block(&s, &f->blocks[b]);
}

static void store(tl_tu *tu, int i, tl_func *f, const tl_arena *from) {
    move_strings(f, &tu->arena, from);
    tl_outline outline; /* in the scratch arena, as f: reset after */
    tl_outline_of(f, f->arena, &outline);
    tu->packed[i] = tl_ir_pack_outlined(f, &outline, &tu->arena, &tu->packed_len[i]);
    tu->external_linkage[i] = f->external_linkage; /* read without unpacking */
    tu->funcs[i] = NULL;
}

void tl_tu_seal(tl_tu *tu) {
    tl_func *f = tu->building;
    if (!f)
        return;
    store(tu, tu->nfuncs - 1, f, &tu->build); /* the one being built is the last */
    tu->building = NULL;
    tl_arena_reset(&tu->build);
}

void tl_tu_store_func(tl_tu *tu, int i, const tl_func *f) {
    if (tu->funcs[i])
        return; /* still being built: changed in place */
    tl_func copy = *f; /* its strings may move; the view itself stays as it was */
    store(tu, i, &copy, &tu->views->arena);
}

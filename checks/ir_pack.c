/* The packed form of a function.  Counts and unsigned values are LEB128
 * varints, signed ones zigzag varints (ids are often -1), string pointers
 * differences from the one written before.  Locations are the bulk, so
 * each is written as the difference from the one written before it:
 * neighbours cost a byte per field.
 *
 * Operands, events, variables and places start with a header varint that
 * holds their kind and a bit per field group that differs from its usual
 * value (NULL, 0 or -1); only those groups follow.  Every field round-trips
 * exactly: a group is skipped only when the reader can restore it.
 *
 * Packing writes into a growing buffer, then copies the result into the
 * arena at its exact size (cheaper than a counting pass first). */
#include "ir_pack.h"

#include <string.h>

#include "ir_bytes.h"
#include "ir_outline.h"

/* As the difference from the location written before it: first the
 * column's, shifted up one; its low bit clear when the location is on the
 * same line of the same file, where the offset moves as the column does
 * (one byte: a range's end, an operand's start), else set and followed by
 * the file's, line's and offset's differences. */
static void put_loc(writer *w, tl_loc l) {
    long long dcol = (long long)l.col - w->prev.col;
    bool same_line = l.file == w->prev.file && l.line == w->prev.line &&
                     (long long)l.offset - w->prev.offset == dcol;
    put_uint(w, zigzag(dcol) << 1 | !same_line);
    if (!same_line) {
        put_int(w, (long long)l.file - w->prev.file);
        put_int(w, (long long)l.line - w->prev.line);
        put_int(w, (long long)l.offset - w->prev.offset);
    }
    w->prev = l;
}

static void put_range(writer *w, tl_range r) {
    put_loc(w, r.begin);
    put_loc(w, r.end);
}

/* ---- reading -------------------------------------------------------------- */

static tl_loc get_loc(reader *r) {
    tl_loc l = r->prev;
    unsigned long long head = get_uint(r);
    long long dcol = unzigzag(head >> 1);
    l.col = (unsigned)(l.col + dcol);
    const unsigned char *p = r->p;
    if (!(head & 1)) {
        l.offset = (unsigned)(l.offset + dcol);
    } else if (r->end - p >= 3 && !((p[0] | p[1] | p[2]) & 0x80)) {
        /* a near line: three one-byte differences, read at once */
        l.file = (int)(l.file + unzigzag(p[0]));
        l.line = (unsigned)(l.line + unzigzag(p[1]));
        l.offset = (unsigned)(l.offset + unzigzag(p[2]));
        r->p += 3;
    } else {
        l.file = (int)(l.file + get_int(r));
        l.line = (unsigned)(l.line + get_int(r));
        l.offset = (unsigned)(l.offset + get_int(r));
    }
    r->prev = l;
    return l;
}

static tl_range get_range(reader *r) {
    tl_range g;
    g.begin = get_loc(r);
    g.end = get_loc(r);
    return g;
}

/* Zeroed memory for n elements, or NULL for none (as sealing leaves it). */
static void *alloc_array(tl_arena *a, size_t elem, int n) {
    return n > 0 ? tl_arena_alloc(a, elem * (size_t)n) : NULL;
}

/* ---- usual values --------------------------------------------------------- */

static bool loc_is_zero(tl_loc l) { return !l.file && !l.line && !l.col && !l.offset; }

static bool range_is_zero(tl_range r) { return loc_is_zero(r.begin) && loc_is_zero(r.end); }

/* What an event's memset leaves in the operands it does not use. */
static bool operand_is_zero(const tl_operand *o) {
    return !o->kind && !o->ival && !o->place && !o->temp && !o->name && !o->text;
}

/* ---- operands ------------------------------------------------------------- */

enum {
    OPD_KIND_MASK = 7,
    OPD_TEXT = 1u << 3,
    OPD_PLACE = 1u << 4, /* place != -1 */
    OPD_NAME = 1u << 5,
    OPD_IVAL = 1u << 6,
    OPD_TEMP = 1u << 7,         /* temp != -1 */
    OPD_TEXT_IS_NAME = 1u << 8, /* function designators spell their name */
};
_Static_assert((int)TL_OPD_OPAQUE <= (int)OPD_KIND_MASK, "operand kind fits its header bits");

static void put_operand(writer *w, const tl_operand *o) {
    bool text_is_name = o->text && o->text == o->name;
    unsigned h = (unsigned)o->kind | (o->text && !text_is_name ? OPD_TEXT : 0u) |
                 (o->place != -1 ? OPD_PLACE : 0u) | (o->name ? OPD_NAME : 0u) |
                 (o->ival ? OPD_IVAL : 0u) | (o->temp != -1 ? OPD_TEMP : 0u) |
                 (text_is_name ? OPD_TEXT_IS_NAME : 0u);
    put_uint(w, h);
    if (h & OPD_IVAL)
        put_int(w, o->ival);
    if (h & OPD_PLACE)
        put_int(w, o->place);
    if (h & OPD_TEMP)
        put_int(w, o->temp);
    if (h & OPD_NAME)
        put_ptr(w, o->name);
    if (h & OPD_TEXT)
        put_ptr(w, o->text);
}

static void get_operand(reader *r, tl_operand *o) {
    unsigned long long h = get_uint(r);
    o->kind = (tl_opd_kind)(h & OPD_KIND_MASK);
    o->ival = h & OPD_IVAL ? get_int(r) : 0;
    o->place = h & OPD_PLACE ? (int)get_int(r) : -1;
    o->temp = h & OPD_TEMP ? (int)get_int(r) : -1;
    o->name = h & OPD_NAME ? get_ptr(r) : NULL;
    o->text = h & OPD_TEXT ? get_ptr(r) : h & OPD_TEXT_IS_NAME ? o->name : NULL;
}

/* ---- events --------------------------------------------------------------- */

enum {
    EV_KIND_MASK = 7,
    EV_TEXT = 1u << 3,
    EV_CALLEE = 1u << 4,
    EV_CALL = 1u << 5,  /* callee_kind, call_flags, result_temp, args */
    EV_RANGE = 1u << 6,
    EV_STMT = 1u << 7,  /* stmt_range, stmt_flags */
    EV_DST = 1u << 8,   /* dst_place != -1 */
    EV_SRC = 1u << 9,   /* src not all zero */
    EV_DELTA = 1u << 10,
    EV_TEST = 1u << 11, /* is_test, test_op, test_rhs */
    EV_JUMP = 1u << 12, /* jump, jump_flags, jump_target */
};
_Static_assert((int)TL_EV_JUMP <= (int)EV_KIND_MASK, "event kind fits its header bits");

static unsigned event_header(const tl_event *e) {
    unsigned h = (unsigned)e->kind;
    if (e->text)
        h |= EV_TEXT;
    if (e->callee)
        h |= EV_CALLEE;
    if (e->callee_kind || e->call_flags || e->result_temp != -1 || e->nargs)
        h |= EV_CALL;
    if (!range_is_zero(e->range))
        h |= EV_RANGE;
    if (!range_is_zero(e->stmt_range) || e->stmt_flags)
        h |= EV_STMT;
    if (e->dst_place != -1)
        h |= EV_DST;
    if (!operand_is_zero(&e->src))
        h |= EV_SRC;
    if (e->delta)
        h |= EV_DELTA;
    if (e->is_test || e->test_op || !operand_is_zero(&e->test_rhs))
        h |= EV_TEST;
    if (e->jump || e->jump_flags || !loc_is_zero(e->jump_target))
        h |= EV_JUMP;
    return h;
}

static void put_event(writer *w, const tl_event *e) {
    unsigned h = event_header(e);
    put_uint(w, h);
    put_loc(w, e->loc);
    if (h & EV_RANGE)
        put_range(w, e->range);
    if (h & EV_STMT) {
        put_range(w, e->stmt_range);
        put_uint(w, e->stmt_flags);
    }
    if (h & EV_TEXT)
        put_ptr(w, e->text);
    if (h & EV_CALLEE)
        put_ptr(w, e->callee);
    if (h & EV_CALL) {
        put_uint(w, e->callee_kind);
        put_uint(w, e->call_flags);
        put_int(w, e->result_temp);
        put_uint(w, (unsigned)e->nargs);
        for (int i = 0; i < e->nargs; i++)
            put_operand(w, &e->args[i]);
    }
    if (h & EV_DST)
        put_int(w, e->dst_place);
    if (h & EV_SRC)
        put_operand(w, &e->src);
    if (h & EV_DELTA)
        put_int(w, e->delta);
    if (h & EV_TEST) {
        put_uint(w, e->is_test);
        put_uint(w, e->test_op);
        put_operand(w, &e->test_rhs);
    }
    if (h & EV_JUMP) {
        put_uint(w, e->jump);
        put_uint(w, e->jump_flags);
        put_loc(w, e->jump_target);
    }
}

/* e is zeroed memory: what no header bit announces stays 0. */
static void get_event(reader *r, tl_arena *a, tl_event *e) {
    unsigned long long h = get_uint(r);
    e->kind = (tl_event_kind)(h & EV_KIND_MASK);
    e->loc = get_loc(r);
    if (h & EV_RANGE)
        e->range = get_range(r);
    if (h & EV_STMT) {
        e->stmt_range = get_range(r);
        e->stmt_flags = (unsigned)get_uint(r);
    }
    if (h & EV_TEXT)
        e->text = get_ptr(r);
    if (h & EV_CALLEE)
        e->callee = get_ptr(r);
    e->result_temp = -1;
    if (h & EV_CALL) {
        e->callee_kind = (tl_callee_kind)get_uint(r);
        e->call_flags = (unsigned)get_uint(r);
        e->result_temp = (int)get_int(r);
        e->nargs = get_count(r);
        e->args = alloc_array(a, sizeof *e->args, e->nargs);
        for (int i = 0; i < e->nargs; i++)
            get_operand(r, &e->args[i]);
    }
    e->dst_place = h & EV_DST ? (int)get_int(r) : -1;
    if (h & EV_SRC)
        get_operand(r, &e->src);
    if (h & EV_DELTA)
        e->delta = get_int(r);
    if (h & EV_TEST) {
        e->is_test = get_uint(r) != 0;
        e->test_op = (tl_cmp)get_uint(r);
        get_operand(r, &e->test_rhs);
    }
    if (h & EV_JUMP) {
        e->jump = (tl_jump_kind)get_uint(r);
        e->jump_flags = (unsigned)get_uint(r);
        e->jump_target = get_loc(r);
    }
}

/* ---- blocks --------------------------------------------------------------- */

enum {
    BLK_TERM_MASK = 7,
    BLK_TERM_LOC = 1u << 3, /* term_loc not zero */
};
_Static_assert((int)TL_TERM_NORETURN <= (int)BLK_TERM_MASK, "terminator kind fits its header bits");

/* Only the union member of the block's terminator kind is meaningful
 * (ir.h); the others may hold what an earlier terminator left. */
static void put_term_parts(writer *w, const tl_block *b) {
    switch (b->term) {
    case TL_TERM_BRANCH:
        put_operand(w, &b->cond.lhs);
        put_operand(w, &b->cond.rhs);
        put_uint(w, b->cond.op);
        put_uint(w, b->cond.if_lead);
        put_opt_ptr(w, b->cond.text);
        put_loc(w, b->cond.loc);
        break;
    case TL_TERM_SWITCH:
        put_operand(w, &b->scrutinee);
        put_opt_ptr(w, b->scrutinee_text);
        put_int(w, b->default_succ);
        put_uint(w, (unsigned)b->ncases);
        for (int i = 0; i < b->ncases; i++) {
            put_int(w, b->cases[i].lo);
            put_int(w, b->cases[i].hi);
            put_int(w, b->cases[i].succ);
        }
        break;
    case TL_TERM_RETURN:
        put_operand(w, &b->retval);
        put_range(w, b->term_stmt);
        put_uint(w, b->term_stmt_flags);
        break;
    default:
        break;
    }
}

static void get_term_parts(reader *r, tl_arena *a, tl_block *b) {
    switch (b->term) {
    case TL_TERM_BRANCH:
        get_operand(r, &b->cond.lhs);
        get_operand(r, &b->cond.rhs);
        b->cond.op = (tl_cmp)get_uint(r);
        b->cond.if_lead = (unsigned)get_uint(r);
        b->cond.text = get_opt_ptr(r);
        b->cond.loc = get_loc(r);
        break;
    case TL_TERM_SWITCH:
        get_operand(r, &b->scrutinee);
        b->scrutinee_text = get_opt_ptr(r);
        b->default_succ = (int)get_int(r);
        b->ncases = b->case_cap = get_count(r);
        b->cases = alloc_array(a, sizeof *b->cases, b->ncases);
        for (int i = 0; i < b->ncases; i++) {
            b->cases[i].lo = get_int(r);
            b->cases[i].hi = get_int(r);
            b->cases[i].succ = (int)get_int(r);
        }
        break;
    case TL_TERM_RETURN:
        get_operand(r, &b->retval);
        b->term_stmt = get_range(r);
        b->term_stmt_flags = (unsigned)get_uint(r);
        break;
    default:
        break;
    }
}

static void put_block(writer *w, const tl_block *b, int index) {
    unsigned h = (unsigned)b->term | (loc_is_zero(b->term_loc) ? 0u : BLK_TERM_LOC);
    put_uint(w, h);
    put_int(w, (long long)b->id - index); /* ids are indices: 1 byte */
    put_int(w, b->succ[0]);
    put_int(w, b->succ[1]);
    if (h & BLK_TERM_LOC)
        put_loc(w, b->term_loc);
    put_uint(w, (unsigned)b->nevents);
    for (int i = 0; i < b->nevents; i++)
        put_event(w, &b->events[i]);
    put_term_parts(w, b);
}

/* b is zeroed memory, so the union members other than term's stay 0. */
static void get_block(reader *r, tl_arena *a, tl_block *b, int index) {
    unsigned long long h = get_uint(r);
    b->term = (tl_term_kind)(h & BLK_TERM_MASK);
    b->id = (int)(index + get_int(r));
    b->succ[0] = (int)get_int(r);
    b->succ[1] = (int)get_int(r);
    if (h & BLK_TERM_LOC)
        b->term_loc = get_loc(r);
    b->nevents = b->cap = get_count(r);
    b->events = alloc_array(a, sizeof *b->events, b->nevents);
    for (int i = 0; i < b->nevents; i++)
        get_event(r, a, &b->events[i]);
    get_term_parts(r, a, b);
}

/* ---- variables and places ------------------------------------------------- */

enum {
    VAR_KIND_MASK = 3,
    VAR_ARRAY = 1u << 2,
    VAR_POINTER = 1u << 3,
    VAR_FILE_SCOPE = 1u << 4,
    VAR_NAME = 1u << 5,
};
_Static_assert((int)TL_VAR_GLOBAL <= (int)VAR_KIND_MASK, "variable kind fits its header bits");

static void put_var(writer *w, const tl_var *v) {
    unsigned h = (unsigned)v->kind | (v->is_array ? VAR_ARRAY : 0u) |
                 (v->is_pointer ? VAR_POINTER : 0u) | (v->at_file_scope ? VAR_FILE_SCOPE : 0u) |
                 (v->name ? VAR_NAME : 0u);
    put_uint(w, h);
    put_int(w, v->param_index);
    if (h & VAR_NAME)
        put_ptr(w, v->name);
    put_loc(w, v->decl);
    put_range(w, v->scope);
}

static void get_var(reader *r, tl_var *v) {
    unsigned long long h = get_uint(r);
    v->kind = (tl_var_kind)(h & VAR_KIND_MASK);
    v->is_array = (h & VAR_ARRAY) != 0;
    v->is_pointer = (h & VAR_POINTER) != 0;
    v->at_file_scope = (h & VAR_FILE_SCOPE) != 0;
    v->param_index = (int)get_int(r);
    v->name = h & VAR_NAME ? get_ptr(r) : NULL;
    v->decl = get_loc(r);
    v->scope = get_range(r);
}

enum {
    PLACE_SEL_MASK = 3,
    PLACE_FIELD = 1u << 2,
    PLACE_KEY = 1u << 3,
};
_Static_assert((int)TL_SEL_FIELD <= (int)PLACE_SEL_MASK, "selector fits its header bits");

static void put_place(writer *w, const tl_place *p) {
    unsigned h = (unsigned)p->sel | (p->field ? PLACE_FIELD : 0u) | (p->key ? PLACE_KEY : 0u);
    put_uint(w, h);
    put_int(w, p->var);
    put_int(w, p->parent);
    if (h & PLACE_FIELD)
        put_ptr(w, p->field);
    if (h & PLACE_KEY)
        put_ptr(w, p->key);
}

static void get_place(reader *r, tl_place *p) {
    unsigned long long h = get_uint(r);
    p->sel = (tl_sel)(h & PLACE_SEL_MASK);
    p->var = (int)get_int(r);
    p->parent = (int)get_int(r);
    p->field = h & PLACE_FIELD ? get_ptr(r) : NULL;
    p->key = h & PLACE_KEY ? get_ptr(r) : NULL;
}

/* ---- functions ------------------------------------------------------------ */

/* Each array's count comes just before its elements, so the reader
 * allocates it once. */
static void put_func(writer *w, const tl_func *f) {
    put_opt_ptr(w, f->name);
    put_loc(w, f->loc);
    put_range(w, f->body);
    put_loc(w, f->top);
    put_int(w, f->nparams);
    put_uint(w, f->returns_void);
    put_uint(w, f->attrs);
    put_uint(w, f->external_linkage);
    put_int(w, f->entry);
    put_int(w, f->ntemps);
    put_uint(w, (unsigned)f->nvars);
    for (int i = 0; i < f->nvars; i++)
        put_var(w, &f->vars[i]);
    put_uint(w, (unsigned)f->nplaces);
    for (int i = 0; i < f->nplaces; i++)
        put_place(w, &f->places[i]);
    put_uint(w, (unsigned)f->nscopes);
    for (int i = 0; i < f->nscopes; i++)
        put_range(w, f->scopes[i]);
    put_uint(w, (unsigned)f->nblocks);
    for (int i = 0; i < f->nblocks; i++)
        put_block(w, &f->blocks[i], i);
}

static void get_func(reader *r, tl_arena *a, tl_func *f) {
    f->name = get_opt_ptr(r);
    f->loc = get_loc(r);
    f->body = get_range(r);
    f->top = get_loc(r);
    f->nparams = (int)get_int(r);
    f->returns_void = get_uint(r) != 0;
    f->attrs = (unsigned)get_uint(r);
    f->external_linkage = get_uint(r) != 0;
    f->entry = (int)get_int(r);
    f->ntemps = (int)get_int(r);
    f->nvars = f->var_cap = get_count(r);
    f->vars = alloc_array(a, sizeof *f->vars, f->nvars);
    for (int i = 0; i < f->nvars; i++)
        get_var(r, &f->vars[i]);
    f->nplaces = f->place_cap = get_count(r);
    f->places = alloc_array(a, sizeof *f->places, f->nplaces);
    for (int i = 0; i < f->nplaces; i++)
        get_place(r, &f->places[i]);
    f->nscopes = f->scope_cap = get_count(r);
    f->scopes = alloc_array(a, sizeof *f->scopes, f->nscopes);
    for (int i = 0; i < f->nscopes; i++)
        f->scopes[i] = get_range(r);
    f->nblocks = f->block_cap = get_count(r);
    f->blocks = alloc_array(a, sizeof *f->blocks, f->nblocks);
    for (int i = 0; i < f->nblocks; i++)
        get_block(r, a, &f->blocks[i], i);
    f->place_index = NULL;
    f->arena = a;
}

/* The outline goes first, after its length, so either part is read
 * without the other. */
const unsigned char *tl_ir_pack_outlined(const tl_func *f, const tl_outline *outline,
                                         tl_arena *a, size_t *len) {
    writer w = {0};
    tl_outline_write(&w, outline);
    size_t head = w.len;
    w.prev = (tl_loc){0}; /* the function reads from a fresh start */
    w.prev_ptr = 0;
    put_func(&w, f);
    unsigned char room[16]; /* a varint is at most 10 bytes: never grown */
    writer prefix = {.out = room, .cap = sizeof room};
    put_uint(&prefix, head);
    unsigned char *out = tl_arena_alloc(a, prefix.len + w.len);
    memcpy(out, prefix.out, prefix.len);
    memcpy(out + prefix.len, w.out, w.len);
    *len = prefix.len + w.len;
    free(w.out);
    return out;
}

const unsigned char *tl_ir_pack(const tl_func *f, tl_arena *a, size_t *len) {
    tl_arena scratch;
    tl_arena_init(&scratch);
    tl_outline o;
    tl_outline_of(f, &scratch, &o);
    const unsigned char *out = tl_ir_pack_outlined(f, &o, a, len);
    tl_arena_free(&scratch);
    return out;
}

/* The reader past the outline, or one that reads as a short read. */
static reader past_outline(const unsigned char *bytes, size_t len) {
    reader r = {.p = bytes, .end = bytes + len};
    unsigned long long n = get_uint(&r);
    if (n > (unsigned long long)(r.end - r.p))
        r.short_read = true;
    else
        r.p += n;
    return r;
}

tl_func *tl_ir_unpack(const unsigned char *bytes, size_t len, tl_arena *a) {
    reader r = past_outline(bytes, len);
    tl_func *f = tl_arena_alloc(a, sizeof *f);
    get_func(&r, a, f);
    return r.short_read ? NULL : f;
}

bool tl_ir_outline(const unsigned char *bytes, size_t len, tl_arena *a, tl_outline *out) {
    reader r = {.p = bytes, .end = bytes + len};
    unsigned long long n = get_uint(&r);
    if (n > (unsigned long long)(r.end - r.p))
        return false;
    r.end = r.p + n;
    tl_outline_read(&r, a, out);
    return !r.short_read;
}

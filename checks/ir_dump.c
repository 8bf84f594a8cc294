/* Text form of the IR.  One function at a time:
 *
 *   func NAME  @FILE:L:C  params=N returns=void|value  report|noreport [constructor] [destructor]
 *     var I NAME local|param#K|global [array] [pointer]  scope L:C..L:C
 *     block L:C..L:C                (a block as written: tl_func_add_scope)
 *     bbN:                          ("; unreachable" when entry cannot reach it)
 *       call CALLEE(ARGS) -> %T  [extern|defined|indirect expr-stmt in-compound used cannot-fail]  @L:C  stmt L:C..L:C
 *       assign PLACE = OPERAND  @L:C
 *       incr PLACE += DELTA  @L:C
 *       escape PLACE  @L:C
 *       jump bbN
 *       branch OPERAND OP OPERAND ? bbT : bbF  "TEXT"  @L:C
 *       switch OPERAND  "TEXT"  [LO: bbN, LO...HI: bbN, default: bbN]
 *       return [OPERAND]  @L:C  stmt L:C..L:C  [implicit] [in-compound]
 *       noreturn  @L:C
 *
 * Operands: `-` none, `7` or `TEXT=7` for constants spelled otherwise
 * (`NULL=0`), a place (`tid`, `th[]`, `w->tid`, `(*p)[]`), `&PLACE`, `%T`
 * for call results, a function name, `?(TEXT)` for anything else.
 * Locations in another file than the function's carry its base name. */
#include "ir_dump.h"

#include <stdlib.h>
#include <string.h>

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void put_loc(const tl_tu *tu, const tl_func *f, tl_loc l, FILE *out) {
    if (l.file != f->loc.file && l.file >= 0 && l.file < tu->nfiles)
        fprintf(out, "%s:", base_name(tu->files[l.file]));
    fprintf(out, "%u:%u", l.line, l.col);
}

static void put_range(tl_range r, FILE *out) {
    fprintf(out, "%u:%u..%u:%u", r.begin.line, r.begin.col, r.end.line, r.end.col);
}

/* `postfix`: the place is followed by [] . or ->, so a dereference needs parens. */
static void put_place(const tl_func *f, int place, bool postfix, FILE *out) {
    if (place < 0 || place >= f->nplaces) {
        fputs("?", out);
        return;
    }
    const tl_place *p = &f->places[place];
    switch (p->sel) {
    case TL_SEL_BASE:
        fputs(f->vars[p->var].name, out);
        break;
    case TL_SEL_DEREF:
        fputs(postfix ? "(*" : "*", out);
        put_place(f, p->parent, true, out);
        if (postfix)
            fputs(")", out);
        break;
    case TL_SEL_INDEX:
        put_place(f, p->parent, true, out);
        fputs("[]", out);
        break;
    case TL_SEL_FIELD: {
        const tl_place *parent = &f->places[p->parent];
        if (parent->sel == TL_SEL_DEREF) {
            put_place(f, parent->parent, true, out);
            fprintf(out, "->%s", p->field);
        } else {
            put_place(f, p->parent, true, out);
            fprintf(out, ".%s", p->field);
        }
        break;
    }
    }
}

static void put_operand(const tl_func *f, const tl_operand *o, FILE *out) {
    switch (o->kind) {
    case TL_OPD_NONE:
        fputs("-", out);
        break;
    case TL_OPD_CONST: {
        char num[32];
        snprintf(num, sizeof num, "%lld", o->ival);
        if (o->text && strcmp(o->text, num) != 0)
            fprintf(out, "%s=", o->text);
        fputs(num, out);
        break;
    }
    case TL_OPD_PLACE:
        put_place(f, o->place, false, out);
        break;
    case TL_OPD_ADDR:
        fputs("&", out);
        put_place(f, o->place, true, out);
        break;
    case TL_OPD_TEMP:
        fprintf(out, "%%%d", o->temp);
        break;
    case TL_OPD_FUNC:
        fputs(o->name ? o->name : "?", out);
        break;
    case TL_OPD_OPAQUE:
        if (o->text)
            fprintf(out, "?(%s)", o->text);
        else
            fputs("?", out);
        break;
    }
}

static const char *cmp_name(tl_cmp op) {
    static const char *const names[] = {"==", "!=", "<", "<=", ">", ">="};
    return op >= TL_CMP_EQ && op <= TL_CMP_GE ? names[op] : "?";
}

static const char *callee_kind_name(tl_callee_kind k) {
    switch (k) {
    case TL_CALLEE_EXTERNAL: return "extern";
    case TL_CALLEE_DEFINED: return "defined";
    default: return "indirect";
    }
}

static void put_event(const tl_tu *tu, const tl_func *f, const tl_event *e, FILE *out) {
    fputs("    ", out);
    switch (e->kind) {
    case TL_EV_CALL:
        fprintf(out, "call %s(", e->callee ? e->callee : "*");
        for (int i = 0; i < e->nargs; i++) {
            if (i)
                fputs(", ", out);
            put_operand(f, &e->args[i], out);
        }
        fputs(")", out);
        if (e->result_temp >= 0)
            fprintf(out, " -> %%%d", e->result_temp);
        fprintf(out, "  [%s%s%s%s%s]", callee_kind_name(e->callee_kind),
                e->stmt_flags & TL_STMT_IS_EXPR_STMT ? " expr-stmt" : "",
                e->stmt_flags & TL_STMT_IN_COMPOUND ? " in-compound" : "",
                e->stmt_flags & TL_STMT_RESULT_USED ? " used" : "",
                e->call_flags & TL_CALL_CANNOT_FAIL ? " cannot-fail" : "");
        fputs("  @", out);
        put_loc(tu, f, e->loc, out);
        fputs("  stmt ", out);
        put_range(e->stmt_range, out);
        break;
    case TL_EV_ASSIGN:
        fputs("assign ", out);
        put_place(f, e->dst_place, false, out);
        fputs(e->is_test ? " = (" : " = ", out);
        put_operand(f, &e->src, out);
        if (e->is_test) {
            fprintf(out, " %s ", cmp_name(e->test_op));
            put_operand(f, &e->test_rhs, out);
            fputs(")", out);
        }
        fputs("  @", out);
        put_loc(tu, f, e->loc, out);
        break;
    case TL_EV_INCR:
        fputs("incr ", out);
        put_place(f, e->dst_place, false, out);
        /* the magnitude in unsigned arithmetic: -LLONG_MIN is no long long */
        fprintf(out, " %s %llu  @", e->delta < 0 ? "-=" : "+=",
                e->delta < 0 ? 0ull - (unsigned long long)e->delta : (unsigned long long)e->delta);
        put_loc(tu, f, e->loc, out);
        break;
    case TL_EV_ESCAPE:
        fputs("escape ", out);
        put_place(f, e->dst_place, false, out);
        fputs("  @", out);
        put_loc(tu, f, e->loc, out);
        break;
    case TL_EV_JUMP: {
        static const char *const kinds[] = {"break", "continue", "goto"};
        fprintf(out, "jump-out %s%s  @", kinds[e->jump],
                e->jump_flags & TL_JUMP_INTO_MACRO_LOOP ? " [into-macro-loop]" : "");
        put_loc(tu, f, e->loc, out);
        fputs(" -> ", out);
        put_loc(tu, f, e->jump_target, out);
        break;
    }
    }
    fputs("\n", out);
}

static void put_terminator(const tl_tu *tu, const tl_func *f, const tl_block *b, FILE *out) {
    fputs("    ", out);
    switch (b->term) {
    case TL_TERM_NONE:
        fputs("<no terminator>", out);
        break;
    case TL_TERM_JUMP:
        fprintf(out, "jump bb%d", b->succ[0]);
        break;
    case TL_TERM_BRANCH:
        fputs("branch ", out);
        put_operand(f, &b->cond.lhs, out);
        fprintf(out, " %s ", cmp_name(b->cond.op));
        put_operand(f, &b->cond.rhs, out);
        fprintf(out, " ? bb%d : bb%d  \"%s\"  @", b->succ[0], b->succ[1],
                b->cond.text ? b->cond.text : "");
        put_loc(tu, f, b->cond.loc, out);
        break;
    case TL_TERM_SWITCH:
        fputs("switch ", out);
        put_operand(f, &b->scrutinee, out);
        fprintf(out, "  \"%s\"  [", b->scrutinee_text ? b->scrutinee_text : "");
        for (int i = 0; i < b->ncases; i++) {
            const tl_case *c = &b->cases[i];
            if (c->lo == c->hi)
                fprintf(out, "%lld: bb%d, ", c->lo, c->succ);
            else
                fprintf(out, "%lld...%lld: bb%d, ", c->lo, c->hi, c->succ);
        }
        fprintf(out, "default: bb%d]", b->default_succ);
        break;
    case TL_TERM_RETURN:
        fputs("return", out);
        if (b->retval.kind != TL_OPD_NONE) {
            fputs(" ", out);
            put_operand(f, &b->retval, out);
        }
        fputs("  @", out);
        put_loc(tu, f, b->term_loc, out);
        fputs("  stmt ", out);
        put_range(b->term_stmt, out);
        if (b->term_stmt_flags & TL_RET_IMPLICIT)
            fputs("  implicit", out);
        if (b->term_stmt_flags & TL_STMT_IN_COMPOUND)
            fputs("  in-compound", out);
        break;
    case TL_TERM_NORETURN:
        fputs("noreturn  @", out);
        put_loc(tu, f, b->term_loc, out);
        break;
    }
    fputs("\n", out);
}

/* Marks the blocks the entry reaches. */
static bool *reachable(const tl_func *f) {
    bool *seen = calloc((size_t)f->nblocks + 1, sizeof *seen);
    int *stack = malloc(sizeof *stack * ((size_t)f->nblocks + 1));
    if (!seen || !stack) {
        free(seen);
        free(stack);
        return NULL;
    }
    int n = 0;
    if (f->entry >= 0 && f->entry < f->nblocks) {
        seen[f->entry] = true;
        stack[n++] = f->entry;
    }
    while (n) {
        const tl_block *b = &f->blocks[stack[--n]];
        int succ[3] = {-1, -1, -1};
        int nsucc = 0;
        if (b->term == TL_TERM_JUMP) {
            succ[nsucc++] = b->succ[0];
        } else if (b->term == TL_TERM_BRANCH) {
            succ[nsucc++] = b->succ[0];
            succ[nsucc++] = b->succ[1];
        } else if (b->term == TL_TERM_SWITCH) {
            succ[nsucc++] = b->default_succ;
            for (int i = 0; i < b->ncases; i++) {
                int s = b->cases[i].succ;
                if (s >= 0 && s < f->nblocks && !seen[s]) {
                    seen[s] = true;
                    stack[n++] = s;
                }
            }
        }
        for (int i = 0; i < nsucc; i++) {
            int s = succ[i];
            if (s >= 0 && s < f->nblocks && !seen[s]) {
                seen[s] = true;
                stack[n++] = s;
            }
        }
    }
    free(stack);
    return seen;
}

static void dump_func(const tl_tu *tu, int index, FILE *out) {
    const tl_func *f = tl_tu_func_at(tu, index);
    fprintf(out, "func %s  @", f->name);
    if (f->loc.file >= 0 && f->loc.file < tu->nfiles)
        fprintf(out, "%s:", base_name(tu->files[f->loc.file]));
    fprintf(out, "%u:%u  params=%d returns=%s  %s%s%s\n", f->loc.line, f->loc.col, f->nparams,
            f->returns_void ? "void" : "value", tu->report[index] ? "report" : "noreport",
            f->attrs & TL_FUNC_CONSTRUCTOR ? " constructor" : "",
            f->attrs & TL_FUNC_DESTRUCTOR ? " destructor" : "");
    for (int i = 0; i < f->nvars; i++) {
        const tl_var *v = &f->vars[i];
        fprintf(out, "  var %d %s ", i, v->name);
        if (v->kind == TL_VAR_PARAM)
            fprintf(out, "param#%d", v->param_index);
        else
            fputs(v->kind == TL_VAR_LOCAL ? "local" : "global", out);
        fprintf(out, "%s%s  scope ", v->is_array ? " array" : "", v->is_pointer ? " pointer" : "");
        put_range(v->scope, out);
        fputs("\n", out);
    }
    for (int i = 0; i < f->nscopes; i++) {
        fputs("  block ", out);
        put_range(f->scopes[i], out);
        fputs("\n", out);
    }
    bool *seen = reachable(f);
    for (int i = 0; i < f->nblocks; i++) {
        const tl_block *b = &f->blocks[i];
        fprintf(out, "  bb%d:%s\n", i, seen && !seen[i] ? "  ; unreachable" : "");
        for (int e = 0; e < b->nevents; e++)
            put_event(tu, f, &b->events[e], out);
        put_terminator(tu, f, b, out);
    }
    free(seen);
}

void tl_ir_dump(const tl_tu *tu, FILE *out) {
    for (int i = 0; i < tu->nfuncs; i++) {
        if (i)
            fputs("\n", out);
        dump_func(tu, i, out);
        tl_tu_release_views(tu);
    }
}

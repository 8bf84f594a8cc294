/* Unit tests of the path-sensitive core and the thread rules on IR built
 * by hand: no front end involved, so a failure here is the core's. */
#include <stdio.h>
#include <string.h>

#include "analyze.h"
#include "ir.h"

#include "expect.h"

static tl_loc at(unsigned line) { return (tl_loc){0, line, 5, line * 100}; }

typedef struct builder {
    tl_tu tu;
    tl_func *f;
} builder;

static void begin(builder *b, const char *name) {
    tl_tu_init(&b->tu);
    tl_tu_file(&b->tu, "t.c");
    b->f = tl_func_new(&b->tu, name, true);
    b->f->body = (tl_range){at(1), at(99)};
}

static int local(builder *b, const char *name, bool array) {
    int v = tl_func_add_var(b->f, name, TL_VAR_LOCAL, -1);
    b->f->vars[v].is_array = array;
    b->f->vars[v].scope = b->f->body;
    return tl_place_base(b->f, v);
}

/* pthread_create(&place, NULL, worker, NULL) -> temp */
static int create(builder *b, int block, int place, unsigned line, unsigned flags) {
    tl_event *e = tl_block_add_event(b->f, block, TL_EV_CALL);
    e->callee = "pthread_create";
    e->loc = at(line);
    e->range = (tl_range){at(line), at(line)};
    e->range.end.offset += 30;
    e->stmt_range = e->range;
    e->stmt_range.end.offset += 1; /* the ';' */
    e->stmt_flags = flags;
    e->nargs = 4;
    e->args = tl_arena_alloc(&b->tu.arena, sizeof *e->args * 4);
    e->args[0] = tl_opd_addr(place, "&t");
    e->args[1] = tl_opd_const(0, "NULL");
    e->args[2] = tl_opd_func("worker");
    e->args[3] = tl_opd_const(0, "NULL");
    e->result_temp = b->f->ntemps++;
    return e->result_temp;
}

static void call1(builder *b, int block, const char *fn, tl_operand arg, unsigned line,
                  unsigned flags) {
    tl_event *e = tl_block_add_event(b->f, block, TL_EV_CALL);
    e->callee = fn;
    e->loc = at(line);
    e->stmt_flags = flags;
    e->stmt_range = (tl_range){at(line), at(line)};
    e->stmt_range.end.offset += 20;
    e->nargs = 2;
    e->args = tl_arena_alloc(&b->tu.arena, sizeof *e->args * 2);
    e->args[0] = arg;
    e->args[1] = tl_opd_const(0, "NULL");
    e->result_temp = b->f->ntemps++;
}

static void assign_const(builder *b, int block, int place, long long v) {
    tl_event *e = tl_block_add_event(b->f, block, TL_EV_ASSIGN);
    e->dst_place = place;
    e->src = tl_opd_const(v, NULL);
}

static void branch(builder *b, int block, tl_operand lhs, tl_cmp op, long long rhs, int t, int f,
                   unsigned line) {
    tl_cond c = {.lhs = lhs, .rhs = tl_opd_const(rhs, NULL), .op = op, .text = "c", .loc = at(line)};
    tl_block_branch(b->f, block, &c, t, f);
}

static void ret(builder *b, int block, unsigned line) {
    tl_range stmt = {at(line), at(line)};
    tl_block_return(b->f, block, NULL, at(line), stmt, TL_STMT_IN_COMPOUND);
}

static void analyse(builder *b, tl_findings *out, tl_stats *stats) {
    tl_config cfg;
    tl_config_default(&cfg);
    memset(stats, 0, sizeof *stats);
    tl_findings_init(out);
    tl_analyze_tu(&b->tu, &cfg, out, stats);
}

static int count_rule(const tl_findings *fs, tl_rule_id r) {
    int n = 0;
    for (int i = 0; i < fs->n; i++)
        n += fs->items[i].rule == r;
    return n;
}

/* create; if (rc) return; if (x) return /-- leak --/; join; return */
static void test_error_path_leak(void) {
    builder b;
    begin(&b, "serve");
    int t = local(&b, "t", false);
    int x = local(&b, "x", false);
    int b0 = b.f->entry, b1 = tl_block_new(b.f), b2 = tl_block_new(b.f),
        b3 = tl_block_new(b.f), b4 = tl_block_new(b.f);
    int rc = create(&b, b0, t, 10, TL_STMT_RESULT_USED);
    branch(&b, b0, tl_opd_temp(rc, "pthread_create", NULL), TL_CMP_NE, 0, b1, b2, 10);
    ret(&b, b1, 11);
    branch(&b, b2, tl_opd_place(x, "x"), TL_CMP_NE, 0, b3, b4, 12);
    ret(&b, b3, 13);
    call1(&b, b4, "pthread_join", tl_opd_place(t, "t"), 14, TL_STMT_IS_EXPR_STMT);
    ret(&b, b4, 15);

    tl_findings fs;
    tl_stats st;
    analyse(&b, &fs, &st);
    EXPECT(fs.n == 1);
    EXPECT(count_rule(&fs, TL_RULE_THREAD_LEAK) == 1);
    if (fs.n == 1) {
        const tl_finding *f = &fs.items[0];
        EXPECT(f->loc.line == 10);
        EXPECT(strstr(f->msg, "'t' running 'worker'") != NULL);
        /* the create succeeded (10), 'x' was true (12), the return (13) */
        EXPECT(f->nnotes == 3);
        EXPECT(f->nnotes == 3 && f->notes[0].loc.line == 10 && f->notes[1].loc.line == 12);
        EXPECT(f->nnotes == 3 && f->notes[2].loc.line == 13);
        EXPECT(f->nfixits == 1 && strstr(f->fixits[0].text, "pthread_join(t, NULL)"));
    }
    tl_findings_free(&fs);
    tl_tu_free(&b.tu);
}

/* started = 0; if (create == 0) started = 1; ... if (started) join */
static void test_correlated_flag_silent(void) {
    builder b;
    begin(&b, "run");
    int t = local(&b, "t", false);
    int started = local(&b, "started", false);
    int b0 = b.f->entry, b1 = tl_block_new(b.f), b2 = tl_block_new(b.f),
        b3 = tl_block_new(b.f), b4 = tl_block_new(b.f);
    assign_const(&b, b0, started, 0);
    int rc = create(&b, b0, t, 10, TL_STMT_RESULT_USED);
    branch(&b, b0, tl_opd_temp(rc, "pthread_create", NULL), TL_CMP_EQ, 0, b1, b2, 10);
    assign_const(&b, b1, started, 1);
    tl_block_jump(b.f, b1, b2);
    branch(&b, b2, tl_opd_place(started, "started"), TL_CMP_NE, 0, b3, b4, 20);
    call1(&b, b3, "pthread_join", tl_opd_place(t, "t"), 21, TL_STMT_IS_EXPR_STMT);
    tl_block_jump(b.f, b3, b4);
    ret(&b, b4, 22);

    tl_findings fs;
    tl_stats st;
    analyse(&b, &fs, &st);
    EXPECT(fs.n == 0);
    tl_findings_free(&fs);
    tl_tu_free(&b.tu);
}

/* for (i = 0; i < n; i++) create(&th[i]); for (j = 0; j < n; j++) join(th[j]); */
static void test_array_loops(bool with_join) {
    builder b;
    begin(&b, "pool");
    int th = local(&b, "th", true);
    int i = local(&b, "i", false), j = local(&b, "j", false), n = local(&b, "n", false);
    int elem = tl_place_derive(b.f, th, TL_SEL_INDEX, NULL);
    int b0 = b.f->entry, head1 = tl_block_new(b.f), body1 = tl_block_new(b.f),
        head2 = tl_block_new(b.f), body2 = tl_block_new(b.f), out = tl_block_new(b.f);
    assign_const(&b, b0, i, 0);
    tl_block_jump(b.f, b0, head1);
    tl_cond lt = {.lhs = tl_opd_place(i, "i"), .rhs = tl_opd_place(n, "n"), .op = TL_CMP_LT,
                  .text = "i < n", .loc = at(5)};
    int pre2 = tl_block_new(b.f);
    tl_block_branch(b.f, head1, &lt, body1, pre2);
    create(&b, body1, elem, 6, TL_STMT_IS_EXPR_STMT | TL_STMT_IN_COMPOUND);
    tl_block_add_event(b.f, body1, TL_EV_INCR)->dst_place = i;
    b.f->blocks[body1].events[1].delta = 1;
    tl_block_jump(b.f, body1, head1);
    assign_const(&b, pre2, j, 0);
    tl_block_jump(b.f, pre2, head2);
    tl_cond lt2 = {.lhs = tl_opd_place(j, "j"), .rhs = tl_opd_place(n, "n"), .op = TL_CMP_LT,
                   .text = "j < n", .loc = at(8)};
    tl_block_branch(b.f, head2, &lt2, body2, out);
    if (with_join)
        call1(&b, body2, "pthread_join", tl_opd_place(elem, "th[j]"), 9, TL_STMT_IS_EXPR_STMT);
    tl_block_add_event(b.f, body2, TL_EV_INCR)->dst_place = j;
    b.f->blocks[body2].events[b.f->blocks[body2].nevents - 1].delta = 1;
    tl_block_jump(b.f, body2, head2);
    ret(&b, out, 12);

    tl_findings fs;
    tl_stats st;
    analyse(&b, &fs, &st);
    EXPECT(count_rule(&fs, TL_RULE_THREAD_LEAK) == (with_join ? 0 : 1));
    EXPECT(count_rule(&fs, TL_RULE_JOIN_MISUSE) == 0);
    EXPECT(st.budget_hits == 0);
    tl_findings_free(&fs);
    tl_tu_free(&b.tu);
}

/* create; join; join -> JoinMisuse with a removal fix-it */
static void test_double_join(void) {
    builder b;
    begin(&b, "twice");
    int t = local(&b, "t", false);
    int b0 = b.f->entry;
    create(&b, b0, t, 3, TL_STMT_IS_EXPR_STMT | TL_STMT_IN_COMPOUND);
    call1(&b, b0, "pthread_join", tl_opd_place(t, "t"), 4, TL_STMT_IS_EXPR_STMT | TL_STMT_IN_COMPOUND);
    call1(&b, b0, "pthread_join", tl_opd_place(t, "t"), 5, TL_STMT_IS_EXPR_STMT | TL_STMT_IN_COMPOUND);
    ret(&b, b0, 6);
    tl_findings fs;
    tl_stats st;
    analyse(&b, &fs, &st);
    EXPECT(fs.n == 1 && fs.items[0].rule == TL_RULE_JOIN_MISUSE);
    EXPECT(fs.n == 1 && fs.items[0].loc.line == 5);
    EXPECT(fs.n == 1 && fs.items[0].nfixits == 1 && fs.items[0].fixits[0].text[0] == '\0');
    tl_findings_free(&fs);
    tl_tu_free(&b.tu);
}

/* while (1) create(&t): the storm */
static void test_storm(void) {
    builder b;
    begin(&b, "storm");
    int t = local(&b, "t", false);
    int b0 = b.f->entry, loop = tl_block_new(b.f);
    tl_block_jump(b.f, b0, loop);
    create(&b, loop, t, 7, TL_STMT_IS_EXPR_STMT | TL_STMT_IN_COMPOUND);
    tl_block_jump(b.f, loop, loop);
    tl_findings fs;
    tl_stats st;
    analyse(&b, &fs, &st);
    EXPECT(fs.n == 1 && strstr(fs.items[0].msg, "overwritten"));
    EXPECT(fs.n == 1 && fs.items[0].nfixits == 2); /* if ( ... == 0) pthread_detach(t) */
    tl_findings_free(&fs);
    tl_tu_free(&b.tu);
}

/* 40 independent creates behind 40 unknown branches: the state count explodes,
 * the budget stops it, and nothing is reported from the partial walk. */
static void test_budget(void) {
    builder b;
    begin(&b, "explode");
    int cur = b.f->entry;
    for (int k = 0; k < 40; k++) {
        char name[16];
        snprintf(name, sizeof name, "t%d", k);
        int t = local(&b, name, false);
        int yes = tl_block_new(b.f), join = tl_block_new(b.f);
        branch(&b, cur, tl_opd_opaque("x"), TL_CMP_NE, k, yes, join, 10 + (unsigned)k);
        create(&b, yes, t, 10 + (unsigned)k, TL_STMT_IS_EXPR_STMT);
        tl_block_jump(b.f, yes, join);
        cur = join;
    }
    ret(&b, cur, 99);
    tl_findings fs;
    tl_stats st;
    analyse(&b, &fs, &st);
    EXPECT(st.budget_hits == 1);
    EXPECT(fs.n == 0);
    tl_findings_free(&fs);
    tl_tu_free(&b.tu);
}

int main(void) {
    test_error_path_leak();
    test_correlated_flag_silent();
    test_array_loops(true);
    test_array_loops(false);
    test_double_join();
    test_storm();
    test_budget();
    if (failures) {
        fprintf(stderr, "%d expectation(s) failed\n", failures);
        return 1;
    }
    puts("test_core: all passed");
    return 0;
}

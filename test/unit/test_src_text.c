/* src_text: the source-text reading both front ends share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src_text.h"

#include "expect.h"

static bool same(const char *got, const char *want) {
    if (got && want && strcmp(got, want) == 0)
        return true;
    if (!got && !want)
        return true;
    fprintf(stderr, "  got \"%s\", want \"%s\"\n", got ? got : "(null)", want ? want : "(null)");
    return false;
}

static const char *collapse(tl_arena *a, const char *s) { return tl_src_collapse(a, s, strlen(s)); }

static void collapsing(tl_arena *a) {
    EXPECT(same(collapse(a, "pthread_create(&t,\n\t\tNULL, run, NULL)"),
                "pthread_create(&t, NULL, run, NULL)"));
    EXPECT(same(collapse(a, "  x \\\n == 0"), "x == 0"));
    EXPECT(same(collapse(a, ""), NULL));
    const char *cut = collapse(a, "a_long_condition(with, many, arguments) != 0 && "
                                  "another_long_condition(with, more) == 0");
    EXPECT(cut && strlen(cut) <= TL_SRC_TEXT_MAX);
    EXPECT(cut && strcmp(cut + strlen(cut) - 3, "...") == 0);
    EXPECT(cut && cut[strlen(cut) - 4] != ' ');
}

static void blanks_and_words(void) {
    const char *s = "  /* c */ // line\n  x";
    EXPECT(tl_src_skip_blank(s, 0, strlen(s)) == strlen(s) - 1);
    const char *open = "/* unterminated";
    EXPECT(tl_src_skip_blank(open, 0, strlen(open)) == strlen(open));
    EXPECT(tl_src_spelled_with("pthread_join(t, 0)", 18, "pthread_join"));
    EXPECT(!tl_src_spelled_with("pthread_join_np(t)", 18, "pthread_join"));
    EXPECT(!tl_src_spelled_with(NULL, 0, "x"));
    EXPECT(tl_src_is_invocation("CHECK(pthread_create(&t, 0, f, 0))", 34));
    EXPECT(tl_src_is_invocation("CHECK (x) ", 10));
    EXPECT(!tl_src_is_invocation("CHECK(x) + 1", 12));
    EXPECT(!tl_src_is_invocation("(x)", 3));
    EXPECT(!tl_src_is_invocation("9F(x)", 5));
}

static void semicolons(void) {
    const char *text = "pthread_join(t, NULL) /* done */\n  ;\nnext";
    tl_range r = {{0, 1, 1, 0}, {0, 1, 22, 21}};
    tl_range w = tl_src_with_semicolon(text, strlen(text), r);
    EXPECT(w.end.offset == 36 && w.end.line == 2 && w.end.col == 4);
    const char *none = "f(x) + 1;";
    tl_range f = {{0, 1, 1, 0}, {0, 1, 5, 4}};
    EXPECT(tl_src_with_semicolon(none, strlen(none), f).end.offset == 4);
    tl_range past = {{0, 1, 1, 0}, {0, 1, 99, 99}};
    EXPECT(tl_src_with_semicolon(none, strlen(none), past).end.offset == 99);
    EXPECT(tl_src_with_semicolon(NULL, 0, f).end.offset == 4);
}

/* Can a file-scope declaration go at the start of the line holding
 * `def` (its first occurrence) in text? */
static bool top_line(const char *text, const char *def, size_t *at) {
    size_t begin = (size_t)(strstr(text, def) - text);
    return tl_src_top_level_line(text, strlen(text), begin, at);
}

static void top_level_lines(void) {
    size_t at = 99;
    EXPECT(top_line("static void f(void) {}", "static", &at) && at == 0);
    EXPECT(top_line("int x;\n\n  static void f(void) {}", "static", &at) && at == 8);
    EXPECT(top_line("void g(void) {}\r\nvoid f(void) {}", "void f", &at) && at == 17);
    EXPECT(top_line("#include <a.h>\n// says why\n/* more\n   words */\nvoid f(void);", "void f",
                    &at));
    EXPECT(top_line("int x; /* doc */\nvoid f(void);", "void f", &at));
    /* the line above is part of the definition, or code shares its line */
    EXPECT(!top_line("__attribute__((constructor))\nstatic void f(void) {}", "static", &at));
    EXPECT(!top_line("static void\nf(void) {}", "f(void)", &at));
    EXPECT(!top_line("int x; static void f(void) {}", "static", &at));
    EXPECT(!top_line("#define X \\\nvoid f(void);", "void f", &at));
    EXPECT(!top_line("int a = 1 +\n/* c */\nvoid f(void);", "void f", &at));
    EXPECT(!tl_src_top_level_line(NULL, 0, 0, &at));
    EXPECT(!tl_src_top_level_line("ab", 2, 5, &at));
}

/* The condition a macro body writes, as its invocation fills it in. */
static const char *macro_cond(tl_arena *a, const char *text, const char *at, const char *inv) {
    size_t off = (size_t)(strstr(text, at) - text);
    return tl_src_macro_expr(a, text, strlen(text), off, inv, strlen(inv));
}

static void macro_conditions(tl_arena *a) {
    const char *def = "#define TRY(expr) do { if ((expr) < 0) goto fail; } while (0)\n";
    EXPECT(same(macro_cond(a, def, "(expr) <", "TRY(setup(x, y))"), "(setup(x, y)) < 0"));
    const char *cont = "#define START(t, fn) \\\n    do { \\\n"
                       "        if (pthread_create(&(t), NULL, fn, NULL) != 0) \\\n"
                       "            abort(); \\\n    } while (0)\n";
    EXPECT(same(macro_cond(a, cont, "pthread_create", "START(w->tid, worker)"),
                "pthread_create(&(w->tid), NULL, worker, NULL) != 0"));
    /* a parameter's name inside a longer word stays as it is */
    const char *word = "#define NZ(x) (x_count(x) != 0 && x)\n";
    EXPECT(same(macro_cond(a, word, "x_count", "NZ(n)"), "x_count(n) != 0"));
    /* argument counts that differ: not readable */
    EXPECT(same(macro_cond(a, def, "(expr) <", "TRY(a, b)"), NULL));
    EXPECT(same(macro_cond(a, def, "(expr) <", "TRY"), NULL));
    EXPECT(same(tl_src_macro_expr(a, def, strlen(def), strlen(def), "TRY(x)", 6), NULL));
}

static bool count_ident(const char *id, size_t n, void *ud) {
    int *count = ud;
    (*count)++;
    return n == 4 && memcmp(id, "stop", 4) == 0;
}

static void identifiers(void) {
    const char *t = "a = b_1 + \"not_this\" + 'c' /* nor */ // this\n + d2;";
    int count = 0;
    EXPECT(!tl_src_each_ident(t, strlen(t), count_ident, &count));
    EXPECT(count == 3);
    const char *stop = "x stop y";
    count = 0;
    EXPECT(tl_src_each_ident(stop, strlen(stop), count_ident, &count));
    EXPECT(count == 2);
}

static bool unread(const char *def, const char *param) {
    return tl_src_param_unread(def, strlen(def), param, strlen(param));
}

static void unread_params(void) {
    EXPECT(unread("void *f(void *arg) { (void)arg; return 0; }", "arg"));
    EXPECT(unread("void *f(void *arg) { ( void ) arg; /* arg */ return \"arg\"; }", "arg"));
    EXPECT(unread("void *f(void *) { return 0; }", ""));
    EXPECT(!unread("void *f(void *arg) { return arg; }", "arg"));
    EXPECT(!unread("void *f(void *arg) { (void)arg; use(arg); }", "arg"));
    EXPECT(!unread("void *f(void *arg) { return (void *)arg; }", "arg"));
    EXPECT(!unread("DEFINE_ROUTINE(f) { return 0; }", "arg")); /* declared out of sight */
}

static size_t token_length(const char *s, size_t off) {
    return tl_src_token_length(s, strlen(s), off);
}

static void token_lengths(void) {
    EXPECT(token_length("f(a, b)", 6) == 1);
    EXPECT(token_length("return counter;", 7) == 7);
    EXPECT(token_length("x = 42;", 4) == 2);
    EXPECT(token_length("p->next", 3) == 4);
    EXPECT(token_length("end", 0) == 3); /* the text ends with the token */
    EXPECT(token_length("a\\\nb", 0) == 0); /* a line splice continues it */
    EXPECT(token_length("a?" "?/\nb", 0) == 0); /* a trigraph may */
    EXPECT(token_length("a$b", 0) == 0);
    EXPECT(token_length("L\"wide\"", 0) == 0);
    EXPECT(token_length("u8'c'", 0) == 0);
    EXPECT(token_length("1.5", 0) == 0);
    EXPECT(token_length("1e+5", 0) == 0);
    EXPECT(token_length("1'000", 0) == 0);
    EXPECT(token_length("0x1F)", 0) == 4);
    EXPECT(token_length("\"s\"", 0) == 0);
    EXPECT(token_length("a->b", 1) == 0);  /* other punctuators: ask the lexer */
    EXPECT(token_length("caf\xc3\xa9", 0) == 0);
    EXPECT(token_length("x", 1) == 0);
    EXPECT(tl_src_token_length(NULL, 0, 0) == 0);
}

static bool starts_are(const char *text, const unsigned *want, unsigned nwant) {
    unsigned n = 0;
    unsigned *got = tl_src_line_starts(text, strlen(text), &n);
    bool same = n == nwant && memcmp(got, want, sizeof *want * n) == 0;
    if (!same)
        fprintf(stderr, "  line starts of \"%s\": %u of them\n", text, n);
    free(got);
    return same;
}

static void line_starts(void) {
    EXPECT(starts_are("", (unsigned[]){0}, 1));
    EXPECT(starts_are("a\nb\n", (unsigned[]){0, 2, 4}, 3));
    EXPECT(starts_are("a\r\nb", (unsigned[]){0, 3}, 2));
    EXPECT(starts_are("a\rb\rc", (unsigned[]){0, 2, 4}, 3));
    EXPECT(starts_are("a\n\rb", (unsigned[]){0, 2, 3}, 3)); /* "\n\r" is two ends */
    char many[300];
    memset(many, '\n', sizeof many - 1); /* past the first allocation */
    many[sizeof many - 1] = 0;
    unsigned n = 0;
    unsigned *s = tl_src_line_starts(many, strlen(many), &n);
    EXPECT(n == 300 && s[299] == 299);
    free(s);
}

static void line_lookup(void) {
    const unsigned starts[] = {0, 4, 9, 10, 20}; /* five lines, the last from 20 on */
    unsigned last = 0;
    EXPECT(tl_src_line_of(starts, 5, 0, &last) == 0 && last == 0);
    EXPECT(tl_src_line_of(starts, 5, 9, &last) == 2 && last == 2); /* near: walks forward */
    EXPECT(tl_src_line_of(starts, 5, 5, &last) == 1 && last == 1); /* and back */
    EXPECT(tl_src_line_of(starts, 5, 500, &last) == 4);            /* past the last start */
    unsigned many[100];
    for (unsigned i = 0; i < 100; i++)
        many[i] = i * 10;
    last = 0;
    EXPECT(tl_src_line_of(many, 100, 955, &last) == 95); /* far: the search */
    EXPECT(tl_src_line_of(many, 100, 3, &last) == 0);
}

int main(void) {
    tl_arena a;
    tl_arena_init(&a);
    collapsing(&a);
    blanks_and_words();
    semicolons();
    top_level_lines();
    macro_conditions(&a);
    identifiers();
    unread_params();
    token_lengths();
    line_starts();
    line_lookup();
    tl_arena_free(&a);
    if (failures)
        fprintf(stderr, "%d failure(s)\n", failures);
    return failures != 0;
}

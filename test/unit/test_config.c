/* --checks must behave like clang-tidy's: globs, `-` to disable, last wins. */
#include <stdio.h>
#include <string.h>

#include "analyze.h"

#include "expect.h"

static int enabled_count(const tl_config *cfg) {
    int n = 0;
    for (int r = 0; r < TL_RULE_COUNT; r++)
        n += cfg->enabled[r];
    return n;
}

static bool on(const tl_config *cfg, const char *rule) {
    int r = tl_rule_lookup(rule);
    return r >= 0 && cfg->enabled[r];
}

static void defaults(void) {
    tl_config cfg;
    tl_config_default(&cfg);
    EXPECT(enabled_count(&cfg) == TL_RULE_COUNT);
    EXPECT(cfg.budget.states_per_block == 64);
    EXPECT(cfg.budget.steps == 200000);
    EXPECT(cfg.budget.summary_depth == 3);
}

static void rule_names(void) {
    EXPECT(strcmp(tl_rule_name(TL_RULE_THREAD_LEAK), "pthread.ThreadLeak") == 0);
    EXPECT(tl_rule_lookup("pthread.ThreadLeak") == TL_RULE_THREAD_LEAK);
    EXPECT(tl_rule_lookup("pthread.threadleak") == -1);
    EXPECT(tl_rule_lookup("") == -1);
    for (int r = 0; r < TL_RULE_COUNT; r++) {
        EXPECT(tl_rule_lookup(tl_rule_name((tl_rule_id)r)) == r);
        EXPECT(strlen(tl_rule_summary((tl_rule_id)r)) > 0);
    }
}

static void globs(void) {
    EXPECT(tl_glob_match("*", "pthread.ThreadLeak"));
    EXPECT(tl_glob_match("*", ""));
    EXPECT(tl_glob_match("pthread.*", "pthread.ThreadLeak"));
    EXPECT(tl_glob_match("*Leak", "pthread.ThreadLeak"));
    EXPECT(tl_glob_match("p*.T*L*k", "pthread.ThreadLeak"));
    EXPECT(tl_glob_match("pthread.ThreadLeak", "pthread.ThreadLeak"));
    EXPECT(tl_glob_match("**Leak**", "pthread.ThreadLeak"));
    EXPECT(!tl_glob_match("pthread.Thread", "pthread.ThreadLeak"));
    EXPECT(!tl_glob_match("*Join", "pthread.JoinMisuse"));
    EXPECT(!tl_glob_match("", "pthread.ThreadLeak"));
    EXPECT(!tl_glob_match("pthread.threadleak", "pthread.ThreadLeak"));
    EXPECT(tl_glob_match("*a*a*a", "aaaa"));
    EXPECT(!tl_glob_match("*a*a*b", "aaaa"));
}

static void checks_lists(void) {
    tl_config cfg;
    const char *bad = NULL;

    tl_config_default(&cfg);
    EXPECT(tl_config_apply_checks(&cfg, "-*,pthread.ThreadLeak", &bad));
    EXPECT(enabled_count(&cfg) == 1 && on(&cfg, "pthread.ThreadLeak"));

    tl_config_default(&cfg);
    EXPECT(tl_config_apply_checks(&cfg, "-pthread.Join*", &bad));
    EXPECT(!on(&cfg, "pthread.JoinMisuse") && enabled_count(&cfg) == TL_RULE_COUNT - 1);

    /* later entries win */
    tl_config_default(&cfg);
    EXPECT(tl_config_apply_checks(&cfg, "pthread.ThreadLeak,-*", &bad));
    EXPECT(enabled_count(&cfg) == 0);
    EXPECT(tl_config_apply_checks(&cfg, "-*,*Leak,-pthread.KeyLeak", &bad));
    EXPECT(on(&cfg, "pthread.ThreadLeak") && on(&cfg, "pthread.AttrLeak") &&
           !on(&cfg, "pthread.KeyLeak") && !on(&cfg, "pthread.JoinMisuse"));

    /* whitespace and empty entries are ignored */
    tl_config_default(&cfg);
    EXPECT(tl_config_apply_checks(&cfg, " -* ,\n pthread.JoinMisuse , ,", &bad));
    EXPECT(enabled_count(&cfg) == 1 && on(&cfg, "pthread.JoinMisuse"));
    EXPECT(tl_config_apply_checks(&cfg, "", &bad));
    EXPECT(enabled_count(&cfg) == 1);

    /* a glob matching no rule is an error, names the glob, changes nothing */
    tl_config_default(&cfg);
    const char *list = "-*,pthread.ThreadLeak,bugprone-*,pthread.JoinMisuse";
    bad = NULL;
    EXPECT(!tl_config_apply_checks(&cfg, list, &bad));
    EXPECT(bad && strncmp(bad, "bugprone-*", strlen("bugprone-*")) == 0);
    EXPECT(enabled_count(&cfg) == TL_RULE_COUNT);
    bad = NULL;
    EXPECT(!tl_config_apply_checks(&cfg, "-nothing.Here", &bad));
    EXPECT(bad && strncmp(bad, "-nothing.Here", 13) == 0);
    EXPECT(!tl_config_apply_checks(&cfg, "-", &bad));
    EXPECT(!tl_config_apply_checks(&cfg, "pthread.threadleak", &bad));
}

static void findings_sort(void) {
    tl_findings fs;
    tl_findings_init(&fs);
    struct {
        int file;
        unsigned line, col;
        tl_rule_id rule;
        const char *msg;
    } in[] = {
        {1, 1, 1, TL_RULE_THREAD_LEAK, "x"}, {0, 9, 1, TL_RULE_THREAD_LEAK, "b"},
        {0, 9, 1, TL_RULE_THREAD_LEAK, "a"}, {0, 9, 1, TL_RULE_JOIN_MISUSE, "a"},
        {0, 2, 7, TL_RULE_THREAD_LEAK, "a"}, {0, 2, 3, TL_RULE_THREAD_LEAK, "a"},
    };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        tl_finding *f = tl_findings_add(&fs);
        f->loc = (tl_loc){in[i].file, in[i].line, in[i].col, 0};
        f->rule = in[i].rule;
        f->msg = tl_arena_strdup(&fs.arena, in[i].msg);
    }
    for (int i = 0; i < 100; i++) /* force growth past the first block */
        tl_findings_add(&fs)->loc = (tl_loc){2, 1, 1, 0};
    tl_findings_sort(&fs);
    EXPECT(fs.items[0].loc.line == 2 && fs.items[0].loc.col == 3);
    EXPECT(fs.items[1].loc.line == 2 && fs.items[1].loc.col == 7);
    EXPECT(fs.items[2].rule == TL_RULE_THREAD_LEAK && strcmp(fs.items[2].msg, "a") == 0);
    EXPECT(fs.items[3].rule == TL_RULE_THREAD_LEAK && strcmp(fs.items[3].msg, "b") == 0);
    EXPECT(fs.items[4].rule == TL_RULE_JOIN_MISUSE);
    EXPECT(fs.items[5].loc.file == 1);
    EXPECT(fs.items[106 - 1].loc.file == 2);
    tl_findings_free(&fs);
    EXPECT(fs.n == 0 && fs.items == NULL);
}

int main(void) {
    defaults();
    rule_names();
    globs();
    checks_lists();
    findings_sort();
    if (failures) {
        fprintf(stderr, "test_config: %d failure(s)\n", failures);
        return 1;
    }
    puts("test_config: all passed");
    return 0;
}

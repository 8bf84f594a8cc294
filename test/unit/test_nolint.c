/* NOLINT handling must match clang-tidy's, since users bring their habits. */
#include <stdio.h>
#include <string.h>

#include "analyze.h"

#include "expect.h"

static void expect(bool got, bool want, const char *text, unsigned line, const char *rule,
                   int at) {
    if (got != want) {
        fprintf(stderr, "%s:%d: line %u, rule %s: expected %s in:\n%s\n", __FILE__, at, line,
                rule, want ? "suppressed" : "reported", text);
        failures++;
    }
}

#define SUPPRESSED(text, line, rule)                                                       \
    expect(tl_nolint_suppresses(text, strlen(text), line, rule), true, text, line, rule,     \
           __LINE__)
#define REPORTED(text, line, rule)                                                         \
    expect(tl_nolint_suppresses(text, strlen(text), line, rule), false, text, line, rule,    \
           __LINE__)

static const char *const leak = "pthread.ThreadLeak";
static const char *const join = "pthread.JoinMisuse";

static void same_line(void) {
    REPORTED("pthread_create(&t, 0, f, 0);\n", 1, leak);
    SUPPRESSED("pthread_create(&t, 0, f, 0); // NOLINT\n", 1, leak);
    SUPPRESSED("pthread_create(&t, 0, f, 0); /* NOLINT */\n", 1, leak);
    SUPPRESSED("pthread_create(&t, 0, f, 0); // NOLINT: reason\n", 1, leak);
    SUPPRESSED("x; // NOLINT(pthread.ThreadLeak)\n", 1, leak);
    REPORTED("x; // NOLINT(pthread.ThreadLeak)\n", 1, join);
    SUPPRESSED("x; // NOLINT(pthread.JoinMisuse, pthread.ThreadLeak)\n", 1, leak);
    SUPPRESSED("x; // NOLINT( pthread.Join* , pthread.Thread* )\n", 1, leak);
    SUPPRESSED("x; // NOLINT(*)\n", 1, join);
    REPORTED("x; // NOLINT(bugprone-*)\n", 1, leak);
    REPORTED("x; // NOLINT()\n", 1, leak);
    /* only the finding's own line counts */
    REPORTED("a; // NOLINT\nb;\n", 2, leak);
    REPORTED("a;\nb; // NOLINT\n", 1, leak);
    /* look-alikes are no markers */
    REPORTED("x; // NOLINTED\n", 1, leak);
    REPORTED("x; // NOLINT(pthread.ThreadLeak\n", 1, leak);
    REPORTED("x; // nolint\n", 1, leak);
    /* a NEXTLINE marker says nothing about its own line */
    REPORTED("x; // NOLINTNEXTLINE\n", 1, leak);
}

static void next_line(void) {
    SUPPRESSED("// NOLINTNEXTLINE\nx;\n", 2, leak);
    SUPPRESSED("/* NOLINTNEXTLINE(pthread.ThreadLeak) */\nx;\n", 2, leak);
    REPORTED("// NOLINTNEXTLINE(pthread.ThreadLeak)\nx;\n", 2, join);
    REPORTED("// NOLINTNEXTLINE\n\nx;\n", 3, leak);
    SUPPRESSED("a;\n// NOLINTNEXTLINE(pthread.*)\r\nx;\r\n", 3, join);
    REPORTED("// NOLINTNEXTLINE\n", 1, leak);
}

static void blocks(void) {
    const char *all = "a;\n// NOLINTBEGIN\nb;\nc;\n// NOLINTEND\nd;\n";
    REPORTED(all, 1, leak);
    SUPPRESSED(all, 2, leak);
    SUPPRESSED(all, 3, leak);
    SUPPRESSED(all, 4, join);
    SUPPRESSED(all, 5, leak);
    REPORTED(all, 6, leak);

    const char *listed = "// NOLINTBEGIN(pthread.ThreadLeak)\nb;\n// NOLINTEND(pthread.ThreadLeak)\n";
    SUPPRESSED(listed, 2, leak);
    REPORTED(listed, 2, join);

    /* an END must repeat its BEGIN's list */
    const char *mismatch = "// NOLINTBEGIN(pthread.ThreadLeak)\nb;\n// NOLINTEND\n";
    REPORTED(mismatch, 2, leak);
    /* unmatched markers suppress nothing */
    REPORTED("// NOLINTBEGIN\nb;\n", 2, leak);
    REPORTED("b;\n// NOLINTEND\n", 1, leak);
    /* nested blocks, each closing its own */
    const char *nested = "// NOLINTBEGIN(pthread.ThreadLeak)\n"
                         "// NOLINTBEGIN(pthread.JoinMisuse)\n"
                         "c;\n"
                         "// NOLINTEND(pthread.JoinMisuse)\n"
                         "e;\n"
                         "// NOLINTEND(pthread.ThreadLeak)\n";
    SUPPRESSED(nested, 3, join);
    SUPPRESSED(nested, 3, leak);
    REPORTED(nested, 5, join);
    SUPPRESSED(nested, 5, leak);
    /* a block that closed before the line, then one that never closes */
    REPORTED("// NOLINTBEGIN\n// NOLINTEND\nx;\n// NOLINTBEGIN\n", 3, leak);
}

static void odd_input(void) {
    REPORTED("", 1, leak);
    REPORTED("x;", 0, leak);
    REPORTED("x;", 7, leak);
    SUPPRESSED("x; // NOLINT", 1, leak); /* no final newline */
    /* the text need not be NUL-terminated: only len bytes count */
    const char buf[] = {'x', ';', ' ', '/', '/', ' ', 'N', 'O', 'L', 'I', 'N', 'T'};
    expect(tl_nolint_suppresses(buf, sizeof buf, 1, leak), true, "x; // NOLINT", 1, leak,
           __LINE__);
    expect(tl_nolint_suppresses(buf, sizeof buf - 1, 1, leak), false, "x; // NOLIN", 1, leak,
           __LINE__);
}

/* One scan answers every line and rule as the one-shot call does. */
static void one_scan_many_queries(void) {
    const char *text = "a; // NOLINT(pthread.ThreadLeak)\n"
                       "// NOLINTNEXTLINE\n"
                       "b;\n"
                       "// NOLINTBEGIN(pthread.Key*)\n"
                       "c;\n"
                       "// NOLINTEND(pthread.Key*)\n"
                       "d; // NOLINTEND\n"
                       "e; // NOLINTX\n"
                       "f;";
    const char *rules[] = {"pthread.ThreadLeak", "pthread.KeyLeak", "pthread.AttrLeak"};
    tl_nolint_marks *ms = tl_nolint_scan(text, strlen(text));
    int differ = 0, suppressed = 0;
    for (unsigned line = 0; line <= 10; line++)
        for (int r = 0; r < 3; r++) {
            bool one = tl_nolint_suppresses(text, strlen(text), line, rules[r]);
            differ += tl_nolint_marks_suppress(ms, line, rules[r]) != one;
            suppressed += one;
        }
    EXPECT(differ == 0);
    EXPECT(suppressed == 1 + 3 + 3); /* line 1 one rule, line 3 all, lines 4-6 Key only */
    tl_nolint_marks_free(ms);
    EXPECT(!tl_nolint_marks_suppress(NULL, 1, rules[0]));
    tl_nolint_marks *none = tl_nolint_scan(NULL, 0);
    EXPECT(!tl_nolint_marks_suppress(none, 1, rules[0]));
    tl_nolint_marks_free(none);
}

int main(void) {
    one_scan_many_queries();
    same_line();
    next_line();
    blocks();
    odd_input();
    if (failures) {
        fprintf(stderr, "test_nolint: %d failure(s)\n", failures);
        return 1;
    }
    puts("test_nolint: all passed");
    return 0;
}

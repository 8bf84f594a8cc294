/* The name index (checks/name_index.c) and the TU tables built on it:
 * functions, files and noreturn names found by name at any size. */
#include <stdio.h>
#include <string.h>

#include "ir.h"
#include "name_index.h"

#include "expect.h"

static void empty_and_null(void) {
    tl_name_index ix = {0};
    EXPECT(tl_name_index_get(&ix, "x") == -1);
    EXPECT(tl_name_index_get(&ix, NULL) == -1);
    EXPECT(tl_name_index_put(&ix, "x", 7) == 7);
    EXPECT(tl_name_index_get(&ix, NULL) == -1);
    EXPECT(tl_name_index_get(&ix, "") == -1);
    EXPECT(tl_name_index_put(&ix, "", 3) == 3);
    EXPECT(tl_name_index_get(&ix, "") == 3);
    tl_name_index_free(&ix);
    EXPECT(ix.cap == 0 && ix.n == 0 && tl_name_index_get(&ix, "x") == -1);
}

/* The first value put for a name stays; prefixes and unterminated keys
 * are told apart. */
static void first_wins_and_prefixes(void) {
    tl_name_index ix = {0};
    EXPECT(tl_name_index_put(&ix, "spawn", 1) == 1);
    EXPECT(tl_name_index_put(&ix, "spawn", 2) == 1);
    EXPECT(tl_name_index_get(&ix, "spawn") == 1);
    EXPECT(tl_name_index_put(&ix, "spawn_all", 3) == 3);
    EXPECT(tl_name_index_get(&ix, "spaw") == -1);
    EXPECT(tl_name_index_get(&ix, "spawn_") == -1);
    EXPECT(tl_name_index_get_n(&ix, "spawn_all(", 5) == 1);
    EXPECT(tl_name_index_get_n(&ix, "spawn_all(", 9) == 3);
    EXPECT(tl_name_index_get_n(&ix, "spawn_all(", 10) == -1);
    EXPECT(ix.n == 2);
    tl_name_index_free(&ix);
}

/* Growing keeps every entry, including the ones that collided. */
static void many_names(void) {
    enum { N = 100000 };
    static char names[N][16];
    tl_name_index ix = {0};
    for (int i = 0; i < N; i++) {
        snprintf(names[i], sizeof names[i], "f_%d", i);
        EXPECT(tl_name_index_put(&ix, names[i], i) == i);
    }
    int wrong = 0;
    for (int i = 0; i < N; i++)
        wrong += tl_name_index_get(&ix, names[i]) != i;
    EXPECT(wrong == 0);
    EXPECT(ix.n == N && ix.cap >= 2 * (size_t)N);
    EXPECT(tl_name_index_get(&ix, "f_100000") == -1);
    EXPECT(tl_name_index_get(&ix, "f_-1") == -1);
    tl_name_index_free(&ix);
}

static void tu_tables(void) {
    tl_tu tu;
    tl_tu_init(&tu);
    EXPECT(tl_tu_file(&tu, "a.c") == 0);
    EXPECT(tl_tu_file(&tu, "b.h") == 1);
    EXPECT(tl_tu_file(&tu, "a.c") == 0);
    EXPECT(tu.nfiles == 2);
    EXPECT(tl_tu_func_index(&tu, "main") == -1);
    for (int i = 0; i < 5000; i++) {
        char name[32];
        snprintf(name, sizeof name, "fn%d", i);
        tl_func_new(&tu, name, true); /* the TU keeps its own copy of the name */
    }
    tl_func_new(&tu, "fn42", false); /* a second one so named: the first stays found */
    EXPECT(tl_tu_func_index(&tu, "fn0") == 0);
    EXPECT(tl_tu_func_index(&tu, "fn4999") == 4999);
    EXPECT(tl_tu_func_index(&tu, "fn42") == 42);
    EXPECT(tl_tu_find_func(&tu, "fn42") == tl_tu_func_at(&tu, 42));
    EXPECT(strcmp(tl_tu_func_name(&tu, 42), "fn42") == 0);
    EXPECT(tl_tu_find_func(&tu, "fn5000") == NULL);
    EXPECT(tl_tu_func_index(&tu, NULL) == -1);

    EXPECT(tl_tu_is_noreturn(&tu, "exit"));
    EXPECT(!tl_tu_is_noreturn(&tu, "die"));
    char die[] = "die";
    tl_tu_add_noreturn(&tu, die);
    die[0] = 'x'; /* the TU copied the name */
    EXPECT(tl_tu_is_noreturn(&tu, "die"));
    EXPECT(!tl_tu_is_noreturn(&tu, "xie"));
    tl_tu_add_noreturn(&tu, "die");
    EXPECT(tu.noreturn_names.n == 1);
    EXPECT(!tl_tu_is_noreturn(&tu, NULL));
    tl_tu_free(&tu);
}

int main(void) {
    empty_and_null();
    first_wins_and_prefixes();
    many_names();
    tu_tables();
    if (failures)
        fprintf(stderr, "%d failure(s)\n", failures);
    return failures != 0;
}

/* Fuzz target: the summaries file's reader (summaries/), on any bytes; a
 * file it accepts must survive a round trip: dumped and read again, the
 * same names with the same summaries. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "summary_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_round_trip(const tl_ext_summaries *s) {
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f || !tl_summary_file_dump(f, s))
        abort();
    fclose(f);
    tl_ext_summaries back;
    tl_ext_summaries_init(&back);
    char *why = NULL;
    if (tl_summary_file_parse(text, len, &back, &why) != TL_SUMMARY_FILE_OK || back.n != s->n)
        abort();
    for (int i = 0; i < s->n; i++) {
        const tl_ext_summary *a = tl_ext_summaries_find(s, s->items[i].name);
        const tl_ext_summary *b = tl_ext_summaries_find(&back, s->items[i].name);
        if (!a != !b || (a && (!a->sum != !b->sum || a->never_returns != b->never_returns)) ||
            (a && a->sum && !tl_summary_equal(a->sum, b->sum)) || (a && a->nuses != b->nuses))
            abort();
        for (int u = 0; a && u < a->nuses; u++)
            if (strcmp(a->uses[u], b->uses[u]) != 0)
                abort();
    }
    tl_ext_summaries_free(&back);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tl_ext_summaries s;
    tl_ext_summaries_init(&s);
    char *why = NULL;
    if (tl_summary_file_parse((const char *)data, size, &s, &why) == TL_SUMMARY_FILE_OK)
        check_round_trip(&s);
    free(why);
    tl_ext_summaries_free(&s);
    return 0;
}

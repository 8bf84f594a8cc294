#include "rule_info.h"

#include <string.h>
#include <strings.h>

#include "rule_pages.h"

void tl_list_checks(const tl_config *cfg, FILE *out) {
    size_t width = 0;
    for (int r = 0; r < TL_RULE_COUNT; r++) {
        size_t n = strlen(tl_rule_name((tl_rule_id)r));
        width = n > width ? n : width;
    }
    for (int r = 0; r < TL_RULE_COUNT; r++)
        fprintf(out, "%-*s  %-8s  %s\n", (int)width, tl_rule_name((tl_rule_id)r),
                cfg->enabled[r] ? "enabled" : "disabled", tl_rule_summary((tl_rule_id)r));
}

/* The rule `name` means: its ID, or the ID without "pthread.", any case. */
static const char *rule_named(const char *name) {
    for (int r = 0; r < TL_RULE_COUNT; r++) {
        const char *id = tl_rule_name((tl_rule_id)r);
        const char *dot = strchr(id, '.');
        if (strcasecmp(name, id) == 0 || (dot && strcasecmp(name, dot + 1) == 0))
            return id;
    }
    return NULL;
}

int tl_explain(const char *name, FILE *out, FILE *err) {
    const char *id = rule_named(name);
    const char *page = id ? tl_rule_page(id) : NULL;
    if (!page) {
        fprintf(err,
                "threadlint: error: --explain: '%s' is no rule; 'threadlint --list-checks' "
                "lists them\n",
                name);
        return 2;
    }
    fputs(page, out);
    return 0;
}

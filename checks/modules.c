#include <string.h>

#include "module.h"

static const tl_module *const registry[] = {
    NULL, /* id 0: the core's own markers */
#define TL_MODULE_ENTRY(name) &tl_module_##name,
    TL_MODULE_LIST(TL_MODULE_ENTRY)
#undef TL_MODULE_ENTRY
};

int tl_module_count(void) { return (int)(sizeof registry / sizeof registry[0]); }

const tl_module *tl_module_get(int id) {
    return id > 0 && id < tl_module_count() ? registry[id] : NULL;
}

int tl_module_for_api(const char *callee) { return tl_module_next_for_api(callee, 0); }

int tl_module_next_for_api(const char *callee, int after) {
    if (!callee)
        return -1;
    for (int id = after > 0 ? after + 1 : 1; id < tl_module_count(); id++)
        for (const char *const *api = registry[id]->apis; *api; api++)
            if (strcmp(*api, callee) == 0)
                return id;
    return -1;
}

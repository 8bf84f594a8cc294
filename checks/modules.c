#include <string.h>

#include "api_text.h"
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

/* The gate module `m` gives `callee` (TL_GATE_NOT_API when unlisted). */
static int module_gate(const tl_module *m, const char *callee) {
    bool listed = false;
    for (const char *const *api = m->apis; *api && !listed; api++)
        listed = strcmp(*api, callee) == 0;
    if (!listed)
        return TL_GATE_NOT_API;
    for (const tl_api_arg *g = m->needs_arg; g && g->api; g++)
        if (strcmp(g->api, callee) == 0)
            return g->arg;
    return TL_GATE_ALWAYS;
}

int tl_module_api_gate(const char *callee) {
    int gate = TL_GATE_NOT_API;
    for (int id = 1; callee && id < tl_module_count(); id++)
        gate = tl_gate_merge(gate, module_gate(registry[id], callee));
    return gate;
}

bool tl_module_is_companion(const char *name) {
    for (int id = 1; name && id < tl_module_count(); id++)
        for (const char *const *c = registry[id]->companions; c && *c; c++)
            if (strcmp(*c, name) == 0)
                return true;
    return false;
}

/* An accessor's object (argument 0) held in a global: nothing a rule
 * tracks in this function. */
bool tl_module_call_matters(const tl_func *f, const tl_event *call) {
    return tl_module_gated_call_matters(f, call, tl_module_api_gate(call->callee));
}

bool tl_module_gated_call_matters(const tl_func *f, const tl_event *call, int gate) {
    const tl_operand *arg = gate >= 0 && gate < call->nargs ? &call->args[gate] : NULL;
    return tl_module_gate_admits(gate, gate == TL_GATE_ACCESSOR && tl_call_first_arg_global(f, call),
                                 arg && arg->kind == TL_OPD_CONST && arg->ival == 0);
}

bool tl_module_gate_admits(int gate, bool first_arg_global, bool gated_arg_zero) {
    if (gate == TL_GATE_ACCESSOR)
        return !first_arg_global;
    if (gate < 0)
        return gate == TL_GATE_ALWAYS;
    return !gated_arg_zero;
}

/* The few core symbols the C++ side needs whose headers are C-only
 * (module.h pulls in the engine's state). Compiled as C. */
#include "module.h"

#include "core_shim.h"

int tl_plugin_module_count(void) { return tl_module_count(); }

const char *const *tl_plugin_module_apis(int id) {
    const tl_module *m = tl_module_get(id);
    return m ? m->apis : 0;
}

int tl_plugin_api_gate(const char *name) { return tl_module_api_gate(name); }

const char *const *tl_plugin_module_companions(int id) {
    const tl_module *m = tl_module_get(id);
    return m ? m->companions : 0;
}

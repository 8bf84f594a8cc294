/* C entry points for the plugin's C++ files that would otherwise need module.h. */
#ifndef THREADLINT_PLUGIN_CORE_SHIM_H
#define THREADLINT_PLUGIN_CORE_SHIM_H

#ifdef __cplusplus
extern "C" {
#endif

int tl_plugin_module_count(void);
/* The API names module `id` models (NULL-terminated); NULL for id 0. */
const char *const *tl_plugin_module_apis(int id);
/* tl_module_api_gate: which argument, when null, makes a call of `name`
 * matter to no module (api_text.h's TL_GATE_* otherwise). */
int tl_plugin_api_gate(const char *name);
/* The names whose mention makes module `id`'s accessors count; may be NULL. */
const char *const *tl_plugin_module_companions(int id);

#ifdef __cplusplus
}
#endif

#endif

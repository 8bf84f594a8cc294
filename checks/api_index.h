/* Every API some module models, by name: which modules model it and its
 * gate over all of them.  Built once per analysis and owned by its run, so
 * dispatching a call costs one hash probe instead of a scan of every
 * module's API table (which, per path and event, added up). */
#ifndef THREADLINT_API_INDEX_H
#define THREADLINT_API_INDEX_H

#include "name_index.h"

typedef struct tl_api_info {
    unsigned modules; /* bit 1u << id for each module id that models it */
    int gate;         /* tl_module_api_gate's answer */
} tl_api_info;

typedef struct tl_api_index {
    tl_name_index names; /* name -> index into info */
    tl_api_info *info;
} tl_api_index;

void tl_api_index_build(tl_api_index *ix);
void tl_api_index_free(tl_api_index *ix);
/* {0, TL_GATE_NOT_API} for a name no module models (or NULL). */
tl_api_info tl_api_index_find(const tl_api_index *ix, const char *callee);

#endif

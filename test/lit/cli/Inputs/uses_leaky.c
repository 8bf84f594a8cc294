#include "leaky.h"
void use(void) { header_fire(); }

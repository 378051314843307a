// HiGHS's C interface. The include path (/usr/local/include/highs) comes from the pkg-config
// file highs.pc that scripts/ensure-solvers writes.
#include <interfaces/highs_c_api.h>

// CBC's C interface for MIPs and Clp's (CBC's LP solver, a dependency of
// coinor-libcbc-dev) for LPs, whose duals the CBC interface does not offer.
#include <coin/Cbc_C_Interface.h>
#include <coin/Clp_C_Interface.h>

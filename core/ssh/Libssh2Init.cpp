#include "ssh/Libssh2Init.h"

#include <libssh2.h>

#include <cstdlib>
#include <mutex>

namespace capataz::ssh {

void ensureLibssh2Initialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        libssh2_init(0);
        std::atexit([] { libssh2_exit(); });
    });
}

} // namespace capataz::ssh

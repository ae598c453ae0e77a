#pragma once

namespace capataz::ssh {
// libssh2_init() once per process, thread-safe; libssh2_exit() at exit.
void ensureLibssh2Initialized();
} // namespace capataz::ssh

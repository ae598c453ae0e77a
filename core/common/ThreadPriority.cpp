#include "common/ThreadPriority.h"

#include <cerrno>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace capataz {

void lowerCurrentThreadPriority()
{
#ifdef __linux__
    thread_local bool lowered = false; // once per thread: a second call must not lower it again
    if (lowered)
        return;
    lowered = true;
    // On Linux the nice value belongs to the thread (the tid), not to the process.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (current == -1 && errno != 0)
        return;
    ::setpriority(PRIO_PROCESS, tid, current + kBackgroundNice); // best effort: no effect is no harm
#endif
}

} // namespace capataz

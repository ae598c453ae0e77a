#pragma once

namespace capataz {

// Gives the calling thread a smaller share of the CPU than the GUI thread when both want it
// (Linux: the thread's own nice value, raised by kBackgroundNice; elsewhere nothing). For the
// threads that decode, decrypt and parse remote data: on a busy two-core machine the scheduler
// otherwise hands the GUI thread's core to them in the middle of a paint or a key press, and the
// window stalls for a time slice (measured in tests/bench/bench_console). They still get the
// whole CPU when the GUI thread is idle, which is nearly always. Raising nice needs no privilege;
// lowering it back would. Once per thread, whatever the number of calls.
//
// Only for a thread that holds no lock the GUI thread waits for: a lowered thread holding one is
// preempted by every busy process and the GUI thread waits with it (the log store's writer was
// tried: ui_tst_logstab's million lines beside two busy loops took more than 300 s instead of 15).
// Used by the connection's thread (ssh::Connection), whose output reaches the GUI thread through
// queued events.
void lowerCurrentThreadPriority();

inline constexpr int kBackgroundNice = 5;

} // namespace capataz

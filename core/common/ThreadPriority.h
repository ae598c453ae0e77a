#pragma once

namespace capataz {

// Gives the calling thread a smaller share of the CPU than the GUI thread when both want it
// (Linux: the thread's own nice value, raised by kBackgroundNice; elsewhere nothing). For the
// threads that decode, decrypt and parse remote data: on a busy two-core machine the scheduler
// otherwise hands the GUI thread's core to them in the middle of a paint or a key press, and the
// window stalls for a time slice (measured in tests/bench/bench_console). They still get the
// whole CPU when the GUI thread is idle, which is nearly always. Raising nice needs no privilege;
// lowering it back would. Once per thread, whatever the number of calls: call it at the start of
// a thread, or of each task given to a thread pool.
void lowerCurrentThreadPriority();

inline constexpr int kBackgroundNice = 5;

} // namespace capataz

#pragma once

#include "ssh/BenchContext.h"

namespace capataz::bench {

// 1. Round trip of `true` on an already open connection: Connection::exec + wait for finished,
// vs `ssh` through a ControlMaster started before timing (ControlPersist=60). Median, p90 and
// min of N runs after W warm-ups, interleaved (A,B then B,A). Prints the figures; returns
// capataz median / openssh median.
double benchRoundTrip(const BenchContext& c);

} // namespace capataz::bench

#pragma once

#include "ssh/BenchContext.h"

namespace capataz::bench {

struct SftpRatios {
    double download = -1; // capataz MB/s / openssh MB/s; negative: not measured
    double upload = -1;
};

// 2. SFTP download and upload of a file of random data: SftpJob Op::Download / Op::Upload vs
// `sftp -b` with the cipher and MAC libssh2 negotiated, both on an already open connection
// (OpenSSH: a ControlMaster started with the same -c/-o MACs). Every transfer is checked by
// size, the first of each tool and direction also by SHA-256. R repetitions, interleaved,
// median; next to each, client and test-host CPU time and how capataz's connection thread
// spent the transfer. Prints the figures; returns the ratios.
SftpRatios benchSftp(const BenchContext& c, bool doDown, bool doUp);

} // namespace capataz::bench

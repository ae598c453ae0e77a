#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace capataz::remote {

// A fixed script that stores what it reads on stdin must not take a cut connection for the end of
// the file: `cat > tmp` sees end of input and exits 0 with half the file, and the `mv` after it
// would install that half. receiveFunction() is shell text (POSIX sh) defining
//
//   receive FILE SIZE SHA256
//
// which reads stdin into FILE and fails, removing FILE and saying why on stderr, unless it got
// exactly SIZE bytes whose SHA-256 is SHA256. receiveArgs(content) gives SIZE and SHA256.
// Not for secrets: the hash travels in argv (the .env goes through ssh::AtomicWrite, which sends
// the size on stdin and keeps the content's hash to itself).
[[nodiscard]] QString receiveFunction();
[[nodiscard]] QStringList receiveArgs(const QByteArray& content);

} // namespace capataz::remote

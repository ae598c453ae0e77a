#include "remote/Receive.h"

#include <QCryptographicHash>

namespace capataz::remote {

using namespace Qt::Literals::StringLiterals;

QString receiveFunction()
{
    return uR"SH(receive() {
  cat > "$1" || { rm -f -- "$1"; echo "could not write $1" >&2; return 1; }
  got=$(wc -c < "$1" | tr -d ' ')
  if [ "$got" != "$2" ]; then
    rm -f -- "$1"; echo "received $got of $2 bytes for $1: the connection was cut, nothing was replaced" >&2; return 1
  fi
  if [ "$(sha256sum < "$1" | cut -d' ' -f1)" != "$3" ]; then
    rm -f -- "$1"; echo "what arrived for $1 is not what was sent: nothing was replaced" >&2; return 1
  fi
}
)SH"_s;
}

QStringList receiveArgs(const QByteArray& content)
{
    return {QString::number(content.size()),
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())};
}

} // namespace capataz::remote

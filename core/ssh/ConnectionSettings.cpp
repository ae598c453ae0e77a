#include "ssh/ConnectionSettings.h"

namespace capataz::ssh {

QString ConnectionSettings::displayName() const
{
    QString h = host.contains(u':') ? u'[' + host + u']' : host;
    QString s = user.isEmpty() ? h : user + u'@' + h;
    if (port != 22)
        s += u':' + QString::number(port);
    return s;
}

} // namespace capataz::ssh

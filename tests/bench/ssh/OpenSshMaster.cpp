#include "ssh/OpenSshMaster.h"

#include "ssh/BenchUtil.h"
#include "ssh/ProcessStats.h"

#include <QFile>
#include <QRegularExpression>

namespace capataz::bench {

using namespace Qt::Literals::StringLiterals;

Master::Master(QStringList base, QString host, QString socket)
    : m_base(std::move(base))
    , m_host(std::move(host))
    , m_socket(std::move(socket))
{}

bool Master::check()
{
    const QString err = m_socket + u".check"_s;
    QFile::remove(err);
    const bool ok =
        spawnWait(QStringList{u"ssh"_s} + m_base +
                      QStringList{u"-o"_s, u"ControlPath="_s + m_socket, u"-O"_s, u"check"_s, m_host},
                  u"/dev/null"_s, err)
            .exitCode == 0;
    static const QRegularExpression re(u"pid=(\\d+)"_s);
    const auto m = re.match(QString::fromLocal8Bit(readFile(err)));
    m_pid = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    return ok;
}

void Master::stop()
{
    if (!m_started)
        return;
    m_started = false;
    spawnWait(QStringList{u"ssh"_s} + m_base +
              QStringList{u"-o"_s, u"ControlPath="_s + m_socket, u"-O"_s, u"exit"_s, m_host});
}

} // namespace capataz::bench

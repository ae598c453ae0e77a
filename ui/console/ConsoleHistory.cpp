#include "ConsoleHistory.h"

#include "AppSettings.h"
#include "store/DataDir.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {
QString settingsKey(const QString& server)
{
    // Server names are restricted to letters, digits, '.', '_' and '-' (ServerProfile::validate).
    return u"console/history/"_s + server;
}
} // namespace

void ConsoleHistory::setServer(const QString& server)
{
    if (server == m_server)
        return;
    m_server = server;
    load(server);
    resetBrowsing();
}

QStringList ConsoleHistory::entries() const
{
    return m_entries.value(m_server);
}

QStringList& ConsoleHistory::load(const QString& server)
{
    auto it = m_entries.find(server);
    if (it == m_entries.end()) {
        QStringList list;
        if (!server.isEmpty()) {
            const QSettings s(AppSettings::filePath(), QSettings::IniFormat);
            list = s.value(settingsKey(server)).toStringList();
            if (list.size() > kMaxEntries)
                list.remove(0, list.size() - kMaxEntries);
        }
        it = m_entries.insert(server, list);
    }
    return *it;
}

void ConsoleHistory::add(const QString& command)
{
    resetBrowsing();
    if (command.trimmed().isEmpty())
        return;
    QStringList& list = load(m_server);
    if (!list.isEmpty() && list.back() == command)
        return; // like a shell's ignoredups
    list.append(command);
    if (list.size() > kMaxEntries)
        list.remove(0, list.size() - kMaxEntries);
    if (!m_server.isEmpty())
        save(m_server, list);
}

void ConsoleHistory::save(const QString& server, const QStringList& list) const
{
    // Commands that look like they carry a secret (a password, a token, an API key on the
    // command line) stay in memory only: settings.ini is a plain file, and secrets never go
    // to QSettings. They can still be recalled with Up until Capataz is closed.
    QStringList persisted;
    persisted.reserve(list.size());
    for (const QString& c : list) {
        if (mayPersist(c))
            persisted.append(c);
    }
    if (!store::ensureDataDirectory())
        return;
    QSettings s(AppSettings::filePath(), QSettings::IniFormat);
    s.setValue(settingsKey(server), persisted);
}

bool ConsoleHistory::mayPersist(const QString& command)
{
    static constexpr QStringView kSecretMarkers[] = {u"password", u"passwd", u"secret", u"token", u"key="};
    for (QStringView marker : kSecretMarkers) {
        if (command.contains(marker, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

std::optional<QString> ConsoleHistory::older(const QString& typed)
{
    const QStringList& list = load(m_server);
    if (list.isEmpty() || m_pos == 0)
        return std::nullopt;
    if (m_pos < 0) {
        m_typed = typed;
        m_pos = list.size();
    }
    --m_pos;
    return list.at(m_pos);
}

std::optional<QString> ConsoleHistory::newer()
{
    if (m_pos < 0)
        return std::nullopt;
    const QStringList& list = load(m_server);
    if (m_pos + 1 < list.size()) {
        ++m_pos;
        return list.at(m_pos);
    }
    m_pos = -1;
    return std::exchange(m_typed, QString());
}

void ConsoleHistory::resetBrowsing()
{
    m_pos = -1;
    m_typed.clear();
}

} // namespace capataz::ui

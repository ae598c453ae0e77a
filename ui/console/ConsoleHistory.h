#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace capataz::ui {

// The commands typed in the console, per server name: the last kMaxEntries in memory, and
// in settings.ini under "console/history/<server>" so that they survive a restart. Browsing
// (Up/Down in the command line) works like a shell's: Up goes to older commands, Down back
// to newer ones and finally to the text that was being typed.
class ConsoleHistory {
public:
    static constexpr int kMaxEntries = 200;

    // Selects the server whose history is browsed and added to (read from settings.ini the
    // first time).
    void setServer(const QString& server);
    [[nodiscard]] const QString& server() const { return m_server; }
    [[nodiscard]] QStringList entries() const; // oldest first

    // Adds a command that was run and ends browsing.
    void add(const QString& command);

    // Up: the command before the one shown (the first Up remembers `typed` for Down).
    [[nodiscard]] std::optional<QString> older(const QString& typed);
    // Down: the next newer command, then what was typed before browsing.
    [[nodiscard]] std::optional<QString> newer();
    void resetBrowsing();

    // Whether a command may be written to disk: not when it looks like it carries a secret.
    [[nodiscard]] static bool mayPersist(const QString& command);

private:
    QStringList& load(const QString& server);
    void save(const QString& server, const QStringList& list) const;

    QHash<QString, QStringList> m_entries; // per server, oldest first
    QString m_server;
    qsizetype m_pos = -1; // index into the server's entries while browsing; -1: not browsing
    QString m_typed;
};

} // namespace capataz::ui

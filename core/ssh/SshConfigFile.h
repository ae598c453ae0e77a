#pragma once

// Internal to SshConfig.cpp: an ssh_config file read into lines, Include files read in place.

#include "ssh/SshConfig.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace capataz::ssh::config {

struct Item;
struct ConfigFile {
    QString path;
    std::vector<Item> items;
};
struct Item {
    enum Kind { Option, Host, Match, Include } kind = Option;
    QString keyword; // lower case
    QStringList args;
    QString file;
    int line = 0;
    std::vector<ConfigFile> includes;
    // Host lines, split once: concrete names are a set lookup even with hundreds of aliases.
    QSet<QString> names;
    QStringList wildcards;
    QStringList negated;
};

[[nodiscard]] bool isPattern(QStringView arg);

// A leading ~ (paths only) and %-tokens, in one pass so that nothing substituted is expanded
// again. Unknown tokens stay as written and are returned in `unknown`.
[[nodiscard]] QString expand(QStringView value, const std::optional<QString>& home,
                             const QHash<QChar, QString>& tokens, QString* unknown);

// Reads a config and, in place, every file it includes (whether or not the Include line's block
// applies: that is decided when a host is resolved).
class Reader {
public:
    // `mainPath`: where the parsed text lives, so that it cannot include itself.
    Reader(const SshConfigParseOptions& opts, QList<SshConfigNote>& notes, const QString& mainPath);

    [[nodiscard]] ConfigFile read(QStringView text, const QString& path, int depth);

private:
    void note(const QString& file, int line, SshConfigNote::Kind kind, QString text);
    std::optional<Item> parseLine(QStringView line, const QString& path, int lineNumber, int depth);
    void include(Item& item, const QString& arg, int depth);

    const SshConfigParseOptions& m_opts;
    QList<SshConfigNote>& m_notes;
    QStringList m_open; // the include chain being read, to refuse loops
    int m_filesRead = 0;
    int m_lines = 0;
};

} // namespace capataz::ssh::config

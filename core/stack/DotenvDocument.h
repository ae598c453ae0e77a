#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace capataz::stack {

// How a value is written in the file.
enum class DotenvQuote { None, Single, Double };

// One statement of a .env file: a blank line, a comment, or an entry (which may span several
// physical lines when a quoted value holds newlines). `raw` is the exact bytes, line ending(s)
// included, so that concatenating every `raw` gives the file back byte for byte.
struct DotenvLine {
    enum class Kind { Blank, Comment, Entry };
    Kind kind = Kind::Blank;
    QByteArray raw;
    int lineNumber = 0; // 1-based physical line where the statement starts

    // Entry only.
    QString key;
    QString value; // after quote and escape processing, before ${VAR} interpolation
    DotenvQuote quote = DotenvQuote::None;
    bool exported = false;    // "export KEY=..."
    bool inherited = false;   // a bare "KEY": docker compose takes the value from its environment
    qsizetype valueBegin = 0; // byte span in `raw` of the written value, quotes included; for
    qsizetype valueEnd = 0;   // an inherited entry both point just after the key
};

// A .env file as docker compose v2 reads it, kept line by line so that an unchanged document
// serializes to the very bytes it was parsed from, and edits touch only the value they change.
// Lookup follows compose: the last occurrence of a key wins; every occurrence is kept.
class DotenvDocument {
public:
    DotenvDocument() = default;
    explicit DotenvDocument(QList<DotenvLine> lines);

    [[nodiscard]] QByteArray serialize() const;
    [[nodiscard]] const QList<DotenvLine>& lines() const { return m_lines; }

    // Keys in order of first appearance, each once.
    [[nodiscard]] QStringList keys() const;
    [[nodiscard]] bool contains(const QString& key) const { return lastEntry(key) >= 0; }
    // The effective value (last occurrence); nullopt when absent or inherited from the environment.
    [[nodiscard]] std::optional<QString> value(const QString& key) const;
    // The effective entry (last occurrence), nullptr when absent.
    [[nodiscard]] const DotenvLine* entry(const QString& key) const;

    // Edits the last occurrence in place, keeping `export`, spacing, inline comment and quoting
    // style where the value allows it; appends "KEY=value" with the file's line ending when the
    // key is new. InvalidArgument for a key docker compose would not accept.
    [[nodiscard]] VoidResult set(const QString& key, const QString& value);
    // Removes every occurrence; false when there was none.
    bool remove(const QString& key);

    // "\r\n" when the file's first line ends so, else "\n".
    [[nodiscard]] QByteArray lineEnding() const;

    [[nodiscard]] static bool isValidKey(QStringView key);

private:
    [[nodiscard]] qsizetype lastEntry(const QString& key) const;
    void renumber();

    QList<DotenvLine> m_lines;
};

} // namespace capataz::stack

#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace capataz::setup {

// One section of a setup answers file (`capataz-cli plan SERVER STEP --answers FILE.yaml`, the
// format is in README.md), or the values a wizard page collected: a tree of maps, lists and
// strings. Every getter records a problem with the full key path ("firewall.ssh_port: ...")
// instead of failing at once, so a user sees every mistake of the file in one go; a builder
// reads what it needs, then returns problems() if there are any.
//
// Values are read as YAML gives them (everything is text): "8080", "true", "yes", "no".
class AnswerMap {
public:
    AnswerMap() = default;
    AnswerMap(QVariantMap values, QString path = {});

    [[nodiscard]] bool has(const QString& key) const { return m_values.contains(key); }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const QVariantMap& values() const { return m_values; }
    [[nodiscard]] QString keyPath(const QString& key) const;

    // A sub-map; an empty one when the key is missing (a problem when it is something else).
    [[nodiscard]] AnswerMap section(const QString& key) const;
    [[nodiscard]] QString string(const QString& key, const QString& fallback = {}) const;
    // A list of strings (a QVariantList of strings, or a QStringList from a GUI page); a single
    // string is a one-element list.
    [[nodiscard]] QStringList stringList(const QString& key, const QStringList& fallback = {}) const;
    // A map of strings (e.g. env.set: {KEY: value}), in file order is not kept: sorted by key.
    [[nodiscard]] QVariantMap map(const QString& key) const;
    [[nodiscard]] bool flag(const QString& key, bool fallback) const;
    // An integer in [min, max].
    [[nodiscard]] int integer(const QString& key, int fallback, int min, int max) const;
    // A TCP port 1..65535, or `fallback` when missing.
    [[nodiscard]] int port(const QString& key, int fallback) const
    {
        return integer(key, fallback, 1, 65535);
    }

    // Keys present that the reader does not know: each becomes a problem ("unknown key").
    void allowOnly(const QStringList& known) const;
    // Records a problem for `key` (message in English: the CLI prints it, the GUI validates its
    // own widgets before building answers).
    void problem(const QString& key, const QString& message) const;

    // Every problem recorded by this map and the sections taken from it.
    [[nodiscard]] QStringList problems() const { return *m_problems; }
    // InvalidArgument listing every problem, one per line; or success.
    [[nodiscard]] VoidResult result() const;

private:
    QVariantMap m_values;
    QString m_path;
    std::shared_ptr<QStringList> m_problems = std::make_shared<QStringList>();
};

// Parses an answers file (YAML) into a map. Errors: ParseError with "line L, column C: ..."
// for text that is not YAML; InvalidArgument when the top level is not a mapping.
[[nodiscard]] Result<AnswerMap> parseAnswers(QByteArrayView yaml);

} // namespace capataz::setup

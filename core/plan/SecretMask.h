#pragma once

#include <QString>
#include <QStringList>

namespace capataz::plan {

// The secret values a step or plan knows about, and their replacement by kMask wherever they
// occur in text meant for people or storage (previews, audit rows, error details, output).
class SecretMask {
public:
    static const QString& mask(); // "••••••"

    void add(const QString& secret); // empty values are ignored
    void add(const SecretMask& other);
    [[nodiscard]] bool isEmpty() const { return m_secrets.isEmpty(); }
    [[nodiscard]] const QStringList& secrets() const { return m_secrets; }

    // Every occurrence of every secret replaced by mask(); longer secrets first, so a secret
    // that contains another is masked whole.
    [[nodiscard]] QString apply(QString text) const;
    [[nodiscard]] QString apply(const QByteArray& utf8) const { return apply(QString::fromUtf8(utf8)); }
    // True when `text` contains any of the secrets.
    [[nodiscard]] bool leaksInto(QStringView text) const;

private:
    QStringList m_secrets; // longest first
};

} // namespace capataz::plan

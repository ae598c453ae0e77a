#pragma once

#include "client/ServerSession.h"
#include "setup/SetupTarget.h"
#include "stack/Recipe.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include <memory>

namespace capataz::store {
class AuditLog;
class Database;
} // namespace capataz::store

namespace capataz::ui {

// A list for an AnswerMap (which reads lists as YAML gives them: a QVariantList of strings).
[[nodiscard]] inline QVariantList answerList(const QStringList& items)
{
    QVariantList out;
    for (const QString& i : items)
        out.append(i);
    return out;
}

// What the wizard's pages share: the selected server, the known recipes and the target the
// first page chose (the top-level keys of an answers file: recipe, project_dir, compose_files,
// profile_set, env_file, compose_command). Lives in the GUI thread.
class SetupContext final : public QObject {
    Q_OBJECT
public:
    explicit SetupContext(QObject* parent = nullptr);
    ~SetupContext() override;

    void setSession(client::ServerSession* session);
    [[nodiscard]] client::ServerSession* session() const { return m_session; }
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] ssh::Connection* connection() const;
    [[nodiscard]] QString serverName() const;
    [[nodiscard]] remote::SudoMode sudo() const;

    [[nodiscard]] const QList<stack::Recipe>& recipes() const { return m_recipes; }
    void addRecipe(const stack::Recipe& recipe); // replaces one with the same id

    void setTargetValues(const QVariantMap& values);
    [[nodiscard]] const QVariantMap& targetValues() const { return m_targetValues; }
    // The target, with the problems of its values recorded in `problems` (empty: fine).
    [[nodiscard]] setup::SetupTarget target(QStringList* problems = nullptr) const;

    // The public domain chosen on the Nginx and SSL page (the Verify page starts from it).
    void setDomain(const QString& domain) { m_domain = domain; }
    [[nodiscard]] const QString& domain() const { return m_domain; }
    // A CA file (PEM) trusted besides the system's when the console itself checks the public
    // certificate: for private or test CAs. Taken from CAPATAZ_EXTRA_CA_FILE unless set.
    [[nodiscard]] QString extraCaFile() const;
    void setExtraCaFile(const QString& path) { m_extraCaFile = path; }

    // The audit log of the app's database (opened on first use in the data directory; null
    // when it cannot be opened: runs then go unrecorded, and the page says so).
    [[nodiscard]] store::AuditLog* auditLog();

signals:
    void sessionChanged();
    void targetChanged();

private:
    QPointer<client::ServerSession> m_session;
    QList<stack::Recipe> m_recipes;
    QVariantMap m_targetValues;
    QString m_domain;
    QString m_extraCaFile;
};

} // namespace capataz::ui

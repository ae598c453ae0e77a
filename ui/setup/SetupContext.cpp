#include "SetupContext.h"

#include "stack/RecipeLoader.h"
#include "store/AuditLog.h"

namespace capataz::ui {

SetupContext::SetupContext(QObject* parent)
    : QObject(parent)
    , m_recipes(stack::builtinRecipes())
{}

SetupContext::~SetupContext() = default;

void SetupContext::setSession(client::ServerSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &client::ServerSession::statusChanged, this, &SetupContext::sessionChanged);
    emit sessionChanged();
}

bool SetupContext::isConnected() const
{
    return m_session && m_session->isConnected() && m_session->connection();
}

ssh::Connection* SetupContext::connection() const
{
    return isConnected() ? m_session->connection() : nullptr;
}

QString SetupContext::serverName() const
{
    return m_session ? m_session->profile().name : QString();
}

remote::SudoMode SetupContext::sudo() const
{
    return m_session ? m_session->profile().sudo : remote::SudoMode::NoPassword;
}

void SetupContext::addRecipe(const stack::Recipe& recipe)
{
    for (stack::Recipe& r : m_recipes) {
        if (r.id == recipe.id) {
            r = recipe;
            return;
        }
    }
    m_recipes.append(recipe);
}

void SetupContext::setTargetValues(const QVariantMap& values)
{
    m_targetValues = values;
    emit targetChanged();
}

setup::SetupTarget SetupContext::target(QStringList* problems) const
{
    const setup::AnswerMap answers(m_targetValues);
    setup::SetupTarget t = setup::targetFromAnswers(answers, m_recipes);
    t.sudo = sudo();
    if (problems)
        *problems = answers.problems();
    return t;
}

QString SetupContext::extraCaFile() const
{
    if (!m_extraCaFile.isEmpty())
        return m_extraCaFile;
    return qEnvironmentVariable("CAPATAZ_EXTRA_CA_FILE");
}

store::AuditLog* SetupContext::auditLog()
{
    return m_session ? m_session->auditLog() : nullptr;
}

} // namespace capataz::ui

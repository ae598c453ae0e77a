#include "plan/Plan.h"

namespace capataz::plan {

Plan& Plan::add(std::shared_ptr<Step> step)
{
    if (step)
        m_steps.push_back(std::move(step));
    return *this;
}

SecretMask Plan::secrets() const
{
    SecretMask all;
    for (const auto& s : m_steps)
        all.add(s->secrets());
    return all;
}

QString Plan::previewText(remote::SudoMode sudo) const
{
    QString out = m_title.translated() + u'\n';
    int n = 0;
    for (const auto& s : m_steps) {
        out += QStringLiteral("\n%1. [%2] %3\n").arg(++n).arg(s->id(), s->title().translated());
        out += s->preview(sudo).toText();
    }
    return secrets().apply(out);
}

} // namespace capataz::plan

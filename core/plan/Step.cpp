#include "plan/Step.h"

namespace capataz::plan {

Step::Step(QString id, Text title, Text explanation)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_explanation(std::move(explanation))
{}

Step::~Step() = default;

Preview Step::preview(remote::SudoMode sudo) const
{
    Preview p = buildPreview(sudo);
    p.maskWith(m_secrets);
    return p;
}

void Step::verify(const StepContext&, Done done)
{
    done({});
}

QString Step::takeOutput()
{
    return m_secrets.apply(std::exchange(m_output, QString()));
}

void Step::appendOutput(const QString& text)
{
    const QString masked = m_secrets.apply(text);
    m_output += masked;
    if (m_sink)
        m_sink(masked);
}

void Step::appendNote(const Text& note, QStringView phase)
{
    QString line = note.translated() + u'\n';
    if (!phase.isEmpty())
        line.prepend(u'[' + phase.toString() + QStringLiteral("] "));
    appendOutput(line);
}

} // namespace capataz::plan

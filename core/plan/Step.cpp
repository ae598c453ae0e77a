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

QString OutputNote::render() const
{
    QString line = text.translated() + u'\n';
    if (!phase.isEmpty())
        line.prepend(u'[' + phase + QStringLiteral("] "));
    return line;
}

void Step::emitOutput(const QString& text, const OutputNote& note)
{
    const QString masked = m_secrets.apply(text);
    m_output += masked;
    if (m_sink)
        m_sink(masked, note);
}

void Step::appendOutput(const QString& text)
{
    emitOutput(text, OutputNote());
}

void Step::appendNote(const Text& note, QStringView phase)
{
    OutputNote n{note, phase.toString()};
    for (QString& arg : n.text.args)
        arg = m_secrets.apply(arg);
    emitOutput(n.render(), n);
}

} // namespace capataz::plan

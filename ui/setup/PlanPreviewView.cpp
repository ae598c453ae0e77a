#include "PlanPreviewView.h"

#include <QFontDatabase>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString diffHtml(const QString& diff)
{
    QString out;
    for (const QString& line : diff.split(u'\n')) {
        QString color;
        if (line.startsWith(u"+++") || line.startsWith(u"---"))
            color = u"#555555"_s;
        else if (line.startsWith(u'+'))
            color = u"#1a7f37"_s;
        else if (line.startsWith(u'-'))
            color = u"#cf222e"_s;
        else if (line.startsWith(u"@@"))
            color = u"#8250df"_s;
        out += color.isEmpty() ? esc(line) : u"<span style=\"color:%1\">%2</span>"_s.arg(color, esc(line));
        out += u'\n';
    }
    return out;
}

} // namespace

PlanPreviewView::PlanPreviewView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(u"planPreview"_s);
    setOpenLinks(false);
    setReadOnly(true);
}

void PlanPreviewView::clearPreview()
{
    m_html.clear();
    clear();
}

void PlanPreviewView::addMessage(const QString& text)
{
    m_html += u"<p>%1</p>"_s.arg(esc(text));
    setHtml(m_html);
}

void PlanPreviewView::addPlan(const plan::Plan& plan, const QHash<QString, plan::Preview>& previews,
                              const QHash<QString, bool>& alreadyDone, remote::SudoMode sudo,
                              const QHash<QString, QString>& stateTexts)
{
    const plan::SecretMask secrets = plan.secrets();
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    m_html += u"<h3>%1</h3>"_s.arg(esc(plan.title().translated()));
    int n = 0;
    for (const auto& step : plan.steps()) {
        ++n;
        plan::Preview p = previews.contains(step->id()) ? previews.value(step->id()) : step->preview(sudo);
        p.maskWith(secrets);
        QString state;
        if (stateTexts.contains(step->id()))
            state = stateTexts.value(step->id());
        else if (alreadyDone.contains(step->id()))
            state =
                alreadyDone.value(step->id()) ? tr("already done: nothing to change") : tr("will be applied");
        m_html += u"<p><b>%1. %2</b>"_s.arg(n).arg(esc(step->title().translated()));
        if (!state.isEmpty())
            m_html += u" <i>(%1)</i>"_s.arg(esc(state));
        m_html += u"<br/><span style=\"color:#555555\">%1</span><br/><small>%2</small></p>"_s.arg(
            esc(secrets.apply(step->explanation().translated())), esc(step->id()));
        for (const plan::Preview::FileChange& f : std::as_const(p.files)) {
            const QString what = f.created          ? tr("New file %1").arg(f.path)
                                 : f.diff.isEmpty() ? tr("%1 (no change)").arg(f.path)
                                                    : tr("Changes to %1").arg(f.path);
            m_html += u"<p style=\"margin-left:16px\"><i>%1</i></p>"_s.arg(esc(what));
            if (!f.diff.isEmpty())
                m_html += u"<pre style=\"font-family:'%1'; margin-left:16px\">%2</pre>"_s.arg(
                    mono, diffHtml(f.diff));
        }
        // The commands after the files: what a file will hold is what a reader checks first.
        QString cmds;
        for (const plan::Preview::Command& c : std::as_const(p.commands)) {
            if (c.phase == plan::Preview::Phase::Apply)
                cmds += u"$ "_s + esc(c.shell) + u'\n';
        }
        if (!cmds.isEmpty())
            m_html += u"<pre style=\"font-family:'%1'; margin-left:16px\">%2</pre>"_s.arg(mono, cmds);
    }
    setHtml(m_html);
}

} // namespace capataz::ui

#include "PlanRunView.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {
constexpr int kMaxOutputBlocks = 5000;
}

PlanRunView::PlanRunView(QWidget* parent)
    : QWidget(parent)
    , m_model(new StepStatusModel(this))
    , m_steps(new QListView(this))
    , m_progress(new QProgressBar(this))
    , m_outputLabel(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
{
    setObjectName(u"planRun"_s);
    m_steps->setObjectName(u"stepList"_s);
    m_steps->setModel(m_model);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setWordWrap(true); // long titles and states wrap instead of being cut
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->setResizeMode(QListView::Adjust);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_output->setObjectName(u"runOutput"_s);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(kMaxOutputBlocks);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_outputLabel);
    rl->addWidget(m_output, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_steps);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    retranslateUi();
}

void PlanRunView::start(const QList<const plan::Plan*>& plans)
{
    m_model->reset(plans);
    m_output->clear();
    m_segments.clear();
    m_hasNotes = false;
    int total = 0;
    for (const plan::Plan* p : plans)
        total += p->size();
    setProgress(0, total);
}

void PlanRunView::appendOutput(const QString& text, const plan::OutputNote& note)
{
    if (note.isNote() || m_segments.isEmpty() || m_segments.last().second.isNote())
        m_segments.append({text, note});
    else
        m_segments.last().first += text;
    m_hasNotes = m_hasNotes || note.isNote();
    QScrollBar* bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_output->moveCursor(QTextCursor::End);
    m_output->insertPlainText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void PlanRunView::setProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(std::min(done, std::max(total, 1)));
}

QString PlanRunView::outputText() const
{
    return m_output->toPlainText();
}

void PlanRunView::retranslateUi()
{
    m_outputLabel->setText(tr("Output of the commands (secrets are shown as ••••••):"));
    m_model->retranslate();
    if (!m_hasNotes)
        return;
    // The step's own sentences again, in the new language; the commands' output as it came.
    QString text;
    for (const auto& [raw, note] : std::as_const(m_segments))
        text += note.isNote() ? note.render() : raw;
    QScrollBar* bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const int position = bar->value();
    m_output->setPlainText(text);
    bar->setValue(atEnd ? bar->maximum() : position);
}

} // namespace capataz::ui

#include "WizardPage.h"

#include "ErrorText.h"
#include "PlanPreviewView.h"
#include "PlanQueue.h"
#include "PlanRunView.h"
#include "client/FactsService.h"
#include "client/ServerSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {
enum Tab { PreviewTab = 0, ProgressTab = 1 };
}

WizardPage::WizardPage(SetupContext* context, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(objectName);
    buildUi();
    connect(context, &SetupContext::sessionChanged, this, &WizardPage::refreshButtons);
}

WizardPage::~WizardPage()
{
    if (m_queue && m_queue->isRunning())
        m_queue->cancel();
}

void WizardPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"pageExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    m_form = new QWidget;
    m_form->setObjectName(u"pageForm"_s);
    m_formLayout = new QVBoxLayout(m_form);
    m_formLayout->setContentsMargins(0, 0, 8, 0);
    m_problems = new QLabel(m_form);
    m_problems->setObjectName(u"pageProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color:#b00020"_s);
    m_problems->hide();
    m_formScroll = new QScrollArea(this);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setWidget(m_form);

    m_preview = new QPushButton(this);
    m_preview->setObjectName(u"previewButton"_s);
    m_preview->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView, nullptr, this));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton, nullptr, this));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"pageMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_previewView = new PlanPreviewView(this);
    m_runView = new PlanRunView(this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(u"pageViews"_s);
    m_views->addTab(m_previewView, {});
    m_views->addTab(m_runView, {});

    auto* top = m_top = new QWidget(this);
    auto* tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_formScroll, 1);
    tl->addWidget(m_problems);
    tl->addLayout(buttons);
    tl->addWidget(m_message);

    auto* split = m_split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"pageSplitter"_s);
    split->addWidget(top);
    split->addWidget(m_views);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setHandleWidth(8); // wide enough to find and grab; the style draws its grip

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(split, 1);

    connect(m_preview, &QPushButton::clicked, this, &WizardPage::preview);
    connect(m_apply, &QPushButton::clicked, this, &WizardPage::apply);
    connect(m_cancel, &QPushButton::clicked, this, &WizardPage::cancel);
}

void WizardPage::initPage()
{
    retranslateUi();
    refreshButtons();
}

void WizardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_sized || m_split->height() <= 0)
        return;
    // The fields get what they need up to two fifths (they scroll beyond that; a page whose
    // form is a table to edit gets more: formSharePercent()); the preview and progress, which is
    // what a run is read in, get the rest.
    m_sized = true;
    const int total = m_split->height();
    const int chrome = m_top->sizeHint().height() - m_formScroll->sizeHint().height();
    const int wanted = std::min(m_form->sizeHint().height() + chrome + 8, total * formSharePercent() / 100);
    m_split->setSizes({wanted, std::max(total - wanted, 120)});
}

void WizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WizardPage::retranslateUi()
{
    m_title->setText(pageTitle());
    m_explanation->setText(explanation());
    if (checksOnly()) {
        m_preview->setText(tr("Run checks"));
        m_preview->setToolTip(tr("Run every check now; nothing is changed on the server"));
    } else {
        m_preview->setText(tr("Preview"));
        m_preview->setToolTip(
            tr("Check the server and show exactly what would run, without changing anything"));
    }
    m_apply->setVisible(!checksOnly());
    m_apply->setText(tr("Apply…"));
    m_cancel->setText(tr("Cancel"));
    m_views->setTabText(PreviewTab, tr("Preview"));
    m_views->setTabText(ProgressTab, tr("Progress"));
    m_runView->retranslateUi();
    renderMessage();
    retranslatePage();
}

int WizardPage::addResultTab(QWidget* widget, const QString& title)
{
    return m_views->addTab(widget, title);
}

void WizardPage::setResultTabTitle(int index, const QString& title)
{
    m_views->setTabText(index, title);
}

void WizardPage::showResultTab(int index)
{
    m_views->setCurrentIndex(index);
}

bool WizardPage::isBusy() const
{
    return (m_queue && m_queue->isRunning()) || m_confirming;
}

void WizardPage::refreshButtons()
{
    const bool busy = isBusy();
    m_preview->setEnabled(!busy);
    m_apply->setEnabled(!busy && m_context->isConnected());
    m_cancel->setEnabled(m_queue && m_queue->isRunning());
    m_form->setEnabled(!busy);
}

void WizardPage::showMessage(std::function<QString()> text, bool error)
{
    // Kept as a function: a language change writes the message again in the new language.
    m_messageText = std::move(text);
    m_messageError = error;
    renderMessage();
}

void WizardPage::renderMessage()
{
    const QString text = m_messageText ? m_messageText() : QString();
    const bool error = m_messageError;
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color:#b00020"_s : u"color:#1a7f37"_s);
    m_message->setVisible(!text.isEmpty());
}

Result<std::vector<plan::Plan>> WizardPage::makePlans()
{
    QStringList problems;
    const setup::SetupTarget target = m_context->target(&problems);
    if (!problems.isEmpty()) {
        m_problems->setText(tr("Fix the target on the first page first:") + u'\n' + problems.join(u'\n'));
        m_problems->show();
        return fail(ErrorCode::InvalidArgument, problems.join(u'\n'));
    }
    auto plans = buildPlans(target, &problems);
    if (!problems.isEmpty()) {
        m_problems->setText(tr("Some answers need attention:") + u'\n' + problems.join(u'\n'));
        m_problems->show();
        return fail(ErrorCode::InvalidArgument, problems.join(u'\n'));
    }
    m_problems->hide();
    if (!plans)
        showMessage(
            [this, e = plans.error()]() -> QString {
                return ErrorText::sentence(e) + u'\n' + tr("Details: %1").arg(e.detail);
            },
            true);
    return plans;
}

void WizardPage::preview()
{
    startRun(true);
}

QString WizardPage::confirmation() const
{
    return tr("Apply these changes to the server “%1”? The Preview tab shows exactly what will run. "
              "If a step fails, what was already changed is rolled back.")
        .arg(m_context->serverName());
}

void WizardPage::apply()
{
    if (isBusy() || !m_context->isConnected())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, pageTitle(), confirmation(),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"applyConfirmation"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Apply"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirming = true;
    refreshButtons();
    emit busyChanged(true);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        m_confirming = false;
        const bool yes = box->clickedButton() == box->button(QMessageBox::Yes) && m_context->isConnected();
        refreshButtons();
        emit busyChanged(false);
        if (yes)
            startRun(false);
    });
    box->open();
}

void WizardPage::cancel()
{
    if (m_queue && m_queue->isRunning()) {
        m_queue->cancel();
        showMessage(
            [this]() -> QString {
                return tr("Cancelling: the current step finishes, then what was changed is rolled back…");
            },
            false);
    }
}

void WizardPage::startRun(bool dryRun)
{
    if (isBusy())
        return;
    showMessage(nullptr, false);
    auto plans = makePlans();
    if (!plans)
        return;
    m_previews.clear();
    m_done.clear();
    const bool connected = m_context->isConnected();
    plan::PlanRunner::Options options;
    options.server = m_context->serverName();
    options.sudo = m_context->sudo();
    options.dryRun = dryRun;
    options.dryRunChecks = connected;
    if (dryRun && !connected) {
        // Without a connection the preview is what the steps would send, unchecked.
        m_previewView->clearPreview();
        m_previewView->addMessage(tr("Not connected: the steps are shown without checking the server, "
                                     "so some may turn out to be already done."));
        for (const plan::Plan& p : *plans)
            m_previewView->addPlan(p, {}, {}, options.sudo);
        m_views->setCurrentIndex(PreviewTab);
        return;
    }
    auto* queue = new PlanQueue(std::move(*plans), m_context->connection(),
                                dryRun ? nullptr : m_context->auditLog(), options, this);
    m_queue = queue;
    QList<const plan::Plan*> ptrs;
    for (const plan::Plan& p : queue->plans())
        ptrs.append(&p);
    m_runView->start(ptrs);
    if (dryRun) {
        m_previewView->clearPreview();
        m_previewView->addMessage(tr("Checking the server…"));
        m_views->setCurrentIndex(PreviewTab);
    } else {
        m_views->setCurrentIndex(ProgressTab);
    }
    connect(queue, &PlanQueue::stepStarted, m_runView->model(), &StepStatusModel::setRunning);
    connect(queue, &PlanQueue::stepFinished, this,
            [this](const QString& id, plan::StepStatus s, const Error& e) {
                m_runView->model()->setFinished(
                    id, s, e.isError() ? ErrorText::sentence(e) + u"\n"_s + e.detail : QString());
                if (s == plan::StepStatus::Skipped || s == plan::StepStatus::Planned)
                    m_done.insert(id, s == plan::StepStatus::Skipped);
            });
    connect(queue, &PlanQueue::stepPreview, this,
            [this](const QString& id, const plan::Preview& p) { m_previews.insert(id, p); });
    connect(queue, &PlanQueue::stepOutput, this,
            [this](const QString& id, const QString& text, const plan::OutputNote& note) {
                m_runView->appendOutput(text, note);
                stepOutput(id, text);
            });
    connect(queue, &PlanQueue::progress, m_runView, &PlanRunView::setProgress);
    connect(queue, &PlanQueue::finished, this, [this, dryRun](bool ok) { onFinished(dryRun, ok); });
    queue->start();
    refreshButtons();
    emit busyChanged(true);
}

void WizardPage::onFinished(bool dryRun, bool ok)
{
    PlanQueue* queue = m_queue;
    const QList<plan::PlanReport> reports = queue ? queue->reports() : QList<plan::PlanReport>{};
    m_lastReports = reports;
    // Verification steps change nothing and end Skipped: show what they found instead.
    QHash<QString, QString> checked;
    for (const plan::Plan& p : queue ? queue->plans() : std::vector<plan::Plan>{}) {
        for (const auto& step : p.steps()) {
            if (m_done.contains(step->id())) {
                if (const QString c = checkedStepState(step->id()); !c.isEmpty())
                    checked.insert(step->id(), c);
            }
        }
    }
    for (auto it = checked.cbegin(); it != checked.cend(); ++it)
        m_runView->model()->setNote(it.key(), it.value());
    if (dryRun && queue) {
        m_previewView->clearPreview();
        for (const plan::Plan& p : queue->plans())
            m_previewView->addPlan(p, m_previews, m_done, m_context->sudo(), checked);
    }
    Error error;
    for (const plan::PlanReport& r : reports) {
        if (!r.ok())
            error = r.error;
    }
    if (queue && queue->connectionLost()) {
        showMessage(
            [this]() -> QString {
                return tr("The connection to the server closed during the run (the server was disconnected, "
                          "edited or "
                          "removed), so the run stopped at once and nothing could be rolled back. Connect "
                          "again and "
                          "use Preview to see the state the server was left in.");
            },
            true);
        m_views->setCurrentIndex(ProgressTab);
    } else if (ok && !error.isError()) {
        if (dryRun && checksOnly()) {
            showMessage(
                [this]() -> QString {
                    return tr("Checks done: everything passed, and nothing was changed on the server.");
                },
                false);
            m_applied = true;
            emit appliedChanged(true);
        } else if (dryRun) {
            showMessage(
                [this]() -> QString { return tr("Preview ready: nothing was changed on the server."); },
                false);
        } else {
            bool auditFailed = false;
            for (const plan::PlanReport& r : reports)
                auditFailed = auditFailed || r.auditError.isError();
            showMessage(
                [this, auditFailed]() -> QString {
                    return auditFailed ? tr("Applied, but the audit log could not be written.")
                                       : tr("Applied.");
                },
                auditFailed);
            m_applied = true;
            emit appliedChanged(true);
        }
    } else if (error.code == ErrorCode::Cancelled || (!ok && !error.isError())) {
        showMessage(
            [this]() -> QString {
                return tr("Cancelled. What this run had changed was rolled back (see Progress).");
            },
            true);
    } else {
        showMessage(
            [this, error]() -> QString {
                return ErrorText::sentence(error) + u'\n' + tr("Details: %1").arg(error.detail);
            },
            true);
        if (!dryRun)
            m_views->setCurrentIndex(ProgressTab);
    }
    // A run that applied (or rolled back) changed the server: what the Overview and the other
    // views show of it is read again, so nobody reads "ufw not active" after the firewall page.
    if (!dryRun && queue && m_context->session())
        m_context->session()->facts()->refresh();
    if (queue)
        queue->deleteLater();
    m_queue = nullptr;
    refreshButtons();
    emit busyChanged(false);
    runFinished(dryRun, ok && !error.isError());
}

void WizardPage::runFinished(bool, bool) {}

QString WizardPage::checkedStepState(const QString&) const
{
    return {};
}

void WizardPage::addPreviewMessage(const QString& text)
{
    m_previewView->addMessage(text);
}

void WizardPage::stepOutput(const QString&, const QString&) {}

} // namespace capataz::ui

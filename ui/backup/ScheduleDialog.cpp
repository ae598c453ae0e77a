#include "ScheduleDialog.h"

#include "ErrorText.h"
#include "client/ServerSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::ui {

ScheduleDialog::ScheduleDialog(const ScheduleSpec& base, client::ServerSession* session, QWidget* parent)
    : QDialog(parent)
    , m_base(base)
    , m_session(session)
    , m_nowBox(new QGroupBox(this))
    , m_current(new QLabel(m_nowBox))
    , m_lastRunLabel(new QLabel(m_nowBox))
    , m_formBox(new QGroupBox(this))
    , m_timeLabel(new QLabel(m_formBox))
    , m_time(new QTimeEdit(m_formBox))
    , m_sourcesLabel(new QLabel(m_formBox))
    , m_keepDaysLabel(new QLabel(m_formBox))
    , m_keepDays(new QSpinBox(m_formBox))
    , m_keepCountLabel(new QLabel(m_formBox))
    , m_keepCount(new QSpinBox(m_formBox))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"scheduleDialog"_s);
    m_current->setObjectName(u"scheduleCurrent"_s);
    m_lastRunLabel->setObjectName(u"scheduleLastRun"_s);
    m_time->setObjectName(u"scheduleTime"_s);
    m_keepDays->setObjectName(u"scheduleKeepDays"_s);
    m_keepCount->setObjectName(u"scheduleKeepCount"_s);
    m_preview->setObjectName(u"schedulePreview"_s);
    m_previewLabel->setObjectName(u"schedulePreviewSummary"_s);
    m_result->setObjectName(u"scheduleResult"_s);
    for (QLabel* l : {m_current, m_lastRunLabel, m_previewLabel, m_result}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setTime(QTime(base.hour, base.minute));
    m_keepDays->setRange(1, 3650);
    m_keepDays->setValue(base.retention.keepDays);
    m_keepCount->setRange(1, 1000);
    m_keepCount->setValue(base.retention.keepCount);
    m_timeLabel->setBuddy(m_time);
    m_keepDaysLabel->setBuddy(m_keepDays);
    m_keepCountLabel->setBuddy(m_keepCount);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumHeight(160);

    auto* nowBox = new QVBoxLayout(m_nowBox);
    nowBox->addWidget(m_current);
    nowBox->addWidget(m_lastRunLabel);

    auto* sources = new QWidget(m_formBox);
    sources->setObjectName(u"scheduleSources"_s);
    auto* sourcesBox = new QVBoxLayout(sources);
    sourcesBox->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < base.targets.size(); ++i) {
        auto* c = new QCheckBox(sources);
        c->setObjectName(u"scheduleSource%1"_s.arg(i));
        c->setChecked(true);
        sourcesBox->addWidget(c);
        m_sources << c;
        connect(c, &QCheckBox::toggled, this, &ScheduleDialog::updatePreview);
    }
    auto* form = new QFormLayout(m_formBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_timeLabel, m_time);
    form->addRow(m_sourcesLabel, sources);
    form->addRow(m_keepDaysLabel, m_keepDays);
    form->addRow(m_keepCountLabel, m_keepCount);

    m_apply = m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(u"scheduleApply"_s);
    m_remove = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(u"scheduleRemove"_s);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"scheduleClose"_s);
    // Enter applies; removing is never the default.
    m_apply->setDefault(true);
    m_remove->setAutoDefault(false);
    m_close->setAutoDefault(false);
    connect(m_apply, &QPushButton::clicked, this, &ScheduleDialog::apply);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleDialog::removeSchedule);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* box = new QVBoxLayout(this);
    box->addWidget(m_nowBox);
    box->addWidget(m_formBox);
    box->addWidget(m_previewLabel);
    box->addWidget(m_preview, 1);
    box->addWidget(m_result);
    box->addWidget(m_buttons);

    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleDialog::updatePreview);
    connect(m_keepDays, &QSpinBox::valueChanged, this, &ScheduleDialog::updatePreview);
    connect(m_keepCount, &QSpinBox::valueChanged, this, &ScheduleDialog::updatePreview);
    retranslateUi();
    resize(940, 700);
    reload();
}

ScheduleDialog::~ScheduleDialog() = default;

ScheduleSpec ScheduleDialog::spec() const
{
    ScheduleSpec s = m_base;
    s.hour = m_time->time().hour();
    s.minute = m_time->time().minute();
    s.retention = {.keepDays = m_keepDays->value(), .keepCount = m_keepCount->value()};
    s.targets.clear();
    for (int i = 0; i < m_sources.size(); ++i)
        if (m_sources.at(i)->isChecked())
            s.targets << m_base.targets.at(i);
    return s;
}

QString ScheduleDialog::previewText() const
{
    return m_preview->toPlainText();
}

void ScheduleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ScheduleDialog::retranslateUi()
{
    setWindowTitle(tr("Backup schedule"));
    m_nowBox->setTitle(tr("On the server now"));
    m_formBox->setTitle(tr("New schedule"));
    m_timeLabel->setText(tr("&Time of day (server clock, UTC):"));
    m_sourcesLabel->setText(tr("Back up:"));
    m_keepDaysLabel->setText(tr("&Keep every backup younger than:"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepCountLabel->setText(tr("Keep at &least, of each:"));
    m_keepCount->setSuffix(tr(" good backups"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Write the script and the cron entry shown below on the server, as root."));
    m_remove->setText(tr("Re&move schedule"));
    m_remove->setToolTip(tr("Take the script and the cron entry off the server; the backups stay."));
    for (int i = 0; i < m_sources.size(); ++i)
        m_sources.at(i)->setText(targetText(m_base.targets.at(i)));
    showState();
    updatePreview();
    m_result->setText(m_resultText ? m_resultText() : QString());
}

void ScheduleDialog::setBusy(bool busy)
{
    m_busy = busy;
    updatePreview(); // the buttons follow
}

void ScheduleDialog::setResult(Message message)
{
    m_resultText = std::move(message);
    m_result->setText(m_resultText ? m_resultText() : QString());
}

void ScheduleDialog::fillForm(const InstalledSchedule& s)
{
    if (!s.isInstalled())
        return;
    if (s.hour >= 0 && s.minute >= 0)
        m_time->setTime(QTime(s.hour, s.minute));
    if (s.keepDays > 0)
        m_keepDays->setValue(s.keepDays);
    if (s.keepCount > 0)
        m_keepCount->setValue(s.keepCount);
    if (!s.targets.isEmpty()) {
        QStringList there;
        for (const auto& t : s.targets)
            there << describeTarget(t);
        for (int i = 0; i < m_sources.size(); ++i)
            m_sources.at(i)->setChecked(there.contains(describeTarget(m_base.targets.at(i))));
    }
}

void ScheduleDialog::reload()
{
    if (!m_session || !m_session->isConnected()) {
        showState();
        return;
    }
    if (!m_work)
        m_work = new QObject(this);
    const plan::StepContext ctx{m_session->connection(), m_work, CancelToken::create()};
    m_loaded = false;
    m_loadError.reset();
    setBusy(true);
    showState();
    readInstalledSchedule(ctx, m_base.project, [this, ctx](Result<InstalledSchedule> s) {
        if (!s) {
            m_loadError = s.error();
            m_loaded = true;
            setBusy(false);
            showState();
            emit loaded();
            return;
        }
        const bool first = !m_installed.has_value();
        m_installed = *s;
        if (first)
            fillForm(*s);
        readLastRun(ctx, m_base.dir, [this](Result<std::optional<LastRun>> run) {
            if (!run)
                m_loadError = run.error();
            else
                m_lastRun = *run;
            m_loaded = true;
            setBusy(false);
            showState();
            emit loaded();
        });
    });
}

void ScheduleDialog::apply()
{
    const ScheduleSpec s = spec();
    if (!m_session || !m_session->isConnected() || m_busy || !validateSchedule(s))
        return;
    if (!m_work)
        m_work = new QObject(this);
    const plan::StepContext ctx{m_session->connection(), m_work, CancelToken::create()};
    setBusy(true);
    setResult([]() -> QString { return tr("Writing the schedule on the server..."); });
    installSchedule(ctx, s, false, [this, s](Result<ScheduleChange> r) {
        setBusy(false);
        if (!r) {
            const Error e = r.error();
            setResult([e]() -> QString {
                QString text = ErrorText::sentence(e);
                text += u'\n';
                text += tr("Details: %1").arg(e.toString());
                return text;
            });
            return;
        }
        const bool changed = r->scriptChanged || r->cronChanged;
        const QDateTime next = nextRun(s, QDateTime::currentDateTimeUtc());
        setResult([changed, next]() -> QString {
            const QString at = QLocale().toString(next, QLocale::ShortFormat);
            if (changed)
                return tr("Schedule installed. The next run is at %1 (the server's clock, UTC).").arg(at);
            return tr("The server already had this schedule; nothing changed. The next run is at %1 (the "
                      "server's clock, UTC).")
                .arg(at);
        });
        emit applied();
        reload();
    });
}

void ScheduleDialog::removeSchedule()
{
    if (!m_session || !m_session->isConnected() || m_busy)
        return;
    if (!m_work)
        m_work = new QObject(this);
    const plan::StepContext ctx{m_session->connection(), m_work, CancelToken::create()};
    setBusy(true);
    setResult([]() -> QString { return tr("Taking the schedule off the server..."); });
    installSchedule(ctx, spec(), true, [this](Result<ScheduleChange> r) {
        setBusy(false);
        if (!r) {
            const Error e = r.error();
            setResult([e]() -> QString {
                QString text = ErrorText::sentence(e);
                text += u'\n';
                text += tr("Details: %1").arg(e.toString());
                return text;
            });
            return;
        }
        setResult([]() -> QString {
            return tr("The schedule is off the server: nothing backs this project up by itself any more. The "
                      "backups already made stay.");
        });
        emit applied();
        reload();
    });
}

} // namespace capataz::ui

#include "StatusTab.h"

#include "ErrorText.h"
#include "StatusPdf.h"
#include "StatusSettingsDialog.h"
#include "StatusView.h"
#include "client/ServerSession.h"
#include "client/StatusService.h"
#include "status/StatusText.h"
#include "store/RolePolicy.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {
constexpr int kClockMs = 30'000;
}

StatusTab::StatusTab(QWidget* parent)
    : ServerTab(parent)
    , m_view(new StatusView(this))
    , m_scroll(new QScrollArea(this))
    , m_refresh(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_settings(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"statusTab"_s);
    m_refresh->setObjectName(u"statusRefresh"_s);
    m_pdf->setObjectName(u"statusExportPdf"_s);
    m_settings->setObjectName(u"statusEditSettings"_s);
    m_message->setObjectName(u"statusMessage"_s);
    m_message->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_settings);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (session())
            session()->statusService()->refresh();
    });
    connect(m_pdf, &QPushButton::clicked, this, &StatusTab::askPdfPath);
    connect(m_settings, &QPushButton::clicked, this, &StatusTab::editSettings);
    m_clock->setInterval(kClockMs);
    connect(m_clock, &QTimer::timeout, this, &StatusTab::render);
    m_clock->start();
    retranslateUi();
}

QString StatusTab::title() const
{
    return tr("Status");
}

bool StatusTab::isForRole(store::Role) const
{
    return true; // admin, support and owner alike (the owner sees nothing else)
}

void StatusTab::sessionChanged()
{
    if (client::ServerSession* s = session()) {
        client::StatusService* service = s->statusService();
        disconnect(service, nullptr, this, nullptr);
        connect(service, &client::StatusService::changed, this, &StatusTab::render);
    }
    render();
}

void StatusTab::render()
{
    client::ServerSession* s = session();
    if (!s) {
        m_view->setStatus({}, QDateTime::currentDateTimeUtc(), false);
        return;
    }
    client::StatusService* service = s->statusService();
    const status::ServerStatus& st = service->status();
    m_view->setStatus(st, QDateTime::currentDateTimeUtc(), st.checkedAt.isValid());
    m_refresh->setEnabled(s->isConnected() && !service->isChecking());
    m_settings->setVisible(store::mayChangeServer(s->profile()).has_value());
    m_message->setText(service->isChecking() ? tr("Checking…") : QString());
}

void StatusTab::retranslateUi()
{
    m_refresh->setText(tr("&Check now"));
    m_pdf->setText(tr("Save as &PDF…"));
    m_settings->setText(tr("&Edit this page…"));
    m_settings->setToolTip(
        tr("The description, whom to call, maintenance, and whether owners see the address"));
    render();
}

VoidResult StatusTab::exportPdf(const QString& path) const
{
    const QString name = m_view->status().settings.description.trimmed().isEmpty()
                             ? (session() ? session()->profile().name : QString())
                             : m_view->status().settings.description.trimmed();
    const QLocale loc(m_view->locale().name());
    const QString title =
        tr("Status of %1, %2").arg(name, loc.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    return exportStatusPdf(*m_view, title, path);
}

void StatusTab::askPdfPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString name = session() ? session()->profile().name : u"status"_s;
    auto* d = new QFileDialog(this, tr("Save the status as PDF"), QDir(dir).filePath(name + u".pdf"_s),
                              tr("PDF files (*.pdf)"));
    d->setObjectName(u"statusPdfDialog"_s);
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setDefaultSuffix(u"pdf"_s);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (auto r = exportPdf(path); !r)
            m_message->setText(ErrorText::sentence(r.error()));
        else
            m_message->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    d->open();
}

void StatusTab::editSettings()
{
    client::ServerSession* s = session();
    if (!s || !store::mayChangeServer(s->profile()))
        return;
    auto* d = new StatusSettingsDialog(s->statusService()->settings(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<client::ServerSession> session(s);
    connect(d, &QDialog::accepted, this, [this, d, session] {
        if (!session)
            return;
        if (auto r = session->statusService()->setSettings(d->settings()); !r)
            m_message->setText(ErrorText::sentence(r.error()));
    });
    d->open();
}

} // namespace capataz::ui

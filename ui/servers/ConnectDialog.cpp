#include "ConnectDialog.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace capataz::ui {

ConnectDialog::ConnectDialog(const QString& serverName, const QString& target, QWidget* parent)
    : QDialog(parent)
    , m_server(serverName)
    , m_target(target)
    , m_text(new QLabel(this))
    , m_step(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    m_cancel->setObjectName(QStringLiteral("connectCancel"));
    m_step->setObjectName(QStringLiteral("connectStep"));
    m_bar->setRange(0, 0);
    m_text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_step);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    setMinimumWidth(420);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        emit cancelRequested();
        reject();
    });
    retranslateUi();
}

void ConnectDialog::setState(ssh::ConnectionState state)
{
    m_state = state;
    retranslateUi();
}

void ConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connecting"));
    m_text->setText(tr("Connecting to %1 (%2)…").arg(m_server, m_target));
    switch (m_state) {
    case ssh::ConnectionState::WaitingForHostKey:
        m_step->setText(tr("Waiting for you to confirm the server's identity."));
        break;
    case ssh::ConnectionState::Authenticating:
        m_step->setText(tr("Logging in…"));
        break;
    case ssh::ConnectionState::Connected:
        m_step->setText(tr("Connected."));
        break;
    default:
        m_step->setText(tr("Reaching the server and checking its identity…"));
        break;
    }
    m_cancel->setText(tr("Cancel"));
}

void ConnectDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
